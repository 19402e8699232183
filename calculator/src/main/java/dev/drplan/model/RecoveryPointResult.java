package dev.drplan.model;

import dev.drplan.units.TimeSpan;

/**
 * The recovery point of a pair (docs/model.md §5).
 *
 * @param rpo the RPO at the configured interval, at the largest data of the horizon; {@code null}
 *     when the backlog grows without bound at the busiest hour's rate held (§5)
 * @param longestIntervalMeeting the longest interval that meets the RPO objective, or {@code null}
 *     when none does
 */
public record RecoveryPointResult(TimeSpan rpo, TimeSpan longestIntervalMeeting) {}

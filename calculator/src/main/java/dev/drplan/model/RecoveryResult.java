package dev.drplan.model;

import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;

/**
 * How a pair recovers (docs/model.md §6).
 *
 * @param rto recovery time; {@code null} when nothing can be restored
 * @param restore the restore rate and its bottleneck, for restore-to-primary; else {@code null}
 * @param eventCost the cost of one recovery event
 */
public record RecoveryResult(TimeSpan rto, RateChoice restore, Money eventCost) {}

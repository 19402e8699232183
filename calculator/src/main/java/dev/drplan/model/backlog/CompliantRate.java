package dev.drplan.model.backlog;

import dev.drplan.units.DataRate;
import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/**
 * The smallest replication rate that keeps the achieved RPO within the objective for a target share
 * of the time, as {@link ComplianceSearch#smallestRate()} finds it (docs/model.md §5, "the
 * backlog").
 *
 * @param target the share of time the RPO objective must be met
 * @param bestPossible the share met with unlimited bandwidth, where each copy is instant and the
 *     RPO still climbs to one interval between snapshots: an objective shorter than the interval
 *     caps it
 * @param rate the smallest rate meeting the target, and at least the average change rate (below it
 *     the backlog grows for good); {@code null} when even unlimited bandwidth does not ({@code
 *     bestPossible < target}); zero when nothing changes
 * @param achieved the share met at that rate; {@code null} with the rate
 * @param rpoMax the largest achieved RPO at that rate, the RPO met 100% of the time; {@code null}
 *     with the rate
 */
public record CompliantRate(
    Fraction target, Fraction bestPossible, DataRate rate, Fraction achieved, TimeSpan rpoMax) {

  public CompliantRate {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(bestPossible, "bestPossible");
    if ((rate == null) != (achieved == null) || (rate == null) != (rpoMax == null)) {
      throw new IllegalArgumentException("rate, achieved and rpoMax are all set or all null");
    }
  }

  /** Whether some rate meets the target. */
  public boolean reachable() {
    return rate != null;
  }
}

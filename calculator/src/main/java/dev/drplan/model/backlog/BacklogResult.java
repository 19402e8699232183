package dev.drplan.model.backlog;

import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import java.time.Instant;
import java.util.Objects;

/**
 * The achieved recovery point of one option over a change profile (docs/model.md §5, "the
 * backlog"), as {@link BacklogSimulation#run} computes it. Statistics of the RPO are weighted by
 * time over the profile's span T: P95 is the RPO that was not exceeded 95% of the time.
 *
 * @param rate R, the replication rate the deltas were copied at
 * @param interval I, the replication interval
 * @param objective the RPO objective the share and the violations are counted against
 * @param window T, the span the statistics cover
 * @param rpoP50 the median achieved RPO
 * @param rpoP95 the 95th percentile
 * @param rpoP99 the 99th percentile
 * @param rpoMax the largest achieved RPO: the RPO met 100% of the time
 * @param rpoMean the time-weighted mean
 * @param withinObjective the share of T with an RPO at or under the objective
 * @param violations how many times the RPO went above the objective (entries, not instants)
 * @param violationsPerDay violations / (T / 1 d)
 * @param largestBacklog the most data taken in snapshots and not yet copied, at any time
 * @param largestBacklogAt when that was (the snapshot that took it); {@code null} when nothing ever
 *     changed
 * @param drainTime from that moment until the queue was first empty; {@code null} when it was not
 *     empty again before the end of the profile
 * @param averageArrival the average change rate over the profile (scaled)
 * @param shortfall by how much the average change rate exceeds R; {@code null} when it does not.
 *     When it does, the backlog grows for good: it never catches up, and the RPO statistics only
 *     describe how far it fell behind within the profile
 * @param series the simulation snapshot by snapshot, for charts
 */
public record BacklogResult(
    DataRate rate,
    TimeSpan interval,
    TimeSpan objective,
    TimeSpan window,
    TimeSpan rpoP50,
    TimeSpan rpoP95,
    TimeSpan rpoP99,
    TimeSpan rpoMax,
    TimeSpan rpoMean,
    Fraction withinObjective,
    long violations,
    double violationsPerDay,
    DataSize largestBacklog,
    Instant largestBacklogAt,
    TimeSpan drainTime,
    DataRate averageArrival,
    DataRate shortfall,
    BacklogSeries series) {

  public BacklogResult {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(rpoP50, "rpoP50");
    Objects.requireNonNull(rpoP95, "rpoP95");
    Objects.requireNonNull(rpoP99, "rpoP99");
    Objects.requireNonNull(rpoMax, "rpoMax");
    Objects.requireNonNull(rpoMean, "rpoMean");
    Objects.requireNonNull(withinObjective, "withinObjective");
    Objects.requireNonNull(largestBacklog, "largestBacklog");
    Objects.requireNonNull(averageArrival, "averageArrival");
    Objects.requireNonNull(series, "series");
  }

  /** Whether the replication rate keeps up with the average change rate over the profile. */
  public boolean catchesUp() {
    return shortfall == null;
  }
}

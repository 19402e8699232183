package dev.drplan.model.backlog;

import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.time.Instant;
import java.util.Objects;

/**
 * What each snapshot must copy: a change profile, scaled to the plan's time, cut at every
 * replication interval (docs/model.md §5, "The backlog"). Snapshot k is taken at origin + k · I for
 * k = 1 .. K, where K · I is the last one within the profile's span T, and its delta is what
 * changed since snapshot k − 1 (snapshot 0, at the origin, is already copied). An interval of the
 * profile that a snapshot cuts is split in proportion to time, since changes arrive evenly within
 * it. What changes after snapshot K is in no delta but counts in the average arrival rate.
 *
 * <p>The deltas do not depend on the replication rate, so a search over rates cuts the profile
 * once: one pass over the profile, one {@code double} per snapshot.
 */
public final class SnapshotDeltas {

  /** The most snapshots a simulation takes: a year of one-second intervals, 250 MB of deltas. */
  public static final int MAX_SNAPSHOTS = 32_000_000;

  private final double originEpochSeconds;
  private final double intervalSeconds;
  private final double windowSeconds;
  private final double[] deltaBytes; // deltaBytes[k - 1] is snapshot k's delta
  private final double totalBytes;
  private final double largestDeltaBytes;

  private SnapshotDeltas(
      double originEpochSeconds,
      double intervalSeconds,
      double windowSeconds,
      double[] deltaBytes,
      double totalBytes) {
    this.originEpochSeconds = originEpochSeconds;
    this.intervalSeconds = intervalSeconds;
    this.windowSeconds = windowSeconds;
    this.deltaBytes = deltaBytes;
    this.totalBytes = totalBytes;
    double largest = 0;
    for (double delta : deltaBytes) {
      largest = Math.max(largest, delta);
    }
    this.largestDeltaBytes = largest;
  }

  /**
   * The deltas of snapshots every {@code interval} over {@code profile}, its amounts multiplied by
   * {@code scaling}'s factor at each interval's start.
   *
   * @throws IllegalArgumentException if the interval is zero, or so short that the profile would
   *     take more than {@link #MAX_SNAPSHOTS} snapshots
   */
  public static SnapshotDeltas of(ChangeProfile profile, GrowthScaling scaling, TimeSpan interval) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(scaling, "scaling");
    double span = profile.span().seconds();
    double every = interval.seconds();
    if (!(every > 0)) {
      throw new IllegalArgumentException("the replication interval must be above zero");
    }
    double snapshots = count(span, every);
    if (snapshots > MAX_SNAPSHOTS) {
      throw new IllegalArgumentException(
          "a replication interval of "
              + interval
              + " takes "
              + (long) snapshots
              + " snapshots over a profile of "
              + profile.span()
              + ", more than "
              + MAX_SNAPSHOTS);
    }
    int count = (int) snapshots;
    double[] deltas = new double[count];
    double step = profile.stepSeconds();
    GrowthScaling.Steps factors = scaling.steps(step);
    double tolerance = step * ChangeProfile.GRID_TOLERANCE;
    double total = 0;
    double delta = 0;
    int taken = 0;
    double nextCut = every;
    for (int i = 0; i < profile.size(); i++) {
      double bytes = profile.bytesAt(i) * factors.next();
      total += bytes;
      double stepStart = i * step;
      double usedShare = 0;
      while (taken < count && nextCut <= stepStart + step + tolerance) {
        double cutShare = Math.min(1, Math.max(usedShare, (nextCut - stepStart) / step));
        delta += bytes * (cutShare - usedShare);
        usedShare = cutShare;
        deltas[taken++] = delta;
        delta = 0;
        nextCut = (taken + 1) * every;
      }
      delta += bytes * (1 - usedShare);
    }
    return new SnapshotDeltas(profile.originEpochSeconds(), every, span, deltas, total);
  }

  /**
   * K, the snapshots of copies every {@code every} seconds over {@code span} seconds: floor(span /
   * every), with a billionth of an interval of slack, so that a span of exactly K intervals,
   * computed in floating point, still holds K snapshots.
   */
  public static double count(double span, double every) {
    return Math.floor(span / every + 1e-9);
  }

  /** K, the number of snapshots after the origin. */
  public int snapshots() {
    return deltaBytes.length;
  }

  /** I, the replication interval. */
  public TimeSpan interval() {
    return TimeSpan.ofSeconds(intervalSeconds);
  }

  /** T, the profile's span: the window over which the statistics are taken. */
  public TimeSpan window() {
    return TimeSpan.ofSeconds(windowSeconds);
  }

  /** Where the profile starts: the time of snapshot 0. */
  public Instant origin() {
    return ChangeProfile.instant(originEpochSeconds);
  }

  /** What snapshot {@code k} (1 .. K) must copy. */
  public DataSize deltaOf(int k) {
    return DataSize.ofBytes(deltaBytes[Objects.checkIndex(k - 1, deltaBytes.length)]);
  }

  /** The largest delta of any snapshot. */
  public DataSize largestDelta() {
    return DataSize.ofBytes(largestDeltaBytes);
  }

  /** Everything that changed over the profile, scaled: total / T is the average arrival rate. */
  public DataSize total() {
    return DataSize.ofBytes(totalBytes);
  }

  /** The average change rate over the profile, scaled: total / T. */
  public DataRate averageArrival() {
    return DataRate.ofBytesPerSecond(totalBytes / windowSeconds);
  }

  double originEpochSeconds() {
    return originEpochSeconds;
  }

  double intervalSeconds() {
    return intervalSeconds;
  }

  double windowSeconds() {
    return windowSeconds;
  }

  double deltaBytes(int k) {
    return deltaBytes[k - 1];
  }

  double largestDeltaBytes() {
    return largestDeltaBytes;
  }
}

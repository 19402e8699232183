package dev.drplan.model.backlog;

import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.time.Instant;
import java.util.Objects;

/**
 * One backlog simulation snapshot by snapshot, for charts of the RPO and the backlog over time. The
 * achieved RPO is a sawtooth: after snapshot k's copy finishes it is {@link #lagOf lag(k)} and it
 * then rises with slope 1 until the next copy finishes; the backlog just after snapshot k is taken
 * is {@link #queuedAfter queued(k)}.
 */
public final class BacklogSeries {
  private final double originEpochSeconds;
  private final double intervalSeconds;
  private final double rateBytesPerSecond;
  private final double[] finish; // finish[k]: seconds from the origin until snapshot k is copied

  BacklogSeries(
      double originEpochSeconds,
      double intervalSeconds,
      double rateBytesPerSecond,
      double[] finish) {
    this.originEpochSeconds = originEpochSeconds;
    this.intervalSeconds = intervalSeconds;
    this.rateBytesPerSecond = rateBytesPerSecond;
    this.finish = finish;
  }

  /** K: snapshots 1 .. K follow snapshot 0 at the origin. */
  public int snapshots() {
    return finish.length - 1;
  }

  /** When snapshot {@code k} (0 .. K) was taken: origin + k · I. */
  public Instant takenAt(int k) {
    return ChangeProfile.instant(originEpochSeconds + check(k) * intervalSeconds);
  }

  /** When snapshot {@code k}'s copy finished; snapshot 0's at the origin. */
  public Instant copiedAt(int k) {
    return ChangeProfile.instant(originEpochSeconds + finish[check(k)]);
  }

  /** From snapshot {@code k} being taken to its copy finishing: the RPO just after that copy. */
  public TimeSpan lagOf(int k) {
    return TimeSpan.ofSeconds(Math.max(0, finish[check(k)] - k * intervalSeconds));
  }

  /**
   * The data taken and not yet copied just after snapshot {@code k} is taken: what the copies still
   * have to send at rate R until snapshot k's copy finishes, (finish(k) − k · I) · R.
   */
  public DataSize queuedAfter(int k) {
    return DataSize.ofBytes(
        Math.max(0, finish[check(k)] - k * intervalSeconds) * rateBytesPerSecond);
  }

  private int check(int k) {
    return Objects.checkIndex(k, finish.length);
  }
}

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

  /**
   * The replay around its largest backlog, as two exact piecewise-linear lines for a chart: a
   * stretch of {@code length} (the whole replay when shorter), placed so that the snapshot that
   * took the largest backlog is in its middle where the replay allows. Times are seconds from the
   * stretch's start.
   *
   * <ul>
   *   <li>The achieved RPO rises with slope 1 and drops where a copy finishes: at finish(j) from
   *       finish(j) − (j − 1) · I to finish(j) − j · I.
   *   <li>The backlog jumps at each snapshot k by its delta, to (finish(k) − k · I) · R, and falls
   *       at R until the queue is empty or the next snapshot is taken.
   * </ul>
   */
  public Stretch around(double windowSeconds, TimeSpan length) {
    int worst = 0;
    double largest = -1;
    for (int k = 1; k < finish.length; k++) {
      double queued = Math.max(0, finish[k] - k * intervalSeconds);
      if (queued > largest) {
        largest = queued;
        worst = k;
      }
    }
    double span = Math.min(length.seconds(), windowSeconds);
    double from = Math.max(0, Math.min(worst * intervalSeconds - span / 2, windowSeconds - span));
    double to = from + span;
    Line rpo = new Line(from, to);
    Line backlog = new Line(from, to);
    // The line starts and ends at the stretch's edges, not at the first and last copy within it.
    rpo.add(from, from - newestCopied(from) * intervalSeconds);
    for (int j = 1; j < finish.length; j++) {
      if (finish[j] >= from && finish[j] <= to) {
        rpo.add(finish[j], finish[j] - (j - 1) * intervalSeconds);
        rpo.add(finish[j], Math.max(0, finish[j] - j * intervalSeconds));
      }
    }
    rpo.add(to, to - newestCopied(to) * intervalSeconds);
    for (int k = 0; k < finish.length; k++) {
      double taken = k * intervalSeconds;
      double next = k + 1 < finish.length ? (k + 1) * intervalSeconds : windowSeconds;
      double queued = Math.max(0, finish[k] - taken) * rateBytesPerSecond;
      if (next < from || taken > to) {
        continue;
      }
      double before = k == 0 ? 0 : Math.max(0, finish[k - 1] - taken) * rateBytesPerSecond;
      backlog.add(taken, before);
      backlog.add(taken, queued);
      if (finish[k] < next) {
        backlog.add(finish[k], 0);
        backlog.add(next, 0);
      } else {
        backlog.add(next, (finish[k] - next) * rateBytesPerSecond);
      }
    }
    return new Stretch(
        ChangeProfile.instant(originEpochSeconds + from),
        TimeSpan.ofSeconds(span),
        rpo.points(),
        backlog.points());
  }

  /**
   * The newest snapshot copied by {@code seconds} from the origin: the largest k, finish(k) ≤ it.
   */
  private int newestCopied(double seconds) {
    int newest = 0;
    for (int k = 1; k < finish.length && finish[k] <= seconds; k++) {
      newest = k;
    }
    return newest;
  }

  /**
   * A stretch of a replay for a chart: where it starts on the profile's clock, how long it is, and
   * its two lines as (seconds from the start, value) pairs: the RPO in seconds, the backlog in
   * bytes.
   */
  public record Stretch(Instant start, TimeSpan length, double[][] rpo, double[][] backlog) {}

  /** Points of a line within [from, to], each clipped to it; x is kept relative to from. */
  private static final class Line {
    private final double from;
    private final double to;
    private final java.util.List<double[]> points = new java.util.ArrayList<>();

    Line(double from, double to) {
      this.from = from;
      this.to = to;
    }

    void add(double x, double y) {
      if (x >= from && x <= to) {
        points.add(new double[] {x - from, y});
      }
    }

    double[][] points() {
      return points.toArray(new double[0][]);
    }
  }

  private int check(int k) {
    return Objects.checkIndex(k, finish.length);
  }
}

package dev.drplan.model.backlog;

import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import java.time.Instant;
import java.util.Objects;

/**
 * Incremental copies replayed against a change profile (docs/model.md §5, "The backlog"): the rules
 * are in the package description. One pass over the profile cuts it into snapshot deltas ({@link
 * SnapshotDeltas}); one pass over the snapshots queues their copies; a few passes over the
 * snapshots read the time-weighted statistics of the achieved RPO. Nothing is allocated per
 * interval of the profile; one {@code double} per snapshot holds when its copy finished.
 *
 * <p>Between two finished copies the achieved RPO rises with slope 1: after snapshot k's copy
 * finishes it runs from a(k) = finish(k) − k · I to finish(k + 1) − k · I, so each of these
 * segments spends its time evenly over its range of RPOs, and the time with an RPO at or under x is
 * Σ clamp(x − a(k), 0, length(k)). The share within the objective, the percentiles (by bisection on
 * that monotone sum), the mean and the entries into violation all follow from the segments.
 */
public final class BacklogSimulation {
  private BacklogSimulation() {}

  private static final int BISECTION_STEPS = 64;

  /**
   * The simulation of {@code profile}, scaled by {@code scaling}, with a snapshot every {@code
   * interval} copied at {@code rate}; the share and the violations are counted against {@code
   * objective}.
   */
  public static BacklogResult run(
      ChangeProfile profile,
      GrowthScaling scaling,
      TimeSpan interval,
      DataRate rate,
      TimeSpan objective) {
    return run(SnapshotDeltas.of(profile, scaling, interval), rate, objective);
  }

  /**
   * The simulation of snapshots {@code deltas} copied at {@code rate}, counted against {@code
   * objective}.
   *
   * @throws IllegalArgumentException if the rate is zero: nothing would ever be copied
   */
  public static BacklogResult run(SnapshotDeltas deltas, DataRate rate, TimeSpan objective) {
    Objects.requireNonNull(deltas, "deltas");
    Objects.requireNonNull(objective, "objective");
    double perSecond = requirePositive(rate);
    double[] finish = new double[deltas.snapshots() + 1];
    copyFinishTimes(deltas, perSecond, finish);

    double window = deltas.windowSeconds();
    double every = deltas.intervalSeconds();
    double goal = objective.seconds();
    int last = deltas.snapshots();
    double rpoMax = maxRpo(deltas, finish);
    double rpoTimeIntegral = 0;
    long violations = 0;
    for (int k = 0; k <= last; k++) {
      double length = segmentLength(finish, k, window);
      if (length <= 0) {
        continue;
      }
      double low = finish[k] - k * every;
      double high = low + length;
      rpoTimeIntegral += length * (low + length / 2);
      if (low < goal && high > goal) {
        violations++;
      }
    }

    int worst = 0;
    double largestBacklog = 0;
    for (int k = 1; k <= last; k++) {
      double queued = queuedAfter(deltas, finish, k, perSecond);
      if (queued > largestBacklog) {
        largestBacklog = queued;
        worst = k;
      }
    }
    Instant largestAt =
        worst == 0 ? null : ChangeProfile.instant(deltas.originEpochSeconds() + worst * every);
    TimeSpan drain = worst == 0 ? TimeSpan.ZERO : drainTime(finish, worst, every, window);

    double arrival = deltas.averageArrival().bytesPerSecond();
    DataRate shortfall =
        arrival > perSecond ? DataRate.ofBytesPerSecond(arrival - perSecond) : null;

    return new BacklogResult(
        rate,
        deltas.interval(),
        objective,
        deltas.window(),
        TimeSpan.ofSeconds(percentile(deltas, finish, 0.50, rpoMax)),
        TimeSpan.ofSeconds(percentile(deltas, finish, 0.95, rpoMax)),
        TimeSpan.ofSeconds(percentile(deltas, finish, 0.99, rpoMax)),
        TimeSpan.ofSeconds(rpoMax),
        TimeSpan.ofSeconds(rpoTimeIntegral / window),
        share(timeWithin(deltas, finish, goal), window),
        violations,
        violations / (window / TimeSpan.SECONDS_PER_DAY),
        DataSize.ofBytes(largestBacklog),
        largestAt,
        drain,
        deltas.averageArrival(),
        shortfall,
        new BacklogSeries(deltas.originEpochSeconds(), every, perSecond, finish));
  }

  /**
   * When each snapshot's copy finishes, in seconds from the origin: finish(0) = 0 (the origin is
   * copied), finish(k) = max(k · I, finish(k − 1)) + delta(k) / R. A rate of +∞ copies at once.
   * {@code finish} holds K + 1 values.
   */
  static void copyFinishTimes(SnapshotDeltas deltas, double rate, double[] finish) {
    double every = deltas.intervalSeconds();
    finish[0] = 0;
    for (int k = 1; k < finish.length; k++) {
      finish[k] = Math.max(k * every, finish[k - 1]) + deltas.deltaBytes(k) / rate;
    }
  }

  /**
   * Seconds of the window with an achieved RPO at or under {@code rpo}: Σ over the segments of
   * clamp(rpo − a(k), 0, length(k)).
   */
  static double timeWithin(SnapshotDeltas deltas, double[] finish, double rpo) {
    double window = deltas.windowSeconds();
    double every = deltas.intervalSeconds();
    double within = 0;
    for (int k = 0; k < finish.length; k++) {
      double length = segmentLength(finish, k, window);
      if (length > 0) {
        within += Math.min(length, Math.max(0, rpo - (finish[k] - k * every)));
      }
    }
    return within;
  }

  /** The largest achieved RPO: the highest end of any segment. */
  static double maxRpo(SnapshotDeltas deltas, double[] finish) {
    double window = deltas.windowSeconds();
    double every = deltas.intervalSeconds();
    double max = 0;
    for (int k = 0; k < finish.length; k++) {
      double length = segmentLength(finish, k, window);
      if (length > 0) {
        max = Math.max(max, finish[k] - k * every + length);
      }
    }
    return max;
  }

  /**
   * How long the newest recoverable point is snapshot {@code k}: from its copy finishing to the
   * next one finishing, or to the end of the window; 0 when it finishes after the window.
   */
  private static double segmentLength(double[] finish, int k, double window) {
    double end = k + 1 < finish.length ? Math.min(finish[k + 1], window) : window;
    return Math.max(0, end - finish[k]);
  }

  /**
   * The data queued just after snapshot {@code k} is taken: what earlier copies still had to send,
   * max(0, finish(k − 1) − k · I) · R, plus snapshot k's delta.
   */
  private static double queuedAfter(SnapshotDeltas deltas, double[] finish, int k, double rate) {
    double stillSending = Math.max(0, finish[k - 1] - k * deltas.intervalSeconds());
    return stillSending * rate + deltas.deltaBytes(k);
  }

  /**
   * From snapshot {@code worst} being taken until the queue is first empty: the first copy j ≥
   * worst that finishes before snapshot j + 1 is taken (or is the last one); {@code null} if that
   * is after the end of the window.
   */
  private static TimeSpan drainTime(double[] finish, int worst, double every, double window) {
    int last = finish.length - 1;
    int j = worst;
    while (j < last && finish[j] > (j + 1) * every) {
      j++;
    }
    if (finish[j] > window) {
      return null;
    }
    return TimeSpan.ofSeconds(finish[j] - worst * every);
  }

  /**
   * The time-weighted {@code p} quantile of the achieved RPO: the smallest x with time within x ≥ p
   * · T, by bisection on [0, max], which the monotone sum allows.
   */
  private static double percentile(
      SnapshotDeltas deltas, double[] finish, double p, double rpoMax) {
    double needed = p * deltas.windowSeconds();
    double low = 0;
    double high = rpoMax;
    for (int i = 0; i < BISECTION_STEPS && low < high; i++) {
      double middle = low + (high - low) / 2;
      if (middle <= low || middle >= high) {
        break;
      }
      if (timeWithin(deltas, finish, middle) >= needed) {
        high = middle;
      } else {
        low = middle;
      }
    }
    return high;
  }

  /** {@code seconds} of {@code window} as a share, held to [0, 1] against rounding. */
  static Fraction share(double seconds, double window) {
    return Fraction.of(Math.min(1, Math.max(0, seconds / window)));
  }

  static double requirePositive(DataRate rate) {
    Objects.requireNonNull(rate, "rate");
    if (rate.isZero()) {
      throw new IllegalArgumentException(
          "the replication rate must be above zero: at zero nothing is ever copied");
    }
    return rate.bytesPerSecond();
  }
}

package dev.drplan.gcs.probe;

import java.util.Arrays;

/**
 * Latency percentiles by the nearest-rank rule: the p-th percentile of n sorted samples is the
 * sample at rank ceil(p / 100 * n) (1-based). It is always a value that was observed, never an
 * interpolation between two requests.
 */
public final class Percentiles {

  private Percentiles() {}

  /** The summary of one step's request latencies, in seconds; all zero when there are none. */
  public record Summary(
      long count, double p50Seconds, double p90Seconds, double p99Seconds, double maxSeconds) {

    public static final Summary EMPTY = new Summary(0, 0, 0, 0, 0);
  }

  /** The nearest-rank percentile {@code p} (0 < p <= 100) of {@code sorted}, ascending. */
  public static double nearestRank(double[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("p must be in (0, 100], was " + p);
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(1, rank) - 1];
  }

  /** p50, p90, p99 and the maximum of latencies given in nanoseconds. */
  public static Summary ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return Summary.EMPTY;
    }
    double[] seconds = new double[nanos.length];
    for (int i = 0; i < nanos.length; i++) {
      seconds[i] = nanos[i] / 1e9;
    }
    Arrays.sort(seconds);
    return new Summary(
        seconds.length,
        nearestRank(seconds, 50),
        nearestRank(seconds, 90),
        nearestRank(seconds, 99),
        seconds[seconds.length - 1]);
  }
}

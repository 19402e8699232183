package dev.drplan.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of non-negative doubles in logarithmic bins, for percentiles of millions of samples in
 * fixed memory, with order-independent (hence thread-count-independent) merging.
 *
 * <p>A bin is a binade (power of two, from the double's exponent) split into 2^12 equal parts (the
 * top 12 bits of the mantissa), so a bin is at most 2^-12 of its lower edge wide. Each binade's
 * 4096 counters are allocated when first hit: a metric whose samples span a factor of 1,000 uses 10
 * binades, 40 KB (and 16 KB more for each binade in which some bin passes 255). Zero has a bin of
 * its own; "never" (a figure that cannot exist, +∞) is counted apart. Exact minimum and maximum are
 * kept, and a percentile is reported as the midpoint of its bin clamped to [min, max]: within a
 * relative 2^-13 (1.2e-4) of the exact nearest-rank sample percentile, and exact when every sample
 * in the bin is equal (a certain input).
 *
 * <p>A bin's count is held as its lowest 8 bits, one byte a bin, and the rest (a multiple of 256)
 * in a binade's array of ints made at its first carry: Monte Carlo counts into 35 or more
 * histograms in turn, and at 4 KB a binade rather than 16 KB they all fit in a core's 1 MB
 * second-level cache beside the part buffer (walmart: 35 histograms of 1 to 6 binades, about 114).
 */
final class Histogram {
  static final int SUB_BITS = 12;
  private static final int SUB_BINS = 1 << SUB_BITS;
  private static final int SHIFT = 52 - SUB_BITS;

  /** Each bin's count modulo 256, per binade: [exponent][sub-bin]; null until first hit. */
  private final byte[][] lowBytes = new byte[2048][];

  /** Each bin's count less its lowest byte, per binade; null until the binade's first carry. */
  private final int[][] carried = new int[2048][];

  private long zeros;
  private long finite;
  private long never;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  /** Adds a finite, non-negative value. */
  void add(double value) {
    if (value < min) {
      min = value;
    }
    if (value > max) {
      max = value;
    }
    finite++;
    if (value == 0) {
      zeros++;
      return;
    }
    long bits = Double.doubleToRawLongBits(value);
    int exponent = (int) (bits >>> 52);
    int sub = (int) (bits >>> SHIFT) & (SUB_BINS - 1);
    byte[] counts = lowBytes[exponent];
    if (counts == null) {
      counts = new byte[SUB_BINS];
      lowBytes[exponent] = counts;
    }
    if (++counts[sub] == 0) {
      carry(exponent, sub);
    }
  }

  /** Moves 256 into the carried count of a bin whose lowest byte just wrapped to 0. */
  private void carry(int exponent, int sub) {
    carriedOf(exponent)[sub] += 0x100;
  }

  /** The carried counts of a binade, made if it has none yet. */
  private int[] carriedOf(int exponent) {
    int[] counts = carried[exponent];
    if (counts == null) {
      counts = new int[SUB_BINS];
      carried[exponent] = counts;
    }
    return counts;
  }

  /** The count of sub-bin {@code sub} of binade {@code exponent} (0 if it was never hit). */
  private int count(int exponent, int sub) {
    byte[] low = lowBytes[exponent];
    if (low == null) {
      return 0;
    }
    int[] high = carried[exponent];
    return (high == null ? 0 : high[sub]) + Byte.toUnsignedInt(low[sub]);
  }

  /** Counts a figure that cannot exist. */
  void addNever() {
    never++;
  }

  /** Adds every count of {@code other} to this histogram. */
  void merge(Histogram other) {
    for (int e = 0; e < lowBytes.length; e++) {
      byte[] theirs = other.lowBytes[e];
      if (theirs == null) {
        continue;
      }
      int[] theirsCarried = other.carried[e];
      byte[] ours = lowBytes[e];
      if (ours == null) {
        lowBytes[e] = theirs.clone();
        carried[e] = theirsCarried == null ? null : theirsCarried.clone();
        continue;
      }
      for (int i = 0; i < SUB_BINS; i++) {
        // Their carried count is a multiple of 256: it leaves the lowest byte as it is.
        int sum =
            Byte.toUnsignedInt(ours[i])
                + Byte.toUnsignedInt(theirs[i])
                + (theirsCarried == null ? 0 : theirsCarried[i]);
        ours[i] = (byte) sum;
        if ((sum & ~0xFF) != 0) {
          carriedOf(e)[i] += sum & ~0xFF;
        }
      }
    }
    zeros += other.zeros;
    finite += other.finite;
    never += other.never;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  long count() {
    return finite + never;
  }

  long never() {
    return never;
  }

  /** The smallest finite value, or {@code null} if there is none. */
  Double min() {
    return finite == 0 ? null : min;
  }

  /** The largest finite value, or {@code null} if there is none. */
  Double max() {
    return finite == 0 ? null : max;
  }

  /**
   * The nearest-rank percentile q: the value of rank ceil(q · n) in ascending order (rank 1 at
   * least), never counted last. {@code null} when that rank falls on "never", or there are no
   * samples.
   */
  Double percentile(double q) {
    long n = count();
    if (n == 0) {
      return null;
    }
    long rank = Math.max(1, (long) Math.ceil(q * n - 1e-9 * n));
    if (rank > finite) {
      return null;
    }
    long seen = zeros;
    if (seen >= rank) {
      return 0.0;
    }
    for (int e = 0; e < lowBytes.length; e++) {
      if (lowBytes[e] == null) {
        continue;
      }
      for (int i = 0; i < SUB_BINS; i++) {
        seen += count(e, i);
        if (seen >= rank) {
          long lowBits = ((long) e << 52) | ((long) i << SHIFT);
          double low = Double.longBitsToDouble(lowBits);
          double high = Double.longBitsToDouble(lowBits + (1L << SHIFT));
          double mid = low + (high - low) / 2;
          return Math.min(max, Math.max(min, mid));
        }
      }
    }
    throw new IllegalStateException("rank " + rank + " beyond " + finite + " finite samples");
  }

  /**
   * The counts in {@code bins} equal bins from the smallest to the largest finite value, equal in
   * width or (with {@code log}, when the smallest value is above zero) in logarithm. Each fine bin
   * is counted in the coarse bin of its midpoint clamped to [min, max]. One bin when every finite
   * value is the same; no bins when there is none.
   */
  BinnedDistribution binned(Metric metric, int bins, boolean log) {
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be at least 1, was " + bins);
    }
    if (finite == 0) {
      return new BinnedDistribution(metric, List.of(), List.of(), never, log);
    }
    boolean logScale = log && min > 0;
    int n = min == max ? 1 : bins;
    double low = logScale ? Math.log(min) : min;
    double high = logScale ? Math.log(max) : max;
    long[] counts = new long[n];
    counts[0] += zeros;
    for (int e = 0; e < lowBytes.length; e++) {
      if (lowBytes[e] == null) {
        continue;
      }
      for (int i = 0; i < SUB_BINS; i++) {
        int fine = count(e, i);
        if (fine == 0) {
          continue;
        }
        long lowBits = ((long) e << 52) | ((long) i << SHIFT);
        double from = Double.longBitsToDouble(lowBits);
        double to = Double.longBitsToDouble(lowBits + (1L << SHIFT));
        double mid = Math.min(max, Math.max(min, from + (to - from) / 2));
        double at = logScale ? Math.log(mid) : mid;
        int index = n == 1 ? 0 : (int) Math.floor((at - low) / (high - low) * n);
        counts[Math.max(0, Math.min(n - 1, index))] += fine;
      }
    }
    List<Double> edges = new ArrayList<>(n + 1);
    for (int i = 0; i <= n; i++) {
      double at = i == n ? high : low + (high - low) * i / n;
      edges.add(i == 0 ? min : i == n ? max : logScale ? Math.exp(at) : at);
    }
    List<Long> countList = new ArrayList<>(n);
    for (long count : counts) {
      countList.add(count);
    }
    return new BinnedDistribution(metric, edges, countList, never, logScale);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Histogram)) {
      return false;
    }
    Histogram that = (Histogram) other;
    return zeros == that.zeros
        && finite == that.finite
        && never == that.never
        && Double.compare(min, that.min) == 0
        && Double.compare(max, that.max) == 0
        && sameCounts(that);
  }

  /** Whether every binade is made in both or neither and every bin's count is the same. */
  private boolean sameCounts(Histogram that) {
    for (int e = 0; e < lowBytes.length; e++) {
      if ((lowBytes[e] == null) != (that.lowBytes[e] == null)) {
        return false;
      }
      if (lowBytes[e] == null) {
        continue;
      }
      for (int i = 0; i < SUB_BINS; i++) {
        if (count(e, i) != that.count(e, i)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(finite) * 31 + Long.hashCode(never);
  }
}

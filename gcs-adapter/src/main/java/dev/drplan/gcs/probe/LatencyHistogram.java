package dev.drplan.gcs.probe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Latencies counted in logarithmic buckets, so that the latencies of many workers can be merged
 * exactly (counts add) and percentiles read from the merge, never averaged.
 *
 * <p>Bucket {@code k} (0, 1, 2, ...) holds the latencies above 2^((k−1)/32) µs and at most 2^(k/32)
 * µs, its upper edge; bucket 0 holds everything at or below 1 µs. Each bucket's upper edge is
 * 2^(1/32) ≈ 1.0219 times its lower edge, so a percentile read as its bucket's upper edge is at
 * most 2.2% above the latency it stands for (and never below it). A run of six hours with latencies
 * from 1 µs to 1,000 s uses at most 957 buckets.
 */
public final class LatencyHistogram {

  /** Buckets per doubling of latency. */
  public static final int BUCKETS_PER_DOUBLING = 32;

  /**
   * One non-empty bucket: its number, its upper edge in seconds, and how many latencies it holds.
   */
  public record Bucket(int bucket, double upperSeconds, long count) {
    public Bucket {
      if (bucket < 0 || count < 0) {
        throw new IllegalArgumentException("bucket and count must not be negative");
      }
    }
  }

  private final TreeMap<Integer, Long> counts = new TreeMap<>();

  /** The bucket that holds a latency of {@code seconds}. */
  public static int bucketOf(double seconds) {
    double micros = seconds * 1e6;
    if (!(micros > 1)) {
      return 0;
    }
    int k = (int) Math.ceil(Math.log(micros) / Math.log(2) * BUCKETS_PER_DOUBLING);
    // The logarithm may round across an edge: settle on the bucket whose edges hold the value.
    while (upperSeconds(k) < seconds) {
      k++;
    }
    while (k > 0 && upperSeconds(k - 1) >= seconds) {
      k--;
    }
    return k;
  }

  /** Bucket {@code k}'s upper edge: 2^(k/32) µs. */
  public static double upperSeconds(int k) {
    return Math.pow(2, (double) k / BUCKETS_PER_DOUBLING) * 1e-6;
  }

  /** Counts one latency. */
  public void add(double seconds) {
    counts.merge(bucketOf(seconds), 1L, Long::sum);
  }

  /** Adds the counts of {@code buckets} (another worker's histogram) to this one. */
  public void addAll(Collection<Bucket> buckets) {
    for (Bucket bucket : buckets) {
      if (bucket.count() > 0) {
        counts.merge(bucket.bucket(), bucket.count(), Long::sum);
      }
    }
  }

  /** Latencies counted. */
  public long count() {
    long n = 0;
    for (long c : counts.values()) {
      n += c;
    }
    return n;
  }

  /** The non-empty buckets, in order of latency. */
  public List<Bucket> buckets() {
    List<Bucket> list = new ArrayList<>();
    for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
      list.add(new Bucket(entry.getKey(), upperSeconds(entry.getKey()), entry.getValue()));
    }
    return list;
  }

  /**
   * The nearest-rank percentile {@code p} (0 < p <= 100): the upper edge of the bucket that holds
   * the ⌈p/100·n⌉-th smallest latency, but never above {@code maxSeconds} (the largest latency,
   * known exactly); {@code null} when the histogram is empty.
   */
  public Double percentile(double p, double maxSeconds) {
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("p must be in (0, 100], was " + p);
    }
    long n = count();
    if (n == 0) {
      return null;
    }
    long rank = Math.max(1, (long) Math.ceil(p / 100.0 * n));
    long seen = 0;
    for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
      seen += entry.getValue();
      if (seen >= rank) {
        return Math.min(upperSeconds(entry.getKey()), maxSeconds);
      }
    }
    throw new IllegalStateException("unreachable: rank " + rank + " of " + n);
  }
}

package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Log buckets that merge by adding counts, and nearest-rank percentiles read from them. */
class LatencyHistogramTest {

  @Test
  void aBucketsUpperEdgeIsAtOrAboveEveryLatencyItHoldsAndWithinTwoPercent() {
    for (double seconds : new double[] {1.5e-6, 0.001, 0.0123, 0.25, 1, 3.7, 600}) {
      int k = LatencyHistogram.bucketOf(seconds);
      assertThat(LatencyHistogram.upperSeconds(k)).isGreaterThanOrEqualTo(seconds);
      assertThat(LatencyHistogram.upperSeconds(k - 1)).isLessThan(seconds);
      assertThat(LatencyHistogram.upperSeconds(k) / seconds)
          .isLessThanOrEqualTo(Math.pow(2, 1.0 / 32));
    }
    // 1 ms = 1,000 µs = 2^(log2(1000)) µs: bucket ceil(32 · 9.9658) = 319.
    assertThat(LatencyHistogram.bucketOf(0.001)).isEqualTo(319);
    assertThat(LatencyHistogram.bucketOf(0.5e-6)).isZero();
  }

  @Test
  void mergedPercentilesComeFromTheCombinedCountsNotFromAveragingPercentiles() {
    // Worker A: 90 fast operations of 10 ms; worker B: 10 slow ones of 1 s. Over all 100
    // operations the 90th smallest is fast and the 91st slow: p90 is 10 ms (its bucket's edge) and
    // p99 is 1 s. Averaging the workers' own p90s (10 ms and 1 s) would say about 505 ms.
    LatencyHistogram a = new LatencyHistogram();
    LatencyHistogram b = new LatencyHistogram();
    for (int i = 0; i < 90; i++) {
      a.add(0.010);
    }
    for (int i = 0; i < 10; i++) {
      b.add(1.0);
    }
    LatencyHistogram all = new LatencyHistogram();
    all.addAll(a.buckets());
    all.addAll(b.buckets());

    assertThat(all.count()).isEqualTo(90 + 10);
    assertThat(all.percentile(90, 1.0))
        .isEqualTo(LatencyHistogram.upperSeconds(LatencyHistogram.bucketOf(0.010)));
    assertThat(all.percentile(91, 1.0)).isEqualTo(1.0);
    assertThat(all.percentile(99, 1.0)).isEqualTo(1.0);
  }

  @Test
  void aPercentileIsNeverAboveTheLargestLatencyAndNullWhenThereIsNone() {
    LatencyHistogram one = new LatencyHistogram();
    one.add(0.0123);

    assertThat(one.percentile(50, 0.0123)).isEqualTo(0.0123);
    assertThat(new LatencyHistogram().percentile(50, 0)).isNull();
    assertThat(one.buckets()).hasSize(1);
    one.addAll(List.of(new LatencyHistogram.Bucket(5, LatencyHistogram.upperSeconds(5), 0)));
    assertThat(one.buckets()).hasSize(1);
  }
}

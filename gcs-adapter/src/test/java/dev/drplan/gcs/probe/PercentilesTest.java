package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void nearestRankOfTenSamples() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    // rank = ceil(p / 100 * n): p50 -> ceil(5) = 5th, p90 -> ceil(9) = 9th, p99 -> ceil(9.9) =
    // 10th.
    assertThat(Percentiles.nearestRank(sorted, 50)).isEqualTo(5);
    assertThat(Percentiles.nearestRank(sorted, 90)).isEqualTo(9);
    assertThat(Percentiles.nearestRank(sorted, 99)).isEqualTo(10);
    assertThat(Percentiles.nearestRank(sorted, 100)).isEqualTo(10);
  }

  @Test
  void nearestRankOfFourSamplesNeverInterpolates() {
    double[] sorted = {10, 20, 30, 40};

    // p50 -> ceil(2) = 2nd = 20 (not 25); p90 -> ceil(3.6) = 4th = 40; p1 -> ceil(0.04) = 1st.
    assertThat(Percentiles.nearestRank(sorted, 50)).isEqualTo(20);
    assertThat(Percentiles.nearestRank(sorted, 90)).isEqualTo(40);
    assertThat(Percentiles.nearestRank(sorted, 1)).isEqualTo(10);
  }

  @Test
  void summaryOfUnsortedNanosecondsIsInSeconds() {
    long[] nanos = new long[200];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = (200 - i) * 1_000_000L; // 200 ms down to 1 ms
    }

    Percentiles.Summary summary = Percentiles.ofNanos(nanos);

    // 200 samples of 1..200 ms: p50 is the 100th (100 ms), p90 the 180th, p99 the 198th.
    assertThat(summary.count()).isEqualTo(200);
    assertThat(summary.p50Seconds()).isEqualTo(100 / 1e3);
    assertThat(summary.p90Seconds()).isEqualTo(180 / 1e3);
    assertThat(summary.p99Seconds()).isEqualTo(198 / 1e3);
    assertThat(summary.maxSeconds()).isEqualTo(200 / 1e3);
  }

  @Test
  void noSamplesGiveTheEmptySummary() {
    assertThat(Percentiles.ofNanos(new long[0])).isEqualTo(Percentiles.Summary.EMPTY);
    assertThatThrownBy(() -> Percentiles.nearestRank(new double[0], 50))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

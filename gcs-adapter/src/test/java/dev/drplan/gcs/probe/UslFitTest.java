package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UslFitTest {

  private static List<UslFit.Point> curve(double lambda, double sigma, double kappa, int... n) {
    List<UslFit.Point> points = new ArrayList<>();
    for (int streams : n) {
      points.add(new UslFit.Point(streams, UslFit.throughput(lambda, sigma, kappa, streams)));
    }
    return points;
  }

  @Test
  void recoversKnownParametersFromAnExactCurve() {
    double lambda = 100e6;
    double sigma = 0.05;
    double kappa = 0.002;

    UslFit.Result fit = UslFit.fit(curve(lambda, sigma, kappa, 1, 2, 4, 8, 16, 32, 64));

    assertThat(fit.status()).isEqualTo(UslFit.Status.FITTED);
    assertThat(fit.lambdaBytesPerSecond()).isCloseTo(lambda, within(lambda * 1e-4));
    assertThat(fit.sigma()).isCloseTo(sigma, within(1e-4));
    assertThat(fit.kappa()).isCloseTo(kappa, within(1e-6));
    // N* = sqrt((1 - σ) / κ) = sqrt(0.95 / 0.002) = 21.79..., and X(22) > X(21).
    assertThat(fit.peakStreams()).isEqualTo(22);
    assertThat(fit.peakThroughputBytesPerSecond())
        .isCloseTo(lambda * 22 / (1 + sigma * 21 + kappa * 22 * 21), within(1.0));
  }

  @Test
  void recoversParametersFromNoisyMeasurements() {
    double lambda = 50e6;
    double sigma = 0.1;
    double kappa = 0.001;
    List<UslFit.Point> points = new ArrayList<>();
    double[] noise = {1.02, 0.98, 1.01, 0.99, 1.015, 0.985};
    int[] streams = {1, 4, 8, 16, 32, 64};
    for (int i = 0; i < streams.length; i++) {
      points.add(
          new UslFit.Point(
              streams[i], UslFit.throughput(lambda, sigma, kappa, streams[i]) * noise[i]));
    }

    UslFit.Result fit = UslFit.fit(points);

    assertThat(fit.status()).isEqualTo(UslFit.Status.FITTED);
    assertThat(fit.lambdaBytesPerSecond()).isCloseTo(lambda, within(lambda * 0.05));
    assertThat(fit.sigma()).isCloseTo(sigma, within(0.03));
    assertThat(fit.kappa()).isCloseTo(kappa, within(0.0005));
  }

  @Test
  void linearScalingHasNoPeak() {
    UslFit.Result fit = UslFit.fit(curve(10e6, 0, 0, 1, 2, 4, 8));

    assertThat(fit.status()).isEqualTo(UslFit.Status.FITTED);
    assertThat(fit.peakStreams()).isNull();
    assertThat(fit.message()).contains("linearly");
  }

  @Test
  void threeStreamCountsFitExactlyAndSoAreNotEnough() {
    UslFit.Result fit =
        UslFit.fit(
            List.of(
                new UslFit.Point(1, 10e6), new UslFit.Point(4, 35e6), new UslFit.Point(16, 60e6)));

    assertThat(fit.status()).isEqualTo(UslFit.Status.NOT_ENOUGH_POINTS);
    assertThat(fit.message()).contains("at least 4 distinct");
  }

  @Test
  void twoStreamCountsAreNotEnough() {
    UslFit.Result fit =
        UslFit.fit(
            List.of(
                new UslFit.Point(1, 10e6), new UslFit.Point(4, 35e6), new UslFit.Point(4, 36e6)));

    assertThat(fit.status()).isEqualTo(UslFit.Status.NOT_ENOUGH_POINTS);
    assertThat(fit.message()).startsWith("not enough points to fit");
    assertThat(fit.lambdaBytesPerSecond()).isNull();
    assertThat(fit.peakStreams()).isNull();
  }

  @Test
  void noPointsAreNotEnough() {
    assertThat(UslFit.fit(List.of()).status()).isEqualTo(UslFit.Status.NOT_ENOUGH_POINTS);
  }

  @Test
  void pointsTheLawCannotDescribeAreNotFitted() {
    // Throughput that zig-zags with streams: no choice of λ, σ, κ comes close.
    UslFit.Result fit =
        UslFit.fit(
            List.of(
                new UslFit.Point(1, 100e6),
                new UslFit.Point(2, 10e6),
                new UslFit.Point(4, 100e6),
                new UslFit.Point(8, 10e6),
                new UslFit.Point(16, 100e6)));

    assertThat(fit.status()).isEqualTo(UslFit.Status.DEGENERATE);
    assertThat(fit.lambdaBytesPerSecond()).isNull();
  }
}

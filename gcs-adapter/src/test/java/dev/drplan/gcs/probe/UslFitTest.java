package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Universal Scalability Law fit, held against figures that do not come from the code under
 * test: throughput tables typed in by hand and fitted at authoring time by another tool (SciPy's
 * {@code curve_fit}, trust-region least squares with σ, κ ≥ 0; the script is {@code
 * src/test/resources/usl/fit_usl.py}, run with scipy 1.17.1 and numpy 2.4.6, and its output is
 * copied below), and degenerate cases worked by hand. A wrong formula, a wrong derivative or a fit
 * stuck short of the least-squares minimum fails here.
 */
class UslFitTest {

  private static final double MB = 1e6;

  private static final int[] STREAMS = {1, 2, 4, 8, 16, 32, 64};

  private static List<UslFit.Point> table(double... megabytesPerSecond) {
    UslFit.Point[] points = new UslFit.Point[STREAMS.length];
    for (int i = 0; i < STREAMS.length; i++) {
      points[i] = new UslFit.Point(STREAMS[i], megabytesPerSecond[i] * MB);
    }
    return List.of(points);
  }

  /**
   * A host whose throughput peaks and then falls. fit_usl.py ("retrograde"): λ = 104166880.27986264
   * B/s, σ = 0.05091752377311968, κ = 0.0008735686710017676, R² = 0.9985842175622529, N* =
   * 32.96123321978534, best whole count 33 at 967807691.3870121 B/s. (Other starting points of
   * SciPy's least_squares reach the same minimum.)
   */
  @Test
  void aPeakingTableFitsAsSciPyFitsIt() {
    UslFit.Result fit = UslFit.fit(table(96.5, 187.0, 352.0, 598.0, 862.0, 947.0, 871.0));

    assertThat(fit.status()).isEqualTo(UslFit.Status.FITTED);
    assertThat(fit.lambdaBytesPerSecond())
        .isCloseTo(104166880.27986264, within(104166880.0 * 1e-5));
    assertThat(fit.sigma()).isCloseTo(0.05091752377311968, within(1e-5));
    assertThat(fit.kappa()).isCloseTo(0.0008735686710017676, within(1e-7));
    assertThat(fit.rSquared()).isCloseTo(0.9985842175622529, within(1e-7));
    assertThat(fit.peakStreams()).isEqualTo(33);
    assertThat(fit.peakThroughputBytesPerSecond())
        .isCloseTo(967807691.3870121, within(967807691.0 * 1e-5));
    assertThat(fit.message()).isEqualTo("throughput peaks near 33 streams");
  }

  /**
   * A host still gaining at 64 streams, by less each doubling. fit_usl.py ("contention"): λ =
   * 52529637.77806281 B/s, σ = 0.04745158833724114, κ = 6.680444068383496e-05, R² =
   * 0.9999294004281156, N* = 119.41004512847903, best whole count 119 at 829339546.9024037 B/s: a
   * peak beyond the measured range, which the fit still reports.
   */
  @Test
  void aRisingTableFitsAsSciPyFitsIt() {
    UslFit.Result fit = UslFit.fit(table(51.0, 98.0, 181.0, 317.0, 489.0, 660.0, 790.0));

    assertThat(fit.status()).isEqualTo(UslFit.Status.FITTED);
    assertThat(fit.lambdaBytesPerSecond()).isCloseTo(52529637.77806281, within(52529637.0 * 1e-5));
    assertThat(fit.sigma()).isCloseTo(0.04745158833724114, within(1e-5));
    assertThat(fit.kappa()).isCloseTo(6.680444068383496e-05, within(1e-8));
    assertThat(fit.rSquared()).isCloseTo(0.9999294004281156, within(1e-7));
    assertThat(fit.peakStreams()).isEqualTo(119);
    assertThat(fit.peakThroughputBytesPerSecond())
        .isCloseTo(829339546.9024037, within(829339546.0 * 1e-5));
  }

  /**
   * Perfectly linear: 10 MB/s per stream whatever the count. X(N) = λN exactly when σ = κ = 0 and λ
   * = 10 MB/s; nothing else fits every point (X(1) = λ pins λ, and any σ or κ above zero bends the
   * curve below λN).
   */
  @Test
  void linearDataHasNeitherContentionNorCrosstalk() {
    UslFit.Result fit =
        UslFit.fit(
            List.of(
                new UslFit.Point(1, 10 * MB),
                new UslFit.Point(2, 2 * 10 * MB),
                new UslFit.Point(4, 4 * 10 * MB),
                new UslFit.Point(8, 8 * 10 * MB),
                new UslFit.Point(16, 16 * 10 * MB)));

    assertThat(fit.status()).isEqualTo(UslFit.Status.FITTED);
    assertThat(fit.lambdaBytesPerSecond()).isCloseTo(10 * MB, within(10 * MB * 1e-6));
    assertThat(fit.sigma()).isEqualTo(0.0);
    assertThat(fit.kappa()).isEqualTo(0.0);
    assertThat(fit.peakStreams()).isNull();
    assertThat(fit.peakThroughputBytesPerSecond()).isNull();
    assertThat(fit.message()).contains("linearly");
  }

  /**
   * Amdahl's law, X(N) = λN / (1 + σ(N − 1)) with λ = 100 MB/s and σ = 0.1, written out by hand:
   * the USL with κ = 0. The fit finds σ and λ and no crosstalk, so no peak: throughput rises
   * towards the ceiling λ/σ = 1,000 MB/s.
   */
  @Test
  void amdahlDataHasNoCrosstalk() {
    UslFit.Result fit =
        UslFit.fit(
            List.of(
                new UslFit.Point(1, 100 * MB),
                new UslFit.Point(2, 2 * 100 * MB / (1 + 0.1 * 1)),
                new UslFit.Point(4, 4 * 100 * MB / (1 + 0.1 * 3)),
                new UslFit.Point(8, 8 * 100 * MB / (1 + 0.1 * 7)),
                new UslFit.Point(16, 16 * 100 * MB / (1 + 0.1 * 15)),
                new UslFit.Point(64, 64 * 100 * MB / (1 + 0.1 * 63))));

    assertThat(fit.status()).isEqualTo(UslFit.Status.FITTED);
    assertThat(fit.kappa()).isEqualTo(0.0);
    assertThat(fit.sigma()).isCloseTo(0.1, within(1e-6));
    assertThat(fit.lambdaBytesPerSecond()).isCloseTo(100 * MB, within(100 * MB * 1e-6));
    assertThat(fit.peakStreams()).isNull();
    assertThat(fit.peakThroughputBytesPerSecond())
        .isCloseTo(100 * MB / 0.1, within(100 * MB / 0.1 * 1e-5));
    assertThat(fit.message()).contains("towards λ/σ");
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
  void repeatedStreamCountsCountOnce() {
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
  void zeroThroughputEverywhereIsDegenerate() {
    UslFit.Result fit = UslFit.fit(UslFit.points(new int[] {1, 2, 4, 8}, new double[4]));

    assertThat(fit.status()).isEqualTo(UslFit.Status.DEGENERATE);
    assertThat(fit.message()).contains("zero throughput");
  }

  @Test
  void pointsTheLawCannotDescribeAreNotFitted() {
    // Throughput that zig-zags with streams: no choice of λ, σ, κ comes close.
    UslFit.Result fit =
        UslFit.fit(
            UslFit.points(
                new int[] {1, 2, 4, 8, 16}, new double[] {100e6, 10e6, 100e6, 10e6, 100e6}));

    assertThat(fit.status()).isEqualTo(UslFit.Status.DEGENERATE);
    assertThat(fit.lambdaBytesPerSecond()).isNull();
  }
}

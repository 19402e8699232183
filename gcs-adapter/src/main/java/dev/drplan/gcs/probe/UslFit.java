package dev.drplan.gcs.probe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Fits Gunther's Universal Scalability Law to throughput measured at several stream counts:
 *
 * <pre>X(N) = λN / (1 + σ(N − 1) + κN(N − 1))</pre>
 *
 * <p>λ is the throughput of one stream without contention, σ the share of work that serialises
 * (contention) and κ the cost of streams keeping each other coherent (crosstalk). With κ > 0 the
 * curve peaks at N* = sqrt((1 − σ) / κ) and falls after it. The fit is a Levenberg–Marquardt
 * least-squares fit (commons-math3) with σ and κ held at or above zero.
 *
 * <p>Three parameters fit three points exactly whatever they are (R² = 1 says nothing), so a fit
 * needs at least four distinct stream counts, one more than it has parameters; with fewer, or when
 * the fit does not converge or explains the points poorly (R² below {@link #MIN_R_SQUARED}), the
 * result says so instead of drawing a curve.
 */
public final class UslFit {

  /** Distinct stream counts a fit needs: one more than the law's three parameters. */
  public static final int MIN_STREAM_COUNTS = 4;

  /** Below this coefficient of determination the fitted curve is not reported. */
  public static final double MIN_R_SQUARED = 0.5;

  /** κ below this (relative to λ-scaled data) is treated as no retrograde region at all. */
  private static final double KAPPA_NEGLIGIBLE = 1e-9;

  /** σ below this is rounding, not contention: the curve is then linear. */
  private static final double SIGMA_NEGLIGIBLE = 1e-6;

  private UslFit() {}

  /** One measured point: a stream count and the aggregate throughput reached with it. */
  public record Point(int streams, double throughputBytesPerSecond) {}

  /** How a fit ended; {@code probe.json} records its lower-case name in {@code status}. */
  public enum Status {
    FITTED,
    NOT_ENOUGH_POINTS,
    DEGENERATE;

    /** The lower-case name written in JSON: {@code fitted}, {@code not_enough_points}, ... */
    @JsonValue
    public String label() {
      return Labels.lowerCase(this);
    }

    /**
     * The status named {@code label} in a {@code probe.json}.
     *
     * @throws IllegalArgumentException when it names none
     */
    @JsonCreator
    static Status ofLabel(String label) {
      return Labels.read(values(), Status::label, label, "a status");
    }
  }

  /**
   * The outcome of a fit. When {@code status} is not {@code FITTED}, only {@code message} means
   * anything and the figures are {@code null}. {@code peakStreams} is {@code null} when the curve
   * has no peak (κ = 0): throughput then rises towards λ/σ, or linearly when σ is also 0.
   */
  public record Result(
      Status status,
      String message,
      Double lambdaBytesPerSecond,
      Double sigma,
      Double kappa,
      Double rSquared,
      Integer peakStreams,
      Double peakThroughputBytesPerSecond) {

    static Result without(Status status, String message) {
      return new Result(status, message, null, null, null, null, null, null);
    }
  }

  /** The law itself: throughput at {@code n} streams. */
  public static double throughput(double lambda, double sigma, double kappa, double n) {
    return lambda * n / (1 + sigma * (n - 1) + kappa * n * (n - 1));
  }

  /**
   * Fits the law to {@code points}. Repeated stream counts are averaged first; at least {@link
   * #MIN_STREAM_COUNTS} distinct counts are needed.
   */
  public static Result fit(List<Point> points) {
    TreeMap<Integer, double[]> byStreams = new TreeMap<>();
    for (Point point : points) {
      double[] sumAndCount = byStreams.computeIfAbsent(point.streams(), n -> new double[2]);
      sumAndCount[0] += point.throughputBytesPerSecond();
      sumAndCount[1] += 1;
    }
    if (byStreams.size() < MIN_STREAM_COUNTS) {
      return Result.without(
          Status.NOT_ENOUGH_POINTS,
          "not enough points to fit: the Universal Scalability Law needs at least "
              + MIN_STREAM_COUNTS
              + " distinct"
              + " stream counts, this run measured "
              + byStreams.size());
    }
    double[] n = new double[byStreams.size()];
    double[] x = new double[byStreams.size()];
    int i = 0;
    double scale = 0;
    for (var entry : byStreams.entrySet()) {
      n[i] = entry.getKey();
      x[i] = entry.getValue()[0] / entry.getValue()[1];
      scale = Math.max(scale, x[i]);
      i++;
    }
    if (!(scale > 0)) {
      return Result.without(Status.DEGENERATE, "no fit: every step measured zero throughput");
    }
    double[] y = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      y[k] = x[k] / scale;
    }

    Optimum optimum;
    try {
      optimum =
          new LevenbergMarquardtOptimizer()
              .optimize(
                  new LeastSquaresBuilder()
                      .model(model(n))
                      .target(y)
                      .start(new double[] {Math.max(y[0] / n[0], 1e-6), 0.01, 0.0001})
                      .parameterValidator(
                          p ->
                              new ArrayRealVector(
                                  new double[] {
                                    Math.max(p.getEntry(0), 1e-12),
                                    Math.max(p.getEntry(1), 0),
                                    Math.max(p.getEntry(2), 0)
                                  }))
                      .maxEvaluations(10_000)
                      .maxIterations(10_000)
                      .build());
    } catch (RuntimeException notConverged) {
      return Result.without(
          Status.DEGENERATE, "no fit: the least-squares fit did not converge on these points");
    }

    double lambdaScaled = optimum.getPoint().getEntry(0);
    double sigma = optimum.getPoint().getEntry(1);
    double kappa = optimum.getPoint().getEntry(2);
    double rSquared = rSquared(n, y, lambdaScaled, sigma, kappa);
    if (!Double.isFinite(lambdaScaled + sigma + kappa + rSquared) || lambdaScaled <= 0) {
      return Result.without(Status.DEGENERATE, "no fit: the fitted parameters are not usable");
    }
    if (rSquared < MIN_R_SQUARED) {
      return Result.without(
          Status.DEGENERATE,
          String.format(
              Locale.ROOT,
              "no fit: the law explains these points poorly (R² = %.2f); throughput does not vary"
                  + " with streams the way the law describes",
              rSquared));
    }
    double lambda = lambdaScaled * scale;
    if (kappa > KAPPA_NEGLIGIBLE) {
      double peak = Math.max(1, Math.sqrt(Math.max(0, 1 - sigma) / kappa));
      int best = bestWholeStreams(peak, lambda, sigma, kappa);
      return new Result(
          Status.FITTED,
          "throughput peaks near " + best + " streams",
          lambda,
          sigma,
          kappa,
          rSquared,
          best,
          throughput(lambda, sigma, kappa, best));
    }
    if (sigma > SIGMA_NEGLIGIBLE) {
      return new Result(
          Status.FITTED,
          "no peak: throughput keeps rising towards λ/σ",
          lambda,
          sigma,
          0.0,
          rSquared,
          null,
          lambda / sigma);
    }
    return new Result(
        Status.FITTED,
        "no peak: throughput scales linearly over the measured range",
        lambda,
        0.0,
        0.0,
        rSquared,
        null,
        null);
  }

  private static int bestWholeStreams(double peak, double lambda, double sigma, double kappa) {
    int below = (int) Math.floor(peak);
    int above = below + 1;
    return throughput(lambda, sigma, kappa, below) >= throughput(lambda, sigma, kappa, above)
        ? Math.max(1, below)
        : above;
  }

  private static double rSquared(
      double[] n, double[] y, double lambda, double sigma, double kappa) {
    double mean = 0;
    for (double v : y) {
      mean += v / y.length;
    }
    double residual = 0;
    double total = 0;
    for (int k = 0; k < y.length; k++) {
      double e = y[k] - throughput(lambda, sigma, kappa, n[k]);
      residual += e * e;
      total += (y[k] - mean) * (y[k] - mean);
    }
    return total == 0 ? (residual == 0 ? 1 : 0) : 1 - residual / total;
  }

  private static MultivariateJacobianFunction model(double[] n) {
    return parameters -> {
      double lambda = parameters.getEntry(0);
      double sigma = parameters.getEntry(1);
      double kappa = parameters.getEntry(2);
      RealVector value = new ArrayRealVector(n.length);
      RealMatrix jacobian = new Array2DRowRealMatrix(n.length, 3);
      for (int k = 0; k < n.length; k++) {
        double streams = n[k];
        double d = 1 + sigma * (streams - 1) + kappa * streams * (streams - 1);
        value.setEntry(k, lambda * streams / d);
        jacobian.setEntry(k, 0, streams / d);
        jacobian.setEntry(k, 1, -lambda * streams * (streams - 1) / (d * d));
        jacobian.setEntry(k, 2, -lambda * streams * streams * (streams - 1) / (d * d));
      }
      return new Pair<>(value, jacobian);
    };
  }

  /** Points from a list of (streams, throughput) pairs, for callers holding plain arrays. */
  public static List<Point> points(int[] streams, double[] throughput) {
    List<Point> points = new ArrayList<>();
    for (int k = 0; k < streams.length; k++) {
      points.add(new Point(streams[k], throughput[k]));
    }
    return points;
  }
}

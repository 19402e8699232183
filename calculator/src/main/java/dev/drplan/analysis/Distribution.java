package dev.drplan.analysis;

import java.util.function.DoubleSupplier;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * What is known about an uncertain input: a probability distribution over its canonical value
 * (bytes, bytes/s, seconds, ratio, USD, count; see {@link ScenarioKey}).
 *
 * <p>Each record validates itself on construction with a message naming the parameter. {@link
 * #base()} is the value a single-point evaluation ({@code compare}) uses: the mode of a triangular
 * or PERT, the median of the others. {@link #quantile} is the inverse distribution function, giving
 * P10 and P90 for the tornado. Sampling goes through commons-math3 with a generator the caller owns
 * and seeds, so every draw is reproducible.
 *
 * <p>Quantile-only commons-math3 objects are built with a {@code null} generator on purpose: their
 * no-generator constructors would create a clock-seeded one.
 */
public sealed interface Distribution
    permits Distribution.Triangular,
        Distribution.Uniform,
        Distribution.Normal,
        Distribution.LogNormal,
        Distribution.Pert {

  /** z such that Φ(z) = 0.9, for the log-normal's P90 parametrisation. */
  double Z90 = 1.2815515655446004;

  /** The value {@code compare} uses: the mode (triangular, PERT) or the median (the others). */
  double base();

  /** The mean of the distribution. */
  double mean();

  /** The inverse distribution function at {@code p} in [0, 1]: the value with P(X ≤ x) = p. */
  double quantile(double p);

  /** The smallest value the distribution can take ({@code -Infinity} if unbounded). */
  double lower();

  /** The largest value the distribution can take ({@code Infinity} if unbounded). */
  double upper();

  /** A draw of one value per call, from {@code random}. */
  DoubleSupplier sampler(RandomGenerator random);

  /** The distribution's name: triangular, uniform, normal, lognormal or pert. */
  String id();

  /**
   * This distribution for a key whose values lie in [{@code min}, {@code max}]: itself, or for a
   * log-normal that reaches beyond with a probability of at most {@link LogNormal#MOST_CUT}, the
   * same log-normal cut there (its rare values beyond taken at the limit). Any other distribution
   * that reaches beyond is returned as it is, for the caller's check to refuse.
   */
  default Distribution within(double min, double max) {
    return this;
  }

  /** The 10th percentile (the tornado's low end). */
  default double p10() {
    return quantile(0.1);
  }

  /** The 90th percentile (the tornado's high end). */
  default double p90() {
    return quantile(0.9);
  }

  /**
   * A triangular distribution from {@code min} to {@code max} with its peak at {@code mode}; base
   * is the mode. Requires min ≤ mode ≤ max and min < max.
   */
  record Triangular(double min, double mode, double max) implements Distribution {
    public Triangular {
      DistributionChecks.finite("triangular", "min", min);
      DistributionChecks.finite("triangular", "mode", mode);
      DistributionChecks.finite("triangular", "max", max);
      DistributionChecks.ordered("triangular", min, mode, max);
    }

    @Override
    public double base() {
      return mode;
    }

    @Override
    public double mean() {
      return (min + mode + max) / 3;
    }

    @Override
    public double quantile(double p) {
      return new TriangularDistribution(null, min, mode, max)
          .inverseCumulativeProbability(DistributionChecks.probability(p));
    }

    @Override
    public double lower() {
      return min;
    }

    @Override
    public double upper() {
      return max;
    }

    /** The inverse distribution function at one uniform draw ({@link TriangularDraw}). */
    @Override
    public DoubleSupplier sampler(RandomGenerator random) {
      TriangularDraw draw = new TriangularDraw(min, mode, max);
      return () -> draw.at(random.nextDouble());
    }

    @Override
    public String id() {
      return "triangular";
    }
  }

  /** A uniform distribution on [min, max]; base is the median, (min + max) / 2. */
  record Uniform(double min, double max) implements Distribution {
    public Uniform {
      DistributionChecks.finite("uniform", "min", min);
      DistributionChecks.finite("uniform", "max", max);
      if (!(min < max)) {
        throw new IllegalArgumentException(
            "uniform: min must be below max, was min " + min + ", max " + max);
      }
    }

    @Override
    public double base() {
      return min + (max - min) / 2;
    }

    @Override
    public double mean() {
      return base();
    }

    @Override
    public double quantile(double p) {
      return min + DistributionChecks.probability(p) * (max - min);
    }

    @Override
    public double lower() {
      return min;
    }

    @Override
    public double upper() {
      return max;
    }

    @Override
    public DoubleSupplier sampler(RandomGenerator random) {
      UniformRealDistribution distribution = new UniformRealDistribution(random, min, max);
      return distribution::sample;
    }

    @Override
    public String id() {
      return "uniform";
    }
  }

  /**
   * A normal distribution of {@code mean} and standard deviation {@code sd}, optionally truncated
   * to [lower, upper] (pass infinities for no truncation, or use {@link #of}); base is the median
   * of the (truncated) distribution. Requires sd > 0, lower < upper, and a truncation interval that
   * keeps some probability (within about 37 standard deviations of the mean).
   */
  record Normal(double mean, double sd, double lower, double upper) implements Distribution {
    public Normal {
      DistributionChecks.finite("normal", "mean", mean);
      DistributionChecks.finite("normal", "sd", sd);
      if (!(sd > 0)) {
        throw new IllegalArgumentException("normal: sd must be above 0, was " + sd);
      }
      if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
        throw new IllegalArgumentException(
            "normal: lower must be below upper, was lower " + lower + ", upper " + upper);
      }
      NormalDistribution standard = new NormalDistribution(null, mean, sd);
      double mass = standard.cumulativeProbability(upper) - standard.cumulativeProbability(lower);
      if (!(mass > 1e-12)) {
        throw new IllegalArgumentException(
            "normal: truncation ["
                + lower
                + ", "
                + upper
                + "] keeps no probability of mean "
                + mean
                + " and sd "
                + sd);
      }
    }

    /** An untruncated normal distribution. */
    public static Normal of(double mean, double sd) {
      return new Normal(mean, sd, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * The {@code mean} parameter: the mean before truncation. ({@link #mean()} is the mean of the
     * truncated distribution, which differs when the truncation is not symmetric.)
     */
    public double mu() {
      return mean;
    }

    /** Whether the distribution is truncated on either side. */
    public boolean truncated() {
      return lower != Double.NEGATIVE_INFINITY || upper != Double.POSITIVE_INFINITY;
    }

    @Override
    public double base() {
      return quantile(0.5);
    }

    @Override
    public double mean() {
      if (!truncated()) {
        return mean;
      }
      NormalDistribution standard = new NormalDistribution(null, 0, 1);
      double a = (lower - mean) / sd;
      double b = (upper - mean) / sd;
      double mass = standard.cumulativeProbability(b) - standard.cumulativeProbability(a);
      return mean + sd * (standard.density(a) - standard.density(b)) / mass;
    }

    @Override
    public double quantile(double p) {
      NormalDistribution normal = new NormalDistribution(null, mean, sd);
      double from = normal.cumulativeProbability(lower);
      double to = normal.cumulativeProbability(upper);
      double x =
          normal.inverseCumulativeProbability(
              from + DistributionChecks.probability(p) * (to - from));
      return Math.min(upper, Math.max(lower, x));
    }

    @Override
    public double lower() {
      return lower;
    }

    @Override
    public double upper() {
      return upper;
    }

    /** Untruncated: commons-math3's Gaussian draw; truncated: inversion of one uniform draw. */
    @Override
    public DoubleSupplier sampler(RandomGenerator random) {
      NormalDistribution normal = new NormalDistribution(random, mean, sd);
      if (!truncated()) {
        return normal::sample;
      }
      double from = normal.cumulativeProbability(lower);
      double width = normal.cumulativeProbability(upper) - from;
      return () ->
          Math.min(
              upper,
              Math.max(
                  lower, normal.inverseCumulativeProbability(from + random.nextDouble() * width)));
    }

    @Override
    public String id() {
      return "normal";
    }
  }

  /**
   * A log-normal distribution given by its {@code median} and its {@code p90} (the value exceeded
   * one time in ten), the way an architect states a skewed guess: "80 PB, but one chance in ten of
   * more than 150 PB". In terms of ln X ~ N(μ, σ): μ = ln(median), σ = ln(p90 / median) / z₀.₉ with
   * z₀.₉ = 1.2816. Base is the median. Requires 0 < median < p90.
   *
   * <p>It may be cut to [lower, upper], the limits of its key ({@link #within}): a draw beyond is
   * taken at the limit, which happens at most once in {@code 1 / MOST_CUT} draws.
   */
  record LogNormal(double median, double p90, double lower, double upper) implements Distribution {

    /**
     * The most probability a cut at a key's limits may move onto the limit: one draw in a million.
     * A log-normal reaches from just above 0 to infinity, and every key has limits; a file size of
     * median 128 MiB passes 1,000 EB with a probability of about 10^-70, which no draw will meet.
     */
    public static final double MOST_CUT = 1e-6;

    public LogNormal {
      DistributionChecks.finite("lognormal", "median", median);
      DistributionChecks.finite("lognormal", "p90", p90);
      if (!(median > 0)) {
        throw new IllegalArgumentException("lognormal: median must be above 0, was " + median);
      }
      if (!(p90 > median)) {
        throw new IllegalArgumentException(
            "lognormal: p90 must be above the median, was median " + median + ", p90 " + p90);
      }
      if (!(lower > 0 && lower <= median && median <= upper)) {
        throw new IllegalArgumentException(
            "lognormal: its cut must hold the median, was " + lower + ".." + upper);
      }
    }

    /** The log-normal of {@code median} and {@code p90}, not cut: from just above 0 to infinity. */
    public LogNormal(double median, double p90) {
      this(median, p90, Double.MIN_VALUE, Double.POSITIVE_INFINITY);
    }

    /** The log-normal whose logarithm has mean {@code mu} and standard deviation {@code sigma}. */
    public static LogNormal ofMuSigma(double mu, double sigma) {
      if (!(sigma > 0) || Double.isInfinite(sigma)) {
        throw new IllegalArgumentException("lognormal: sigma must be above 0, was " + sigma);
      }
      return new LogNormal(StrictMath.exp(mu), StrictMath.exp(mu + sigma * Z90));
    }

    /** μ, the mean of ln X. */
    public double mu() {
      return StrictMath.log(median);
    }

    /** σ, the standard deviation of ln X. */
    public double sigma() {
      return StrictMath.log(p90 / median) / Z90;
    }

    @Override
    public double base() {
      return median;
    }

    /** The mean of the log-normal before any cut (a cut moves at most {@link #MOST_CUT}). */
    @Override
    public double mean() {
      double sigma = sigma();
      return median * StrictMath.exp(sigma * sigma / 2);
    }

    @Override
    public double quantile(double p) {
      double x =
          new LogNormalDistribution(null, mu(), sigma())
              .inverseCumulativeProbability(DistributionChecks.probability(p));
      return Math.min(upper, Math.max(lower, x));
    }

    /** The smallest value: the cut's, else the smallest positive double. */
    @Override
    public double lower() {
      return lower;
    }

    /** The largest value: the cut's, else infinity. */
    @Override
    public double upper() {
      return upper;
    }

    /** commons-math3's draw, a value beyond a cut taken at the cut (see {@link #MOST_CUT}). */
    @Override
    public DoubleSupplier sampler(RandomGenerator random) {
      LogNormalDistribution distribution = new LogNormalDistribution(random, mu(), sigma());
      return () -> cut(distribution.sample());
    }

    /** A draw of the uncut log-normal, taken at the cut it lies beyond, if any. */
    double cut(double draw) {
      return Math.min(upper, Math.max(lower, draw));
    }

    @Override
    public Distribution within(double min, double max) {
      if (lower >= min && upper <= max) {
        return this;
      }
      LogNormalDistribution distribution = new LogNormalDistribution(null, mu(), sigma());
      double below = min > 0 ? distribution.cumulativeProbability(min) : 0;
      double above = 1 - distribution.cumulativeProbability(max);
      if (below + above > MOST_CUT || !(min <= median && median <= max)) {
        return this;
      }
      return new LogNormal(median, p90, Math.max(lower, min), Math.min(upper, max));
    }

    @Override
    public String id() {
      return "lognormal";
    }

    /** The P90 is a parameter; stated here so it reads back exactly. */
    @Override
    public double p90() {
      return p90;
    }
  }

  /**
   * A PERT distribution from {@code min} to {@code max} with mode {@code mode}: a Beta(α, β) scaled
   * to [min, max], α = 1 + 4 (mode − min) / (max − min), β = 1 + 4 (max − mode) / (max − min); mean
   * (min + 4 mode + max) / 6. Base is the mode. Requires min ≤ mode ≤ max and min < max.
   */
  record Pert(double min, double mode, double max) implements Distribution {
    public Pert {
      DistributionChecks.finite("pert", "min", min);
      DistributionChecks.finite("pert", "mode", mode);
      DistributionChecks.finite("pert", "max", max);
      DistributionChecks.ordered("pert", min, mode, max);
    }

    /** α = 1 + 4 (mode − min) / (max − min). */
    public double alpha() {
      return 1 + 4 * (mode - min) / (max - min);
    }

    /** β = 1 + 4 (max − mode) / (max − min). */
    public double beta() {
      return 1 + 4 * (max - mode) / (max - min);
    }

    @Override
    public double base() {
      return mode;
    }

    @Override
    public double mean() {
      return (min + 4 * mode + max) / 6;
    }

    @Override
    public double quantile(double p) {
      double x =
          new BetaDistribution(null, alpha(), beta(), 1e-12)
              .inverseCumulativeProbability(DistributionChecks.probability(p));
      return min + x * (max - min);
    }

    @Override
    public double lower() {
      return min;
    }

    @Override
    public double upper() {
      return max;
    }

    /** Cheng's Beta sampler of commons-math3, scaled to [min, max]. */
    @Override
    public DoubleSupplier sampler(RandomGenerator random) {
      BetaDistribution beta = new BetaDistribution(random, alpha(), beta());
      return () -> scaled(beta.sample());
    }

    /** A draw of Beta(α, β) on [0, 1], scaled to [min, max]: min + draw · (max − min). */
    double scaled(double draw) {
      return min + draw * (max - min);
    }

    @Override
    public String id() {
      return "pert";
    }
  }
}

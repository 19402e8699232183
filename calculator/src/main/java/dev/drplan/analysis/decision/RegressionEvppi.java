package dev.drplan.analysis.decision;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealVector;

/**
 * The expected value of partial perfect information about one input, by regression: how much
 * better, on average, the decision would be if that input alone were known before choosing.
 *
 * <p>EVPPI(θ) = E_θ[max_k E[U_k | θ]] − max_k E[U_k]. For each candidate k other than the prior
 * choice 0, the difference D_k = U_k − U_0 (USD) is regressed on a smooth function of θ by least
 * squares; its fitted value g_k(θ) stands for E[D_k | θ]. Then EVPPI ≈ mean over the samples of
 * max(0, max_k g_k(θ_i)). (Least squares with a constant in the basis keeps each fitted mean equal
 * to the sample mean of D_k, at most 0 because 0 is the prior choice; so this is exactly mean(max_k
 * fitted U_k) − max_k mean(fitted U_k), and never negative.) The approach is Strong, Oakley and
 * Brennan's (2014, "Estimating multiparameter partial expected value of perfect information from a
 * probabilistic sensitivity analysis sample: a nonparametric regression approach", Medical Decision
 * Making): one Monte Carlo run, no nested simulation, the conditional expectation taken from a
 * smoother. They smooth with a generalised additive model; here the smoother is simpler and fully
 * deterministic.
 *
 * <p><b>The smooth function.</b> Piecewise linear in θ, continuous, with knots at quantiles of θ
 * (the samples of rank round(j·(n−1)/m), j = 0 … m, repeated values merged), written in the "hat"
 * basis (one tent per knot), whose normal equations are tridiagonal and well conditioned whatever
 * θ's unit. The number of pieces m is chosen per candidate among a constant and m = 1, 2, 4, …, up
 * to {@value #MAX_INTERVALS} (and at most one piece per {@value #MIN_SAMPLES_PER_INTERVAL}
 * samples), by the smallest Bayesian information criterion n·ln(RSS/n) + p·ln(n), p the number of
 * coefficients (Schwarz, 1978). The knots of m pieces are among those of 2m pieces, so every fit is
 * computed from one pass over the samples; the systems are solved by commons-math3's Cholesky
 * decomposition.
 *
 * <p>Least-squares fits can overshoot next to a sharp bend of E[D_k | θ] (their weights are not all
 * positive), which can make the estimate exceed what perfect information about every input is worth
 * on the same samples; the estimate is capped at that ({@link Evpi}'s estimator on the same
 * samples), the true EVPPI never exceeding the EVPI.
 *
 * <p><b>Bias.</b> Still upwards in small samples, as for every EVPPI estimator that takes a maximum
 * of estimated conditional means, but much less than {@link BinnedEvppi}'s: fitted values carry
 * noise of order σ·√(p/n) rather than σ·√(B/n), and the information criterion keeps an input with
 * no influence at the constant model most of the time (for the straight line against the constant,
 * chance beats its penalty ln(n) with probability about 0.2% at n = 10,000 when the residuals are
 * roughly normal), where the estimate is exactly 0. It is biased downwards where E[D_k | θ] bends
 * more sharply than the pieces can follow, e.g. at a step of feasibility: the fit smears the step
 * over about the piece that holds it and its neighbours, losing at most their share of the samples
 * times the size of the step. The batch-means standard error ({@link VoiEstimate}) measures the
 * noise, not the bias.
 */
public final class RegressionEvppi {
  private RegressionEvppi() {}

  /** The most pieces of the piecewise-linear fit. */
  public static final int MAX_INTERVALS = 32;

  /** The fewest samples per piece. */
  public static final int MIN_SAMPLES_PER_INTERVAL = 20;

  /**
   * EVPPI of {@code input} in USD, with its standard error.
   *
   * @throws IllegalArgumentException if the input does not have one value per sample
   */
  public static VoiEstimate estimate(DecisionProblem problem, InputSamples input) {
    SortedSamples samples = SortedSamples.byInput(problem, input);
    return BatchMeans.estimate(samples, positions -> onPositions(samples, positions));
  }

  /** EVPPI from the samples at {@code positions} (ascending by the input). */
  static double onPositions(SortedSamples samples, int[] positions) {
    int n = positions.length;
    double[] x = samples.input;
    if (samples.count == 1 || !(x[positions[n - 1]] > x[positions[0]])) {
      return 0; // one candidate, or an input that does not vary: nothing to learn
    }
    int reference = samples.bestOn(positions);
    int finest = finestIntervals(n);
    double[] knots = knots(positions, x, finest);
    Moments moments = Moments.of(samples, positions, knots, reference);
    double[][] fitted = fitAtKnots(moments, positions, x, knots, finest, reference);
    double total = meanGainTimesN(fitted, positions, x, knots);
    // Knowing one input is never worth more than knowing all: an overshooting fit is capped.
    return Math.min(total, moments.perfectGainSum) / n;
  }

  /**
   * One pass over the samples: the fine tent basis's Gram matrix X'X (tridiagonal: {@code diag},
   * {@code off}) and, per candidate c, X'D_c, Σ D_c², Σ D_c, with D_c = U_c − U_reference (USD);
   * and Σ max(0, max_c D_c), n times the sample EVPI.
   */
  private static final class Moments {
    final int n;
    final int count;
    final int p;
    final double[] diag;
    final double[] off;
    final double[] xty;
    final double[] squares;
    final double[] sums;
    double perfectGainSum;

    private Moments(int n, int count, int p) {
      this.n = n;
      this.count = count;
      this.p = p;
      this.diag = new double[p];
      this.off = new double[p - 1];
      this.xty = new double[count * p];
      this.squares = new double[count];
      this.sums = new double[count];
    }

    static Moments of(SortedSamples samples, int[] positions, double[] knots, int reference) {
      int count = samples.count;
      int p = knots.length;
      Moments m = new Moments(positions.length, count, p);
      double[] x = samples.input;
      double[] utilities = samples.utilities;
      int interval = 0;
      for (int r : positions) {
        double v = x[r];
        while (interval < p - 2 && v > knots[interval + 1]) {
          interval++;
        }
        double w = (v - knots[interval]) / (knots[interval + 1] - knots[interval]);
        double w0 = 1 - w;
        m.diag[interval] += w0 * w0;
        m.diag[interval + 1] += w * w;
        m.off[interval] += w0 * w;
        int row = r * count;
        double prior = utilities[row + reference];
        double perfect = 0;
        for (int c = 0; c < count; c++) {
          double d = utilities[row + c] - prior;
          int at = c * p + interval;
          m.xty[at] += w0 * d;
          m.xty[at + 1] += w * d;
          m.squares[c] += d * d;
          m.sums[c] += d;
          perfect = Math.max(perfect, d);
        }
        m.perfectGainSum += perfect;
      }
      return m;
    }
  }

  /**
   * Per candidate, the values at the fine knots of the fit of least BIC among the constant and 1,
   * 2, 4, … up to {@code finest} pieces (the reference's row stays 0).
   */
  private static double[][] fitAtKnots(
      Moments moments, int[] positions, double[] x, double[] knots, int finest, int reference) {
    int n = moments.n;
    int count = moments.count;
    int p = moments.p;
    double logN = StrictMath.log(n);
    double[][] fitted = new double[count][p];
    double[] bestCriterion = new double[count];
    for (int c = 0; c < count; c++) {
      double mean = moments.sums[c] / n;
      Arrays.fill(fitted[c], mean);
      bestCriterion[c] =
          criterion(moments.squares[c] - moments.sums[c] * mean, moments.squares[c], n, 1, logN);
    }
    for (int m = 1; m <= finest; m *= 2) {
      double[][] hat = coarseHats(knots, knotIndices(positions, x, knots, m));
      int q = hat[0].length;
      DecompositionSolver solver = gramSolver(hat, moments.diag, moments.off);
      if (solver == null) {
        continue;
      }
      for (int c = 0; c < count; c++) {
        if (c == reference) {
          continue;
        }
        double[] b = new double[q];
        for (int i = 0; i < p; i++) {
          double t = moments.xty[c * p + i];
          for (int j = 0; j < q; j++) {
            b[j] += hat[i][j] * t;
          }
        }
        RealVector beta = solver.solve(new ArrayRealVector(b, false));
        double explained = 0;
        for (int j = 0; j < q; j++) {
          explained += beta.getEntry(j) * b[j];
        }
        double value = criterion(moments.squares[c] - explained, moments.squares[c], n, q, logN);
        if (value < bestCriterion[c]) {
          bestCriterion[c] = value;
          for (int i = 0; i < p; i++) {
            double f = 0;
            for (int j = 0; j < q; j++) {
              f += hat[i][j] * beta.getEntry(j);
            }
            fitted[c][i] = f;
          }
        }
      }
    }
    return fitted;
  }

  /**
   * Σ over the samples of max(0, max_c g_c(θ)), the fitted differences interpolated between the
   * fine knots. Only candidates whose fit is positive somewhere can be chosen over the reference,
   * and a piecewise-linear function is largest at a knot, so the others are skipped.
   */
  private static double meanGainTimesN(
      double[][] fitted, int[] positions, double[] x, double[] knots) {
    int p = knots.length;
    double[][] active = new double[fitted.length][];
    int count = 0;
    for (double[] f : fitted) {
      double top = Double.NEGATIVE_INFINITY;
      for (double v : f) {
        top = Math.max(top, v);
      }
      if (top > 0) {
        active[count++] = f;
      }
    }
    if (count == 0) {
      return 0;
    }
    double total = 0;
    int interval = 0;
    for (int r : positions) {
      double v = x[r];
      while (interval < p - 2 && v > knots[interval + 1]) {
        interval++;
      }
      double w = (v - knots[interval]) / (knots[interval + 1] - knots[interval]);
      double w0 = 1 - w;
      double gain = 0;
      for (int a = 0; a < count; a++) {
        double[] f = active[a];
        gain = Math.max(gain, w0 * f[interval] + w * f[interval + 1]);
      }
      total += gain;
    }
    return total;
  }

  /**
   * The largest power of two at most {@value #MAX_INTERVALS} and n / {@value
   * #MIN_SAMPLES_PER_INTERVAL}, at least 1.
   */
  static int finestIntervals(int n) {
    int m = 1;
    while (2 * m <= MAX_INTERVALS && 2 * m <= n / MIN_SAMPLES_PER_INTERVAL) {
      m *= 2;
    }
    return m;
  }

  /**
   * The rank of knot j of m pieces among n sorted samples, round(j·(n−1)/m) in integers, so that
   * the knots of m pieces are exactly among those of 2m pieces.
   */
  private static int knotRank(int j, int m, int n) {
    return (int) ((2L * j * (n - 1) + m) / (2L * m));
  }

  /** The distinct knot values of {@code m} pieces, ascending. */
  private static double[] knots(int[] positions, double[] x, int m) {
    double[] values = new double[m + 1];
    int distinct = 0;
    for (int j = 0; j <= m; j++) {
      double v = x[positions[knotRank(j, m, positions.length)]];
      if (distinct == 0 || v > values[distinct - 1]) {
        values[distinct++] = v;
      }
    }
    return Arrays.copyOf(values, distinct);
  }

  /** Where the distinct knots of {@code m} pieces sit among the fine {@code knots}. */
  private static int[] knotIndices(int[] positions, double[] x, double[] knots, int m) {
    double[] coarse = knots(positions, x, m);
    int[] indices = new int[coarse.length];
    for (int j = 0; j < coarse.length; j++) {
      indices[j] = Arrays.binarySearch(knots, coarse[j]);
    }
    return indices;
  }

  /**
   * {@code hat[i][j]}: the coarse tent j at fine knot i. A coarse tent is piecewise linear with
   * breaks at coarse knots, all of them fine knots, so it is exactly this combination of fine
   * tents.
   */
  private static double[][] coarseHats(double[] knots, int[] coarse) {
    double[][] hat = new double[knots.length][coarse.length];
    for (int j = 0; j + 1 < coarse.length; j++) {
      double left = knots[coarse[j]];
      double width = knots[coarse[j + 1]] - left;
      for (int i = coarse[j]; i <= coarse[j + 1]; i++) {
        double w = (knots[i] - left) / width;
        hat[i][j] = 1 - w;
        hat[i][j + 1] = w;
      }
    }
    return hat;
  }

  /**
   * A solver for the coarse normal equations H'GH β = H'X'D, G the fine Gram matrix; null in the
   * degenerate case where they are not positive definite (the model is then skipped).
   */
  private static DecompositionSolver gramSolver(double[][] hat, double[] diag, double[] off) {
    int p = hat.length;
    int q = hat[0].length;
    double[][] gh = new double[p][q];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < q; j++) {
        double v = diag[i] * hat[i][j];
        if (i > 0) {
          v += off[i - 1] * hat[i - 1][j];
        }
        if (i + 1 < p) {
          v += off[i] * hat[i + 1][j];
        }
        gh[i][j] = v;
      }
    }
    double[][] gram = new double[q][q];
    for (int j = 0; j < q; j++) {
      for (int l = j; l < q; l++) {
        double v = 0;
        for (int i = 0; i < p; i++) {
          v += hat[i][j] * gh[i][l];
        }
        gram[j][l] = v;
        gram[l][j] = v; // mirrored, so the matrix is exactly symmetric
      }
    }
    try {
      return new CholeskyDecomposition(new Array2DRowRealMatrix(gram, false)).getSolver();
    } catch (NonPositiveDefiniteMatrixException e) {
      return null;
    }
  }

  /**
   * The Bayesian information criterion n·ln(RSS/n) + p·ln(n). RSS is floored at 1e-12 of Σd² so
   * that an exact fit (RSS 0 up to rounding) compares by its number of coefficients alone.
   */
  private static double criterion(double rss, double sumOfSquares, int n, int p, double logN) {
    double floored = Math.max(rss, Math.max(1e-12 * sumOfSquares, Double.MIN_NORMAL));
    return n * StrictMath.log(floored / n) + p * logN;
  }
}

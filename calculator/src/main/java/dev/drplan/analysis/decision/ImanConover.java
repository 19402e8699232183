package dev.drplan.analysis.decision;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Correlated sampling by re-pairing: given independently drawn samples of each input, reorder each
 * input's values so that the inputs' rank correlations come close to a target, without changing any
 * value (each input keeps exactly its multiset of values, so its marginal distribution; only which
 * values share a sample changes).
 *
 * <p>The method of Iman and Conover (1982, "A distribution-free approach to inducing rank
 * correlation among input variables", Communications in Statistics – Simulation and Computation):
 *
 * <ol>
 *   <li>Scores: the van der Waerden normal scores Φ⁻¹(i/(n+1)), i = 1 … n, in an independent random
 *       order per input (a Fisher–Yates shuffle from a {@link Well19937c} seeded with the caller's
 *       seed, inputs in order), as the columns of an n × m matrix S. Should the columns come out
 *       linearly dependent (possible only with a handful of samples: with two inputs and four
 *       samples, one shuffle the same as the other or its mirror), all are shuffled again, the
 *       generator going on, until they are not.
 *   <li>Targets: C, the normal-score correlations that give the target Spearman correlations
 *       ({@link RankCorrelation#normalScoreCorrelation}), with Cholesky factor P; E, the sample
 *       correlation of S's columns (near the identity, not exactly), with Cholesky factor Q.
 *   <li>T = S·(P·Q⁻¹)ᵀ has sample correlation exactly C: removing Q undoes S's chance correlation.
 *   <li>Each input's values are sorted and placed so that their ranks are the ranks of T's column
 *       (ties in T, which do not occur in practice, broken by sample index).
 * </ol>
 *
 * <p>The rank correlations reached are those of T, so they differ from the target by sampling
 * error, of order (1 − ρ²)/√n. Iman and Conover aimed the scores at the rank correlations directly;
 * aiming them at 2·sin(π·ρ/6) instead removes the small systematic gap between Pearson correlation
 * of normal scores and Spearman correlation (up to 0.018). The result depends only on the values,
 * the target and the seed: one thread, no clock.
 */
public final class ImanConover {
  /**
   * How many shuffles {@link #correlate} tries before it gives up on scores whose columns are
   * linearly dependent. Only a handful of samples makes one shuffle dependent (two inputs and four
   * samples: 2 shuffles in 24, one column the other or its mirror); a thousand in a row is out of
   * reach.
   */
  static final int MAX_SHUFFLES = 1000;

  private ImanConover() {}

  /**
   * {@code samples[j]} re-paired to the target rank correlation: the result's row j holds exactly
   * the values of {@code samples[j]} (each row in its input's own unit), reordered. The input
   * arrays are not changed.
   *
   * @param samples one row per input of {@code target}, in its order, each of the same length n
   * @param target the rank correlations to reach
   * @param seed the seed of the score shuffles
   * @throws IllegalArgumentException for a row count other than the target's inputs, rows of
   *     unequal length, a value that is not finite, or fewer than m + 2 samples for m inputs
   */
  public static double[][] correlate(double[][] samples, RankCorrelation target, long seed) {
    int m = target.inputs().size();
    if (samples.length != m) {
      throw new IllegalArgumentException(
          "expected one row of samples per input of "
              + target.inputs()
              + ", was "
              + samples.length
              + " rows");
    }
    int n = samples.length == 0 ? 0 : samples[0].length;
    for (int j = 0; j < m; j++) {
      String input = target.inputs().get(j);
      if (samples[j].length != n) {
        throw new IllegalArgumentException(
            "input "
                + input
                + ": expected "
                + n
                + " samples like "
                + target.inputs().get(0)
                + ", was "
                + samples[j].length);
      }
      for (int i = 0; i < n; i++) {
        if (!Double.isFinite(samples[j][i])) {
          throw new IllegalArgumentException(
              "input "
                  + input
                  + ", sample "
                  + i
                  + ": expected a finite number, was "
                  + samples[j][i]);
        }
      }
    }
    if (n < m + 2) {
      throw new IllegalArgumentException(
          "inducing rank correlation among "
              + m
              + " inputs needs at least "
              + (m + 2)
              + " samples, was "
              + n);
    }
    RandomGenerator random = new Well19937c(new int[] {(int) (seed >>> 32), (int) seed});
    double[] ordered = vanDerWaerdenScores(n);
    double[][] scores;
    double[][] q;
    int shuffles = 0;
    do {
      if (shuffles++ == MAX_SHUFFLES) {
        throw new IllegalArgumentException(
            "the shuffled scores of "
                + n
                + " samples were linearly dependent in "
                + MAX_SHUFFLES
                + " shuffles; use more samples");
      }
      scores = shuffledScores(ordered, m, random);
      q = RankCorrelation.cholesky(correlation(scores), null);
    } while (q == null);
    double[][] p = RankCorrelation.cholesky(target.normalScoreCorrelation(), null);
    double[][] transform = multiply(p, lowerInverse(q));

    double[][] result = new double[m][n];
    double[] column = new double[n];
    for (int j = 0; j < m; j++) {
      Arrays.fill(column, 0);
      for (int l = 0; l <= j; l++) { // P·Q⁻¹ is lower triangular
        double t = transform[j][l];
        double[] s = scores[l];
        for (int i = 0; i < n; i++) {
          column[i] += t * s[i];
        }
      }
      int[] ranks = IndexSort.ascending(column);
      double[] sorted = samples[j].clone();
      Arrays.sort(sorted);
      for (int r = 0; r < n; r++) {
        result[j][ranks[r]] = sorted[r];
      }
    }
    return result;
  }

  /** The n van der Waerden scores Φ⁻¹(i/(n+1)), i = 1 … n, ascending. */
  private static double[] vanDerWaerdenScores(int n) {
    NormalDistribution standard = new NormalDistribution(null, 0, 1);
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] = standard.inverseCumulativeProbability((i + 1.0) / (n + 1));
    }
    return scores;
  }

  /** m columns of the scores, each shuffled by the generator in turn. */
  private static double[][] shuffledScores(double[] scores, int m, RandomGenerator random) {
    int n = scores.length;
    double[][] columns = new double[m][];
    for (int j = 0; j < m; j++) {
      double[] column = scores.clone();
      for (int i = n - 1; i > 0; i--) {
        int k = random.nextInt(i + 1);
        double swap = column[i];
        column[i] = column[k];
        column[k] = swap;
      }
      columns[j] = column;
    }
    return columns;
  }

  /** The sample (Pearson) correlation matrix of the columns. */
  private static double[][] correlation(double[][] columns) {
    int m = columns.length;
    int n = columns[0].length;
    double[][] centred = new double[m][n];
    for (int j = 0; j < m; j++) {
      double sum = 0;
      for (double v : columns[j]) {
        sum += v;
      }
      double mean = sum / n;
      for (int i = 0; i < n; i++) {
        centred[j][i] = columns[j][i] - mean;
      }
    }
    double[][] covariance = new double[m][m];
    for (int j = 0; j < m; j++) {
      for (int l = j; l < m; l++) {
        double v = 0;
        for (int i = 0; i < n; i++) {
          v += centred[j][i] * centred[l][i];
        }
        covariance[j][l] = v;
        covariance[l][j] = v;
      }
    }
    double[][] r = new double[m][m];
    for (int j = 0; j < m; j++) {
      for (int l = 0; l < m; l++) {
        r[j][l] = j == l ? 1 : covariance[j][l] / Math.sqrt(covariance[j][j] * covariance[l][l]);
      }
    }
    return r;
  }

  /** The inverse of a lower-triangular matrix, by forward substitution. */
  private static double[][] lowerInverse(double[][] l) {
    int m = l.length;
    double[][] inverse = new double[m][m];
    for (int c = 0; c < m; c++) {
      for (int i = c; i < m; i++) {
        double v = i == c ? 1 : 0;
        for (int k = c; k < i; k++) {
          v -= l[i][k] * inverse[k][c];
        }
        inverse[i][c] = v / l[i][i];
      }
    }
    return inverse;
  }

  private static double[][] multiply(double[][] a, double[][] b) {
    int m = a.length;
    double[][] product = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        double v = 0;
        for (int k = 0; k < m; k++) {
          v += a[i][k] * b[k][j];
        }
        product[i][j] = v;
      }
    }
    return product;
  }
}

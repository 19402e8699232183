package dev.drplan.analysis.decision;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A target Spearman rank correlation between named uncertain inputs: symmetric, 1 on the diagonal,
 * every other entry strictly between −1 and 1, and positive definite (checked by a Cholesky
 * factorisation), so that some joint distribution can have it.
 *
 * <p>A matrix that is not positive definite is rejected with a message naming the pair whose
 * correlation cannot hold together with the others: for three inputs a, b, c with correlations r_ab
 * and r_bc, r_ac must lie within r_ab·r_bc ± √((1 − r_ab²)(1 − r_bc²)), and the message gives that
 * interval. When no three inputs conflict on their own (a conflict among four or more), it names
 * the input at which the factorisation fails and its strongest correlation.
 */
public final class RankCorrelation {

  /** Pivots of the Cholesky factorisation at or below this count as not positive definite. */
  static final double MIN_PIVOT = 1e-10;

  private final List<String> inputs;
  private final double[][] spearman;

  /** A correlation between two named inputs. */
  public record Pair(String first, String second, double spearman) {}

  private RankCorrelation(List<String> inputs, double[][] spearman) {
    this.inputs = List.copyOf(inputs);
    this.spearman = spearman;
  }

  /**
   * The full matrix, rows and columns in the order of {@code inputs}.
   *
   * @throws IllegalArgumentException for repeated names, a matrix of the wrong shape, not
   *     symmetric, not 1 on the diagonal, an entry outside (−1, 1), or not positive definite
   */
  public static RankCorrelation of(List<String> inputs, double[][] spearman) {
    int m = inputs.size();
    Set<String> seen = new HashSet<>();
    for (String input : inputs) {
      if (!seen.add(input)) {
        throw new IllegalArgumentException("input " + input + " is named twice");
      }
    }
    if (spearman.length != m) {
      throw new IllegalArgumentException(
          "expected a "
              + m
              + " × "
              + m
              + " rank correlation matrix for "
              + inputs
              + ", was "
              + spearman.length
              + " rows");
    }
    double[][] copy = new double[m][];
    for (int i = 0; i < m; i++) {
      if (spearman[i].length != m) {
        throw new IllegalArgumentException(
            "expected "
                + m
                + " rank correlations in the row of "
                + inputs.get(i)
                + ", was "
                + spearman[i].length);
      }
      copy[i] = spearman[i].clone();
    }
    for (int i = 0; i < m; i++) {
      if (copy[i][i] != 1) {
        throw new IllegalArgumentException(
            "the rank correlation of "
                + inputs.get(i)
                + " with itself must be 1, was "
                + copy[i][i]);
      }
      for (int j = i + 1; j < m; j++) {
        String pair = inputs.get(i) + " – " + inputs.get(j);
        if (copy[i][j] != copy[j][i]) {
          throw new IllegalArgumentException(
              "rank correlation "
                  + pair
                  + " is "
                  + copy[i][j]
                  + " one way and "
                  + copy[j][i]
                  + " the other: the matrix must be symmetric");
        }
        if (!(copy[i][j] > -1 && copy[i][j] < 1)) {
          throw new IllegalArgumentException(
              "rank correlation " + pair + " must be strictly between -1 and 1, was " + copy[i][j]);
        }
      }
    }
    checkPositiveDefinite(inputs, copy, "rank correlations");
    return new RankCorrelation(inputs, copy);
  }

  /**
   * The matrix with the given pairs and 0 elsewhere (independent inputs).
   *
   * @throws IllegalArgumentException for an unknown input, a pair of an input with itself, a pair
   *     given twice, or as {@link #of}
   */
  public static RankCorrelation ofPairs(List<String> inputs, List<Pair> pairs) {
    int m = inputs.size();
    double[][] matrix = new double[m][m];
    boolean[][] given = new boolean[m][m];
    for (int i = 0; i < m; i++) {
      matrix[i][i] = 1;
    }
    for (Pair pair : pairs) {
      int i = indexOf(inputs, pair.first());
      int j = indexOf(inputs, pair.second());
      if (i == j) {
        throw new IllegalArgumentException(
            "a rank correlation needs two different inputs, was " + pair.first() + " twice");
      }
      if (given[i][j]) {
        throw new IllegalArgumentException(
            "rank correlation " + pair.first() + " – " + pair.second() + " is given twice");
      }
      given[i][j] = true;
      given[j][i] = true;
      matrix[i][j] = pair.spearman();
      matrix[j][i] = pair.spearman();
    }
    return of(inputs, matrix);
  }

  /** Independent inputs: the identity matrix. */
  public static RankCorrelation independent(List<String> inputs) {
    return ofPairs(inputs, List.of());
  }

  /** The inputs, in the order of the matrix. */
  public List<String> inputs() {
    return inputs;
  }

  /** The target Spearman rank correlation between inputs {@code i} and {@code j}. */
  public double spearman(int i, int j) {
    return spearman[i][j];
  }

  /**
   * The Pearson correlation of normal scores that has this Spearman rank correlation: for a
   * bivariate normal, ρ_S = (6/π)·asin(r/2), so r = 2·sin(π·ρ_S/6) (Pearson, 1907). Iman–Conover
   * builds its target on normal scores, so it aims at these.
   */
  double[][] normalScoreCorrelation() {
    int m = inputs.size();
    double[][] r = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        r[i][j] = i == j ? 1 : 2 * StrictMath.sin(Math.PI * spearman[i][j] / 6);
      }
    }
    checkPositiveDefinite(
        inputs, r, "normal-score correlations 2·sin(π·ρ/6) of the rank correlations");
    return r;
  }

  private static int indexOf(List<String> inputs, String input) {
    int index = inputs.indexOf(input);
    if (index < 0) {
      throw new IllegalArgumentException(
          "rank correlation names " + input + ", which is not one of " + inputs);
    }
    return index;
  }

  /**
   * The lower Cholesky factor L of {@code matrix} (L·Lᵀ = matrix), or null if a pivot is at or
   * below {@link #MIN_PIVOT}; {@code failedAt[0]} then gets the failing column.
   */
  static double[][] cholesky(double[][] matrix, int[] failedAt) {
    int m = matrix.length;
    double[][] l = new double[m][m];
    for (int j = 0; j < m; j++) {
      double pivot = matrix[j][j];
      for (int k = 0; k < j; k++) {
        pivot -= l[j][k] * l[j][k];
      }
      if (!(pivot > MIN_PIVOT)) {
        if (failedAt != null) {
          failedAt[0] = j;
        }
        return null;
      }
      l[j][j] = Math.sqrt(pivot);
      for (int i = j + 1; i < m; i++) {
        double v = matrix[i][j];
        for (int k = 0; k < j; k++) {
          v -= l[i][k] * l[j][k];
        }
        l[i][j] = v / l[j][j];
      }
    }
    return l;
  }

  private static void checkPositiveDefinite(List<String> inputs, double[][] r, String what) {
    int[] failedAt = new int[1];
    if (cholesky(r, failedAt) != null) {
      return;
    }
    int m = r.length;
    // Look for three inputs that conflict on their own; blame the pair declared last.
    for (int j = m - 1; j >= 2; j--) {
      for (int i = j - 1; i >= 1; i--) {
        for (int k = i - 1; k >= 0; k--) {
          int[] three = {k, i, j};
          double[][] sub = new double[3][3];
          for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
              sub[a][b] = r[three[a]][three[b]];
            }
          }
          if (cholesky(sub, null) == null) {
            // The pair (i, j) given (k, i) and (k, j): r_ij must lie in r_ki·r_kj ± √(…).
            double ki = r[k][i];
            double kj = r[k][j];
            double half = Math.sqrt((1 - ki * ki) * (1 - kj * kj));
            throw new IllegalArgumentException(
                String.format(
                    Locale.ROOT,
                    "the %s are not positive definite: %s – %s is %s, but with %s – %s at %s and"
                        + " %s – %s at %s it must lie between %.4f and %.4f",
                    what,
                    inputs.get(i),
                    inputs.get(j),
                    r[i][j],
                    inputs.get(k),
                    inputs.get(i),
                    ki,
                    inputs.get(k),
                    inputs.get(j),
                    kj,
                    ki * kj - half,
                    ki * kj + half));
          }
        }
      }
    }
    int j = failedAt[0];
    int strongest = 0;
    for (int i = 1; i < j; i++) {
      if (Math.abs(r[i][j]) > Math.abs(r[strongest][j])) {
        strongest = i;
      }
    }
    throw new IllegalArgumentException(
        "the "
            + what
            + " are not positive definite: those of "
            + inputs.get(j)
            + " with "
            + inputs.subList(0, j)
            + " cannot all hold together (the strongest, "
            + inputs.get(strongest)
            + " – "
            + inputs.get(j)
            + ", is "
            + r[strongest][j]
            + ")");
  }
}

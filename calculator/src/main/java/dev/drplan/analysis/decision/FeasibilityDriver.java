package dev.drplan.analysis.decision;

/**
 * How much one uncertain input decides whether one alternative is feasible, over the sampled
 * futures (docs/model.md, "Deciding under uncertainty", "What to ask first"): the share of futures
 * in which it is feasible when the input lies in the lowest fifth of its sampled values and when it
 * lies in the highest fifth, and the share of the variance of feasibility that the fifths explain.
 *
 * <p>The samples are ranked by the input's value and cut into five groups of equal count; equal
 * values stay in one group (the group of the first of them), so an input that takes few values
 * makes fewer groups. {@code explained} is the correlation ratio of the feasible/infeasible
 * indicator on the groups, corrected for the part that chance alone gives k groups of n samples (k
 * − 1)/(n − 1) and floored at 0: η² = Σ_g n_g (p_g − p)² / (n p (1 − p)).
 *
 * <p>Where the value of information says what knowing an input saves, this says what it decides: an
 * input can decide whether the choice works at all without changing which choice is cheapest.
 *
 * @param lowestFifth the feasible share of the futures in the lowest group
 * @param highestFifth the feasible share of the futures in the highest group
 * @param explained the corrected correlation ratio, in [0, 1]
 */
public record FeasibilityDriver(double lowestFifth, double highestFifth, double explained) {

  /** The number of groups the samples are cut into. */
  public static final int GROUPS = 5;

  /**
   * The driver of {@code feasible} by {@code values}, one of each per sample; {@code null} when
   * feasibility is the same in every sample (nothing to explain).
   *
   * @throws IllegalArgumentException if the arrays differ in length or are empty
   */
  public static FeasibilityDriver of(boolean[] feasible, double[] values) {
    int n = feasible.length;
    if (n == 0 || values.length != n) {
      throw new IllegalArgumentException(
          "one value per sample is needed: " + n + " samples, " + values.length + " values");
    }
    long feasibleCount = 0;
    for (boolean f : feasible) {
      feasibleCount += f ? 1 : 0;
    }
    if (feasibleCount == 0 || feasibleCount == n) {
      return null;
    }
    int[] order = IndexSort.ascending(values);
    long[] count = new long[GROUPS];
    long[] feasibleIn = new long[GROUPS];
    int group = 0;
    for (int rank = 0; rank < n; rank++) {
      int i = order[rank];
      boolean tiedWithPrevious = rank > 0 && values[order[rank - 1]] == values[i];
      if (!tiedWithPrevious) {
        group = (int) ((long) rank * GROUPS / n);
      }
      count[group]++;
      feasibleIn[group] += feasible[i] ? 1 : 0;
    }
    double p = (double) feasibleCount / n;
    double between = 0;
    int groups = 0;
    int lowest = -1;
    int highest = -1;
    for (int g = 0; g < GROUPS; g++) {
      if (count[g] == 0) {
        continue;
      }
      groups++;
      lowest = lowest < 0 ? g : lowest;
      highest = g;
      double share = (double) feasibleIn[g] / count[g];
      between += count[g] * (share - p) * (share - p);
    }
    double ratio = between / (n * p * (1 - p));
    double chance = n > 1 ? (groups - 1) / (double) (n - 1) : 0;
    return new FeasibilityDriver(
        (double) feasibleIn[lowest] / count[lowest],
        (double) feasibleIn[highest] / count[highest],
        Math.max(0, Math.min(1, ratio - chance)));
  }
}

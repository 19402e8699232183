package dev.drplan.analysis.decision;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What Monte Carlo says about a decision: for each alternative and each sampled future, the
 * alternative's net value in USD (higher is better; for drplan's pairs, minus the horizon cost) and
 * whether it is feasible in that future.
 *
 * <p>Sample {@code i} of every alternative, and of every input given alongside ({@link
 * InputSamples}), comes from the same draw: the arrays are aligned by sample index. Values must be
 * finite, also in an infeasible sample (a caller whose figure cannot exist there must say what that
 * sample is worth, e.g. the cost of a remedy); how infeasibility counts is the {@link
 * CandidateRule}'s business, applied by {@link DecisionProblem}.
 *
 * <p>The arrays are copied on the way in; the object is immutable.
 */
public final class DecisionSamples {
  private final List<String> alternatives;
  private final double[][] valuesUsd;
  private final boolean[][] feasible;
  private final int samples;

  private DecisionSamples(List<String> alternatives, double[][] valuesUsd, boolean[][] feasible) {
    if (alternatives.isEmpty()) {
      throw new IllegalArgumentException("a decision needs at least one alternative, was none");
    }
    Set<String> seen = new HashSet<>();
    for (String alternative : alternatives) {
      if (alternative == null || alternative.isBlank()) {
        throw new IllegalArgumentException(
            "alternative names must not be blank, was " + alternatives);
      }
      if (!seen.add(alternative)) {
        throw new IllegalArgumentException("alternative " + alternative + " is named twice");
      }
    }
    if (valuesUsd.length != alternatives.size() || feasible.length != alternatives.size()) {
      throw new IllegalArgumentException(
          "expected one row of values and one of feasibility flags per alternative ("
              + alternatives.size()
              + "), was "
              + valuesUsd.length
              + " and "
              + feasible.length);
    }
    this.samples = valuesUsd[0].length;
    this.alternatives = List.copyOf(alternatives);
    this.valuesUsd = new double[valuesUsd.length][];
    this.feasible = new boolean[feasible.length][];
    for (int a = 0; a < valuesUsd.length; a++) {
      String name = alternatives.get(a);
      if (valuesUsd[a].length != samples || feasible[a].length != samples) {
        throw new IllegalArgumentException(
            "alternative "
                + name
                + ": expected "
                + samples
                + " values and feasibility flags like the first alternative, was "
                + valuesUsd[a].length
                + " and "
                + feasible[a].length);
      }
      for (int i = 0; i < samples; i++) {
        if (!Double.isFinite(valuesUsd[a][i])) {
          throw new IllegalArgumentException(
              "alternative "
                  + name
                  + ", sample "
                  + i
                  + ": the value must be a finite number of USD, was "
                  + valuesUsd[a][i]);
        }
      }
      this.valuesUsd[a] = valuesUsd[a].clone();
      this.feasible[a] = feasible[a].clone();
    }
  }

  /**
   * Net values in USD, higher is better: {@code valuesUsd[a][i]} is alternative {@code a}'s value
   * in sample {@code i}; {@code feasible[a][i]} whether it is feasible there.
   *
   * @throws IllegalArgumentException for no alternative, a blank or repeated name, rows of unequal
   *     length, or a value that is not finite (the message names the alternative and the sample)
   */
  public static DecisionSamples ofValues(
      List<String> alternatives, double[][] valuesUsd, boolean[][] feasible) {
    return new DecisionSamples(alternatives, valuesUsd, feasible);
  }

  /**
   * Costs in USD, lower is better (each alternative's value is minus its cost), with feasibility
   * flags as in {@link #ofValues}.
   */
  public static DecisionSamples ofCosts(
      List<String> alternatives, double[][] costsUsd, boolean[][] feasible) {
    double[][] values = new double[costsUsd.length][];
    for (int a = 0; a < costsUsd.length; a++) {
      values[a] = new double[costsUsd[a].length];
      for (int i = 0; i < values[a].length; i++) {
        values[a][i] = -costsUsd[a][i];
      }
    }
    return new DecisionSamples(alternatives, values, feasible);
  }

  /** Costs in USD, every alternative feasible in every sample. */
  public static DecisionSamples ofCosts(List<String> alternatives, double[][] costsUsd) {
    boolean[][] feasible = new boolean[costsUsd.length][];
    for (int a = 0; a < costsUsd.length; a++) {
      feasible[a] = new boolean[costsUsd[a].length];
      Arrays.fill(feasible[a], true);
    }
    return ofCosts(alternatives, costsUsd, feasible);
  }

  /** The alternatives' names, in the order the rows were given. */
  public List<String> alternatives() {
    return alternatives;
  }

  /** The number of samples (the same for every alternative). */
  public int samples() {
    return samples;
  }

  /** Alternative {@code alternative}'s net value in sample {@code sample}, in USD. */
  public double valueUsd(int alternative, int sample) {
    return valuesUsd[alternative][sample];
  }

  /** Whether alternative {@code alternative} is feasible in sample {@code sample}. */
  public boolean feasible(int alternative, int sample) {
    return feasible[alternative][sample];
  }

  /** The share of samples, in [0, 1], in which alternative {@code alternative} is feasible. */
  public double feasibleShare(int alternative) {
    long count = 0;
    for (boolean flag : feasible[alternative]) {
      if (flag) {
        count++;
      }
    }
    return (double) count / samples;
  }
}

package dev.drplan.analysis;

import java.util.List;

/**
 * What {@link MonteCarlo#run} found.
 *
 * @param samples the number of samples drawn
 * @param seed the seed they were drawn from
 * @param inputs the uncertain inputs, in sampling order
 * @param pairs one summary per (configuration, option) pair, in the order of {@code compare}
 * @param configurations one summary per configuration, in scenario order
 * @param nothingFeasible share of samples in which no pair is feasible
 * @param histograms the counts behind the summaries, read through {@link #distribution}
 */
public record MonteCarloResult(
    int samples,
    long seed,
    List<UncertainInput> inputs,
    List<PairSummary> pairs,
    List<ConfigurationSummary> configurations,
    double nothingFeasible,
    SampleHistograms histograms) {

  public MonteCarloResult {
    inputs = List.copyOf(inputs);
    pairs = List.copyOf(pairs);
    configurations = List.copyOf(configurations);
    histograms = histograms == null ? SampleHistograms.NONE : histograms;
  }

  /** A result without the counts behind it ({@link #distribution} is then unavailable). */
  public MonteCarloResult(
      int samples,
      long seed,
      List<UncertainInput> inputs,
      List<PairSummary> pairs,
      List<ConfigurationSummary> configurations,
      double nothingFeasible) {
    this(samples, seed, inputs, pairs, configurations, nothingFeasible, SampleHistograms.NONE);
  }

  /**
   * The samples of {@code metric} for one pair counted in {@code bins} equal bins between the
   * smallest and largest figure (equal in logarithm with {@code log}, when every figure is above
   * zero), for a histogram chart. Figures that cannot exist are counted apart as never.
   *
   * @throws IllegalArgumentException if there is no such pair or bins is below 1
   * @throws IllegalStateException if this result was built without its counts
   */
  public BinnedDistribution distribution(
      String configuration, String option, Metric metric, int bins, boolean log) {
    if (!histograms.holds(pairs.size())) {
      throw new IllegalStateException("this Monte Carlo result holds no sample counts");
    }
    return histograms.binned(pairs.indexOf(pair(configuration, option)), metric, bins, log);
  }

  /**
   * The summary of one pair.
   *
   * @throws IllegalArgumentException if there is no such pair
   */
  public PairSummary pair(String configuration, String option) {
    for (PairSummary pair : pairs) {
      if (pair.configuration().equals(configuration) && pair.option().equals(option)) {
        return pair;
      }
    }
    throw new IllegalArgumentException("no pair (" + configuration + ", " + option + ")");
  }
}

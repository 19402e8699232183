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
 */
public record MonteCarloResult(
    int samples,
    long seed,
    List<UncertainInput> inputs,
    List<PairSummary> pairs,
    List<ConfigurationSummary> configurations,
    double nothingFeasible) {

  public MonteCarloResult {
    inputs = List.copyOf(inputs);
    pairs = List.copyOf(pairs);
    configurations = List.copyOf(configurations);
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

package dev.drplan.analysis.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The uncertain inputs in the order to ask about them: by expected value of partial perfect
 * information, largest first (the expected saving, in USD, from knowing that input before
 * choosing), with the expected value of perfect information of all of them together for scale.
 *
 * <p>Each input's estimate depends only on the samples, never on the others' or on which thread
 * computes it, so the result is the same for any thread count. Equal estimates keep the order the
 * inputs were given in.
 */
public final class InputRanking {
  private InputRanking() {}

  /**
   * One input's place in the ranking.
   *
   * @param input the input's name
   * @param evppi its expected value of partial perfect information, USD
   */
  public record RankedInput(String input, VoiEstimate evppi) {}

  /**
   * The ranking and the total.
   *
   * @param estimator the EVPPI estimator used
   * @param evpi the expected value of perfect information about every uncertain input, USD
   * @param inputs the inputs, largest EVPPI first
   */
  public record Ranking(EvppiEstimator estimator, VoiEstimate evpi, List<RankedInput> inputs) {
    public Ranking {
      inputs = List.copyOf(inputs);
    }
  }

  /**
   * Ranks {@code inputs} by their EVPPI in {@code problem}, computing on {@code threads} threads (a
   * fixed pool made for the call and shut down before returning; 1 runs on the calling thread).
   *
   * @throws IllegalArgumentException if threads is below 1, two inputs share a name, or an input
   *     does not have one value per sample
   */
  public static Ranking rank(
      DecisionProblem problem, List<InputSamples> inputs, EvppiEstimator estimator, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    Set<String> names = new HashSet<>();
    for (InputSamples input : inputs) {
      input.checkAlignedWith(problem);
      if (!names.add(input.name())) {
        throw new IllegalArgumentException("input " + input.name() + " is given twice");
      }
    }
    VoiEstimate[] estimates = new VoiEstimate[inputs.size()];
    Parallel.run(
        inputs.size(),
        threads,
        "drplan-evppi",
        j -> estimates[j] = estimator.estimate(problem, inputs.get(j)));
    List<RankedInput> ranked = new ArrayList<>();
    for (int j = 0; j < inputs.size(); j++) {
      ranked.add(new RankedInput(inputs.get(j).name(), estimates[j]));
    }
    // List.sort is stable: equal estimates keep the given order.
    ranked.sort(Comparator.comparingDouble((RankedInput r) -> r.evppi().usd()).reversed());
    return new Ranking(estimator, Evpi.of(problem), ranked);
  }
}

package dev.drplan.analysis.decision;

/**
 * The expected value of perfect information: how much better, on average, the decision would be if
 * every uncertain input were known before choosing.
 *
 * <p>EVPI = E[max_k U_k] − max_k E[U_k], with U_k the utility (USD) of candidate k in a sample: the
 * mean of the best candidate per sample, less the mean of the one best on average (the choice made
 * without information). Both expectations are sample means. Subtracting the prior choice's utility
 * sample by sample gives the same figure as a mean of non-negative terms, max(0, max_k U_k − U_0),
 * so the estimate is never negative. This is the standard Monte Carlo estimator (Raiffa and
 * Schlaifer's definition; the "expected value of perfect information" of Howard, 1966).
 *
 * <p>Bias: the estimate is a difference of a mean and a maximum of means; the maximum of noisy
 * means is biased upwards, so EVPI is biased slightly downwards when candidates have nearly equal
 * means, by at most the spread of the mean utilities' sampling errors. The standard error is by
 * batch means ({@link VoiEstimate}).
 */
public final class Evpi {
  private Evpi() {}

  /** EVPI of {@code problem}, in USD, with its standard error. */
  public static VoiEstimate of(DecisionProblem problem) {
    SortedSamples samples = SortedSamples.inSampleOrder(problem);
    return BatchMeans.estimate(samples, positions -> onPositions(samples, positions));
  }

  /** EVPI from the samples at {@code positions}, the prior choice being the best on them. */
  private static double onPositions(SortedSamples samples, int[] positions) {
    int count = samples.count;
    double[] utilities = samples.utilities;
    int reference = samples.bestOn(positions);
    double total = 0;
    for (int r : positions) {
      int row = r * count;
      double prior = utilities[row + reference];
      double gain = 0;
      for (int c = 0; c < count; c++) {
        gain = Math.max(gain, utilities[row + c] - prior);
      }
      total += gain;
    }
    return total / positions.length;
  }
}

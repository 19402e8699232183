package dev.drplan.analysis.decision;

import java.util.Arrays;

/**
 * The expected value of partial perfect information about one input, by sorting and binning: how
 * much better, on average, the decision would be if that input alone were known before choosing.
 *
 * <p>EVPPI(θ) = E_θ[max_k E[U_k | θ]] − max_k E[U_k]. The samples are sorted by θ and cut into B
 * bins of equal count (sizes differ by at most one; bin b holds the samples of rank ⌊b·n/B⌋ to
 * ⌊(b+1)·n/B⌋ − 1, equal values of θ split by sample index). Within a bin θ hardly varies, so the
 * bin's mean utilities stand for the conditional expectations: EVPPI ≈ Σ_b (n_b/n) max_k
 * mean_b(U_k) − max_k mean(U_k). This is the single-input estimator of Strong and Oakley (2013, "An
 * efficient method for computing single-parameter partial expected value of perfect information",
 * Medical Decision Making), which needs no nested simulation: the one Monte Carlo run suffices.
 *
 * <p>Computed as Σ_b (n_b/n) max(0, max_k mean_b(U_k − U_0)), with U_0 the prior choice (the
 * identity holds because bin means of U_0 average to its overall mean), so it is never negative;
 * and since a mean of maxima is at least the maximum of means, it never exceeds the sample EVPI of
 * {@link Evpi}.
 *
 * <p><b>Bins.</b> By default B = round(√n) (316 bins of 316 samples at n = 100,000). Fewer, larger
 * bins lower the bias below; more, smaller bins follow a sharply varying E[U | θ] more closely. An
 * input that takes no more than B distinct values (a count of circuits, say) gets one bin per value
 * instead: the bin means are then the conditional means themselves, and no bin mixes two values.
 *
 * <p><b>Bias.</b> Upwards, and not small: a bin's mean utilities are noisy, and the maximum of
 * noisy means is too high. For an input with no influence at all, with two candidates of equal mean
 * utility whose difference has standard deviation σ, each bin adds about σ / √(2π·n_b), so the
 * estimate is about σ·√(B / (2π·n)) instead of 0: with B = √n it shrinks only like n^(−1/4). The
 * batch-means standard error ({@link VoiEstimate}) measures the noise, not this bias. Prefer {@link
 * RegressionEvppi} for ranking inputs; this estimator is the simple cross-check.
 */
public final class BinnedEvppi {
  private BinnedEvppi() {}

  /** The default number of bins for {@code samples} samples: round(√samples), at least 1. */
  public static int defaultBins(int samples) {
    return Math.max(1, (int) Math.round(Math.sqrt(samples)));
  }

  /** EVPPI of {@code input} in USD, with {@link #defaultBins} bins. */
  public static VoiEstimate estimate(DecisionProblem problem, InputSamples input) {
    return estimate(problem, input, defaultBins(problem.samples()));
  }

  /**
   * EVPPI of {@code input} in USD, with {@code bins} bins. Each batch of the standard error uses as
   * many bins as keep the same number of samples per bin, so its bias is the same as the whole
   * estimate's.
   *
   * @throws IllegalArgumentException if {@code bins} is not between 1 and the number of samples, or
   *     the input does not have one value per sample
   */
  public static VoiEstimate estimate(DecisionProblem problem, InputSamples input, int bins) {
    int n = problem.samples();
    if (bins < 1 || bins > n) {
      throw new IllegalArgumentException(
          "bins must be between 1 and the number of samples (" + n + "), was " + bins);
    }
    SortedSamples samples = SortedSamples.byInput(problem, input);
    double samplesPerBin = (double) n / bins;
    return BatchMeans.estimate(
        samples,
        positions ->
            onPositions(
                samples,
                positions,
                Math.max(1, (int) Math.round(positions.length / samplesPerBin))));
  }

  /**
   * EVPPI from the samples at {@code positions} (ascending by the input), in {@code bins} bins of
   * equal count, or one bin per value when the input takes no more values than that.
   */
  private static double onPositions(SortedSamples samples, int[] positions, int bins) {
    int count = samples.count;
    double[] utilities = samples.utilities;
    double[] x = samples.input;
    int reference = samples.bestOn(positions);
    int n = positions.length;
    int values = 1;
    for (int k = 1; k < n && values <= bins; k++) {
      if (x[positions[k]] != x[positions[k - 1]]) {
        values++;
      }
    }
    boolean byValue = values <= bins;
    double[] sums = new double[count];
    double total = 0;
    int from = 0;
    for (int b = 0; from < n; b++) {
      int to;
      if (byValue) {
        to = from + 1;
        while (to < n && x[positions[to]] == x[positions[from]]) {
          to++;
        }
      } else {
        to = (int) ((long) (b + 1) * n / bins);
      }
      Arrays.fill(sums, 0);
      for (int k = from; k < to; k++) {
        int row = positions[k] * count;
        double prior = utilities[row + reference];
        for (int c = 0; c < count; c++) {
          sums[c] += utilities[row + c] - prior;
        }
      }
      // n_b · max(0, max_k mean_b) = max(0, max_k sum_b): the reference's own sum is 0.
      double best = 0;
      for (int c = 0; c < count; c++) {
        best = Math.max(best, sums[c]);
      }
      total += best;
      from = to;
    }
    return total / n;
  }
}

package dev.drplan.analysis.decision;

import java.util.function.ToDoubleFunction;

/**
 * Standard errors by batch means: the estimate on all samples, and the spread of the same estimate
 * on {@code G} runs of consecutive samples, {@code SE = sd(run estimates) / √G}.
 *
 * <p>Monte Carlo samples are independent draws, so runs of consecutive indices are independent
 * samples of the same distribution. Runs are [⌊g·n/G⌋, ⌊(g+1)·n/G⌋) for g = 0 … G−1, with G =
 * min({@value #MAX_BATCHES}, ⌊n / {@value #MIN_BATCH_SIZE}⌋): 2 runs at 100 samples, 20 from 1,000
 * samples on. The estimate on a run of n/G samples varies about √G times more than the one on all n
 * samples when the estimator behaves like a mean, which is what the division by √G assumes.
 * Estimators whose bias depends on the sample size (all value-of-information estimators) have a
 * different bias on a run than on the whole; the standard error does not include bias.
 */
final class BatchMeans {
  private BatchMeans() {}

  static final int MAX_BATCHES = 20;
  static final int MIN_BATCH_SIZE = 50;

  /**
   * {@code estimator} on all of {@code samples}' positions, with its batch-means standard error.
   * The estimator receives the positions it is to use, in increasing order (so, for samples sorted
   * by an input, in the order of that input); a batch is the positions whose sample index falls in
   * its run.
   */
  static VoiEstimate estimate(SortedSamples samples, ToDoubleFunction<int[]> estimator) {
    int[] sampleAt = samples.sampleAt;
    int n = sampleAt.length;
    int batches = Math.min(MAX_BATCHES, n / MIN_BATCH_SIZE);
    int[] all = new int[n];
    for (int r = 0; r < n; r++) {
      all[r] = r;
    }
    double whole = estimator.applyAsDouble(all);
    int[] batchOf = new int[n];
    int[] sizes = new int[batches];
    for (int g = 0; g < batches; g++) {
      int from = (int) ((long) g * n / batches);
      int to = (int) ((long) (g + 1) * n / batches);
      for (int i = from; i < to; i++) {
        batchOf[i] = g;
      }
      sizes[g] = to - from;
    }
    int[][] runs = new int[batches][];
    for (int g = 0; g < batches; g++) {
      runs[g] = new int[sizes[g]];
    }
    int[] filled = new int[batches];
    for (int r = 0; r < n; r++) {
      int g = batchOf[sampleAt[r]];
      runs[g][filled[g]++] = r;
    }
    double[] estimates = new double[batches];
    double sum = 0;
    for (int g = 0; g < batches; g++) {
      estimates[g] = estimator.applyAsDouble(runs[g]);
      sum += estimates[g];
    }
    double mean = sum / batches;
    double squares = 0;
    for (double e : estimates) {
      squares += (e - mean) * (e - mean);
    }
    double standardError = Math.sqrt(squares / (batches - 1) / batches);
    return new VoiEstimate(whole, standardError, batches);
  }
}

package dev.drplan.analysis.decision;

/**
 * A decision's utilities rearranged in the order of one input: position r holds the sample of rank
 * r by that input. The estimators walk positions in increasing order, so they read the utilities as
 * one stream instead of jumping about memory once per sample (at 100,000 samples of 20
 * alternatives, 16 MB: the jumps cost twenty times the stream).
 */
final class SortedSamples {
  /** The sample index at each position. */
  final int[] sampleAt;

  /** The input's value at each position, ascending. */
  final double[] input;

  /** Utilities, USD: candidate c at position r is {@code utilities[r * count + c]}. */
  final double[] utilities;

  final int count;

  private SortedSamples(int[] sampleAt, double[] input, double[] utilities, int count) {
    this.sampleAt = sampleAt;
    this.input = input;
    this.utilities = utilities;
    this.count = count;
  }

  /** The samples of {@code problem} in the order of {@code input}. */
  static SortedSamples byInput(DecisionProblem problem, InputSamples input) {
    input.checkAlignedWith(problem);
    double[] x = input.values();
    int[] order = IndexSort.ascending(x);
    int count = problem.count();
    double[] source = problem.utilities();
    double[] sorted = new double[source.length];
    double[] values = new double[order.length];
    for (int r = 0; r < order.length; r++) {
      System.arraycopy(source, order[r] * count, sorted, r * count, count);
      values[r] = x[order[r]];
    }
    return new SortedSamples(order, values, sorted, count);
  }

  /** The samples of {@code problem} in their own order (for estimators that need no input). */
  static SortedSamples inSampleOrder(DecisionProblem problem) {
    int[] identity = new int[problem.samples()];
    for (int i = 0; i < identity.length; i++) {
      identity[i] = i;
    }
    return new SortedSamples(identity, null, problem.utilities(), problem.count());
  }

  /**
   * The candidate of highest mean utility over {@code positions} (the first on a tie): the choice
   * without information, for those samples.
   */
  int bestOn(int[] positions) {
    double[] sums = new double[count];
    for (int r : positions) {
      int row = r * count;
      for (int c = 0; c < count; c++) {
        sums[c] += utilities[row + c];
      }
    }
    int best = 0;
    for (int c = 1; c < count; c++) {
      if (sums[c] > sums[best]) {
        best = c;
      }
    }
    return best;
  }
}

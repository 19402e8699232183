package dev.drplan.analysis;

import java.util.Arrays;

/**
 * The counts behind a {@link MonteCarloResult}: for each pair (in the order of {@code compare}) and
 * each {@link Metric}, the samples in {@link MonteCarlo}'s fine logarithmic bins. Opaque; read
 * through {@link MonteCarloResult#distribution}. Two are equal when every count is, which holds for
 * any thread count with the same seed.
 */
public final class SampleHistograms {

  /** No counts: a result built without them (its distributions cannot be read). */
  static final SampleHistograms NONE = new SampleHistograms(new Histogram[0][]);

  private final Histogram[][] histograms;

  SampleHistograms(Histogram[][] histograms) {
    this.histograms = histograms;
  }

  /** Whether the counts of {@code pairs} pairs are held. */
  boolean holds(int pairs) {
    return histograms.length == pairs && pairs > 0;
  }

  BinnedDistribution binned(int pair, Metric metric, int bins, boolean log) {
    return histograms[pair][metric.ordinal()].binned(metric, bins, log);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SampleHistograms
        && Arrays.deepEquals(histograms, ((SampleHistograms) other).histograms);
  }

  @Override
  public int hashCode() {
    return histograms.length;
  }

  @Override
  public String toString() {
    return "SampleHistograms[" + histograms.length + " pairs]";
  }
}

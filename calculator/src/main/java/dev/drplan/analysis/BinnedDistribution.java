package dev.drplan.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The Monte Carlo samples of one metric of one pair counted in a few equal bins, for a histogram
 * chart: bin {@code i} runs from {@code edges[i]} to {@code edges[i + 1]} (the last bin includes
 * its upper edge), in the metric's canonical unit. Bins are equal in width ({@link #log()} false)
 * or in logarithm (true). Derived from {@link MonteCarlo}'s fine logarithmic bins (each at most
 * 2^-12 of its value wide), so a sample may be counted one coarse bin off when it lies within that
 * relative width of a coarse edge; no reported figure changes.
 *
 * @param metric the metric counted
 * @param edges the bin edges, ascending, one more than the bins; empty when no sample has a figure
 * @param counts the samples in each bin
 * @param never the samples in which the figure cannot exist (not in any bin)
 * @param log whether the bins are equal in logarithm
 */
public record BinnedDistribution(
    Metric metric, List<Double> edges, List<Long> counts, long never, boolean log) {

  public BinnedDistribution {
    Objects.requireNonNull(metric, "metric");
    edges = Collections.unmodifiableList(new ArrayList<>(edges));
    counts = Collections.unmodifiableList(new ArrayList<>(counts));
    if (!(edges.isEmpty() && counts.isEmpty()) && edges.size() != counts.size() + 1) {
      throw new IllegalArgumentException(
          "expected one edge more than bins, was "
              + edges.size()
              + " edges for "
              + counts.size()
              + " bins");
    }
  }

  /** The samples in which the figure exists. */
  public long finite() {
    long total = 0;
    for (long count : counts) {
      total += count;
    }
    return total;
  }

  /** The largest count of any bin (0 when there are none). */
  public long largestCount() {
    long largest = 0;
    for (long count : counts) {
      largest = Math.max(largest, count);
    }
    return largest;
  }
}

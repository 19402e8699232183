package dev.drplan.analysis;

import java.util.List;

/**
 * One point of a sweep.
 *
 * @param at the value of each swept key, in axis order
 * @param pairs every pair's figures, in the order of {@code compare}
 * @param recommendedConfiguration the verdict's configuration, or {@code null} if nothing is
 *     feasible
 * @param recommendedOption the verdict's option, or {@code null} if nothing is feasible
 */
public record SweepRow(
    List<Double> at,
    List<PairFigures> pairs,
    String recommendedConfiguration,
    String recommendedOption) {
  public SweepRow {
    at = List.copyOf(at);
    pairs = List.copyOf(pairs);
  }
}

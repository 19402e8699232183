package dev.drplan.analysis;

import java.util.List;

/**
 * The remedies of one infeasible pair, best first (docs/model.md, "Remedies"): changes that keep
 * the objectives and are priced, cheapest horizon first; then those whose price is not known; then
 * those that relax an objective. The first, when there is one, is the pair's remedy.
 *
 * @param configuration the pair's configuration
 * @param option the pair's option
 * @param remedies the changes that make it feasible, best first; empty when none within the levers'
 *     bounds does
 * @param exhausted the levers of the pair that reach their bounds without making it feasible
 */
public record PairRemedies(
    String configuration, String option, List<Remedy> remedies, List<ResolvedLever> exhausted) {

  public PairRemedies {
    remedies = List.copyOf(remedies);
    exhausted = List.copyOf(exhausted);
  }

  /** The best remedy, or {@code null} when no single change within the bounds works. */
  public Remedy best() {
    return remedies.isEmpty() ? null : remedies.get(0);
  }
}

package dev.drplan.analysis;

import dev.drplan.model.OptionResult;
import dev.drplan.model.Verdict;
import dev.drplan.units.Money;
import java.util.Objects;

/**
 * One change that makes an infeasible pair feasible: one lever moved by the fewest steps that do
 * it, and what the pair becomes (docs/model.md, "Remedies").
 *
 * @param lever the lever moved
 * @param to the lever's new value, canonical
 * @param steps how many steps from the scenario's value: positive up, negative down
 * @param before the pair as the scenario has it (infeasible)
 * @param after the pair with the change (feasible)
 * @param monthlyCostDeltaUsd how much more a month costs at the start (the run rate on day one,
 *     docs/model.md §7): the model's figure plus the lever's monthly cost per step; negative when
 *     it costs less
 * @param horizonCostDeltaUsd how much more the horizon costs: the model's figure, plus what the
 *     change adds to the configuration's on-prem spend when the boxes are priced (§2), plus the
 *     lever's monthly cost for every month billed and its one-time cost, per step
 * @param horizonCostUsd the pair's horizon cost with the change, what it adds to the on-prem spend
 *     and the lever's costs included; negative when the change saves more on-prem spend than the
 *     pair costs over the horizon (a lever that shrinks the data or the D-boxes)
 * @param recommendedCost the horizon cost of the pair {@code compare} recommends, or {@code null}
 *     when nothing is feasible
 */
public record Remedy(
    ResolvedLever lever,
    double to,
    int steps,
    OptionResult before,
    OptionResult after,
    double monthlyCostDeltaUsd,
    double horizonCostDeltaUsd,
    double horizonCostUsd,
    Money recommendedCost) {

  public Remedy {
    Objects.requireNonNull(lever, "lever");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (!Double.isFinite(horizonCostUsd)) {
      throw new IllegalArgumentException("horizonCostUsd must be finite, was " + horizonCostUsd);
    }
  }

  /** Whether the change relaxes an objective (then a report must say so). */
  public boolean changesObjective() {
    return lever.objective();
  }

  /** Whether the cost of the change is known. */
  public boolean priced() {
    return lever.priced();
  }

  /**
   * Whether the pair with the change costs less over the horizon than the pair {@code compare}
   * recommends, by the verdict's comparison of costs (equal within its tolerance is not less);
   * {@code null} when nothing is recommended.
   */
  public Boolean cheaperThanRecommendation() {
    return recommendedCost == null ? null : comparedWithRecommendation() < 0;
  }

  /**
   * The pair with the change against the recommended pair, by horizon cost in the verdict's order
   * ({@link Verdict#compareCosts}): negative when cheaper, 0 when the same, positive when dearer.
   *
   * @throws IllegalStateException when nothing is recommended
   */
  public int comparedWithRecommendation() {
    if (recommendedCost == null) {
      throw new IllegalStateException("no pair is recommended");
    }
    return Verdict.compareCosts(horizonCostUsd, recommendedCost.usd());
  }
}

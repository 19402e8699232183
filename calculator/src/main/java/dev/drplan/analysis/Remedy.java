package dev.drplan.analysis;

import dev.drplan.model.OptionResult;
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
 * @param monthlyCostDeltaUsd how much more the first month costs: the model's figure plus the
 *     lever's monthly cost per step; negative when it costs less
 * @param horizonCostDeltaUsd how much more the horizon costs: the model's figure plus the lever's
 *     monthly cost for every month billed and its one-time cost, per step
 * @param horizonCost the pair's horizon cost with the change, lever costs included
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
    Money horizonCost,
    Money recommendedCost) {

  public Remedy {
    Objects.requireNonNull(lever, "lever");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(horizonCost, "horizonCost");
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
   * recommends; {@code null} when nothing is recommended.
   */
  public Boolean cheaperThanRecommendation() {
    return recommendedCost == null ? null : horizonCost.usd() < recommendedCost.usd();
  }
}

package dev.drplan.analysis;

import dev.drplan.model.ReasonCode;
import java.util.List;
import java.util.Map;

/**
 * Something that changes between two steps of a sweep, located by bisection along the sweep's first
 * key: the change happens between {@code low} and {@code high} (each evaluated: the state at {@code
 * low} is the one below the change, at {@code high} the one above), and {@code at} is the best
 * estimate ({@code high} for a count key, the bracket's middle otherwise). "Below" and "above" mean
 * lower and higher values of the key. {@code fixed} gives the other swept key's value for a two-key
 * sweep (empty for one key).
 */
public sealed interface Landmark
    permits Landmark.FeasibilityChange, Landmark.ReasonChange, Landmark.CostCrossover {

  String key();

  double at();

  double low();

  double high();

  Map<String, Double> fixed();

  /**
   * A pair becomes feasible or infeasible.
   *
   * @param feasibleBelow whether the pair is feasible below the change (then infeasible above)
   * @param reasons the reason codes on the infeasible side, next to the change
   */
  record FeasibilityChange(
      String key,
      double at,
      double low,
      double high,
      Map<String, Double> fixed,
      String configuration,
      String option,
      boolean feasibleBelow,
      List<ReasonCode> reasons)
      implements Landmark {
    public FeasibilityChange {
      fixed = Map.copyOf(fixed);
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * A reason appears or disappears for a pair.
   *
   * @param appears whether the reason is absent below and present above (else the reverse)
   */
  record ReasonChange(
      String key,
      double at,
      double low,
      double high,
      Map<String, Double> fixed,
      String configuration,
      String option,
      ReasonCode code,
      boolean appears)
      implements Landmark {
    public ReasonChange {
      fixed = Map.copyOf(fixed);
    }
  }

  /**
   * Two options of one configuration swap places in horizon cost.
   *
   * @param cheaperBelow the option with the lower horizon cost below the crossing
   * @param cheaperAbove the option with the lower horizon cost above it
   * @param horizonCostUsd the two costs (about equal) at {@code high}: cheaperBelow's, then
   *     cheaperAbove's
   */
  record CostCrossover(
      String key,
      double at,
      double low,
      double high,
      Map<String, Double> fixed,
      String configuration,
      String cheaperBelow,
      String cheaperAbove,
      List<Double> horizonCostUsd)
      implements Landmark {
    public CostCrossover {
      fixed = Map.copyOf(fixed);
      horizonCostUsd = List.copyOf(horizonCostUsd);
    }
  }
}

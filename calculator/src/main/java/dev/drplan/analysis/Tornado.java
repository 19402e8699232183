package dev.drplan.analysis;

import dev.drplan.model.CostLine;
import dev.drplan.model.Reason;
import java.util.List;

/**
 * A tornado of one metric of one pair: every uncertain input's bar, widest swing first.
 *
 * @param base the metric at the base scenario; {@code null} when the figure cannot exist
 * @param blockedAtBase why the pair is infeasible at the base scenario (§8); empty when it is
 *     feasible
 * @param bars one bar per input: infinite swings first, then by swing, widest first, ties by key
 * @param notPriced the cost lines the pair's costs leave out as not priced (§7) at the base
 *     scenario: a cost metric is a floor at every point when there is one
 */
public record Tornado(
    Metric metric,
    String configuration,
    String option,
    Double base,
    List<Reason> blockedAtBase,
    List<TornadoBar> bars,
    List<CostLine> notPriced) {
  public Tornado {
    blockedAtBase = List.copyOf(blockedAtBase);
    bars = List.copyOf(bars);
    notPriced = List.copyOf(notPriced);
  }

  /** Whether the pair is feasible at the base scenario. */
  public boolean feasibleAtBase() {
    return blockedAtBase.isEmpty();
  }

  /** Whether the pair is infeasible at either end of some input's range. */
  public boolean infeasibleSomewhere() {
    if (!feasibleAtBase()) {
      return true;
    }
    for (TornadoBar bar : bars) {
      if (!bar.feasibleAtLow() || !bar.feasibleAtHigh()) {
        return true;
      }
    }
    return false;
  }
}

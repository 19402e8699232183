package dev.drplan.analysis;

import dev.drplan.model.Reason;
import java.util.List;

/**
 * A tornado of one metric of one pair: every uncertain input's bar, widest swing first.
 *
 * @param base the metric at the base scenario; {@code null} when the figure cannot exist
 * @param blockedAtBase why the pair is infeasible at the base scenario (§8); empty when it is
 *     feasible
 * @param bars one bar per input: infinite swings first, then by swing, widest first, ties by key
 */
public record Tornado(
    Metric metric,
    String configuration,
    String option,
    Double base,
    List<Reason> blockedAtBase,
    List<TornadoBar> bars) {
  public Tornado {
    blockedAtBase = List.copyOf(blockedAtBase);
    bars = List.copyOf(bars);
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

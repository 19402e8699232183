package dev.drplan.analysis;

import dev.drplan.catalog.ValueKind;
import dev.drplan.model.Reason;
import java.util.List;

/**
 * One input's bar of a tornado: the metric with this input at its P10 and at its P90, every other
 * input at its base.
 *
 * @param key the input's path
 * @param kind the input's kind (the unit of {@code inputLow} and {@code inputHigh})
 * @param inputLow the input's P10 (counts rounded to a whole number)
 * @param inputHigh the input's P90 (counts rounded to a whole number)
 * @param inputBase the input's base value, the one the scenario gave (the mode or the median)
 * @param atLow the metric with the input at P10; {@code null} when the figure cannot exist
 * @param atHigh the metric with the input at P90; {@code null} when the figure cannot exist
 * @param swing |atHigh − atLow|; {@code null} (infinite) when exactly one end cannot exist
 * @param blockedAtLow why the pair is infeasible with the input at P10 (its blocking reasons, §8);
 *     empty when it is feasible there
 * @param blockedAtHigh why the pair is infeasible with the input at P90; empty when it is feasible
 *     there
 */
public record TornadoBar(
    String key,
    ValueKind kind,
    double inputLow,
    double inputHigh,
    double inputBase,
    Double atLow,
    Double atHigh,
    Double swing,
    List<Reason> blockedAtLow,
    List<Reason> blockedAtHigh) {

  public TornadoBar {
    blockedAtLow = List.copyOf(blockedAtLow);
    blockedAtHigh = List.copyOf(blockedAtHigh);
  }

  /** Whether the pair is feasible with the input at its P10. */
  public boolean feasibleAtLow() {
    return blockedAtLow.isEmpty();
  }

  /** Whether the pair is feasible with the input at its P90. */
  public boolean feasibleAtHigh() {
    return blockedAtHigh.isEmpty();
  }

  /** Whether the figure exists at one end and not at the other: the widest possible swing. */
  public boolean infiniteSwing() {
    return swing == null;
  }
}

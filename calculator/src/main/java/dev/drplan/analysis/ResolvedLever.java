package dev.drplan.analysis;

import dev.drplan.units.Money;
import java.util.Objects;

/**
 * One key a remedy may change, with everything the search needs (docs/model.md, "Remedies"): the
 * key, its value in the scenario, the step and the bounds of a change, and what each step costs
 * beyond the figures the model already prices. Values are in the canonical unit of the key's {@link
 * ScenarioKey#kind() kind}. Made by {@link Levers} from the scenario's {@code levers:} and the
 * defaults.
 *
 * @param key the key
 * @param current its value in the scenario
 * @param step the smallest change, above 0
 * @param lower the lowest value a remedy may set, at most {@code current}
 * @param upper the highest value a remedy may set, at least {@code current}
 * @param monthlyCost what each step adds per month beyond the model's own figures
 * @param oneTimeCost what each step costs once beyond the model's own figures
 * @param pricing how the change is priced: by the model and the lever's costs, or not at all
 * @param objective whether the key is an objective: a remedy that moves it relaxes what was asked
 * @param declared whether the scenario's {@code levers:} names the key (else a default lever)
 */
public record ResolvedLever(
    ScenarioKey key,
    double current,
    double step,
    double lower,
    double upper,
    Money monthlyCost,
    Money oneTimeCost,
    Pricing pricing,
    boolean objective,
    boolean declared) {

  /** How a lever's change is priced. */
  public enum Pricing {
    /**
     * Every cost of the change is in the model's figures: the pair's cost lines (circuits: the
     * ports and VLAN attachments; hosts: the mover hosts line) and the configuration's on-prem
     * spend (D-boxes and C-boxes).
     */
    BY_THE_MODEL,
    /** The scenario gives a price per step, added to the model's figures. */
    BY_THE_SCENARIO,
    /** The model does not price what the change buys and the scenario gives no price. */
    NOT_PRICED
  }

  public ResolvedLever {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(monthlyCost, "monthlyCost");
    Objects.requireNonNull(oneTimeCost, "oneTimeCost");
    Objects.requireNonNull(pricing, "pricing");
    if (!(step > 0) || !(lower <= current) || !(current <= upper)) {
      throw new IllegalArgumentException(
          key.path()
              + ": a lever needs a step above 0 and bounds around the value "
              + current
              + ", was step "
              + step
              + ", ["
              + lower
              + ", "
              + upper
              + "]");
    }
  }

  /** The key's path. */
  public String path() {
    return key.path();
  }

  /** Whether the cost of a change is known. */
  public boolean priced() {
    return pricing != Pricing.NOT_PRICED;
  }

  /**
   * The value {@code steps} steps from the scenario's (negative: downwards), held to the bounds:
   * the last step may be shorter, so that the bound itself is reachable.
   */
  public double valueAt(int steps) {
    double value = current + steps * step;
    return key.coerce(Math.max(lower, Math.min(upper, value)));
  }

  /** How many steps reach the upper bound (up) or the lower bound (down). */
  public int stepsToBound(boolean up) {
    double room = up ? upper - current : current - lower;
    if (!(room > 0)) {
      return 0;
    }
    // Forgive floating-point noise: 9.999999999 steps are 10.
    return (int) Math.min(Integer.MAX_VALUE, Math.ceil(room / step - 1e-9));
  }
}

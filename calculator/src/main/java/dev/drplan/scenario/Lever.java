package dev.drplan.scenario;

import dev.drplan.units.Money;
import java.util.Objects;

/**
 * What the scenario says about one lever: a numeric key a remedy may change to make an infeasible
 * pair feasible (docs/scenario-format.md, "levers"). Every field left out takes the lever's default
 * (docs/model.md, "Remedies"); a key the scenario marks {@code fixed} is never changed.
 *
 * <p>{@code step}, {@code lower} and {@code upper} are in the canonical unit of the key's kind
 * (bytes, bytes/s, seconds, a ratio, USD, a count), as {@code dev.drplan.analysis.ScenarioKey}
 * reads and writes it: the loader converts them from the key's own unit.
 *
 * @param path the key, as {@code drplan sweep} names it: {@code network.circuits}, {@code
 *     options.gcs-archive.copy_engine.hosts}
 * @param fixed whether the key must stay as it is (no remedy may change it)
 * @param step the smallest change, above 0; {@code null} for the default
 * @param lower the lowest value a remedy may set; {@code null} for the default
 * @param upper the highest value a remedy may set; {@code null} for the default
 * @param monthlyCost what each step adds per month beyond what the model already prices; {@code
 *     null} for the default
 * @param oneTimeCost what each step costs once; {@code null} for the default
 */
public record Lever(
    String path,
    boolean fixed,
    Double step,
    Double lower,
    Double upper,
    Money monthlyCost,
    Money oneTimeCost) {

  public Lever {
    Objects.requireNonNull(path, "path");
    if (step != null && !(step > 0 && Double.isFinite(step))) {
      throw new IllegalArgumentException("a lever's step must be above 0, was " + step);
    }
    if (lower != null && upper != null && lower > upper) {
      throw new IllegalArgumentException(
          "a lever's lower bound " + lower + " is above its upper bound " + upper);
    }
  }

  /** The key {@code path} may not change. */
  public static Lever fixed(String path) {
    return new Lever(path, true, null, null, null, null, null);
  }

  /** Whether the scenario gave a price for the lever (either part). */
  public boolean priced() {
    return monthlyCost != null || oneTimeCost != null;
  }
}

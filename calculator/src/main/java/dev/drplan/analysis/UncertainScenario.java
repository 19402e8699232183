package dev.drplan.analysis;

import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A scenario with some inputs uncertain.
 *
 * <p>The constructor checks every input against the scenario (the key exists, appears once, and
 * every value its distribution can take is legal for the key: a normal distribution over a share
 * must be truncated to [0, 1]) and sets each uncertain key of {@code base} to its distribution's
 * {@link Distribution#base() base} value, so {@link #base()} is the scenario {@code compare}
 * evaluates. Count keys take the base rounded to the nearest whole number.
 *
 * @param base the scenario with every uncertain key at its base value
 * @param inputs the uncertain inputs, in the order they are sampled
 */
public record UncertainScenario(Scenario base, List<UncertainInput> inputs) {

  public UncertainScenario {
    Objects.requireNonNull(base, "base");
    Set<String> seen = new HashSet<>();
    Scenario atBase = base;
    List<UncertainInput> within = new ArrayList<>();
    for (UncertainInput input : inputs) {
      if (!seen.add(input.key())) {
        throw new IllegalArgumentException("uncertain key " + input.key() + " is given twice");
      }
      ScenarioKey key = ScenarioKeys.key(base, input.key());
      // A log-normal, unbounded by nature, is cut at the key's limits (Distribution#within).
      Distribution distribution = input.distribution().within(key.min(), key.max());
      within.add(new UncertainInput(input.key(), distribution));
      if (distribution.lower() < key.min() || distribution.upper() > key.max()) {
        throw new IllegalArgumentException(
            input.key()
                + ": a "
                + distribution.id()
                + " distribution from "
                + bound(distribution.lower())
                + " to "
                + bound(distribution.upper())
                + " can take values outside the key's domain ("
                + key.domainText()
                + ")"
                + (distribution instanceof Distribution.Normal
                    ? "; truncate it with lower and upper bounds"
                    : ""));
      }
      atBase = key.with(atBase, key.coerce(distribution.base()));
    }
    base = atBase;
    inputs = List.copyOf(within);
  }

  private static String bound(double value) {
    return value == Double.MIN_VALUE ? "0 (exclusive)" : Double.toString(value);
  }

  /** A scenario without uncertain inputs. */
  public static UncertainScenario certain(Scenario scenario) {
    return new UncertainScenario(scenario, List.of());
  }

  /** The keys of the inputs, in input order. */
  public List<ScenarioKey> keys() {
    List<ScenarioKey> keys = new ArrayList<>(inputs.size());
    for (UncertainInput input : inputs) {
      keys.add(ScenarioKeys.key(base, input.key()));
    }
    return keys;
  }

  /**
   * The base scenario with input {@code i} at {@code values[i]} for every input (counts rounded to
   * whole numbers).
   */
  public Scenario at(double[] values) {
    return at(keys(), values);
  }

  Scenario at(List<ScenarioKey> keys, double[] values) {
    if (values.length != keys.size()) {
      throw new IllegalArgumentException(
          "expected " + keys.size() + " values, one per uncertain input, got " + values.length);
    }
    Scenario scenario = base;
    for (int i = 0; i < values.length; i++) {
      ScenarioKey key = keys.get(i);
      scenario = key.with(scenario, key.coerce(values[i]));
    }
    return scenario;
  }
}

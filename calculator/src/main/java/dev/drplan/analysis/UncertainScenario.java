package dev.drplan.analysis;

import dev.drplan.analysis.decision.RankCorrelation;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A scenario with some inputs uncertain, and the rank correlations stated between them.
 *
 * <p>The constructor checks every input against the scenario (each key it sets exists and is set by
 * no other input, and every value its distribution can take is legal for each of them: a normal
 * distribution over a share must be truncated to [0, 1]) and sets each uncertain key of {@code
 * base} to its distribution's {@link Distribution#base() base} value, so {@link #base()} is the
 * scenario {@code compare} evaluates. Count keys take the base rounded to the nearest whole number.
 * The correlations must name inputs by their {@link UncertainInput#key() names} and form a positive
 * definite matrix ({@link RankCorrelation}).
 *
 * @param base the scenario with every uncertain key at its base value
 * @param inputs the uncertain inputs, in the order they are sampled
 * @param correlations Spearman rank correlations between pairs of inputs; the others independent
 */
public record UncertainScenario(
    Scenario base, List<UncertainInput> inputs, List<RankCorrelation.Pair> correlations) {

  public UncertainScenario {
    Objects.requireNonNull(base, "base");
    correlations = List.copyOf(correlations);
    Set<String> names = new HashSet<>();
    Set<String> seen = new HashSet<>();
    Scenario atBase = base;
    List<UncertainInput> within = new ArrayList<>();
    for (UncertainInput input : inputs) {
      // A log-normal, unbounded by nature, is cut at the limits of every key it sets
      // (Distribution#within).
      double min = Double.NEGATIVE_INFINITY;
      double max = Double.POSITIVE_INFINITY;
      for (String path : input.sets()) {
        ScenarioKey key = ScenarioKeys.key(base, path);
        min = Math.max(min, key.min());
        max = Math.min(max, key.max());
      }
      Distribution distribution = input.distribution().within(min, max);
      within.add(new UncertainInput(input.key(), distribution, input.sets(), input.question()));
      for (String path : input.sets()) {
        if (!seen.add(path)) {
          throw new IllegalArgumentException("uncertain key " + path + " is given twice");
        }
        ScenarioKey key = ScenarioKeys.key(base, path);
        if (distribution.lower() < key.min() || distribution.upper() > key.max()) {
          throw new IllegalArgumentException(
              path
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
      if (!names.add(input.key())) {
        throw new IllegalArgumentException("uncertain input " + input.key() + " is given twice");
      }
    }
    if (!correlations.isEmpty()) {
      RankCorrelation.ofPairs(inputNames(within), correlations); // throws when not usable
    }
    base = atBase;
    inputs = List.copyOf(within);
  }

  /** Uncertain inputs, independent of each other. */
  public UncertainScenario(Scenario base, List<UncertainInput> inputs) {
    this(base, inputs, List.of());
  }

  private static String bound(double value) {
    return value == Double.MIN_VALUE ? "0 (exclusive)" : Double.toString(value);
  }

  private static List<String> inputNames(List<UncertainInput> inputs) {
    List<String> names = new ArrayList<>(inputs.size());
    for (UncertainInput input : inputs) {
      names.add(input.key());
    }
    return names;
  }

  /** A scenario without uncertain inputs. */
  public static UncertainScenario certain(Scenario scenario) {
    return new UncertainScenario(scenario, List.of());
  }

  /** The inputs' names, in input order. */
  public List<String> names() {
    return inputNames(inputs);
  }

  /**
   * The key of each input, in input order: the first key it sets, which gives its kind, unit and
   * domain.
   */
  public List<ScenarioKey> keys() {
    List<ScenarioKey> keys = new ArrayList<>(inputs.size());
    for (UncertainInput input : inputs) {
      keys.add(ScenarioKeys.key(base, input.sets().get(0)));
    }
    return keys;
  }

  /** The question to ask about input {@code i}: the scenario's words, else its first key's. */
  public String question(int i) {
    UncertainInput input = inputs.get(i);
    return input.question() != null
        ? input.question()
        : ScenarioKeys.key(base, input.sets().get(0)).question();
  }

  /**
   * The correlation matrix of the inputs, in input order; {@code null} when the scenario states no
   * correlation (the inputs are drawn independently).
   */
  public RankCorrelation correlation() {
    return correlations.isEmpty() ? null : RankCorrelation.ofPairs(names(), correlations);
  }

  /**
   * The base scenario with input {@code i} at {@code values[i]} for every input (counts rounded to
   * whole numbers).
   */
  public Scenario at(double[] values) {
    return at(setters(), values);
  }

  /** {@code scenario} with every key of input {@code input} at {@code value}. */
  public Scenario withInput(Scenario scenario, int input, double value) {
    for (String path : inputs.get(input).sets()) {
      ScenarioKey key = ScenarioKeys.key(scenario, path);
      scenario = key.with(scenario, key.coerce(value));
    }
    return scenario;
  }

  /** The keys each input sets, in input order: what {@link #at(List, double[])} takes. */
  List<List<ScenarioKey>> setters() {
    List<List<ScenarioKey>> setters = new ArrayList<>(inputs.size());
    for (UncertainInput input : inputs) {
      List<ScenarioKey> keys = new ArrayList<>(input.sets().size());
      for (String path : input.sets()) {
        keys.add(ScenarioKeys.key(base, path));
      }
      setters.add(keys);
    }
    return setters;
  }

  Scenario at(List<List<ScenarioKey>> setters, double[] values) {
    if (values.length != setters.size()) {
      throw new IllegalArgumentException(
          "expected " + setters.size() + " values, one per uncertain input, got " + values.length);
    }
    Scenario scenario = base;
    for (int i = 0; i < values.length; i++) {
      for (ScenarioKey key : setters.get(i)) {
        scenario = key.with(scenario, key.coerce(values[i]));
      }
    }
    return scenario;
  }
}

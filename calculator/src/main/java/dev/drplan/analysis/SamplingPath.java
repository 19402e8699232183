package dev.drplan.analysis;

import dev.drplan.model.SamplingEvaluator;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Monte Carlo's fast path for one run (docs/model.md, "Monte Carlo"): the {@link SamplingEvaluator}
 * of the base scenario, and for each uncertain input the state slots it sets. Decided once per run
 * by {@link #of}: when some sampled key cannot be set as slots of that state, or some {@link
 * Metric} is not one of its figures, there is no fast path and every sample goes through {@link
 * dev.drplan.model.Evaluator}, the definition.
 *
 * <p>A key is supported when setting it in the base scenario (through its own {@link
 * ScenarioKey#with}, the lens every sample of the reference path uses) to two probe values changes
 * the same state slots, each to exactly the value set, and no slot the state holds fixed (the
 * horizon). Linked keys ({@code dataset.average_file_size} and the object size of options that copy
 * files as objects) thereby set every slot they change.
 */
public final class SamplingPath {
  final SamplingEvaluator evaluator;
  private final Scenario scenario;
  private final double[] base;

  /** slots[j]: the state slots input j sets, in order of its keys. */
  private final int[][] slots;

  /** keys[j][k]: the key that sets slots[j][k], for its rounding of counts. */
  private final ScenarioKey[][] keys;

  /** For each {@link Metric}, its index in a pair's figures. */
  final int[] metricIndex;

  private SamplingPath(
      SamplingEvaluator evaluator,
      Scenario scenario,
      int[][] slots,
      ScenarioKey[][] keys,
      int[] metricIndex) {
    this.evaluator = evaluator;
    this.scenario = scenario;
    this.base = evaluator.baseState();
    this.slots = slots;
    this.keys = keys;
    this.metricIndex = metricIndex;
  }

  /** The evaluator of the run's scenarios. */
  public SamplingEvaluator evaluator() {
    return evaluator;
  }

  /** The fast path of {@code uncertain}, or {@code null} when it has none (see the class). */
  public static SamplingPath of(UncertainScenario uncertain) {
    try {
      return compile(uncertain);
    } catch (Unsupported unsupported) {
      return null;
    }
  }

  /** Why {@code uncertain} has no fast path, in a few words; {@code null} when it has one. */
  public static String whyNot(UncertainScenario uncertain) {
    try {
      compile(uncertain);
      return null;
    } catch (Unsupported unsupported) {
      return unsupported.getMessage();
    }
  }

  /** What the sampling path cannot take; never leaves this class. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message, null, false, false);
    }
  }

  private static SamplingPath compile(UncertainScenario uncertain) throws Unsupported {
    Metric[] metrics = Metric.values();
    int[] metricIndex = new int[metrics.length];
    for (int m = 0; m < metrics.length; m++) {
      metricIndex[m] = SamplingEvaluator.figureIndex(metrics[m].figure());
      if (metricIndex[m] < 0) {
        throw new Unsupported("no figure " + metrics[m].id());
      }
    }
    Scenario scenario = uncertain.base();
    SamplingEvaluator evaluator;
    double[] baseState;
    try {
      evaluator = SamplingEvaluator.of(scenario);
      baseState = evaluator.state(scenario);
    } catch (RuntimeException e) {
      throw new Unsupported("the scenario: " + e.getMessage());
    }
    List<UncertainInput> inputs = uncertain.inputs();
    int[][] slots = new int[inputs.size()][];
    ScenarioKey[][] keys = new ScenarioKey[inputs.size()][];
    for (int j = 0; j < inputs.size(); j++) {
      UncertainInput input = inputs.get(j);
      List<Integer> inputSlots = new ArrayList<>();
      List<ScenarioKey> inputKeys = new ArrayList<>();
      for (String path : input.sets()) {
        ScenarioKey key = ScenarioKeys.key(scenario, path);
        String problem = null;
        int[] found = null;
        try {
          found =
              slotsOf(
                  evaluator,
                  baseState,
                  scenario,
                  key,
                  input.distribution().lower(),
                  input.distribution().upper());
        } catch (IllegalStateException e) {
          problem = e.getMessage();
        }
        if (found == null) {
          throw new Unsupported("key " + path + (problem == null ? "" : ": " + problem));
        }
        for (int slot : found) {
          inputSlots.add(slot);
          inputKeys.add(key);
        }
      }
      slots[j] = inputSlots.stream().mapToInt(Integer::intValue).toArray();
      keys[j] = inputKeys.toArray(new ScenarioKey[0]);
    }
    return new SamplingPath(evaluator, scenario, slots, keys, metricIndex);
  }

  /**
   * The slots {@code key} sets, found by setting it to two probe values inside [lower, upper].
   *
   * @throws IllegalStateException saying why, when it does not set slots to the value alone
   */
  private static int[] slotsOf(
      SamplingEvaluator evaluator,
      double[] baseState,
      Scenario scenario,
      ScenarioKey key,
      double lower,
      double upper) {
    double at = key.get(scenario);
    double[] probes = probes(key, lower, upper, at);
    if (probes.length == 0) {
      throw new IllegalStateException("no value to probe it with");
    }
    int[] found = null;
    for (double probe : probes) {
      double[] state;
      try {
        state = evaluator.state(key.with(scenario, probe));
      } catch (RuntimeException e) {
        throw new IllegalStateException("set to " + probe + ": " + e.getMessage(), e);
      }
      List<Integer> changed = new ArrayList<>();
      for (int slot = 0; slot < state.length; slot++) {
        if (Double.compare(state[slot], baseState[slot]) != 0) {
          if (Double.compare(state[slot], probe) != 0) {
            throw new IllegalStateException(
                "set to " + probe + ", slot " + slot + " holds " + state[slot]);
          }
          changed.add(slot);
        }
      }
      int[] slots = changed.stream().mapToInt(Integer::intValue).toArray();
      if (slots.length == 0) {
        throw new IllegalStateException("set to " + probe + ", no slot changes");
      }
      if (found != null && !Arrays.equals(found, slots)) {
        throw new IllegalStateException("the slots it sets depend on its value");
      }
      for (int fixed : evaluator.fixedSlots()) {
        if (Arrays.stream(slots).anyMatch(slot -> slot == fixed)) {
          throw new IllegalStateException("it sets what a run holds fixed");
        }
      }
      found = slots;
    }
    return found;
  }

  /**
   * Two values the key admits, inside [lower, upper] where it is finite, neither equal to the base
   * value {@code at}: halfway to each end of the range.
   */
  private static double[] probes(ScenarioKey key, double rangeLower, double rangeUpper, double at) {
    double lower = Math.max(rangeLower, key.min());
    double upper = Math.min(rangeUpper, key.max());
    double[] candidates = {
      Double.isInfinite(lower) ? at / 2 : (lower + at) / 2,
      Double.isInfinite(upper) ? at * 2 : (at + upper) / 2,
      at / 2,
      at * 2,
      at + 1,
      at - 1
    };
    double[] probes = new double[2];
    int found = 0;
    for (double candidate : candidates) {
      double value = key.coerce(candidate);
      if (found < 2 && key.admits(value) && value != at && (found == 0 || value != probes[0])) {
        probes[found++] = value;
      }
    }
    return Arrays.copyOf(probes, found);
  }

  /**
   * Writes the base state with input j at {@code values[j]} (counts rounded) into {@code state}.
   */
  public void state(double[] values, double[] state) {
    System.arraycopy(base, 0, state, 0, base.length);
    for (int j = 0; j < values.length; j++) {
      int[] inputSlots = slots[j];
      ScenarioKey[] inputKeys = keys[j];
      for (int k = 0; k < inputSlots.length; k++) {
        state[inputSlots[k]] = inputKeys[k].coerce(values[j]);
      }
    }
  }

  /**
   * Evaluates the sample whose input values are {@code values} into {@code out}, {@code state} as
   * scratch; false when this path cannot represent it (a count beyond a long, a figure outside a
   * double), and the caller must evaluate it by {@link dev.drplan.model.Evaluator}, which fails on
   * such a sample with its own message naming what broke.
   */
  public boolean evaluate(double[] values, double[] state, SamplingEvaluator.Sample out) {
    state(values, state);
    try {
      evaluator.evaluate(state, out);
    } catch (ArithmeticException outOfRange) {
      return false;
    }
    return representable(out.figures);
  }

  /**
   * Whether a sample's figures are what the reference could give: seed, RPO and RTO a number or NaN
   * (cannot exist), never infinite; the costs and the rate finite.
   */
  private static boolean representable(double[] figures) {
    for (int f = 0; f < figures.length; f += SamplingEvaluator.FIGURES) {
      // Seed, RPO and RTO may be NaN (they cannot exist), never infinite; the rest are finite,
      // and so is their sum (each below 1e20).
      double exist = 0;
      for (int k = SamplingEvaluator.RTO + 1; k < SamplingEvaluator.FIGURES; k++) {
        exist += figures[f + k];
      }
      if (Math.abs(figures[f]) == Double.POSITIVE_INFINITY
          || Math.abs(figures[f + 1]) == Double.POSITIVE_INFINITY
          || Math.abs(figures[f + 2]) == Double.POSITIVE_INFINITY
          || !(Math.abs(exist) <= Double.MAX_VALUE)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Evaluates the base scenario with only input {@code input} at {@code value} (its keys coerced as
   * {@link UncertainScenario#withInput} sets them) into {@code out}; false as {@link #evaluate} is.
   */
  public boolean evaluateWith(
      int input, double value, double[] state, SamplingEvaluator.Sample out) {
    System.arraycopy(base, 0, state, 0, base.length);
    int[] inputSlots = slots[input];
    ScenarioKey[] inputKeys = keys[input];
    for (int k = 0; k < inputSlots.length; k++) {
      state[inputSlots[k]] = inputKeys[k].coerce(value);
    }
    return evaluateState(state, out);
  }

  private boolean evaluateState(double[] state, SamplingEvaluator.Sample out) {
    try {
      evaluator.evaluate(state, out);
    } catch (ArithmeticException outOfRange) {
      return false;
    }
    return representable(out.figures);
  }

  /**
   * The state slots one key of the base scenario sets, for {@link #evaluateWith(KeySlots, double,
   * double[], SamplingEvaluator.Sample)}: a key that is none of the run's inputs, such as an
   * uncertain catalog figure (docs/model.md §8).
   */
  public static final class KeySlots {
    private final ScenarioKey key;
    private final int[] slots;

    private KeySlots(ScenarioKey key, int[] slots) {
      this.key = key;
      this.slots = slots;
    }
  }

  /**
   * The slots {@code key} of the base scenario sets, found as an input's are (probed within [lower,
   * upper]), or {@code null} when this path cannot take it: its values then go through {@link
   * dev.drplan.model.Evaluator}.
   */
  public KeySlots slotsOf(ScenarioKey key, double lower, double upper) {
    try {
      return new KeySlots(key, slotsOf(evaluator, base, scenario, key, lower, upper));
    } catch (IllegalStateException unsupported) {
      return null;
    }
  }

  /**
   * Evaluates the base scenario with only {@code key}'s slots at {@code value} (coerced as {@link
   * ScenarioKey#with} sets it) into {@code out}; false as {@link #evaluate} is.
   */
  public boolean evaluateWith(
      KeySlots key, double value, double[] state, SamplingEvaluator.Sample out) {
    System.arraycopy(base, 0, state, 0, base.length);
    double coerced = key.key.coerce(value);
    for (int slot : key.slots) {
      state[slot] = coerced;
    }
    return evaluateState(state, out);
  }

  /** A state array of the right length. */
  public double[] newState() {
    return base.clone();
  }
}

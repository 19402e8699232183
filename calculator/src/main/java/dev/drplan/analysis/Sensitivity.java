package dev.drplan.analysis;

import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One-at-a-time sensitivity: which uncertain input moves a figure most. Deterministic. */
public final class Sensitivity {
  private Sensitivity() {}

  /**
   * The tornado of {@code metric} for one pair: each uncertain input at its P10 and at its P90 with
   * every other input at its base, the metric at both ends, sorted by swing |high − low| (widest
   * first; a figure that exists at one end only is an infinite swing and comes first; ties by key
   * path).
   *
   * @param configuration the pair's configuration, or {@code null} for the configuration of the
   *     base scenario's recommendation (the first configuration when nothing is feasible)
   * @param option the pair's option, or {@code null} for the option of the base scenario's
   *     recommendation (the first option when nothing is feasible)
   * @throws IllegalArgumentException if the scenario has no such pair
   */
  public static Tornado tornado(
      UncertainScenario uncertain, Metric metric, String configuration, String option) {
    Scenario base = uncertain.base();
    Evaluation evaluation = Evaluator.evaluate(base);
    String chosenConfiguration =
        configuration != null
            ? configuration
            : evaluation.recommendation().configuration() != null
                ? evaluation.recommendation().configuration()
                : evaluation.results().get(0).configuration();
    String chosenOption =
        option != null
            ? option
            : evaluation.recommendation().option() != null
                ? evaluation.recommendation().option()
                : evaluation.results().get(0).option();
    OptionResult basePair = pair(evaluation, chosenConfiguration, chosenOption);
    Double baseValue = metric.of(basePair);
    List<TornadoBar> bars = new ArrayList<>();
    List<ScenarioKey> keys = uncertain.keys();
    for (int i = 0; i < keys.size(); i++) {
      ScenarioKey key = keys.get(i);
      Distribution distribution = uncertain.inputs().get(i).distribution();
      double low = key.coerce(distribution.p10());
      double high = key.coerce(distribution.p90());
      OptionResult lowPair =
          pair(
              Evaluator.evaluate(uncertain.withInput(base, i, low)),
              chosenConfiguration,
              chosenOption);
      OptionResult highPair =
          pair(
              Evaluator.evaluate(uncertain.withInput(base, i, high)),
              chosenConfiguration,
              chosenOption);
      Double atLow = metric.of(lowPair);
      Double atHigh = metric.of(highPair);
      Double swing;
      if (atLow == null && atHigh == null) {
        swing = 0.0;
      } else if (atLow == null || atHigh == null) {
        swing = null;
      } else {
        swing = Math.abs(atHigh - atLow);
      }
      bars.add(
          new TornadoBar(
              uncertain.inputs().get(i).key(),
              key.kind(),
              low,
              high,
              key.coerce(distribution.base()),
              atLow,
              atHigh,
              swing,
              blocking(lowPair),
              blocking(highPair)));
    }
    bars.sort(
        Comparator.comparingDouble(
                (TornadoBar bar) -> bar.swing() == null ? Double.NEGATIVE_INFINITY : -bar.swing())
            .thenComparing(TornadoBar::key));
    return new Tornado(
        metric,
        chosenConfiguration,
        chosenOption,
        baseValue,
        blocking(basePair),
        bars,
        basePair.costLines().notPriced());
  }

  /**
   * The reasons that make the pair infeasible (§8), so that a figure read at a point where the pair
   * cannot be chosen says so: a cost at a P90 where the copies fall behind is no plan's cost.
   */
  private static List<Reason> blocking(OptionResult pair) {
    return pair.reasons();
  }

  static OptionResult pair(Evaluation evaluation, String configuration, String option) {
    for (OptionResult result : evaluation.results()) {
      if (result.configuration().equals(configuration) && result.option().equals(option)) {
        return result;
      }
    }
    List<String> pairs = new ArrayList<>();
    for (OptionResult result : evaluation.results()) {
      pairs.add(result.configuration() + "/" + result.option());
    }
    throw new IllegalArgumentException(
        "no pair "
            + configuration
            + "/"
            + option
            + " in "
            + evaluation.scenario()
            + "; pairs are "
            + String.join(", ", pairs));
  }
}

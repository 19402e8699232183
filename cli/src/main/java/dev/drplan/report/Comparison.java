package dev.drplan.report;

import dev.drplan.analysis.UncertainVerdicts;
import dev.drplan.model.ConfigurationResult;
import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.scenario.Scenario;
import java.util.Objects;

/**
 * What every comparison report reads: the scenario as loaded (for its objectives, catalog and
 * assumptions) and the engine's evaluation of it.
 */
public record Comparison(Scenario scenario, Evaluation evaluation) {
  public Comparison {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(evaluation, "evaluation");
  }

  /**
   * Evaluates {@code scenario} (docs/model.md §1–§8), with a note wherever a verdict rests on an
   * uncertain catalog figure (§8).
   */
  public static Comparison of(Scenario scenario) {
    return new Comparison(
        scenario, UncertainVerdicts.annotate(scenario, Evaluator.evaluate(scenario)));
  }

  /** The sized configuration called {@code name}. */
  public ConfigurationResult configuration(String name) {
    for (ConfigurationResult configuration : evaluation.configurations()) {
      if (configuration.configuration().equals(name)) {
        return configuration;
      }
    }
    throw new IllegalArgumentException("no configuration " + name);
  }
}

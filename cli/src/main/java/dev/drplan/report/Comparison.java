package dev.drplan.report;

import dev.drplan.analysis.PairRemedies;
import dev.drplan.analysis.Remedies;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.analysis.UncertainVerdicts;
import dev.drplan.model.ConfigurationResult;
import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.scenario.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * What every comparison report reads: the scenario as loaded (for its objectives, catalog and
 * assumptions), the engine's evaluation of it, the remedies of its infeasible pairs, and the names
 * of its uncertain inputs (its distributions, at their base values here), empty when it has none or
 * they were not read.
 */
public record Comparison(
    Scenario scenario,
    Evaluation evaluation,
    List<PairRemedies> remedies,
    List<String> uncertainInputs) {
  public Comparison {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(evaluation, "evaluation");
    remedies = List.copyOf(remedies);
    uncertainInputs = List.copyOf(uncertainInputs);
  }

  /** The comparison of an evaluated scenario, its remedies searched (docs/model.md, "Remedies"). */
  public Comparison(Scenario scenario, Evaluation evaluation) {
    this(scenario, evaluation, Remedies.of(scenario, evaluation), List.of());
  }

  /** This comparison, saying that the named inputs are uncertain (compare reads them at base). */
  public Comparison withUncertainInputs(List<String> names) {
    return new Comparison(scenario, evaluation, remedies, names);
  }

  /**
   * Evaluates {@code scenario} (docs/model.md §1–§8), its change profile replayed if it has one,
   * with a note wherever a verdict rests on an uncertain catalog figure (§8), and searches its
   * remedies.
   */
  public static Comparison of(Scenario scenario) {
    return of(UncertainScenario.certain(scenario));
  }

  /**
   * Evaluates {@code uncertain} at the base value of every distribution (docs/model.md §1–§8), its
   * change profile replayed if it has one, with a note wherever a verdict rests on an uncertain
   * catalog figure and, on the recommendation, where it changes within the range of any uncertain
   * input (§8); searches its remedies; and names its distributions.
   */
  public static Comparison of(UncertainScenario uncertain) {
    Scenario scenario = uncertain.base();
    return new Comparison(
            scenario,
            UncertainVerdicts.annotate(uncertain, Evaluator.evaluateWithBacklog(scenario)))
        .withUncertainInputs(uncertain.names());
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

  /** The remedies of {@code result}'s pair, or {@code null} when it is feasible. */
  public PairRemedies remedies(OptionResult result) {
    for (PairRemedies pair : remedies) {
      if (pair.configuration().equals(result.configuration())
          && pair.option().equals(result.option())) {
        return pair;
      }
    }
    return null;
  }
}

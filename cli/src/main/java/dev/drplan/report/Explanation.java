package dev.drplan.report;

import dev.drplan.analysis.UncertainVerdicts;
import dev.drplan.model.Derivation;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Subject;
import dev.drplan.scenario.Scenario;
import java.util.List;

/**
 * How the engine computed the figures of one (configuration, option) pair: every {@link Derivation}
 * the figure definitions give for it, and the pair's result.
 */
public record Explanation(
    String scenario,
    String configuration,
    String option,
    List<Derivation> steps,
    OptionResult result) {

  public Explanation {
    steps = List.copyOf(steps);
  }

  /**
   * Evaluates the scenario and derives every figure of one pair.
   *
   * @throws IllegalArgumentException if the scenario has no such configuration or option
   */
  public static Explanation of(Scenario scenario, String configuration, String option) {
    Subject subject = Subject.of(scenario, configuration, option);
    // The verdict's notes include those that say it rests on an uncertain figure (§8).
    OptionResult result = subject.result();
    for (OptionResult annotated :
        UncertainVerdicts.annotate(scenario, subject.evaluation()).results()) {
      if (annotated.configuration().equals(configuration) && annotated.option().equals(option)) {
        result = annotated;
      }
    }
    return new Explanation(scenario.name(), configuration, option, subject.derivations(), result);
  }
}

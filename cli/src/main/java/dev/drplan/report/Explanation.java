package dev.drplan.report;

import dev.drplan.analysis.PairRemedies;
import dev.drplan.analysis.Remedies;
import dev.drplan.analysis.Remedy;
import dev.drplan.analysis.UncertainVerdicts;
import dev.drplan.model.Derivation;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Subject;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * How the engine computed the figures of one (configuration, option) pair: every {@link Derivation}
 * the figure definitions give for it, the pair's result, and when it is infeasible the single
 * changes that would make it feasible, best first, in words (docs/model.md, "Remedies").
 */
public record Explanation(
    String scenario,
    String configuration,
    String option,
    List<Derivation> steps,
    OptionResult result,
    List<String> remedies) {

  public Explanation {
    steps = List.copyOf(steps);
    remedies = List.copyOf(remedies);
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
    PairRemedies pair = Remedies.ofPair(scenario, subject.evaluation(), configuration, option);
    List<String> remedies = new ArrayList<>();
    if (pair != null) {
      for (Remedy remedy : pair.remedies()) {
        remedies.add(RemedyText.sentence(scenario, remedy));
      }
      if (remedies.isEmpty()) {
        remedies.add(RemedyText.best(scenario, pair));
      }
    }
    return new Explanation(
        scenario.name(), configuration, option, subject.derivations(), result, remedies);
  }
}

package dev.drplan.report;

import dev.drplan.model.Derivation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Trace;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * How the engine computed the figures of one (configuration, option) pair: every {@link Derivation}
 * in the order the engine made it, and the pair's result.
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
   * Evaluates one pair with its trace on.
   *
   * @throws IllegalArgumentException if the scenario has no such configuration or option
   */
  public static Explanation of(Scenario scenario, String configuration, String option) {
    List<Derivation> steps = new ArrayList<>();
    Trace trace =
        new Trace() {
          @Override
          public boolean enabled() {
            return true;
          }

          @Override
          public void step(Derivation derivation) {
            steps.add(derivation);
          }
        };
    OptionResult result = Evaluator.explain(scenario, configuration, option, trace);
    return new Explanation(scenario.name(), configuration, option, steps, result);
  }
}

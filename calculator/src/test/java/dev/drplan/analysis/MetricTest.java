package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.scenario.Scenario;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class MetricTest {

  /**
   * Monte Carlo reads each metric straight from the result; the registry ({@link Metric#figure()})
   * is the definition. Both must give the same bits, a figure that cannot exist (NaN) included:
   * small data, large data and too few circuits reach feasible and infeasible pairs, converging and
   * never-converging seeds.
   */
  @Property(tries = 200)
  void theDirectReadIsTheRegistrysRead(
      @ForAll @DoubleRange(min = 0.01, max = 2000) double petabytes,
      @ForAll @DoubleRange(min = 0.0001, max = 0.2) @Scale(6) double dailyChange,
      @ForAll @IntRange(min = 1, max = 8) int circuits) {
    Scenario simple = Scenarios.simple(petabytes, dailyChange, circuits);
    Scenario walmart =
        ScenarioKeys.key(Scenarios.walmart(), "dataset.logical_size")
            .with(Scenarios.walmart(), petabytes * 1e15);
    for (Scenario scenario : new Scenario[] {simple, walmart}) {
      for (OptionResult result : Evaluator.evaluate(scenario).results()) {
        for (Metric metric : Metric.values()) {
          assertThat(Double.doubleToRawLongBits(metric.valueOrNaN(result)))
              .as("%s of %s/%s", metric, result.configuration(), result.option())
              .isEqualTo(Double.doubleToRawLongBits(metric.figure().canonical(result)));
        }
      }
    }
  }
}

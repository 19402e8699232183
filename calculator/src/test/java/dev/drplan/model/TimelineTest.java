package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.drplan.scenario.Scenario;
import dev.drplan.units.TimeSpan;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class TimelineTest {

  @Property(tries = 200)
  void theMonthlySeriesIsTheCompoundGrowthFormula(
      @ForAll @DoubleRange(min = -0.9, max = 2) double growth,
      @ForAll @IntRange(min = 1, max = 1200) int months) {
    Scenario scenario = Fixtures.scenario(Fixtures.dataset(80, growth, 0.01), List.of());
    double[] series = Timeline.growthSeries(scenario, months);
    for (int m = 0; m < months; m++) {
      assertThat(series[m])
          .isCloseTo(
              DataGrowth.logicalAt(scenario.dataset(), TimeSpan.ofMonths(m)).bytes(),
              withinPercentage(1e-9));
    }
    assertThat(series[0]).isEqualTo(80e15);
  }
}

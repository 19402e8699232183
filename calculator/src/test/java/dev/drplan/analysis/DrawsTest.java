package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.analysis.decision.RankCorrelation;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

class DrawsTest {

  private static final List<UncertainInput> INPUTS =
      List.of(
          new UncertainInput("dataset.annual_growth", new Distribution.Triangular(0.25, 0.45, 0.6)),
          new UncertainInput(
              "dataset.daily_change", new Distribution.Triangular(0.0025, 0.005, 0.015)),
          new UncertainInput("network.efficiency", new Distribution.Uniform(0.6, 0.9)));

  private static double[] sorted(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  /**
   * A block re-paired to rank correlation 0.6 between growth and daily change keeps every value
   * each input drew; the pair's rank correlation over a block of 2,048 is 0.6 within sampling error
   * ((1 − 0.36)/√2,048 ≈ 0.014, so 0.06 is four of those), and the input left out stays as drawn.
   */
  @Test
  void aCorrelatedBlockKeepsItsValuesAndReachesTheRankCorrelation() {
    UncertainScenario independent = new UncertainScenario(Scenarios.walmart(), INPUTS);
    UncertainScenario correlated =
        new UncertainScenario(
            Scenarios.walmart(),
            INPUTS,
            List.of(
                new RankCorrelation.Pair("dataset.annual_growth", "dataset.daily_change", 0.6)));
    double[][] free = new Draws(independent, 77).block(3, MonteCarlo.BLOCK);
    double[][] paired = new Draws(correlated, 77).block(3, MonteCarlo.BLOCK);
    for (int j = 0; j < INPUTS.size(); j++) {
      assertThat(sorted(paired[j])).isEqualTo(sorted(free[j]));
    }
    assertThat(paired[2]).isEqualTo(free[2]);
    SpearmansCorrelation spearman = new SpearmansCorrelation();
    assertThat(spearman.correlation(free[0], free[1])).isCloseTo(0, within(0.09));
    assertThat(spearman.correlation(paired[0], paired[1])).isCloseTo(0.6, within(0.06));
    // A block depends on the seed and its number only.
    assertThat(new Draws(correlated, 77).block(3, MonteCarlo.BLOCK)).isEqualTo(paired);
  }

  @Test
  void monteCarloDrawsTheCorrelatedInputsTheSameWhateverTheThreads() {
    UncertainScenario correlated =
        new UncertainScenario(
            Scenarios.walmart(),
            INPUTS,
            List.of(new RankCorrelation.Pair("network.efficiency", "dataset.daily_change", -0.5)));
    MonteCarloResult one = MonteCarlo.run(correlated, 5_000, 3, 1);
    MonteCarloResult four = MonteCarlo.run(correlated, 5_000, 3, 4);
    assertThat(four.pairs()).isEqualTo(one.pairs());
  }

  @Test
  void aCorrelationNamesInputsTheScenarioHas() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new UncertainScenario(
                    Scenarios.walmart(),
                    INPUTS,
                    List.of(
                        new RankCorrelation.Pair(
                            "network.efficiency", "dataset.logical_size", 0.5))))
        .hasMessageContaining("dataset.logical_size");
  }
}

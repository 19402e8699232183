package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.scenario.Scenario;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class DistributionTest {

  @Test
  void basesArePerTheBrief() {
    assertThat(new Distribution.Triangular(1, 2, 6).base()).isEqualTo(2);
    assertThat(new Distribution.Pert(1, 2, 6).base()).isEqualTo(2);
    assertThat(new Distribution.Uniform(1, 6).base()).isEqualTo((1 + 6) / 2.0);
    assertThat(Distribution.Normal.of(10, 2).base()).isCloseTo(10, within(1e-9));
    assertThat(new Distribution.LogNormal(80, 150).base()).isEqualTo(80);
  }

  @Test
  void quantilesByHand() {
    // Triangular(0, 0, 10): F(x) = 1 − (1 − x/10)², so P10 = 10 · (1 − sqrt(0.9)).
    assertThat(new Distribution.Triangular(0, 0, 10).p10())
        .isCloseTo(10 * (1 - Math.sqrt(0.9)), within(1e-12));
    // Triangular(0, 10, 10): F(x) = (x/10)², so P90 = 10 · sqrt(0.9).
    assertThat(new Distribution.Triangular(0, 10, 10).p90())
        .isCloseTo(10 * Math.sqrt(0.9), within(1e-12));
    assertThat(new Distribution.Uniform(100, 200).p10()).isCloseTo(100 + 0.1 * 100, within(1e-12));
    assertThat(Distribution.Normal.of(10, 2).p90())
        .isCloseTo(10 + 2 * 1.2815515655446004, within(1e-9));
    assertThat(new Distribution.LogNormal(80, 150).p90()).isEqualTo(150);
    assertThat(new Distribution.LogNormal(80, 150).quantile(0.9)).isCloseTo(150, within(1e-6));
    assertThat(new Distribution.LogNormal(80, 150).p10()).isCloseTo(80 * 80 / 150.0, within(1e-6));
    // Normal truncated symmetrically: the median stays at the mean.
    assertThat(new Distribution.Normal(0.5, 0.2, 0, 1).base()).isCloseTo(0.5, within(1e-9));
    // Truncated to [mean, ∞): the median is the unconditional P75.
    assertThat(new Distribution.Normal(0, 1, 0, Double.POSITIVE_INFINITY).base())
        .isCloseTo(0.6744897501960817, within(1e-9));
  }

  @Test
  void pertIsAScaledBeta() {
    Distribution.Pert pert = new Distribution.Pert(10, 20, 60);
    assertThat(pert.alpha()).isEqualTo(1 + 4 * (20 - 10) / (60.0 - 10));
    assertThat(pert.beta()).isEqualTo(1 + 4 * (60 - 20) / (60.0 - 10));
    assertThat(pert.mean()).isEqualTo((10 + 4 * 20 + 60) / 6.0);
    // Symmetric PERT: Beta(3, 3), median in the middle.
    assertThat(new Distribution.Pert(0, 5, 10).quantile(0.5)).isCloseTo(5, within(1e-9));
  }

  @Test
  void validationMessagesNameTheParameter() {
    assertThatThrownBy(() -> new Distribution.Triangular(5, 1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "triangular: mode must be between min and max, was min 5.0, mode 1.0, max 10.0");
    assertThatThrownBy(() -> new Distribution.Pert(10, 10, 10))
        .hasMessage("pert: min must be below max, was min 10.0, max 10.0");
    assertThatThrownBy(() -> new Distribution.Uniform(3, 1))
        .hasMessage("uniform: min must be below max, was min 3.0, max 1.0");
    assertThatThrownBy(() -> Distribution.Normal.of(1, 0))
        .hasMessage("normal: sd must be above 0, was 0.0");
    assertThatThrownBy(() -> new Distribution.Normal(1, 1, 2, 1))
        .hasMessage("normal: lower must be below upper, was lower 2.0, upper 1.0");
    assertThatThrownBy(() -> new Distribution.Normal(0, 1, 50, 60))
        .hasMessageContaining("keeps no probability");
    assertThatThrownBy(() -> new Distribution.LogNormal(0, 1))
        .hasMessage("lognormal: median must be above 0, was 0.0");
    assertThatThrownBy(() -> new Distribution.LogNormal(10, 5))
        .hasMessage("lognormal: p90 must be above the median, was median 10.0, p90 5.0");
    assertThatThrownBy(() -> new Distribution.Triangular(Double.NaN, 1, 2))
        .hasMessage("triangular: min must be a finite number, was NaN");
    assertThatThrownBy(() -> new Distribution.Uniform(0, 1).quantile(1.5))
        .hasMessage("probability must be in [0, 1], was 1.5");
  }

  @Test
  void inputsMustStayInsideTheKeysDomain() {
    Scenario walmart = Scenarios.walmart();
    assertThatThrownBy(
            () ->
                new UncertainScenario(
                    walmart,
                    List.of(
                        new UncertainInput(
                            "dataset.daily_change", Distribution.Normal.of(0.005, 0.002)))))
        .hasMessage(
            "dataset.daily_change: a normal distribution from -Infinity to Infinity can"
                + " take values outside the key's domain (a finite number in [0, 1]); truncate it"
                + " with lower and upper bounds");
    assertThatThrownBy(
            () ->
                new UncertainScenario(
                    walmart,
                    List.of(
                        new UncertainInput(
                            "dataset.daily_change", new Distribution.Uniform(0, 0.01)),
                        new UncertainInput(
                            "dataset.daily_change", new Distribution.Uniform(0, 0.02)))))
        .hasMessage("uncertain key dataset.daily_change is given twice");
    assertThatThrownBy(
            () ->
                new UncertainScenario(
                    walmart,
                    List.of(
                        new UncertainInput(
                            "dataset.daily_chnage", new Distribution.Uniform(0, 0.01)))))
        .isInstanceOf(UnknownScenarioKeyException.class);
  }

  @Test
  void theUncertainScenarioHoldsEveryKeyAtItsBase() {
    UncertainScenario uncertain =
        new UncertainScenario(
            Scenarios.walmart(),
            List.of(
                new UncertainInput(
                    "dataset.logical_size", new Distribution.Triangular(40e15, 60e15, 160e15)),
                new UncertainInput("network.circuits", new Distribution.Uniform(4, 9)),
                new UncertainInput("objectives.rpo", new Distribution.LogNormal(3600, 7200))));
    assertThat(ScenarioKeys.get(uncertain.base(), "dataset.logical_size")).isEqualTo(60e15);
    assertThat(ScenarioKeys.get(uncertain.base(), "network.circuits")).isEqualTo(Math.rint(6.5));
    assertThat(ScenarioKeys.get(uncertain.base(), "objectives.rpo")).isEqualTo(3600);
  }

  @Property(tries = 50)
  void samplesStayInsideTheSupportAndMatchTheQuantiles(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double min,
      @ForAll @DoubleRange(min = 0, max = 1) double modeShare,
      @ForAll @DoubleRange(min = 0.01, max = 1e6) double width) {
    double max = min + width;
    double mode = min + modeShare * width;
    for (Distribution distribution :
        List.of(
            new Distribution.Triangular(min, mode, max),
            new Distribution.Pert(min, mode, max),
            new Distribution.Uniform(min, max),
            new Distribution.Normal(mode, width / 4, min, max))) {
      DoubleSupplier sampler = distribution.sampler(new Well19937c(42));
      double[] draws = new double[4_000];
      for (int i = 0; i < draws.length; i++) {
        draws[i] = sampler.getAsDouble();
        assertThat(draws[i]).isBetween(min, max);
      }
      Arrays.sort(draws);
      // The empirical P50 of 4,000 draws is within 4 standard errors of the true median:
      // sd(F(median_hat)) = sqrt(0.25 / n) = 0.0079, so F(empirical P50) is within 0.5 ± 0.032.
      double empirical = draws[draws.length / 2];
      assertThat(empirical)
          .as(distribution.toString())
          .isBetween(
              distribution.quantile(0.5 - 0.032) - 1e-9 * width,
              distribution.quantile(0.5 + 0.032) + 1e-9 * width);
    }
  }
}

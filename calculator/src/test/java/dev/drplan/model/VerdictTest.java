package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.Seeding;
import dev.drplan.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

  @Test
  void onATieInCostTheConfigurationThatHoldsTheHorizonWins() {
    // Same DR cost on both configurations; only phase-one (60 D-boxes) holds 10 PB growing 30%/y.
    Scenario scenario =
        Fixtures.scenario(
            Fixtures.dataset(10, 0.30, 0.005),
            List.of(
                Fixtures.archiveCopy("gcs-archive", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY)));
    Evaluation evaluation = Evaluator.evaluate(scenario);
    assertThat(evaluation.configurations().get(0).fitsHorizon()).isFalse();
    assertThat(evaluation.configurations().get(1).fitsHorizon()).isTrue();
    assertThat(evaluation.recommendation().configuration()).isEqualTo("phase-one");
    assertThat(evaluation.recommendation().why())
        .extracting(Reason::code)
        .containsExactly(ReasonCode.RECOMMENDED_ONLY_OPTION, ReasonCode.CONFIGURATION_HOLDS);
  }

  @Test
  void nothingFeasibleRecommendsNothingAndSaysSo() {
    Scenario base =
        Fixtures.scenario(Fixtures.dataset(10, 0.30, 0.005), List.of(Fixtures.namespace(1)));
    Evaluation evaluation = Evaluator.evaluate(base);
    assertThat(evaluation.recommendation().found()).isFalse();
    assertThat(evaluation.recommendation().configuration()).isNull();
    assertThat(evaluation.recommendation().why())
        .extracting(Reason::code)
        .containsExactly(ReasonCode.NOTHING_FEASIBLE);
  }

  @Test
  void whenNoConfigurationHoldsTheHorizonTheLongestLastingIsNamed() {
    Scenario scenario =
        Fixtures.scenario(
            Fixtures.dataset(40, 0.30, 0.005),
            List.of(
                Fixtures.archiveCopy(
                    "gcs-archive", Seeding.NETWORK, Recovery.runInCloud(TimeSpan.ofDays(1)))));
    Evaluation evaluation = Evaluator.evaluate(scenario);
    assertThat(evaluation.configurations()).noneMatch(ConfigurationResult::fitsHorizon);
    assertThat(evaluation.recommendation().configuration()).isEqualTo("phase-one");
    assertThat(evaluation.recommendation().why().get(1).code())
        .isEqualTo(ReasonCode.CONFIGURATION_NEEDS_EXPANSION);
    assertThat(evaluation.recommendation().why().get(1).figures().get("configuration"))
        .isEqualTo("phase-one");
  }
}

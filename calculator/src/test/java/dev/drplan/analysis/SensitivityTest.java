package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityTest {

  private static final double PB = 1e15;

  /**
   * T_seed = L / (R − 0.01 · L / 86,400) with R = circuits · 100 Gbps · 0.8 = circuits · 1e10 B/s.
   */
  private static double seed(double logical, int circuits) {
    return logical / (circuits * 1e10 - 0.01 * logical / 86_400);
  }

  /**
   * 50 PB, 1% daily change, 4 circuits (R = 40 GB/s). Logical size uniform on [40, 60] PB (P10 42,
   * P90 58); circuits uniform on [2.5, 5.5] (P10 2.8 → 3, P90 5.2 → 5); the RTO objective does not
   * move the seed; daily change uniform on [0.1%, 10%] has P90 9.01%, where d0 = 52 GB/s > R and
   * the seed never converges.
   */
  @Test
  void barsAreSortedBySwingWithNeverFirst() {
    UncertainScenario uncertain =
        new UncertainScenario(
            Scenarios.simple(50, 0.01, 4),
            List.of(
                new UncertainInput("objectives.rto", new Distribution.Uniform(86_400, 60 * 86_400)),
                new UncertainInput(
                    "dataset.logical_size", new Distribution.Uniform(40 * PB, 60 * PB)),
                new UncertainInput("network.circuits", new Distribution.Uniform(2.5, 5.5)),
                new UncertainInput("dataset.daily_change", new Distribution.Uniform(0.001, 0.1))));
    Tornado tornado = Sensitivity.tornado(uncertain, Metric.SEED_SECONDS, "minimum", "gcs-archive");

    assertThat(tornado.bars())
        .extracting(TornadoBar::key)
        .containsExactly(
            "dataset.daily_change", "network.circuits", "dataset.logical_size", "objectives.rto");
    // The base takes each input's base: daily change (0.001 + 0.1) / 2, circuits 4, 50 PB.
    double baseChange = (0.001 + 0.1) / 2;
    assertThat(tornado.base())
        .isCloseTo(50 * PB / (4e10 - baseChange * 50 * PB / 86_400), within(1e-3));

    TornadoBar never = tornado.bars().get(0);
    assertThat(never.infiniteSwing()).isTrue();
    assertThat(never.atHigh()).isNull();
    assertThat(never.inputHigh()).isCloseTo(0.001 + 0.9 * (0.1 - 0.001), within(1e-15));

    // Where the seed never converges the pair is infeasible, and the bar says why (§4, §8).
    assertThat(never.feasibleAtLow()).isTrue();
    assertThat(never.feasibleAtHigh()).isFalse();
    assertThat(never.blockedAtHigh())
        .extracting(Reason::code)
        .contains(ReasonCode.SEED_NEVER_CONVERGES);
    assertThat(tornado.feasibleAtBase()).isTrue();
    assertThat(tornado.bars().get(1).feasibleAtHigh()).isTrue();

    // Without the daily-change input the other bars are at 1% daily change, easy to check by hand.
    Tornado byHand =
        Sensitivity.tornado(
            new UncertainScenario(Scenarios.simple(50, 0.01, 4), uncertain.inputs().subList(0, 3)),
            Metric.SEED_SECONDS,
            null,
            null);
    TornadoBar circuits = byHand.bars().get(0);
    assertThat(circuits.key()).isEqualTo("network.circuits");
    assertThat(circuits.inputLow()).isEqualTo(3);
    assertThat(circuits.inputHigh()).isEqualTo(5);
    assertThat(circuits.atLow()).isCloseTo(seed(50 * PB, 3), within(1e-6));
    assertThat(circuits.atHigh()).isCloseTo(seed(50 * PB, 5), within(1e-6));
    assertThat(circuits.swing()).isCloseTo(seed(50 * PB, 3) - seed(50 * PB, 5), within(1e-6));
    TornadoBar logical = byHand.bars().get(1);
    assertThat(logical.inputLow()).isCloseTo(42 * PB, within(1.0));
    assertThat(logical.atHigh()).isCloseTo(seed(58 * PB, 4), within(1e-3));
    assertThat(byHand.bars().get(2).swing()).isZero();
    assertThat(byHand.configuration()).isEqualTo("minimum");
    assertThat(byHand.option()).isEqualTo("gcs-archive");
  }

  @Test
  void anUnknownPairIsReported() {
    UncertainScenario certain = UncertainScenario.certain(Scenarios.simple(50, 0.01, 4));
    assertThatThrownBy(() -> Sensitivity.tornado(certain, Metric.RPO_SECONDS, "minimum", "nope"))
        .hasMessage("no pair minimum/nope in simple; pairs are minimum/gcs-archive");
  }
}

package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.analysis.ResolvedLever.Pricing;
import dev.drplan.scenario.Lever;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeversTest {

  private static ResolvedLever lever(List<ResolvedLever> levers, String path) {
    for (ResolvedLever lever : levers) {
      if (lever.path().equals(path)) {
        return lever;
      }
    }
    throw new AssertionError("no lever " + path);
  }

  @Test
  void walmartHasTheDefaultLeversOfItsKeys() {
    List<ResolvedLever> levers = Levers.of(Scenarios.walmart());
    assertThat(levers)
        .extracting(ResolvedLever::path)
        .containsExactly(
            "primary.configurations.minimum.cboxes",
            "primary.configurations.minimum.dboxes",
            "primary.configurations.phase-one.cboxes",
            "primary.configurations.phase-one.dboxes",
            "network.circuits",
            "objectives.recovery_scope",
            "options.vast-on-z3.max_nodes",
            "options.gcs-archive.copy_engine.hosts",
            "options.gcs-coldline.copy_engine.hosts",
            "options.gcs-archive-nam4-run-in-cloud.copy_engine.hosts",
            "options.gcs-archive-appliance-seed.appliance.in_flight",
            "options.gcs-archive-appliance-seed.copy_engine.hosts");
    ResolvedLever circuits = lever(levers, "network.circuits");
    assertThat(circuits.step()).isEqualTo(1);
    assertThat(circuits.upper()).isEqualTo(4 * 8);
    assertThat(circuits.pricing()).isEqualTo(Pricing.BY_THE_MODEL);
    ResolvedLever clusters = lever(levers, "options.vast-on-z3.max_nodes");
    assertThat(clusters.step()).isEqualTo(250);
    assertThat(clusters.upper()).isEqualTo(16 * 250);
    ResolvedLever scope = lever(levers, "objectives.recovery_scope");
    assertThat(scope.objective()).isTrue();
    assertThat(scope.lower()).isEqualTo(0.01);
    assertThat(scope.upper()).isEqualTo(0.1);
    // 10 in flight: the default bound is 64, more than 4 x 10.
    assertThat(lever(levers, "options.gcs-archive-appliance-seed.appliance.in_flight").upper())
        .isEqualTo(64);
    assertThat(lever(levers, "options.gcs-archive.copy_engine.hosts").priced()).isFalse();
  }

  @Test
  void aDeclaredLeverKeepsTheDefaultsItDoesNotChange() {
    Scenario walmart =
        Scenarios.walmart()
            .withLevers(
                List.of(
                    new Lever("network.circuits", false, null, null, 12.0, Money.ofUsd(500), null),
                    new Lever("dataset.reduction_ratio", false, null, null, 3.5, null, null),
                    Lever.fixed("options.gcs-coldline.copy_engine.hosts")));
    List<ResolvedLever> levers = Levers.of(walmart);
    ResolvedLever circuits = lever(levers, "network.circuits");
    assertThat(circuits.upper()).isEqualTo(12);
    assertThat(circuits.step()).isEqualTo(1);
    assertThat(circuits.monthlyCost()).isEqualTo(Money.ofUsd(500));
    assertThat(circuits.pricing()).isEqualTo(Pricing.BY_THE_SCENARIO);
    assertThat(circuits.declared()).isTrue();
    // No default: a 32nd of the way from 1.5 to its bound 3.5, not priced.
    ResolvedLever reduction = lever(levers, "dataset.reduction_ratio");
    assertThat(reduction.step()).isEqualTo((3.5 - 1.5) / 32);
    assertThat(reduction.lower()).isEqualTo(1.5);
    assertThat(reduction.pricing()).isEqualTo(Pricing.NOT_PRICED);
    assertThat(levers)
        .extracting(ResolvedLever::path)
        .doesNotContain("options.gcs-coldline.copy_engine.hosts");
  }

  @Test
  void aLeverOfOneOptionOrConfigurationRemediesOnlyItsPairs() {
    List<ResolvedLever> levers = Levers.of(Scenarios.walmart());
    assertThat(Levers.of(levers, "minimum", "gcs-archive"))
        .extracting(ResolvedLever::path)
        .containsExactly(
            "primary.configurations.minimum.cboxes",
            "primary.configurations.minimum.dboxes",
            "network.circuits",
            "objectives.recovery_scope",
            "options.gcs-archive.copy_engine.hosts");
  }

  @Test
  void theLastStepMayBeShorterSoTheBoundIsReached() {
    ResolvedLever circuits =
        Levers.of(
                Scenarios.walmart()
                    .withLevers(
                        List.of(new Lever("network.circuits", false, 5.0, null, 20.0, null, null))))
            .stream()
            .filter(l -> l.path().equals("network.circuits"))
            .findFirst()
            .orElseThrow();
    assertThat(circuits.stepsToBound(true)).isEqualTo(3); // 8 → 13 → 18 → 20
    assertThat(circuits.valueAt(2)).isEqualTo(18);
    assertThat(circuits.valueAt(3)).isEqualTo(20);
    assertThat(circuits.stepsToBound(false)).isZero();
  }
}

package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.catalog.ValueKind;
import dev.drplan.model.Evaluator;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioKeysTest {

  private final Scenario walmart = Scenarios.walmart();

  @Test
  void listsEveryKeyOfTheBriefForEachConfigurationAndOption() {
    assertThat(ScenarioKeys.pathsOf(walmart))
        .contains(
            "dataset.logical_size",
            "dataset.annual_growth",
            "dataset.daily_change",
            "dataset.peak_factor",
            "dataset.overwrite_share",
            "dataset.reduction_ratio",
            "dataset.average_file_size",
            "primary.fill_limit",
            "primary.configurations.minimum.dboxes",
            "primary.configurations.phase-one.cboxes",
            "primary.dbox.raw_size",
            "primary.dbox.usable_efficiency",
            "primary.cbox.per_node_replication",
            "network.circuits",
            "network.line_rate",
            "network.efficiency",
            "network.dr_share",
            "network.monthly_port_cost",
            "objectives.rpo",
            "objectives.rto",
            "objectives.recovery_scope",
            "objectives.max_seed",
            "horizon",
            "options.gcs-archive.copy_engine.hosts",
            "options.gcs-archive.copy_engine.streams_per_host",
            "options.gcs-archive.copy_engine.per_stream",
            "options.gcs-archive.copy_engine.host_nic",
            "options.gcs-archive.replication_interval",
            "options.gcs-archive.retention",
            "options.gcs-archive.object_size",
            "options.gcs-archive.prices.storage_per_gib_month",
            "options.gcs-archive.prices.class_a_per_1000",
            "options.gcs-archive.prices.retrieval_per_gib",
            "options.gcs-archive.prices.egress_per_gib",
            "options.gcs-archive-nam4-run-in-cloud.cloud_start_time",
            "options.vast-on-z3.max_nodes",
            "options.vast-on-z3.protection_overhead",
            "options.vast-on-z3.commitment_discount",
            "options.vast-on-z3.replication_interval",
            "options.vast-on-z3.failover_time",
            "options.vast-on-z3.machine.hourly",
            "options.vast-on-z3.machine.local_ssd",
            "options.vast-on-z3.machine.network");
    // One object per file: the object size follows dataset.average_file_size.
    assertThat(ScenarioKeys.pathsOf(walmart))
        .doesNotContain("options.gcs-archive-nam4-run-in-cloud.object_size");
    assertThat(ScenarioKeys.pathsOf(walmart)).doesNotHaveDuplicates();
  }

  @Test
  void everyKeyReadsBackWhatItWrote() {
    for (ScenarioKey key : ScenarioKeys.keysOf(walmart)) {
      double value = key.get(walmart);
      double other =
          key.whole()
              ? value + 1
              : key.max() < Double.POSITIVE_INFINITY
                  ? (key.min() + key.max()) / 2 * 0.97
                  : value * 1.5 + 1;
      Scenario changed = key.with(walmart, other);
      assertThat(key.get(changed)).as(key.path()).isEqualTo(other);
      assertThat(key.get(walmart)).as("the original is unchanged: " + key.path()).isEqualTo(value);
      for (ScenarioKey bystander : ScenarioKeys.keysOf(walmart)) {
        if (!bystander.path().equals(key.path())) {
          assertThat(bystander.get(changed))
              .as(key.path() + " leaves " + bystander.path())
              .isEqualTo(bystander.get(walmart));
        }
      }
      Evaluator.evaluate(changed);
    }
  }

  @Test
  void valuesAreCanonical() {
    assertThat(ScenarioKeys.get(walmart, "dataset.logical_size")).isEqualTo(80e15);
    assertThat(ScenarioKeys.get(walmart, "network.line_rate")).isEqualTo(100e9 / 8);
    assertThat(ScenarioKeys.get(walmart, "objectives.max_seed")).isEqualTo(180 * 86_400.0);
    assertThat(ScenarioKeys.get(walmart, "dataset.annual_growth")).isEqualTo(0.45);
    assertThat(ScenarioKeys.get(walmart, "network.circuits")).isEqualTo(8);
    assertThat(ScenarioKeys.key(walmart, "network.circuits").kind()).isEqualTo(ValueKind.COUNT);
    assertThat(ScenarioKeys.key(walmart, "options.vast-on-z3.machine.hourly").kind())
        .isEqualTo(ValueKind.MONEY);
    assertThat(ScenarioKeys.key(walmart, "objectives.rpo").kind()).isEqualTo(ValueKind.DURATION);
  }

  @Test
  void averageFileSizeMovesTheObjectSizeOfPerFileCopies() {
    Scenario changed =
        ScenarioKeys.with(walmart, "dataset.average_file_size", 64 * Math.pow(2, 20));
    DataCopy perFile = (DataCopy) changed.options().get(3);
    DataCopy packed = (DataCopy) changed.options().get(1);
    assertThat(perFile.objectSize().bytes()).isEqualTo(64 * Math.pow(2, 20));
    assertThat(packed.objectSize().bytes()).isEqualTo(256 * Math.pow(2, 20));
  }

  @Test
  void unknownKeyListsTheValidOnesAndSuggestsTheClosest() {
    UnknownScenarioKeyException e =
        catchThrowableOfType(
            () -> ScenarioKeys.key(walmart, "dataset.logical_sise"),
            UnknownScenarioKeyException.class);
    assertThat(e.suggestion()).isEqualTo("dataset.logical_size");
    assertThat(e.validKeys()).contains("network.circuits", "options.gcs-archive.retention");
    assertThat(e.getMessage())
        .startsWith(
            "unknown scenario key \"dataset.logical_sise\"; did you mean"
                + " \"dataset.logical_size\"?")
        .contains("valid scenario keys: horizon, dataset.logical_size, dataset.annual_growth");
    assertThat(
            catchThrowableOfType(
                    () -> ScenarioKeys.key(walmart, "circuits"), UnknownScenarioKeyException.class)
                .suggestion())
        .isEqualTo("network.circuits");
    assertThat(
            catchThrowableOfType(
                    () -> ScenarioKeys.key(walmart, "zzz"), UnknownScenarioKeyException.class)
                .suggestion())
        .isNull();
  }

  @Test
  void illegalValuesAreRejectedWithTheDomain() {
    assertThatThrownBy(() -> ScenarioKeys.with(walmart, "dataset.daily_change", 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dataset.daily_change must be a finite number in [0, 1], was 1.5");
    assertThatThrownBy(() -> ScenarioKeys.with(walmart, "network.circuits", 2.5))
        .hasMessageContaining("network.circuits must be a whole number");
    assertThatThrownBy(() -> ScenarioKeys.with(walmart, "primary.configurations.minimum.dboxes", 0))
        .hasMessageContaining("a whole number in [1, 1000000], was 0.0");
    assertThatThrownBy(() -> ScenarioKeys.with(walmart, "dataset.logical_size", Double.NaN))
        .hasMessageContaining("was NaN");
  }

  @Test
  void keysFollowTheScenario() {
    List<String> paths = ScenarioKeys.pathsOf(Scenarios.simple(1, 0.01, 2));
    assertThat(paths).doesNotContain("dataset.average_file_size", "options.vast-on-z3.max_nodes");
    assertThat(paths).contains("primary.configurations.minimum.dboxes");
  }

  /** One domain per key: a sweep or solve may not go where the file may not (the file's bound). */
  @Test
  void aKeyHasTheDomainOfItsFileKey() {
    ScenarioKey efficiency = ScenarioKeys.key(walmart, "network.efficiency");
    assertThat(efficiency.domainText()).isEqualTo("a finite number in [0.01, 1]");
    assertThat(efficiency.admits(0.005)).isFalse();
    assertThat(efficiency.admits(1)).isTrue();
    assertThat(ScenarioKeys.key(walmart, "network.circuits").admits(0)).isFalse();
    ScenarioKey horizon = ScenarioKeys.key(walmart, "horizon");
    assertThat(horizon.admits(30 * 365.25 * 86_400)).isTrue();
    assertThat(horizon.admits(101 * 365.25 * 86_400)).isFalse();
    // The data may reach 10^24 B over the horizon: at walmart's size and growth that is sooner
    // than the horizon's own 100 years, so the key stops there.
    double l0 = walmart.dataset().logicalSize().bytes();
    double growth = walmart.dataset().annualGrowth().value();
    double years = Math.log(1e24 / l0) / Math.log1p(growth);
    assertThat(years).isLessThan(100);
    assertThat(horizon.max() / (365.25 * 86_400)).isCloseTo(years, within(1e-9 * years));
    assertThat(horizon.admits(horizon.max())).isTrue();
    assertThat(horizon.admits(Math.nextUp(horizon.max()) * (1 + 1e-12))).isFalse();
    assertThat(l0 * Math.pow(1 + growth, horizon.max() / (365.25 * 86_400)))
        .isLessThanOrEqualTo(1e24);
    assertThat(ScenarioKeys.key(walmart, "dataset.annual_growth").domainText())
        .isEqualTo("a finite number in (-1, 10]");
    assertThat(ScenarioKeys.key(walmart, "options.vast-on-z3.commitment_discount").admits(1))
        .isFalse();
    assertThatThrownBy(() -> ScenarioKeys.with(walmart, "objectives.rpo", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objectives.rpo must be a finite number in [0.001, 31557600000], was 0.0");
  }
}

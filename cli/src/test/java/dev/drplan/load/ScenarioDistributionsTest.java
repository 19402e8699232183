package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.drplan.analysis.Distribution;
import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.analysis.UncertainInput;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numeric values written as distributions: keys, canonical parameters and the base scenario. */
class ScenarioDistributionsTest {

  private static final double PB = 1e15;
  private static final double MB = 1e6;
  private static final double HOUR = 3_600;

  private static String full() {
    return ScenarioLoaderTest.resource("full.yaml");
  }

  private static UncertainScenario loadUncertain(String text) {
    return TestCatalogs.loader().loadUncertain("full.yaml", text);
  }

  private static String replace(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  /** full.yaml with a distribution on each kind of place the format has. */
  static String withDistributions() {
    String text = full();
    text =
        replace(
            text,
            "logical_size: 500 PB",
            "logical_size: {dist: pert, min: 400 PB, mode: 500 PB, max: 800 PB}");
    text =
        replace(
            text,
            "daily_change: 0.5%",
            "daily_change: {dist: triangular, min: 0.25%, mode: 0.5%, max: 2%}");
    text = replace(text, "efficiency: 80%", "efficiency: {dist: uniform, min: 60%, max: 100%}");
    text =
        replace(
            text,
            "minimum:   { cboxes: 4,  dboxes: 20 }",
            "minimum:   { cboxes: 4,  dboxes: {dist: triangular, min: 16, mode: 20, max: 30} }");
    text =
        replace(
            text,
            "per_stream: 100 MB/s",
            "per_stream: {dist: lognormal, median: 100 MB/s, p90: 150 MB/s}");
    text =
        replace(
            text,
            "cloud_start_time: 12 h",
            "cloud_start_time: {dist: normal, mean: 12 h, sd: 3 h, lower: 1 h, upper: 48 h}");
    return text;
  }

  @Test
  void eachDistributionIsRecordedOnItsScenarioKeyInCanonicalUnits() {
    UncertainScenario uncertain = loadUncertain(withDistributions());

    assertThat(uncertain.inputs())
        .containsExactly(
            new UncertainInput(
                "dataset.logical_size", new Distribution.Pert(400 * PB, 500 * PB, 800 * PB)),
            new UncertainInput(
                "dataset.daily_change",
                new Distribution.Triangular(0.25 / 100, 0.5 / 100, 2.0 / 100)),
            new UncertainInput(
                "primary.configurations.minimum.dboxes", new Distribution.Triangular(16, 20, 30)),
            new UncertainInput(
                "network.efficiency", new Distribution.Uniform(60.0 / 100, 100.0 / 100)),
            new UncertainInput(
                "options.gcs-archive.copy_engine.per_stream",
                // Cut at the rate's limits, 1 bps and 1,000 EB/s: P(beyond) is far below 1e-6.
                new Distribution.LogNormal(100 * MB, 150 * MB, 1 / 8.0, 1e21)),
            new UncertainInput(
                "options.gcs-archive-per-file.cloud_start_time",
                new Distribution.Normal(12 * HOUR, 3 * HOUR, 1 * HOUR, 48 * HOUR)));
  }

  @Test
  void theBaseScenarioHoldsModesAndMediansSoCompareSeesTheSingleValues() {
    UncertainScenario uncertain = loadUncertain(withDistributions());
    Scenario single =
        TestCatalogs.loader()
            .load("full.yaml", full().replace("efficiency: 80%", "efficiency: 80%"));

    Scenario base = uncertain.base();
    assertThat(ScenarioKeys.get(base, "dataset.logical_size")).isEqualTo(500 * PB);
    assertThat(ScenarioKeys.get(base, "dataset.daily_change")).isEqualTo(0.5 / 100);
    assertThat(ScenarioKeys.get(base, "primary.configurations.minimum.dboxes")).isEqualTo(20);
    // uniform: the median, (60% + 100%) / 2
    assertThat(ScenarioKeys.get(base, "network.efficiency")).isEqualTo(0.6 + (1.0 - 0.6) / 2);
    assertThat(ScenarioKeys.get(base, "options.gcs-archive.copy_engine.per_stream"))
        .isEqualTo(100 * MB);
    assertThat(ScenarioKeys.get(base, "options.gcs-archive-per-file.cloud_start_time"))
        .isEqualTo(new Distribution.Normal(12 * HOUR, 3 * HOUR, 1 * HOUR, 48 * HOUR).base());
    // Every other key is as in the file without distributions.
    for (String path : ScenarioKeys.pathsOf(single)) {
      if (!List.of("network.efficiency", "options.gcs-archive-per-file.cloud_start_time")
          .contains(path)) {
        assertThat(ScenarioKeys.get(base, path)).as(path).isEqualTo(ScenarioKeys.get(single, path));
      }
    }
    assertThat(TestCatalogs.loader().load("full.yaml", withDistributions())).isEqualTo(base);
  }

  @Test
  void distributionsWhoseModesAreTheSingleValuesLoadToTheSameScenario() {
    String text = full();
    text =
        replace(
            text,
            "logical_size: 500 PB",
            "logical_size: {dist: triangular, min: 400 PB, mode: 500 PB, max: 800 PB}");
    text =
        replace(
            text,
            "per_stream: 100 MB/s",
            "per_stream: {dist: pert, min: 50 MB/s, mode: 100 MB/s, max: 120 MB/s}");
    text =
        replace(
            text,
            "average_file_size: 64 MiB",
            "average_file_size: {dist: lognormal, median: 64 MiB, p90: 256 MiB}");

    assertThat(TestCatalogs.loader().load("full.yaml", text))
        .isEqualTo(TestCatalogs.loader().load("full.yaml", full()));
  }

  @Test
  void aFileWithoutDistributionsHasNoUncertainInputs() {
    assertThat(loadUncertain(full()).inputs()).isEmpty();
    assertThat(loadUncertain(full()).base())
        .isEqualTo(TestCatalogs.loader().load("full.yaml", full()));
  }

  @Test
  void aDistributionOnAValueThatIsNotAScenarioKeyIsRefusedWhereItStands() {
    String text = replace(full(), "rtt: 30 ms", "rtt: {dist: uniform, min: 10 ms, max: 50 ms}");

    ScenarioException error =
        catchThrowableOfType(() -> loadUncertain(text), ScenarioException.class);

    assertThat(error.keyPath()).isEqualTo("network.rtt");
    assertThat(error.detail()).startsWith("this key cannot take a distribution");
  }
}

package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.model.backlog.ChangeProfile;
import dev.drplan.scenario.ChangeProfileSpec;
import dev.drplan.scenario.ProfileFile;
import dev.drplan.scenario.PrometheusValues;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.SyntheticShape;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code change_profile} and {@code objectives.rpo_compliance} as the loader reads them
 * (docs/scenario-format.md, "change_profile"): defaults, a file beside the scenario, the keys that
 * say how to read it. Refusals are bad-input cases ({@code src/test/resources/bad-input/}).
 */
class ChangeProfileLoaderTest {

  private static final String BASE =
      String.join(
          "\n",
          "name: profile",
          "horizon: 5 y",
          "dataset: { logical_size: 2 PB, annual_growth: 10%, daily_change: 1%, peak_factor: 2 }",
          "primary:",
          "  dbox: { raw_size: 1 PB, usable_efficiency: 100% }",
          "  cbox: { nodes: 4, per_node_replication: 4 GB/s }",
          "  fill_limit: 90%",
          "  configurations: { only: { cboxes: 4, dboxes: 8 } }",
          "network: { circuits: 1 x 100 Gbps, efficiency: 80% }",
          "objectives: { rpo: 4 h, rto: 30 d, max_seed: 365 d{extra} }",
          "options:",
          "  - name: copy",
          "    kind: data-copy",
          "    storage_class: archive",
          "    location: us-central1",
          "    prices: { storage_per_gib_month: 0.0012, class_a_per_1000: 0.05,"
              + " retrieval_per_gib: 0.05, egress_per_gib: 0.02, min_storage_duration: 365 d }",
          "    object_size: 256 MiB",
          "    retention: 30 d",
          "    seed: network",
          "    copy_engine: { hosts: 4, streams_per_host: 16, per_stream: 200 MB/s, host_nic: 100"
              + " Gbps }",
          "    replication_interval: 1 h",
          "    recovery: run-in-cloud",
          "    cloud_start_time: 1 d",
          "");

  @TempDir Path dir;

  private static String scenario(String objectivesExtra, String profile) {
    return BASE.replace("{extra}", objectivesExtra) + profile;
  }

  private Scenario load(String text) throws IOException {
    Path file = Files.writeString(dir.resolve("scenario.yaml"), text, StandardCharsets.UTF_8);
    return TestCatalogs.loader().load(file);
  }

  /**
   * A profile measured on far less data than it is replayed on is refused when one of its intervals
   * would be scaled past 1,000 EB, with the smallest measured_size that fits, and that size loads:
   * 1e12 B a minute measured on m, replayed on 2 PB that does not grow, is 1e12 · 2e15 / m, within
   * 1e21 from m = 1e12 · 2e15 / 1e21 = 2e6 B.
   */
  @Test
  void aProfileScaledPastTheDataLimitIsRefusedWithTheSmallestMeasuredSizeThatFits()
      throws IOException {
    Files.writeString(
        dir.resolve("writes.csv"),
        "timestamp,bytes_changed\n2025-01-06T00:00:00Z,1000000000000\n"
            + "2025-01-06T00:01:00Z,1000000000000\n");
    String flat = scenario("", "").replace("annual_growth: 10%", "annual_growth: 0%");
    String profile = "change_profile: { file: writes.csv, format: csv, measured_size: %s }\n";

    assertThat(load(flat + String.format(profile, "2 MB")).changeProfile().measuredSize())
        .isEqualTo(DataSize.ofBytes(2e6));
    ScenarioException refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> load(flat + String.format(profile, "1.99 MB")), ScenarioException.class);
    assertThat(refused.getMessage())
        .contains(
            "change_profile.measured_size: expected a measured_size of at least 2 MB for this"
                + " profile: from the size it was measured at to the data it is replayed on, 2 PB")
        .contains("more than 1,000 EB, the most drplan computes; found \"1.99 MB\"");
  }

  /**
   * When no measured_size a scenario may give (at most 1,000 EB) fits, the message says the profile
   * does not fit the data rather than naming a size that cannot be written: 1e21 B a minute
   * measured on 1,000 EB (the default, logical_size) and replayed on 1,000 EB · 1.2^5 ≈ 2,488 EB
   * would need a measured_size of 1e21 · 2.488e21 / 1e21 ≈ 2.5e21 B.
   */
  @Test
  void aProfileNoMeasuredSizeFitsSaysSo() throws IOException {
    Files.writeString(
        dir.resolve("writes.csv"),
        "timestamp,bytes_changed\n2025-01-06T00:00:00Z,1e21\n2025-01-06T00:01:00Z,1e21\n");
    String huge =
        scenario("", "change_profile: { file: writes.csv, format: csv }\n")
            .replace(
                "logical_size: 2 PB, annual_growth: 10%",
                "logical_size: 1000 EB, annual_growth: 20%");
    ScenarioException refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> load(huge), ScenarioException.class);
    assertThat(refused.getMessage())
        .contains(
            "change_profile: expected a profile that fits the data it is replayed on: even at the"
                + " largest measured_size, 1,000 EB, scaled to the data it is replayed on, 2,490 EB")
        .contains("found none (it defaults to dataset.logical_size)")
        .doesNotContain("at least");
  }

  @Test
  void withoutAProfileThereIsNoneAndTheComplianceIsNinetyNinePercent() throws IOException {
    Scenario scenario = load(scenario("", ""));
    assertThat(scenario.changeProfile()).isNull();
    assertThat(scenario.objectives().rpoCompliance()).isEqualTo(Fraction.of(0.99));
    assertThat(load(scenario(", rpo_compliance: 95%", "")).objectives().rpoCompliance())
        .isEqualTo(Fraction.of(0.95));
  }

  @Test
  void anEmptySyntheticShapeTakesTheDefaultsAndTheDatasetsPeakFactor() throws IOException {
    ChangeProfileSpec spec =
        load(scenario("", "change_profile: { synthetic: {} }\n")).changeProfile();
    assertThat(spec.isMeasured()).isFalse();
    assertThat(spec.synthetic()).isEqualTo(SyntheticShape.defaults(2));
  }

  @Test
  void aSyntheticShapeTakesEveryKey() throws IOException {
    ChangeProfileSpec spec =
        load(scenario(
                "",
                "change_profile:\n  synthetic: { peak_factor: 3, peak_start_hour: 22,"
                    + " peak_hours: 4, weekend_factor: 1.5, month_end_share: 10%,"
                    + " month_end_hours: 48 }\n"))
            .changeProfile();
    assertThat(spec.synthetic()).isEqualTo(new SyntheticShape(3, 22, 4, 1.5, Fraction.of(0.1), 48));
  }

  @Test
  void aCsvBesideTheScenarioIsReadMeasuredAtTheDayOneSizeByDefault() throws IOException {
    Files.createDirectories(dir.resolve("profiles"));
    Files.writeString(
        dir.resolve("profiles/week.csv"),
        "timestamp,changed_TB\n2025-01-06T00:00:00Z,1.5\n2025-01-06T01:00:00Z,2\n",
        StandardCharsets.UTF_8);
    ChangeProfileSpec spec =
        load(scenario("", "change_profile: { file: profiles/week.csv, format: csv }\n"))
            .changeProfile();
    assertThat(spec.file())
        .isEqualTo(
            new ProfileFile(
                "profiles/week.csv",
                ProfileFile.Format.CSV,
                null,
                null,
                ChangeProfile.GapPolicy.REJECT));
    assertThat(spec.measuredSize().bytes()).isEqualTo(2e15);
    ChangeProfile profile = spec.measured();
    assertThat(profile.size()).isEqualTo(2);
    assertThat(profile.step().seconds()).isEqualTo(3600);
    assertThat(profile.total().bytes()).isEqualTo(1.5e12 + 2e12);
  }

  @Test
  void aStatedStepReadsOneRowAndGapsMayBeNothingWritten() throws IOException {
    Files.writeString(
        dir.resolve("gappy.csv"),
        "timestamp,bytes_changed\n2025-01-06T00:00:00Z,10\n2025-01-06T00:03:00Z,20\n",
        StandardCharsets.UTF_8);
    ChangeProfileSpec spec =
        load(scenario(
                "",
                "change_profile: { file: gappy.csv, format: csv, step: 1 min,"
                    + " gaps: nothing-written, measured_size: 500 TB }\n"))
            .changeProfile();
    assertThat(spec.measured().size()).isEqualTo(4);
    assertThat(spec.measured().gaps().count()).isEqualTo(1);
    assertThat(spec.measured().gaps().total().minutes()).isEqualTo(2);
    assertThat(spec.measuredSize().bytes()).isEqualTo(500e12);
  }

  @Test
  void aPrometheusRateIsBytesPerSecondOverTheStatedStep() throws IOException {
    // Points at t describe the step that ends at t: 1e9 B/s over 60 s each.
    Files.writeString(
        dir.resolve("rate.json"),
        "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},"
            + "\"values\":[[1736121660,\"1e9\"],[1736121720,\"2e9\"]]}]}}",
        StandardCharsets.UTF_8);
    ChangeProfileSpec spec =
        load(scenario(
                "",
                "change_profile: { file: rate.json, format: prometheus, values: rate, step: 1"
                    + " min }\n"))
            .changeProfile();
    assertThat(spec.file().values()).isEqualTo(PrometheusValues.BYTES_PER_SECOND);
    assertThat(spec.measured().origin()).isEqualTo(Instant.ofEpochSecond(1736121660L - 60));
    assertThat(spec.measured().total().bytes()).isEqualTo(1e9 * 60 + 2e9 * 60);
  }
}

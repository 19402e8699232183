package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drplan.gcs.probe.Operation;
import dev.drplan.gcs.probe.Outcome;
import dev.drplan.gcs.probe.ProbeReport;
import dev.drplan.gcs.probe.StepResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** drplan validate against a probe recorded on the emulator (probe-emulator.json). */
class ValidateCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ValidateCommandTest.class.getResource("/validate/" + name).toURI());
  }

  private int run(String... args) {
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  /** The probe's aggregate write throughput at 16 streams of 64 MiB, as recorded. */
  private static double measuredAt16() throws Exception {
    for (StepResult step : ProbeReport.read(resource("probe-emulator.json")).steps()) {
      if (step.operation() == Operation.WRITE
          && step.streams() == 16
          && step.objectSizeBytes() == 64 * 1024 * 1024) {
        return step.aggregateThroughputBytesPerSecond();
      }
    }
    throw new AssertionError("fixture has no 64 MiB x 16 write step");
  }

  /**
   * The recorded probe.json reads into the typed report (operations, outcome, fit statuses as
   * enums) and writes back byte for byte: the strings on disk are the probe's own.
   */
  @Test
  void aRecordedProbeReadsAndWritesBackByteForByte() throws Exception {
    String recorded = Files.readString(resource("probe-emulator.json"));

    ProbeReport report = ProbeReport.parse(recorded);

    assertThat(report.outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(report.steps()).extracting(StepResult::operation).contains(Operation.WRITE);
    assertThat(report.toJson()).isEqualTo(recorded);
  }

  /**
   * The same recording as written before probe reports were rounded (exponents, 17 digits) still
   * reads, and writes what the probe writes now: 12 significant digits, plain decimals.
   */
  @Test
  void aProbeWrittenWithExponentsReadsAndWritesRoundedPlainDecimals() throws Exception {
    String before = Files.readString(resource("probe-emulator-exponents.json"));

    String now = ProbeReport.parse(before).toJson();

    assertThat(before).contains("\"step_bytes\" : 1.073741824E9");
    assertThat(now).isEqualTo(Files.readString(resource("probe-emulator.json")));
  }

  @Test
  void verdictsAndRecomputedFiguresFollowTheMeasurement() throws Exception {
    int exit =
        run(
            "validate",
            resource("assumptions.yaml").toString(),
            "--probe",
            resource("probe-emulator.json").toString(),
            "--format",
            "json");
    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    double measured = measuredAt16();

    JsonNode modest = root.get("options").get(0);
    assertThat(modest.get("option").asText()).isEqualTo("modest");
    assertThat(modest.get("verdict").asText()).isEqualTo("holds");
    assertThat(modest.get("per_host_assumed_bytes_per_second").asDouble()).isEqualTo(16 * 1e6);
    assertThat(modest.get("per_host_measured_bytes_per_second").asDouble())
        .isCloseTo(measured, within(1e-3));
    assertThat(modest.get("per_stream_measured_bytes_per_second").asDouble())
        .isCloseTo(measured / 16, within(1e-3));
    assertThat(modest.get("optimism_percent").asDouble())
        .isCloseTo((16 * 1e6 / measured - 1) * 100, within(1e-9));

    // 256 MiB objects: the nearest probed size is 64 MiB; the 10 Gbps NIC caps the assumption.
    JsonNode hopeful = root.get("options").get(1);
    assertThat(hopeful.get("probed_object_size_bytes").asDouble()).isEqualTo(64 * 1024 * 1024);
    assertThat(hopeful.get("verdict").asText()).isEqualTo("optimistic");
    assertThat(hopeful.get("optimism_percent").asDouble())
        .isCloseTo((Math.min(16 * 200e6, 10e9 / 8) / measured - 1) * 100, within(1e-6));

    // Recomputed: 4 hosts x the measured per-host rate binds under 1 x 10 Gbps at 80% (1 GB/s).
    JsonNode assumed = hopeful.get("results").get(0).get("assumed");
    JsonNode recomputed = hopeful.get("results").get(0).get("measured");
    assertThat(assumed.get("bottleneck").asText()).isEqualTo("network");
    assertThat(assumed.get("replication_bytes_per_second").asDouble()).isEqualTo(10e9 / 8 * 0.8);
    assertThat(recomputed.get("bottleneck").asText()).isEqualTo("copy-engine");
    assertThat(recomputed.get("replication_bytes_per_second").asDouble())
        .isCloseTo(4 * measured, within(1e-3));
    double change = 10e12 * 0.01 / 86_400;
    assertThat(recomputed.get("seed_seconds").asDouble())
        .isCloseTo(10e12 / (4 * measured - change), within(1e-3));
    assertThat(recomputed.get("seed_seconds").asDouble())
        .isGreaterThan(assumed.get("seed_seconds").asDouble());
  }

  @Test
  void hostsReplaceTheScenariosCountInTheRecomputedFigures() throws Exception {
    int exit =
        run(
            "validate",
            resource("assumptions.yaml").toString(),
            "--probe",
            resource("probe-emulator.json").toString(),
            "--hosts",
            "1",
            "-f",
            "json");
    assertThat(exit).isEqualTo(ExitCodes.OK);
    JsonNode hopeful = new ObjectMapper().readTree(out.toString()).get("options").get(1);
    assertThat(hopeful.get("hosts_used").asInt()).isEqualTo(1);
    assertThat(
            hopeful
                .get("results")
                .get(0)
                .get("measured")
                .get("replication_bytes_per_second")
                .asDouble())
        .isCloseTo(measuredAt16(), within(1e-3));
  }

  @Test
  void theTableSaysHoldsAndOptimistic() throws Exception {
    assertThat(
            run(
                "validate",
                resource("assumptions.yaml").toString(),
                "--probe",
                resource("probe-emulator.json").toString()))
        .isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains("holds")
        .contains("optimistic by")
        .contains("an emulator: these figures measure it, not GCS");
  }

  @Test
  void aMissingOrForeignProbeFileIsBadInput() throws IOException, URISyntaxException {
    assertThat(
            run(
                "validate",
                resource("assumptions.yaml").toString(),
                "--probe",
                dir.resolve("none.json").toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("none.json: error: no such file");
    Path foreign = Files.writeString(dir.resolve("foreign.json"), "{\"hello\": 1}");
    assertThat(
            run("validate", resource("assumptions.yaml").toString(), "--probe", foreign.toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("foreign.json:1:1: error: missing \"schema\" (expected \"drplan-probe/2\")");
  }

  /**
   * A probe recorded with --bytes 256MiB over 16 MiB and 64 MiB objects on 1, 4 and 16 streams
   * (probe-idle-streams.json, written before steps counted their active streams): its 64 MiB step
   * on 16 streams had 4 objects, so 12 streams never ran. Both options need 16 streams of 64 MiB:
   * no verdict for either (not "optimistic by 2,250.9%"), and the reason says which step and what
   * --bytes would do.
   */
  @Test
  void noVerdictComesFromAStepWhoseStreamsDidNotAllRun() throws Exception {
    String[] args = {
      "validate",
      resource("assumptions.yaml").toString(),
      "--probe",
      resource("probe-idle-streams.json").toString()
    };
    assertThat(run(args)).as(err.toString()).isEqualTo(ExitCodes.OK);
    String table = out.toString();

    assertThat(table)
        .doesNotContain("optimistic by")
        .doesNotContain("holds")
        .contains("no verdict (see below)")
        .contains(
            "no verdict for modest: it would rest on the probe's write step of 64.0 MiB objects on"
                + " 16 streams, in which only 4 of the 16 streams completed an object")
        .contains("probe again with --bytes of at least 16 x 64.0 MiB.")
        .contains("no verdict for hopeful:")
        .doesNotContain("Figures recomputed");

    out.getBuffer().setLength(0);
    assertThat(run(args[0], args[1], args[2], args[3], "--format", "json")).isEqualTo(0);
    JsonNode options = new ObjectMapper().readTree(out.toString()).get("options");
    assertThat(options.get(0).get("verdict").asText()).isEqualTo("none");
    assertThat(options.get(0).get("no_verdict_reason").asText()).contains("only 4 of the 16");
    assertThat(options.get(0).has("optimism_percent")).isFalse();
  }
}

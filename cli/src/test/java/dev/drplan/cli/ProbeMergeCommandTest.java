package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drplan.gcs.probe.FleetReport;
import dev.drplan.gcs.probe.FleetWorker;
import dev.drplan.gcs.probe.LatencyHistogram;
import dev.drplan.gcs.probe.Operation;
import dev.drplan.gcs.probe.Outcome;
import dev.drplan.gcs.probe.Percentiles;
import dev.drplan.gcs.probe.ProbeReport;
import dev.drplan.gcs.probe.ProbeReportReader;
import dev.drplan.gcs.probe.StepResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code drplan probe merge} of report files without the bucket ({@code --offline}), its refusals,
 * and {@code drplan validate} with the merged report.
 */
class ProbeMergeCommandTest {

  private static final long T = 1_795_608_000L; // 2026-11-25T12:00:00Z
  private static final double MB = 1e6;
  private static final double SIZE = 64 * 1024 * 1024;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine line = DrplanCommand.commandLine(new DrplanCommand());
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line.execute(args);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ProbeMergeCommandTest.class.getResource("/validate/" + name).toURI());
  }

  /** Worker {@code index} of 2: a 64 MiB x 16 streams write step of 2 s from {@code start}. */
  private Path worker(int index, double start, List<Integer> planStreams) throws Exception {
    LatencyHistogram latencies = new LatencyHistogram();
    latencies.add(0.5);
    StepResult step =
        new StepResult(
            Operation.WRITE,
            SIZE,
            16,
            "resumable",
            200 * MB,
            3,
            0,
            16,
            start,
            2.0,
            100 * MB,
            100 * MB / 16,
            100 * MB / 16,
            100 * MB / 16,
            StepResult.LATENCY_REQUEST,
            new Percentiles.Summary(1, 0.5, 0.5, 0.5, 0.5),
            latencies.buckets(),
            Map.of(),
            Map.of(),
            0,
            3,
            0,
            List.of(
                new StepResult.Second(1, start, 1.0, 100 * MB, 100 * MB, 1),
                new StepResult.Second(2, start + 1, 1.0, 100 * MB, 100 * MB, 2)),
            List.of());
    ProbeReport report =
        new ProbeReport(
            ProbeReport.SCHEMA,
            "r1-worker-" + index,
            "2026-11-25T11:59:50Z",
            new FleetWorker("r1", index, 2, "2026-11-25T12:00:00Z"),
            "https://storage.googleapis.com",
            false,
            "dr-bucket",
            "fleet/",
            "fleet/drplan-fleet-r1/worker-" + index + "/",
            "resumable",
            1,
            new ProbeReport.Plan(planStreams, List.of(SIZE), List.of(Operation.WRITE)),
            2.0,
            null,
            600,
            30,
            Outcome.COMPLETED,
            null,
            List.of(),
            new ProbeReport.Clock(null, null),
            List.of(step),
            List.of(),
            new ProbeReport.Cleanup(false, 3, List.of(), true, 0));
    Path file = dir.resolve("worker-" + index + ".json");
    report.write(file);
    return file;
  }

  /** A worker's report is an input: --out never replaces it, --force or not. */
  @Test
  void theMergedReportIsNeverWrittenOverAWorkersReport() throws Exception {
    Path a = worker(0, T, List.of(16));
    Path b = worker(1, T + 0.5, List.of(16));
    String before = Files.readString(a);

    int exit =
        run(
            "probe",
            "merge",
            a.toString(),
            b.toString(),
            "--offline",
            "--format",
            "json",
            "--out",
            a.toString(),
            "--force");

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("the input file " + a)
        .contains("drplan never writes over a file it reads")
        .hasLineCount(1);
    assertThat(Files.readString(a)).isEqualTo(before);
  }

  /** An --out the merge cannot write names the command as typed: "drplan probe merge". */
  @Test
  void anOutOfAFormatMergeDoesNotWriteNamesTheWholeCommand() throws Exception {
    Path a = worker(0, T, List.of(16));
    Path b = worker(1, T + 0.5, List.of(16));

    int exit =
        run(
            "probe",
            "merge",
            a.toString(),
            b.toString(),
            "--offline",
            "--out",
            dir.resolve("merged.csv").toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains(": drplan probe merge writes ")
        .doesNotContain("drplan merge");
  }

  /** Like every other --out: an existing file is kept without --force. */
  @Test
  void anExistingOutIsKeptWithoutForce() throws Exception {
    Path a = worker(0, T, List.of(16));
    Path b = worker(1, T + 0.5, List.of(16));
    Path merged = Files.writeString(dir.resolve("merged.json"), "mine\n");

    int exit =
        run("probe", "merge", a.toString(), b.toString(), "--offline", "--out", merged.toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("exists; not overwriting it (add --force to overwrite)");
    assertThat(Files.readString(merged)).isEqualTo("mine\n");
  }

  @Test
  void reportFilesMergeOfflineIntoTheWindowAggregate() throws Exception {
    Path a = worker(0, T, List.of(16));
    Path b = worker(1, T + 0.5, List.of(16));
    Path merged = dir.resolve("merged.json");

    int code =
        run(
            "probe",
            "merge",
            a.toString(),
            b.toString(),
            "--offline",
            "--format",
            "json",
            "--out",
            merged.toString());

    assertThat(code).as(err.toString()).isZero();
    FleetReport report = (FleetReport) ProbeReportReader.readMeasurement(merged);
    // Window [T+0.5, T+2], 1.5 s: worker 0 moved half of its first second and all its second
    // (50 + 100 MB), worker 1 all its first and half its second (100 + 50 MB).
    FleetReport.Step step = report.steps().get(0);
    assertThat(step.window().seconds()).isCloseTo(1.5, within(1e-3));
    assertThat(step.window().throughputBytesPerSecond())
        .isCloseTo((50 + 100 + 100 + 50) * MB / 1.5, within(1.0));
    assertThat(report.leftovers()).isNull();

    assertThat(run("probe", "merge", a.toString(), b.toString(), "--offline")).isZero();
    assertThat(out.toString())
        .contains("drplan probe merge: fleet run r1")
        .contains("aggregate in window")
        .contains("write 64 MiB x 16")
        .contains("200.0 MB/s (1.60 Gbps)")
        .contains("not looked for (--offline)");
  }

  @Test
  void aWorkerWithAnotherStepListOrAProbeOnItsOwnIsBadInput() throws Exception {
    Path a = worker(0, T, List.of(16));
    Path other = worker(1, T, List.of(4, 16));

    assertThat(run("probe", "merge", a.toString(), other.toString(), "--offline")).isEqualTo(2);
    assertThat(err.toString())
        .contains(other + ": worker 1 has another step list (plan): streams [4, 16]")
        .doesNotContain("Exception");

    assertThat(
            run(
                "probe",
                "merge",
                a.toString(),
                resource("probe-minimal.json").toString(),
                "--offline"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("probe-minimal.json: not a fleet worker's report");

    assertThat(run("probe", "merge", "gs://b/p/drplan-fleet-r1", "--offline")).isEqualTo(2);
    assertThat(err.toString()).contains("--offline merges report files");
    assertThat(run("probe", "merge", "gs://b/p/not-a-run", "--endpoint", "127.0.0.1:9"))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("expected a fleet run folder like gs://BUCKET/PREFIX/drplan-fleet-<run id>");

    // --remove-reports deletes the reports of a run folder, and only once the merge is in a file.
    assertThat(run("probe", "merge", a.toString(), "--offline", "--remove-reports")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--remove-reports deletes the workers' reports from a run folder");
    assertThat(
            run(
                "probe",
                "merge",
                "gs://b/p/drplan-fleet-r1",
                "--endpoint",
                "127.0.0.1:9",
                "--remove-reports"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--remove-reports needs --out FILE");
  }

  @Test
  void validateUsesTheFleetsAggregateAndSaysSo() throws Exception {
    Path merged = dir.resolve("merged.json");
    assertThat(
            run(
                "probe",
                "merge",
                worker(0, T, List.of(16)).toString(),
                worker(1, T + 0.5, List.of(16)).toString(),
                "--offline",
                "--format",
                "json",
                "--out",
                merged.toString()))
        .isZero();
    double perHost = (50 + 100 + 100 + 50) * MB / 1.5 / 2;

    out.getBuffer().setLength(0);
    int code =
        run(
            "validate",
            resource("assumptions.yaml").toString(),
            "--probe",
            merged.toString(),
            "--hosts",
            "2",
            "--format",
            "json");

    assertThat(code).as(err.toString()).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.at("/probe/basis").asText()).isEqualTo("fleet");
    assertThat(root.at("/probe/hosts_measured").asInt()).isEqualTo(2);
    JsonNode modest = root.at("/options/0");
    assertThat(modest.get("option").asText()).isEqualTo("modest");
    assertThat(modest.get("basis").asText()).isEqualTo("fleet");
    assertThat(modest.get("per_host_measured_bytes_per_second").asDouble())
        .isCloseTo(perHost, within(1.0));
    assertThat(modest.get("per_stream_measured_bytes_per_second").asDouble())
        .isCloseTo(perHost / 16, within(1.0));

    out.getBuffer().setLength(0);
    assertThat(
            run("validate", resource("assumptions.yaml").toString(), "--probe", merged.toString()))
        .isZero();
    assertThat(out.toString())
        .contains("Basis: a fleet of 2 hosts measured together (drplan probe merge)")
        // The scenario's 4 hosts are not the fleet's 2: the rows say they are scaled, and why.
        .containsPattern("(?m)^modest .* 4 \\(scaled\\)  holds")
        .contains(
            "(scaled): these rows multiply the fleet's per-host figure (its aggregate / 2) by a"
                + " host count other than the 2 it measured together");

    out.getBuffer().setLength(0);
    assertThat(
            run(
                "validate",
                resource("assumptions.yaml").toString(),
                "--probe",
                merged.toString(),
                "--hosts",
                "2"))
        .isZero();
    assertThat(out.toString()).contains("4 -> 2  ").doesNotContain("(scaled)");

    out.getBuffer().setLength(0);
    assertThat(
            run(
                "validate",
                resource("assumptions.yaml").toString(),
                "--probe",
                resource("probe-minimal.json").toString()))
        .isZero();
    assertThat(out.toString()).contains("Basis: one host measured (drplan probe)");
    assertThat(Files.exists(merged)).isTrue();
  }
}

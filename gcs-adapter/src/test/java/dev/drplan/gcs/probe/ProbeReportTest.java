package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drplan.units.DataSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeReportTest {

  static StepResult step(Operation operation, int streams, double aggregate) {
    return new StepResult(
        operation,
        64 * DataSize.MIB,
        streams,
        operation == Operation.WRITE ? "resumable" : null,
        10 * 64 * DataSize.MIB,
        10,
        0,
        streams,
        1_795_608_000.25,
        2.5,
        aggregate,
        aggregate / streams,
        aggregate / streams * 0.9,
        aggregate / streams * 1.1,
        StepResult.LATENCY_REQUEST,
        new Percentiles.Summary(10, 0.1, 0.2, 0.3, 0.4),
        List.of(new LatencyHistogram.Bucket(531, LatencyHistogram.upperSeconds(531), 10)),
        Map.of("connection_reset", 2L),
        Map.of("connection_reset", 2L),
        1,
        10,
        0,
        List.of(
            new StepResult.Second(1, 1_795_608_000.25, 1.0, 1e6, 1e6, 3),
            new StepResult.Second(2, 1_795_608_001.25, 0.5, 1e6, 2e6, 3)),
        List.of());
  }

  static ProbeReport report(List<StepResult> steps) {
    return report(Outcome.COMPLETED, steps);
  }

  static ProbeReport report(Outcome outcome, List<StepResult> steps) {
    return new ProbeReport(
        ProbeReport.SCHEMA,
        "20261125t120000z-abcdef",
        "2026-11-25T12:00:00Z",
        null,
        "http://127.0.0.1:4443",
        true,
        "bucket",
        "dr/",
        "dr/drplan-probe-20261125t120000z-abcdef/",
        "resumable",
        1,
        new ProbeReport.Plan(List.of(4, 16), List.of(64 * DataSize.MIB), List.of(Operation.WRITE)),
        30.0,
        null,
        600,
        100,
        outcome,
        null,
        List.of(),
        new ProbeReport.Clock(
            new ClockSkew.Estimate(0.25, 0.05, 30, 1_795_608_000.0),
            new ClockSkew.Estimate(0.5, 0.1, 12, 1_795_608_100.0)),
        steps,
        List.of(
            ProbeReport.Scalability.of(Operation.WRITE, 64 * DataSize.MIB, UslFit.fit(List.of()))),
        new ProbeReport.Cleanup(false, 10, List.of(), true, 0));
  }

  @Test
  void writesUnitBearingSnakeCaseKeysAndReadsBackEqual(@TempDir Path dir) throws IOException {
    ProbeReport report =
        report(List.of(step(Operation.WRITE, 4, 200e6), step(Operation.READ, 16, 800e6)));
    Path file = dir.resolve("probe.json");

    report.write(file);
    String json = Files.readString(file);
    ProbeReport back = ProbeReport.read(file);

    // Numbers are written to 12 significant digits (55e6 computed as 5.500000000000001E7 is
    // written 55000000): what is read back is within a relative 5e-12 and writes the same text.
    assertThat(back)
        .usingRecursiveComparison()
        .withComparatorForType(
            (a, b) ->
                Math.abs(a - b) <= 5e-12 * Math.max(Math.abs(a), Math.abs(b))
                    ? 0
                    : Double.compare(a, b),
            Double.class)
        .isEqualTo(report);
    assertThat(back.toJson()).isEqualTo(json);
    assertThat(json)
        .contains("\"aggregate_throughput_bytes_per_second\"")
        .contains("\"per_stream_throughput_bytes_per_second\"")
        .contains("\"object_size_bytes\"")
        .contains("\"wall_seconds\"")
        .contains("\"p99_seconds\"")
        .contains("\"status\" : \"not_enough_points\"")
        .doesNotContain("objectSize")
        .doesNotContain("\"aggregate_throughput\"");
  }

  @Test
  void readerGivesTypedFiguresThatValidateNeeds() throws IOException {
    ProbeReport back = ProbeReport.parse(report(List.of(step(Operation.READ, 16, 800e6))).toJson());

    StepResult step = back.steps().get(0);
    assertThat(step.operation()).isEqualTo(Operation.READ);
    assertThat(step.objectSize()).isEqualTo(DataSize.ofMebibytes(64));
    assertThat(step.streams()).isEqualTo(16);
    assertThat(step.aggregateThroughput().bytesPerSecond()).isEqualTo(800e6);
    assertThat(step.perStreamThroughput().bytesPerSecond()).isEqualTo(800e6 / 16);
  }

  @Test
  void operationsOutcomesAndStatusesAreWrittenAsTheirLowerCaseNames() {
    String json =
        report(List.of(step(Operation.WRITE, 4, 200e6), step(Operation.READ, 16, 800e6))).toJson();

    assertThat(json)
        .contains("\"operation\" : \"write\"")
        .contains("\"operation\" : \"read\"")
        .contains("\"outcome\" : \"completed\"")
        .contains("\"status\" : \"not_enough_points\"");
    assertThat(report(Outcome.DEADLINE_EXCEEDED, List.of()).toJson())
        .contains("\"outcome\" : \"deadline_exceeded\"");
    assertThat(report(Outcome.INTERRUPTED, List.of()).toJson())
        .contains("\"outcome\" : \"interrupted\"");
    assertThat(report(Outcome.FAILED, List.of()).toJson()).contains("\"outcome\" : \"failed\"");
  }

  @Test
  void everyOutcomeReadsBackAsItself() throws IOException {
    for (Outcome outcome : Outcome.values()) {
      assertThat(ProbeReport.parse(report(outcome, List.of()).toJson()).outcome())
          .isEqualTo(outcome);
    }
  }

  @Test
  void anOutcomeOrOperationTheProbeNeverWritesIsRefused() {
    String json = report(List.of(step(Operation.WRITE, 4, 200e6))).toJson();

    assertThatThrownBy(() -> ProbeReport.parse(json.replace("\"completed\"", "\"done\"")))
        .hasMessageContaining("found \"done\"");
    assertThatThrownBy(() -> ProbeReport.parse(json.replace("\"write\"", "\"upload\"")))
        .hasMessageContaining("found \"upload\"");
  }

  @Test
  void readerRefusesAnotherSchemaAndIgnoresUnknownKeys() throws IOException {
    String json = report(List.of()).toJson();

    assertThatThrownBy(() -> ProbeReport.parse(json.replace(ProbeReport.SCHEMA, "other/9")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("schema: expected \"drplan-probe/2\" or \"drplan-probe/1\"")
        .hasMessageContaining("found \"other/9\"");
    assertThat(ProbeReport.parse(json.replaceFirst("\\{", "{ \"added_later\" : 1,")).runId())
        .isEqualTo("20261125t120000z-abcdef");
  }
}

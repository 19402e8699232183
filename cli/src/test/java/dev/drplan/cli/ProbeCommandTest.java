package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.gcs.probe.ProbeSettings;
import dev.drplan.gcs.probe.ProbeStorageOptions;
import dev.drplan.gcs.probe.UploadMethod;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ProbeCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> environment, String... args) {
    CommandLine line =
        new CommandLine(
            new ProbeCommand(
                endpoint -> {
                  throw new AssertionError("no storage expected in this test");
                },
                environment));
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line.execute(args);
  }

  @Test
  void badOptionValueExitsTwoSayingTheFormAndTheValue() {
    int code = run(Map.of(), "gs://b/p", "--object-size", "64,8MiB");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("--object-size")
        .contains("expected a size like \"64MiB\" or \"1GB\", found \"64\"")
        .doesNotContain("Exception");
  }

  @Test
  void durationAndBytesAreExclusive() {
    assertThat(run(Map.of(), "gs://b/p", "--duration", "5s", "--bytes", "1GiB")).isEqualTo(2);
    assertThat(err.toString()).contains("mutually exclusive");
  }

  @Test
  void missingLocationIsAUsageError() {
    assertThat(run(Map.of())).isEqualTo(2);
    assertThat(err.toString()).contains("gs://BUCKET/PREFIX");
  }

  @Test
  void badEmulatorEnvironmentExitsTwo() {
    assertThat(run(Map.of(ProbeStorageOptions.EMULATOR_ENV, "ftp://nowhere"), "gs://b/p"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("STORAGE_EMULATOR_HOST").contains("\"ftp://nowhere\"");
  }

  @Test
  void helpListsTheExitCodes() {
    assertThat(run(Map.of(), "--help")).isEqualTo(0);
    assertThat(out.toString()).contains("Exit codes:").contains("2").contains("--allow-nonempty");
  }

  /** Under drplan, probe keeps its own exit codes, signals included, in its --help. */
  @Test
  void helpUnderDrplanListsTheProbesExitCodesWithTheSignals() {
    CommandLine line = DrplanCommand.commandLine(new DrplanCommand(), new String[] {"probe"});
    line.setOut(new PrintWriter(out, true));

    assertThat(line.execute("probe", "--help")).isZero();

    assertThat(out.toString())
        .contains("Exit codes:")
        .containsPattern("(?m)^\\s*130\\s+interrupted by SIGINT \\(Ctrl-C\\)")
        .containsPattern("(?m)^\\s*143\\s+the same for SIGTERM")
        .containsPattern("with outcome\\s+interrupted")
        .doesNotContain("infeasible options");
  }

  @Test
  void defaultsAndDerivedDeadline() {
    ProbeCommand command = new ProbeCommand(e -> null, Map.of());
    new CommandLine(command).parseArgs("gs://b/p", "--streams", "1,4,4", "--object-size", "8MiB");

    ProbeSettings settings =
        command.settings(
            ProbeStorageOptions.resolve(null, Map.of("STORAGE_EMULATOR_HOST", "127.0.0.1:9")));

    assertThat(settings.streams()).containsExactly(1, 4);
    assertThat(settings.objectSizes()).containsExactly(DataSize.ofMebibytes(8));
    assertThat(settings.uploadMethod()).isEqualTo(UploadMethod.RESUMABLE);
    assertThat(settings.budget().duration()).isEqualTo(TimeSpan.ofSeconds(30));
    assertThat(settings.emulator()).isTrue();
    assertThat(settings.endpoint()).isEqualTo("http://127.0.0.1:9");
    // 2 stream counts x 1 size x 2 operations = 4 steps; 2 x 4 x 30 s + 5 min.
    assertThat(settings.deadline().seconds()).isEqualTo(2 * 4 * 30 + 5 * 60);
    assertThat(settings.operations()).hasSize(2);
    assertThat(List.of(settings.location().bucket(), settings.location().prefix()))
        .containsExactly("b", "p/");
  }

  /**
   * The case: 256 MiB of 64 MiB objects is 4 objects a step, so the 16-stream step would
   * leave 12 streams idle. Refused before anything runs (no storage is built), with the bytes the
   * step needs, 16 x 64 MiB, and the bytes the largest step needs, 64 x 64 MiB.
   */
  @Test
  void aByteBudgetThatLeavesStreamsIdleIsRefusedWithTheBytesNeeded() {
    int code =
        run(
            Map.of(),
            "gs://b/p",
            "--endpoint",
            "127.0.0.1:9",
            "--streams",
            "1,4,16,64",
            "--object-size",
            "64MiB",
            "--bytes",
            "256MiB");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("--bytes 256 MiB gives each step 4 objects of 64 MiB, fewer than the 64 streams")
        .contains("That step needs --bytes of at least 4 GiB (64 x 64 MiB)")
        .contains("every step needs at least 4 GiB")
        .doesNotContain("Exception");
  }

  @Test
  void aByteBudgetOfOneObjectPerStreamOfTheLargestStepIsEnough() {
    ProbeCommand command = new ProbeCommand(e -> null, Map.of());
    CommandLine line = new CommandLine(command);
    line.parseArgs(
        "gs://b/p", "--streams", "1,16", "--object-size", "8MiB,64MiB", "--bytes", "1GiB");

    ProbeSettings settings = command.settings(ProbeStorageOptions.resolve("127.0.0.1:9", Map.of()));

    assertThat(settings.budget().objectCount(DataSize.ofMebibytes(64))).isEqualTo(16);
  }

  /** A prefix GCS refuses or that misleads never reaches the bucket: exit 2, with the rule. */
  @Test
  void aPrefixGcsRefusesOrThatMisleadsIsRefusedAtParseTimeWithItsRule() {
    assertThat(run(Map.of(), "gs://bkt/a/../b")).isEqualTo(2);
    assertThat(err.toString())
        .contains("found \"gs://bkt/a/../b\": the prefix holds a \"..\" segment")
        .doesNotContain("Exception");

    err.getBuffer().setLength(0);
    assertThat(run(Map.of(), "gs://bkt/dr\r\nx")).isEqualTo(2);
    assertThat(err.toString())
        .contains("found \"gs://bkt/dr\\r\\nx\"")
        .contains("GCS refuses object names that hold a carriage return or line feed")
        .doesNotContain("\r");
    assertThat(err.toString().lines().filter(line -> line.contains("gs://bkt/dr")).count())
        .as(err.toString())
        .isEqualTo(1);
  }

  /** A fleet worker's options are checked before anything runs: exit 2 with the rule. */
  @Test
  void aFleetWorkerOutsideTheFleetLateOrTooEarlyIsRefusedBeforeAnythingRuns() {
    String soon = java.time.Instant.now().plusSeconds(60).toString();
    assertThat(
            run(
                Map.of(),
                "gs://b/p",
                "--fleet-run",
                "r1",
                "--fleet-index",
                "3",
                "--fleet-size",
                "3",
                "--start-at",
                soon))
        .isEqualTo(2);
    assertThat(err.toString()).contains("the worker index is 3, expected 0 to 2");

    err.getBuffer().setLength(0);
    String past = java.time.Instant.now().minusSeconds(60).toString();
    assertThat(
            run(
                Map.of(),
                "gs://b/p",
                "--fleet-run",
                "r1",
                "--fleet-index",
                "0",
                "--fleet-size",
                "3",
                "--start-at",
                past))
        .isEqualTo(2);
    assertThat(err.toString()).contains("in the past").contains("at most 5 s late is accepted");

    err.getBuffer().setLength(0);
    String later = java.time.Instant.now().plusSeconds(7200).toString();
    assertThat(
            run(
                Map.of(),
                "gs://b/p",
                "--fleet-run",
                "r1",
                "--fleet-index",
                "0",
                "--fleet-size",
                "3",
                "--start-at",
                later))
        .isEqualTo(2);
    assertThat(err.toString()).contains("is more than 60 min ahead");

    err.getBuffer().setLength(0);
    assertThat(
            run(
                Map.of(),
                "gs://b/p",
                "--fleet-run",
                "R1/..",
                "--fleet-index",
                "$(JOB_COMPLETION_INDEX)",
                "--fleet-size",
                "3",
                "--start-at",
                soon))
        .isEqualTo(2);
    assertThat(err.toString()).contains("expected a run id of 1 to 32 lower-case letters");

    err.getBuffer().setLength(0);
    assertThat(run(Map.of(), "gs://b/p", "--fleet-run", "r1")).isEqualTo(2);
    assertThat(err.toString()).contains("--fleet-index").contains("--start-at");
  }
}

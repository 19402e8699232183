package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drplan.report.TestScenarios;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandsTest {

  @TempDir Path dir;

  private Path scenarioFile;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void scenarioFile() throws IOException {
    scenarioFile = Files.writeString(dir.resolve("test.yaml"), "# read by the test reader\n");
  }

  /** Runs drplan on {@code scenario}, whatever file is named. */
  private int run(Scenario scenario, String... args) {
    return run(file -> scenario, args);
  }

  private int run(ScenarioReader reader, String... args) {
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand(reader));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private int compare(String... more) {
    String[] args = new String[more.length + 2];
    args[0] = "compare";
    args[1] = scenarioFile.toString();
    System.arraycopy(more, 0, args, 2, more.length);
    return run(TestScenarios.walmartLike(), args);
  }

  private String errLines() {
    return err.toString();
  }

  @Test
  void compareWritesTheTableByDefault() {
    assertThat(compare()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .startsWith("drplan compare: test-big-data-dr\n")
        .contains("Recommendation: gcs-archive on phase-one.");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void compareWritesEachFormat() throws Exception {
    assertThat(compare("--format", "json")).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("scenario").asText()).isEqualTo("test-big-data-dr");
    out.getBuffer().setLength(0);
    assertThat(compare("--format", "CSV")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("configuration,option,kind,feasible,");
    out.getBuffer().setLength(0);
    assertThat(compare("-f", "markdown")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("# DR comparison: test-big-data-dr");
  }

  @Test
  void nothingFeasibleIsAResultNotAnError() {
    int code = run(TestScenarios.nothingFeasible(), "compare", scenarioFile.toString());
    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("Recommendation: none.");
  }

  @Test
  void anUnknownFormatIsAUsageErrorListingTheFormats() {
    assertThat(compare("--format", "xml")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errLines())
        .startsWith("drplan: error: ")
        .contains("expected one of table, markdown, csv, json, found \"xml\"")
        .contains("(see 'drplan compare --help')")
        .hasLineCount(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageErrorOnOneLine() {
    assertThat(compare("--formt=json")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errLines())
        .startsWith("drplan: error: Unknown option: '--formt=json'")
        .contains("did you mean --format")
        .hasLineCount(1)
        .doesNotContain("\tat ");
  }

  /** Runs drplan as shipped: scenarios read by the YAML loader with the built-in catalogs. */
  private int runShipped(String... args) {
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void aMissingFileIsBadInput() {
    Path missing = dir.resolve("nope.yaml");
    assertThat(runShipped("compare", missing.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errLines())
        .isEqualTo(missing + ": error: cannot read the scenario: there is no such file\n");
  }

  @Test
  void anInvalidScenarioFileIsBadInputWithItsPlace() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: x\nhorizon: 5\n");
    assertThat(runShipped("compare", bad.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errLines()).startsWith(bad + ":2:10: error: horizon: ").doesNotContain("\tat ");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void theWalmartScenarioComparesAsShipped() throws Exception {
    Path walmart = Path.of("..", "scenarios", "walmart.yaml");
    assertThat(runShipped("compare", walmart.toString(), "--format", "json"))
        .isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("scenario").asText()).isEqualTo("walmart-big-data-dr");
    assertThat(json.get("catalog").get("name").asText()).isNotEmpty();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aMissingFileArgumentIsAUsageError() {
    assertThat(run(TestScenarios.walmartLike(), "compare")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errLines()).contains("Missing required parameter: 'FILE'").hasLineCount(1);
  }

  @Test
  void aGroupsMissingArgumentsSayErrorOnce() {
    // picocli opens this one message with its own "Error: ".
    assertThat(
            run(
                TestScenarios.walmartLike(),
                "probe",
                "gs://bucket/prefix",
                "--fleet-run",
                "run1",
                "--fleet-index",
                "0"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errLines())
        .startsWith("drplan: error: Missing required argument(s): --fleet-size=N")
        .doesNotContain("Error:")
        .hasLineCount(1);
  }

  @Test
  void anInvalidScenarioPrintsTheReadersMessageAlone() {
    String message =
        "test.yaml:3:7: error: dataset.logical_size: expected a size like \"120 PB\","
            + " found \"120\"";
    int code =
        run(
            file -> {
              throw InputException.located(message, null);
            },
            "compare",
            scenarioFile.toString());
    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errLines()).isEqualTo(message + "\n");
  }

  @Test
  void withoutACommandItIsAUsageError() {
    assertThat(run(TestScenarios.walmartLike())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errLines()).startsWith("drplan: error: missing command").hasLineCount(1);
  }

  @Test
  void outWritesTheFileAndNothingToStandardOutput() throws IOException {
    Path report = dir.resolve("report.md");
    assertThat(compare("--format", "markdown", "--out", report.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .startsWith("# DR comparison: test-big-data-dr")
        .contains("—");
  }

  @Test
  void outNeverOverwritesAnExistingFileWithoutForce() throws IOException {
    Path report = Files.writeString(dir.resolve("mine.md"), "the architect's own notes\n");
    assertThat(compare("--out", report.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errLines())
        .isEqualTo(
            "drplan: error: --out "
                + report
                + " exists; not overwriting it (add --force"
                + " to overwrite)\n");
    assertThat(Files.readString(report)).isEqualTo("the architect's own notes\n");

    err.getBuffer().setLength(0);
    assertThat(compare("--out", report.toString(), "--force")).isEqualTo(ExitCodes.OK);
    // Without --format, the file's name chooses: .md is markdown.
    assertThat(Files.readString(report)).startsWith("# DR comparison: test-big-data-dr");
  }

  @Test
  void outIntoAMissingDirectoryIsBadInput() {
    Path report = dir.resolve("no-such-dir").resolve("report.md");
    assertThat(compare("--out", report.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errLines()).contains("does not exist").hasLineCount(1);
  }

  @Test
  void anInternalErrorExitsOneWithoutAStackTrace() {
    int code =
        run(
            file -> {
              throw new IllegalStateException("boom");
            },
            "compare",
            scenarioFile.toString());
    assertThat(code).isEqualTo(ExitCodes.FAILURE);
    assertThat(errLines())
        .isEqualTo(
            "drplan: error: internal error: IllegalStateException: boom"
                + " (run again with --stacktrace for details)\n");
  }

  @Test
  void stacktraceShowsTheStackTraceWhereverItIsGiven() {
    int code =
        run(
            file -> {
              throw new IllegalStateException("boom");
            },
            "compare",
            scenarioFile.toString(),
            "--stacktrace");
    assertThat(code).isEqualTo(ExitCodes.FAILURE);
    assertThat(errLines())
        .startsWith("drplan: error: internal error: IllegalStateException: boom\n")
        .contains("java.lang.IllegalStateException: boom", "\tat ");
  }

  @Test
  void explainCoversEveryConfigurationByDefault() {
    int code =
        run(
            TestScenarios.walmartLike(),
            "explain",
            scenarioFile.toString(),
            "--option",
            "gcs-archive");
    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains(
            "drplan explain: gcs-archive on minimum (test-big-data-dr)",
            "drplan explain: gcs-archive on phase-one (test-big-data-dr)",
            "seed_seconds");
  }

  @Test
  void explainOneConfiguration() {
    int code =
        run(
            TestScenarios.walmartLike(),
            "explain",
            scenarioFile.toString(),
            "--option",
            "vast-on-z3",
            "--configuration",
            "phase-one");
    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("vast-on-z3 on phase-one").doesNotContain("on minimum");
  }

  @Test
  void explainAnUnknownNameListsTheKnownOnes() {
    int code =
        run(
            TestScenarios.walmartLike(),
            "explain",
            scenarioFile.toString(),
            "--option",
            "gcs-arcive");
    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errLines())
        .isEqualTo(
            "drplan: error: --option: unknown option \"gcs-arcive\"; did you mean"
                + " \"gcs-archive\"?\nthe options: vast-on-z3, gcs-archive, gcs-archive-ta,"
                + " gcs-trickle\n");
  }

  @Test
  void explainNeedsAnOption() {
    int code = run(TestScenarios.walmartLike(), "explain", scenarioFile.toString());
    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errLines()).contains("Missing required option: '--option=NAME'");
  }

  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    assertThat(run(TestScenarios.walmartLike(), "--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains(
            "compare",
            "explain",
            "catalog",
            "Exit codes:",
            "0     done",
            "1     anything else",
            "2     bad input or usage",
            "141   standard output was closed by its reader",
            "--stacktrace");
    out.getBuffer().setLength(0);
    assertThat(run(TestScenarios.walmartLike(), "compare", "--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("--format", "--out", "--force", "Exit codes:");
  }

  @Test
  void versionComesFromTheManifest() {
    assertThat(run(TestScenarios.walmartLike(), "--version")).isEqualTo(ExitCodes.OK);
    // no jar manifest when tests run from target/classes
    assertThat(out.toString()).startsWith("drplan ").contains("Java 17");
  }

  @Test
  void catalogListsTheBuiltInEntriesThatMatch() {
    assertThat(run(TestScenarios.walmartLike(), "catalog", "gcs.archive")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("catalog gcp-2026, as of ").contains("gcs.archive.");
    assertThat(out.toString()).doesNotContain("machines.");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void anUnknownCatalogIsBadInput() {
    assertThat(run(TestScenarios.walmartLike(), "catalog", "--catalog", "aws-1999"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errLines())
        .startsWith("drplan: error: unknown catalog \"aws-1999\"")
        .hasLineCount(1);
  }
}

package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.report.TestScenarios;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {

  @TempDir Path dir;

  private Path scenarioFile;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void scenarioFile() throws IOException {
    scenarioFile = Files.writeString(dir.resolve("test.yaml"), "# read by the test reader\n");
  }

  private int report(String... more) {
    // Few samples: the scenario has no uncertain inputs, but keep the default out of tests.
    boolean samples = List.of(more).contains("--samples");
    List<String> args = new ArrayList<>(List.of("report", scenarioFile.toString()));
    if (!samples) {
      args.addAll(List.of("--samples", "50"));
    }
    args.addAll(List.of(more));
    CommandLine commandLine =
        DrplanCommand.commandLine(new DrplanCommand(file -> TestScenarios.walmartLike()));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args.toArray(new String[0]));
  }

  @Test
  void writesTheHtmlProposalToOut() throws IOException {
    Path html = dir.resolve("proposal.html");
    assertThat(report("--out", html.toString())).isEqualTo(ExitCodes.OK);
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(html, StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>")
        .contains("Disaster-recovery proposal: test-big-data-dr")
        .contains("No uncertain inputs in this scenario.")
        .endsWith("</html>\n");
  }

  @Test
  void writesHtmlToStandardOutputWithoutOut() {
    assertThat(report()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("<!DOCTYPE html>");
  }

  @Test
  void neverOverwritesAFileWithoutForce() throws IOException {
    Path html = Files.writeString(dir.resolve("proposal.html"), "the customer's file");
    assertThat(report("--out", html.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("exists; not overwriting it (add --force to overwrite)");
    assertThat(Files.readString(html)).isEqualTo("the customer's file");
    assertThat(report("--out", html.toString(), "--force")).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
  }

  @Test
  void writesAWorkbookForXlsxByFormatOrByExtension() throws IOException {
    Path byFormat = dir.resolve("sizing.bin");
    assertThat(report("--format", "XLSX", "--out", byFormat.toString())).isEqualTo(ExitCodes.OK);
    Path byExtension = dir.resolve("sizing.xlsx");
    assertThat(report("--out", byExtension.toString())).isEqualTo(ExitCodes.OK);
    for (Path workbook : new Path[] {byFormat, byExtension}) {
      byte[] bytes = Files.readAllBytes(workbook);
      // An XLSX file is a ZIP archive: "PK\3\4".
      assertThat(bytes).startsWith(0x50, 0x4B, 0x03, 0x04);
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aWorkbookNeedsAnOutFile() {
    assertThat(report("--format", "xlsx")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--format xlsx is binary: give --out FILE to write it");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void badFormatsAndSampleCountsAreBadInput() {
    assertThat(report("--format", "pdf")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--format: expected html or xlsx, found \"pdf\"");
    assertThat(report("--samples", "0")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("--samples: expected a whole number from 1 to 100,000,000, found \"0\"");
  }

  @Test
  void helpListsTheReportCommand() {
    CommandLine commandLine =
        DrplanCommand.commandLine(new DrplanCommand(file -> TestScenarios.walmartLike()));
    commandLine.setOut(new PrintWriter(out, true));
    assertThat(commandLine.execute("--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("report").contains("Write the proposal");
  }
}

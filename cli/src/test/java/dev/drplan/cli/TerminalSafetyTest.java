package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drplan.report.TestScenarios;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.SafeText;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Text that reaches an output from outside the loader's checks (here a hand-built scenario, as
 * another reader or a future input could deliver) is escaped in every format, on standard output,
 * in files and on standard error: no ESC, C1 or bidirectional control reaches the terminal.
 */
class TerminalSafetyTest {

  private static final String DESCRIPTION = "Walmart \u001B[2J\u001B[31mred\u009B0m \u202Eevil";
  private static final String OPTION = "gcs-\u202Eevihcra";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static Scenario hostile() {
    Scenario base = TestScenarios.walmartLike();
    List<DrOption> options = new ArrayList<>();
    for (DrOption option : base.options()) {
      options.add(option.name().equals("gcs-archive") ? renamed((DataCopy) option) : option);
    }
    return new Scenario(
        base.name(),
        DESCRIPTION,
        base.horizon(),
        base.catalogName(),
        base.catalogAsOf(),
        base.dataset(),
        base.primary(),
        base.network(),
        base.objectives(),
        options);
  }

  private static DataCopy renamed(DataCopy copy) {
    return new DataCopy(
        OPTION,
        copy.storageClass(),
        copy.location(),
        copy.prices(),
        copy.objectSize(),
        copy.objectPerFile(),
        copy.retention(),
        copy.seed(),
        copy.copyEngine(),
        copy.replicationInterval(),
        copy.recovery());
  }

  private int run(String... args) {
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand(file -> hostile()));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  /** Fails on any character a terminal would obey (a CSV line end is fine). */
  private static void assertSafe(String text) {
    String withoutLineEnds = text.replace("\r\n", "\n");
    for (int i = 0; i < withoutLineEnds.length(); i++) {
      char c = withoutLineEnds.charAt(i);
      assertThat(SafeText.unsafe(c))
          .as("U+%04X at %d of %s", (int) c, i, withoutLineEnds)
          .isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "markdown", "csv", "json"})
  void everyFormatOnStandardOutputIsSafe(String format) {
    assertThat(run("compare", "s.yaml", "--format", format)).as(err.toString()).isZero();
    assertSafe(out.toString());
    assertThat(out.toString()).contains("\\u202E");
  }

  @ParameterizedTest
  @ValueSource(strings = {"table.txt", "markdown.md", "csv.csv", "json.json", "report.html"})
  void everyFileIsSafe(String name) throws IOException {
    Path file = dir.resolve(name);
    String command = name.startsWith("report") ? "report" : "compare";
    assertThat(run(command, "s.yaml", "--out", file.toString())).as(err.toString()).isZero();
    assertSafe(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void jsonStillCarriesTheTextItWasGiven() throws IOException {
    assertThat(run("compare", "s.yaml", "--format", "json")).isZero();
    // Escaped as \\u202E inside a JSON string, which a JSON reader reads back as the character.
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("description").asText()).isEqualTo(DESCRIPTION);
    assertThat(json.get("results").get(1).get("option").asText()).isEqualTo(OPTION);
  }

  @Test
  void anErrorQuotingAnArgumentIsSafe() {
    assertThat(run("explain", "s.yaml", "--option", "x\u001B[2J\u009B\u202E")).isEqualTo(2);
    assertSafe(err.toString());
    assertThat(err.toString()).contains("x\\u001B[2J\\u009B\\u202E").hasLineCount(1);
  }
}

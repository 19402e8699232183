package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The commands that name inputs besides compare (decide, simulate, sensitivity, explain) mark each
 * as the scenario does, in InputMarks' words and the same in every format of the command
 * (docs/model.md, "Output contract"). marks/mixed.yaml has one input of each mark: the day-one size
 * stated, the growth assumed, the daily change unmarked, and a stream rate named once under {@code
 * uncertain:} for two options, stated for one and assumed for the other, so an assumption.
 */
class InputMarksCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MIXED = Path.of("src/test/resources/marks/mixed.yaml").toString();

  /** The source each input of marks/mixed.yaml must show. */
  private static final Map<String, String> SOURCES =
      Map.of(
          "dataset.logical_size", "stated",
          "dataset.annual_growth", "assumed",
          "dataset.daily_change", "unmarked",
          "stream_rate", "assumed");

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private String runOk(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    assertThat(commandLine.execute(args)).as(err.toString()).isEqualTo(ExitCodes.OK);
    return out.toString();
  }

  /**
   * The source of each input's row of the table under {@code title}: the cell after the input's
   * key.
   */
  private static Map<String, String> tableSources(String text, String title) {
    int start = text.indexOf("\n\n", text.indexOf(title + "\n")) + 2;
    int end = text.indexOf("\n\n", start);
    String table = text.substring(start, end < 0 ? text.length() : end);
    Map<String, String> sources = new HashMap<>();
    for (String line : table.split("\n")) {
      List<String> cells = List.of(line.trim().split(" +"));
      for (int i = 0; i + 1 < cells.size(); i++) {
        if (SOURCES.containsKey(cells.get(i))) {
          sources.put(cells.get(i), cells.get(i + 1));
        }
      }
    }
    return sources;
  }

  private static Map<String, String> jsonSources(JsonNode list, String keyField) {
    Map<String, String> sources = new HashMap<>();
    for (JsonNode node : list) {
      sources.put(node.get(keyField).asText(), node.get("source").asText());
    }
    return sources;
  }

  @Test
  void decideMarksItsInputsInEveryFormat() throws Exception {
    String table = runOk("decide", MIXED, "--samples", "400");
    assertThat(
            tableSources(
                table, "Flip points: where compare's recommendation changes along each input"))
        .isEqualTo(SOURCES);
    assertThat(tableSources(table, "What to ask the customer first")).isEqualTo(SOURCES);

    JsonNode json = JSON.readTree(runOk("decide", MIXED, "--samples", "400", "-f", "json"));
    assertThat(jsonSources(json.get("flip_points"), "input")).isEqualTo(SOURCES);
    assertThat(jsonSources(json.get("value_of_information").get("inputs"), "input"))
        .isEqualTo(SOURCES);
    JsonNode growth = json.get("flip_points").get(1);
    assertThat(growth.get("input").asText()).isEqualTo("dataset.annual_growth");
    assertThat(growth.get("source_note").asText()).isEqualTo("no growth figure was given");
    assertThat(json.get("flip_points").get(2).get("source_note").isNull()).isTrue();

    String csv = runOk("decide", MIXED, "--samples", "400", "-f", "csv");
    assertThat(csv.lines().filter(line -> line.startsWith("input,")))
        .anySatisfy(line -> assertThat(line).endsWith(",stated,about two petabytes today"))
        .anySatisfy(
            line -> assertThat(line).endsWith(",assumed,\"the nearline figure, not measured\""))
        .anySatisfy(line -> assertThat(line).endsWith(",unmarked,"));

    String markdown = runOk("decide", MIXED, "--samples", "400", "-f", "markdown");
    assertThat(markdown)
        .containsPattern(
            "\\| Data to protect on day one \\(`dataset\\.logical_size`\\) +\\| stated ")
        .containsPattern(
            "\\| Share of the data written or rewritten per day \\(`dataset\\.daily_change`\\)"
                + " +\\| unmarked ");
  }

  @Test
  void sensitivityMarksEachBarInEveryFormat() throws Exception {
    String table = runOk("sensitivity", MIXED, "--option", "gcs-archive");
    assertThat(tableSources(table, "Tornado")).isEqualTo(SOURCES);
    JsonNode json =
        JSON.readTree(runOk("sensitivity", MIXED, "--option", "gcs-archive", "-f", "json"));
    assertThat(jsonSources(json.get("bars"), "key")).isEqualTo(SOURCES);
    List<String> csv =
        runOk("sensitivity", MIXED, "--option", "gcs-archive", "-f", "csv").lines().toList();
    assertThat(csv.get(0)).endsWith(",source,source_note");
    assertThat(csv)
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains(",stream_rate,")
                    .endsWith(",assumed,\"the nearline figure, not measured\""));
    assertThat(runOk("sensitivity", MIXED, "--option", "gcs-archive", "-f", "markdown"))
        .containsPattern("\\(`dataset\\.logical_size`\\) +\\| stated +\\|");
  }

  @Test
  void simulateMarksItsUncertainInputs() throws Exception {
    String table = runOk("simulate", MIXED, "--samples", "200");
    assertThat(tableSources(table, "Uncertain inputs")).isEqualTo(SOURCES);
    JsonNode json = JSON.readTree(runOk("simulate", MIXED, "--samples", "200", "-f", "json"));
    assertThat(jsonSources(json.get("inputs"), "key")).isEqualTo(SOURCES);
    assertThat(json.get("inputs").get(0).get("source_note").asText())
        .isEqualTo("about two petabytes today");
  }

  /**
   * explain counts the marks under its title and marks each formula input that is a scenario input,
   * by its own key: the stream rate is stated for gcs-nearline and assumed for gcs-archive.
   */
  @Test
  void explainMarksEachFormulaInputThatIsAScenarioInput() {
    String archive = runOk("explain", MIXED, "--option", "gcs-archive");
    assertThat(archive)
        .contains("Inputs: 2 stated by the customer, 2 assumptions, ")
        .contains("      L0 = 2.00 PB  (stated)\n")
        .contains("      g  = 20.0%  (assumed)\n")
        .containsPattern("per_stream += 200\\.0 MB/s \\(1\\.60 Gbps\\)  \\(assumed\\)\n")
        // a figure derived before, and a catalog figure, are not the scenario's inputs
        .containsPattern("      capacity += [0-9.]+ PB\n")
        .containsPattern("dbox_raw \\(ceres-df3015\\) += [0-9.]+ TB\n");
    assertThat(runOk("explain", MIXED, "--option", "gcs-nearline"))
        .containsPattern("per_stream += 200\\.0 MB/s \\(1\\.60 Gbps\\)  \\(stated\\)\n");
    assertThat(runOk("explain", "../scenarios/pilot.yaml", "--option", "gcs-nearline"))
        .contains("The scenario does not say which of its inputs the customer stated")
        .doesNotContain("(unmarked)")
        .contains("      L0 = 2.00 PB\n");
  }
}

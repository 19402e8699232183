package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code drplan decide} as shipped, on the repository's scenarios. */
class DecideCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WALMART = Path.of("../scenarios/walmart.yaml").toString();

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private String runOk(String... args) {
    assertThat(run(args)).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(err.toString()).isEmpty();
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "table", "csv", "markdown"})
  void theSameSeedGivesTheSameBytesWhateverTheThreadCount(String format) {
    String one =
        runOk(
            "decide", WALMART, "--samples", "3000", "--seed", "7", "--threads", "1", "-f", format);
    String three =
        runOk(
            "decide", WALMART, "--samples", "3000", "--seed", "7", "--threads", "3", "-f", format);
    String otherSeed =
        runOk(
            "decide", WALMART, "--samples", "3000", "--seed", "8", "--threads", "3", "-f", format);
    assertThat(three).isEqualTo(one);
    assertThat(otherSeed).isNotEqualTo(one);
  }

  @Test
  void walmartReportsOddsTheChoiceFlipsAndQuestions() throws IOException {
    String table = runOk("decide", WALMART, "--samples", "2000");
    assertThat(table)
        .startsWith("drplan decide: walmart-big-data-dr\n")
        .contains("Alternatives over the sampled futures")
        .contains("Flip points: where compare's recommendation changes along each input")
        // compare's recommendation holds up to 84.8% efficiency; above it gcs-archive meets its
        // RTO too and, cheaper than its run-in-cloud twin (packed objects), is recommended
        .containsPattern(
            "network\\.efficiency .*gcs-archive-run-in-cloud on phase-one up to"
                + " 84\\.8%; above it, gcs-archive on phase-one")
        .contains("What to ask the customer first");
    // The daily change decides whether anything works: asked in plain words, with its range (the
    // text is wrapped, so compared with its line breaks as spaces).
    assertThat(table.replaceAll("\\s*\n\\s*", " "))
        .contains(
            "1. How much data is written or rewritten on a typical day? (dataset.daily_change,"
                + " assumed, range 0.25% to 1.50%: feasible in ")
        .containsPattern("In [0-9.]+% of the futures no alternative is feasible");

    JsonNode json = JSON.readTree(runOk("decide", WALMART, "--samples", "2000", "-f", "json"));
    assertThat(json.get("samples").asInt()).isEqualTo(2000);
    assertThat(json.get("confidence").asDouble()).isEqualTo(0.9);
    assertThat(json.get("alternatives").size()).isGreaterThanOrEqualTo(10);
    JsonNode first = json.get("alternatives").get(0);
    assertThat(first.get("feasible_probability").asDouble()).isBetween(0.0, 1.0);
    assertThat(first.get("horizon_cost_usd_p10").asDouble())
        .isLessThanOrEqualTo(first.get("horizon_cost_usd_p50").asDouble());
    assertThat(json.get("recommendation").has("reaches_confidence")).isTrue();
    assertThat(json.get("flip_points").size()).isPositive();
    JsonNode voi = json.get("value_of_information");
    assertThat(voi.get("estimator").asText()).isEqualTo("regression");
    assertThat(voi.get("evpi_usd").asDouble()).isNotNegative();
    // Where run-in-cloud fails the RPO every data copy fails it too (one link, one change rate):
    // no alternative works there, so knowing cannot pick between them (charging each failing plan
    // its own cost once made the EVPI about $0.49 M, from an option feasible in no future). Where
    // the restore-to-primary gcs-archive meets its RTO too (slower growth, a faster link), it is
    // the cheaper (packed objects: half the object writes of a copy read in place), so knowing
    // first saves at most that difference, a few hundred thousand dollars over the horizon.
    assertThat(voi.get("nothing_feasible_probability").asDouble()).isBetween(0.3, 0.7);
    assertThat(voi.get("evpi_usd").asDouble()).isBetween(1e3, 1e6);
    // walmart's closest pair is feasible in some futures and not in others, and the daily change
    // decides that more than any input does (docs/model.md, "What to ask first").
    assertThat(voi.get("feasibility_of").asText()).endsWith(" on phase-one");
    String decidesMost = null;
    double most = -1;
    for (JsonNode input : voi.get("inputs")) {
      assertThat(input.get("question").asText()).endsWith("?");
      assertThat(input.get("evppi_usd").asDouble())
          .isLessThanOrEqualTo(voi.get("evpi_usd").asDouble() * (1 + 1e-9));
      double explained = input.get("feasibility_explained").asDouble();
      assertThat(explained).isBetween(0.0, 1.0);
      assertThat(input.get("feasible_lowest_fifth").asDouble()).isBetween(0.0, 1.0);
      if (explained > most) {
        most = explained;
        decidesMost = input.get("input").asText();
      }
    }
    assertThat(decidesMost).isEqualTo("dataset.daily_change");
    String csv = runOk("decide", WALMART, "--samples", "500", "-f", "csv");
    assertThat(csv)
        .startsWith("record,configuration,option,lever,lever_unit,lever_value,")
        // the input marks last, so that the columns before them keep their places
        .containsPattern(",nothing_feasible_probability,source,source_note\r?\n")
        // the evpi row: the EVPI and its standard error, then the share of futures where nothing
        // works, then no marks
        .containsPattern("\nevpi,[,]*[0-9.]+,[0-9.]+,,,,,0\\.[0-9]+,,\r?\n");
    assertThat(runOk("decide", WALMART, "--samples", "500", "-f", "markdown"))
        .startsWith("# drplan decide: walmart-big-data-dr");
  }

  /**
   * walmart writes the average file size as {median: 128 MiB, p90: 512 MiB}: its range, P1 to P99
   * of the lognormal (σ = ln(512 / 128) / 1.2816), is 128 MiB × e^(∓2.3263 σ) = 10.3 MiB to 1,585
   * MiB, shown in the binary units it was written in (it once read "10.8 MB to 1.66 GB"), in the
   * flip table and in the table of questions alike.
   */
  @Test
  void aSizeWrittenInBinaryUnitsKeepsThemInTheFlipAndQuestionTables() {
    String table = runOk("decide", WALMART, "--samples", "500");
    assertThat(table)
        .containsPattern(
            "\\n\\s*dataset\\.average_file_size +assumed +10\\.3 MiB to 1\\.55 GiB +gcs-")
        .containsPattern(
            "\\n +[0-9]+ +dataset\\.average_file_size +assumed +10\\.3 MiB to 1\\.55 GiB +\\$")
        .doesNotContain("10.8 MB");
  }

  /**
   * Above 0.90% daily change no pair is feasible because the copies fall behind at the busiest
   * hour's rate held, the model's worst case: the flip table says so once, as compare words it, and
   * the JSON names the reason for each input whose flip leads to no pair.
   */
  @Test
  void aFlipToNoFeasiblePairSaysWhatBlocksIt() throws IOException {
    String table = runOk("decide", WALMART, "--samples", "500").replaceAll("\\s*\n\\s*", " ");
    assertThat(table)
        .contains(
            "Where no pair is feasible, the pair recommended on the other side of the flip fails"
                + " because incremental copies fall behind at the busiest hour's rate held (the"
                + " model's worst case; no RPO)");
    assertThat(table.indexOf("the model's worst case; no RPO); a change_profile"))
        .isEqualTo(table.lastIndexOf("the model's worst case; no RPO); a change_profile"));
    JsonNode json = JSON.readTree(runOk("decide", WALMART, "--samples", "500", "-f", "json"));
    for (JsonNode input : json.get("flip_points")) {
      String because = input.get("nothing_feasible_because").toString();
      if (input.get("input").asText().equals("dataset.daily_change")) {
        assertThat(because).isEqualTo("[\"rpo-backlog-grows\"]");
      }
      if (input.get("input").asText().equals("dataset.logical_size")) {
        assertThat(because).isEqualTo("[]");
      }
    }
  }

  @Test
  void tooFewSamplesForTheValueOfInformationIsSaid() throws IOException {
    JsonNode json = JSON.readTree(runOk("decide", WALMART, "--samples", "50", "-f", "json"));
    assertThat(json.get("value_of_information").isNull()).isTrue();
    assertThat(runOk("decide", WALMART, "--samples", "50"))
        .contains("The value of information needs at least 100 samples");
  }

  @Test
  void aScenarioWithoutUncertainInputsHasOneFuture() throws IOException {
    String pilot = Path.of("../scenarios/pilot.yaml").toString();
    assertThat(runOk("decide", pilot, "--samples", "200"))
        .contains("Recommendation at 90.0% confidence: gcs-archive-appliance-seed on phase-one.")
        .contains("No input of the scenario is uncertain")
        .doesNotContain("Flip points");
    JsonNode json = JSON.readTree(runOk("decide", pilot, "--samples", "200", "-f", "json"));
    assertThat(json.get("flip_points")).isEmpty();
    assertThat(json.get("value_of_information").isNull()).isTrue();
    for (JsonNode alternative : json.get("alternatives")) {
      assertThat(alternative.get("horizon_cost_usd_p10").asDouble())
          .isEqualTo(alternative.get("horizon_cost_usd_p90").asDouble());
    }
  }

  @Test
  void badArgumentsExitWith2() {
    assertThat(run("decide", WALMART, "--samples", "0")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--samples: expected a whole number from 1 to 100,000,000");
    assertThat(run("decide", WALMART, "--threads", "0")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--threads: expected a whole number from 1 to ");
    assertThat(run("decide", WALMART, "-f", "html")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--format: expected one of table, markdown, csv, json");
  }
}

package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code compare}'s recommendation names where it changes within the range of every uncertain
 * input, the scenario's distributions as well as its uncertain catalog figures, nearest first, and
 * says that how likely it is comes from {@code decide} (docs/model.md §8, "Where the recommendation
 * changes"); on walmart, where {@code decide}'s flip points say it does.
 */
class CompareFlipsTest {

  private static final String WALMART = "../scenarios/walmart.yaml";

  private static String drplan(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    assertThat(commandLine.execute(args)).as("exit code, stderr %s", err).isEqualTo(ExitCodes.OK);
    return out.toString();
  }

  private static JsonNode json(String... args) throws IOException {
    return new ObjectMapper().readTree(drplan(args));
  }

  @Test
  void theRecommendationNamesEveryFlipDecideFindsAlongTheDistributions() throws IOException {
    JsonNode recommendation = json("compare", WALMART, "--format", "json").get("recommendation");
    JsonNode decide = json("decide", WALMART, "--samples", "64", "--format", "json");
    String recommended =
        recommendation.get("option").asText()
            + " on "
            + recommendation.get("configuration").asText();

    assertThat(recommendation.get("at_base_values").asBoolean()).isTrue();
    JsonNode flips = recommendation.get("flips");
    List<String> inputs = new ArrayList<>();
    for (JsonNode flip : flips) {
      inputs.add(flip.get("input").asText());
    }
    // Every input along which decide sees the recommendation change is in compare's list, with
    // the change nearest the base value on each side, where decide locates it.
    int sides = 0;
    for (JsonNode input : decide.get("flip_points")) {
      String name = input.get("input").asText();
      double tolerance = 2 * (input.get("upper").asDouble() - input.get("lower").asDouble()) * 1e-6;
      for (JsonNode point : input.get("points")) {
        boolean leaves = point.get("from").asText().equals(recommended);
        boolean arrives = point.get("to").asText().equals(recommended);
        if (!leaves && !arrives) {
          continue;
        }
        sides++;
        JsonNode flip = flips.get(inputs.indexOf(name));
        assertThat(flip).as("compare's flip of %s", name).isNotNull();
        assertThat(flip.get("source").asText()).isEqualTo("distribution");
        assertThat(flip.get("flip").asDouble())
            .as("where %s changes the recommendation", name)
            .isCloseTo(point.get("at").asDouble(), within(tolerance));
        assertThat(flip.get("becomes").asText())
            .isEqualTo(arrives ? point.get("from").asText() : point.get("to").asText());
      }
    }
    assertThat(sides).as("flips decide finds on walmart").isGreaterThanOrEqualTo(6);
    // Growth 45% → 43.3%, a relative 3.8%, is the nearest; the Archive class-A price, a catalog
    // placeholder that flips it only at 46.6 times its value, comes last.
    assertThat(inputs.get(0)).isEqualTo("dataset.annual_growth");
    JsonNode last = flips.get(flips.size() - 1);
    assertThat(last.get("input").asText())
        .isEqualTo("options.gcs-archive-run-in-cloud.prices.class_a_per_1000");
    assertThat(last.get("source").asText()).isEqualTo("catalog placeholder");
    assertThat(last.get("entry").asText()).isEqualTo("gcs.archive.us-central1.class_a_per_1000");
  }

  @Test
  void everyFormatSaysTheFiguresAreAtBaseValuesAndNamesTheNearestFlip() {
    for (String format : List.of("table", "markdown")) {
      String out = drplan("compare", WALMART, "--format", format).replace("\\_", "_");
      String why = out.substring(out.indexOf("Recommendation")).replaceAll("\\s+", " ");
      assertThat(why)
          .as("--format %s", format)
          .contains("every figure here is at the base value of the uncertain inputs")
          .contains("drplan decide")
          // The table names the input by key path; the markdown in words, the key path as code.
          .contains(
              format.equals("table")
                  ? "dataset.annual_growth is 43.3% instead of 45.0% (then gcs-archive on phase-one)"
                  : "compound growth per year (`dataset.annual_growth`) is 43.3% instead of 45.0%"
                      + " (then gcs-archive on phase-one)");
    }
  }
}

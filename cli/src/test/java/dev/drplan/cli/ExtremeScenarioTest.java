package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** 100 EB growing 100% a year for 10 years, through the real loader and every format. */
class ExtremeScenarioTest {

  private static String compare(String format) throws Exception {
    Path file =
        Path.of(ExtremeScenarioTest.class.getResource("/extreme/hundred-exabytes.yaml").toURI());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute("compare", file.toString(), "--format", format);
    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "markdown", "csv", "json"})
  void everyFigureIsFiniteInEveryFormat(String format) throws Exception {
    String report = compare(format);
    assertThat(report).doesNotContainIgnoringCase("nan").doesNotContainIgnoringCase("infinity");
  }

  @org.junit.jupiter.api.Test
  void figuresThatCannotExistAreNullWithReasons() throws Exception {
    JsonNode root = new ObjectMapper().readTree(compare("json"));
    // L(H) = 100 EB x 2^10: parsed back from the JSON without loss of magnitude.
    for (JsonNode result : root.get("results")) {
      assertThat(result.get("feasible").asBoolean()).isFalse();
      assertThat(result.get("reasons").size()).isPositive();
      // 1 Gbps cannot keep up with 5 EB a day: no seed, no RPO.
      assertThat(result.get("seed_seconds").isNull()).isTrue();
      assertThat(result.get("rpo_seconds").isNull()).isTrue();
      assertThat(result.get("horizon_cost_usd").isNumber()).isTrue();
    }
    assertThat(root.get("recommendation").get("option").isNull()).isTrue();
  }
}

package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import picocli.CommandLine;

/**
 * The backlog replay (docs/model.md §5, "The backlog") through the real command line, on the
 * scenarios of {@code src/test/resources/backlog/}: 1 PB that does not grow, R = 1 GB/s (one 8 Gbps
 * circuit at 100%), copies every hour, a 4 h RPO objective, and a week of hourly changes from a CSV
 * beside the scenario. Expected figures are written as the arithmetic of the queue.
 */
class BacklogCommandsTest {

  private static final Path DIR = Path.of("src/test/resources/backlog");
  private static final double R = 1e9;
  private static final double LAMBDA = 0.5e9;
  private static final double HOUR = 3600;

  @TempDir Path temp;

  /** What one run of drplan printed. */
  private record Run(int exit, String out, String err) {}

  private static Run drplan(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static String compare(String scenario, String format) {
    Run run = drplan("compare", DIR.resolve(scenario).toString(), "--format", format);
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    return run.out();
  }

  private static JsonNode pair(String scenario) throws IOException {
    return new ObjectMapper().readTree(compare(scenario, "json")).get("results").get(0);
  }

  @Test
  void aConstantProfileGivesTheModelsRpoThroughCompare() throws IOException {
    JsonNode pair = pair("constant.yaml");
    // RPO = I + λ · I / R, §5's closed form at d_peak = λ, and the replay's largest RPO.
    double rpo = HOUR + LAMBDA * HOUR / R;
    assertThat(pair.get("rpo_seconds").asDouble()).isCloseTo(rpo, within(1e-6));
    assertThat(pair.get("rpo_max_seconds").asDouble()).isCloseTo(rpo, within(1e-6));
    assertThat(pair.get("rpo_within_objective").asDouble()).isEqualTo(1.0);
    assertThat(pair.get("backlog_max_bytes").asDouble()).isCloseTo(LAMBDA * HOUR, within(1e-3));
    assertThat(pair.get("backlog_catches_up").asBoolean()).isTrue();
    assertThat(pair.get("backlog_shortfall_bytes_per_second").isNull()).isTrue();
    // At R = λ each hour's copy takes the hour: RPO 2 h, within 4 h, on ceil(0.5 / 1) circuit.
    assertThat(pair.get("rpo_compliance_bytes_per_second").asDouble())
        .isCloseTo(LAMBDA, within(1.0));
    assertThat(pair.get("rpo_compliance_circuits").asLong()).isEqualTo(1);
    assertThat(pair.get("feasible").asBoolean()).isTrue();
  }

  @Test
  void aBurstDrainsInTheBurstOverTheSpareRate() throws IOException {
    JsonNode pair = pair("burst.yaml");
    double burst = 3.6e12;
    assertThat(pair.get("backlog_drain_seconds").asDouble())
        .isCloseTo(burst / (R - LAMBDA), within(1e-6));
    assertThat(pair.get("backlog_max_bytes").asDouble())
        .isCloseTo(LAMBDA * HOUR + burst, within(1e-3));
    // The burst is the row of 2025-01-08T01:00Z; the snapshot an hour later takes it.
    assertThat(pair.get("backlog_max_at").asText()).isEqualTo("2025-01-08T02:00:00Z");
  }

  @Test
  void aProfileAboveCapacityNeverCatchesUpInEveryFormat() throws IOException {
    JsonNode pair = pair("above-capacity.yaml");
    assertThat(pair.get("feasible").asBoolean()).isFalse();
    assertThat(pair.get("backlog_catches_up").asBoolean()).isFalse();
    assertThat(pair.get("backlog_shortfall_bytes_per_second").asDouble())
        .isCloseTo(1.5e9 - R, within(1e-3));
    List<String> codes = new ArrayList<>();
    pair.get("reason_codes").forEach(code -> codes.add(code.asText()));
    assertThat(codes).containsExactly("rpo-never-catches-up");
    assertThat(pair.get("reasons").get(0).asText()).contains("never catch up");

    String table = compare("above-capacity.yaml", "table").replaceAll("\\n +", " ");
    assertThat(table).contains("never catch up").contains("no, short by 500.0 MB/s (4.00 Gbps)");
    String markdown = compare("above-capacity.yaml", "markdown");
    assertThat(markdown).contains("never catch up").contains("no, short by 500.0 MB/s");
    String csv = compare("above-capacity.yaml", "csv");
    String[] lines = csv.split("\r\n");
    List<String> header = List.of(lines[0].split(","));
    assertThat(header).contains("backlog_catches_up", "backlog_shortfall_gbps");
    assertThat(lines[1]).contains("never catch up").contains("rpo-never-catches-up");
    assertThat(cell(lines[1], header.indexOf("backlog_catches_up"))).isEqualTo("false");
    assertThat(Double.parseDouble(cell(lines[1], header.indexOf("backlog_shortfall_gbps"))))
        .isCloseTo((1.5e9 - R) * 8 / 1e9, within(1e-9));
  }

  /**
   * A replay whose backlog would go beyond the 1,000 EB drplan computes (backlog-beyond-data-limit
   * .yaml: about 3e22 B within the week) has every figure null, in every format, with the reason
   * that says why; no figure of it is a number beyond the limit, and the pair is not feasible.
   */
  @Test
  void aReplayBeyondTheDataLimitIsNullWithItsReasonInEveryFormat() throws IOException {
    String scenario = "backlog-beyond-data-limit.yaml";
    JsonNode pair = pair(scenario);
    for (String key :
        List.of(
            "rpo_p99_seconds",
            "rpo_max_seconds",
            "backlog_max_bytes",
            "backlog_max_at",
            "backlog_drain_seconds",
            "backlog_shortfall_bytes_per_second",
            "backlog_catches_up",
            "rpo_compliance_bytes_per_second",
            "rpo_compliance_circuits",
            "rpo_compliance_rpo_max_seconds")) {
      assertThat(pair.get(key).isNull()).as(key).isTrue();
    }
    List<String> codes = new ArrayList<>();
    pair.get("reason_codes").forEach(code -> codes.add(code.asText()));
    assertThat(codes)
        .contains("rpo-replay-beyond-data-limit")
        .doesNotContain("rpo-never-catches-up", "rpo-compliance-beyond-circuits");
    assertThat(pair.get("feasible").asBoolean()).isFalse();
    assertThat(pair.toString()).contains("takes the replay beyond 1,000.0 EB");

    String table = compare(scenario, "table").replaceAll("\\n +", " ");
    assertThat(table).contains("takes the replay beyond 1,000.0 EB").doesNotContain(" ZB");
    String csv = compare(scenario, "csv");
    String[] lines = csv.split("\r\n");
    List<String> header = List.of(lines[0].split(","));
    assertThat(cell(lines[1], header.indexOf("backlog_catches_up"))).isEmpty();
    assertThat(cell(lines[1], header.indexOf("rpo_compliance_circuits"))).isEmpty();
    assertThat(lines[1]).contains("rpo-replay-beyond-data-limit");
  }

  /**
   * A week of 0.5 GB/s measured on 1 PB and replayed on 1,000 EB is 0.5e9 · 1e21 / 1e15 = 5e14 B/s;
   * at 1.25e-5 B/s a circuit (1 bps at 1% efficiency and a 1% DR share) that is 4e19 circuits, more
   * than a long holds (2^63 − 1 ≈ 9.22e18): the figure is null in every format, with the reason
   * that says so, never 9,223,372,036,854,775,807.
   */
  @Test
  void circuitsBeyondAnyNumberAreNullWithTheirReasonInEveryFormat() throws IOException {
    String scenario = "beyond-circuits.yaml";
    JsonNode pair = pair(scenario);
    assertThat(pair.get("rpo_compliance_bytes_per_second").asDouble())
        .isCloseTo(0.5e9 * 1e21 / 1e15, within(0.5e9 * 1e6 * 1e-9));
    assertThat(pair.get("rpo_compliance_circuits").isNull()).isTrue();
    List<String> codes = new ArrayList<>();
    pair.get("reason_codes").forEach(code -> codes.add(code.asText()));
    assertThat(codes).contains("rpo-compliance-beyond-circuits");
    assertThat(pair.toString()).contains("is beyond any number of circuits of ");

    String largestLong = "9,223,372,036,854,775,807";
    String table = compare(scenario, "table").replaceAll("\\n +", " ");
    assertThat(table).contains("beyond any number of circuits").doesNotContain(largestLong);
    String markdown = compare(scenario, "markdown");
    assertThat(markdown).contains("beyond any number of circuits").doesNotContain(largestLong);
    String csv = compare(scenario, "csv");
    assertThat(csv).doesNotContain(String.valueOf(Long.MAX_VALUE));
    String[] lines = csv.split("\r\n");
    List<String> header = List.of(lines[0].split(","));
    assertThat(cell(lines[1], header.indexOf("rpo_compliance_circuits"))).isEmpty();
    assertThat(lines[1]).contains("rpo-compliance-beyond-circuits");

    Run explain = drplan("explain", DIR.resolve(scenario).toString(), "--option", "copy");
    assertThat(explain.exit()).isEqualTo(ExitCodes.OK);
    assertThat(explain.out())
        .contains("§5  rpo_compliance_circuits = never  [null]")
        .contains("circuits = none: R needed / (line_rate · efficiency · dr_share) is beyond any")
        .doesNotContain("= " + largestLong);
  }

  /**
   * capped.yaml: a primary of 4 C-boxes · 4 nodes · 125 MB/s = 2 GB/s, and 36 TB more in hour 49 of
   * a steady 1.8 TB an hour. Even at 2 GB/s snapshot 50's delta takes (1.8e12 + 36e12) / 2e9 s =
   * 5.25 h, so the RPO is above 4 h for at least 5.25 h + 1 h − 4 h = 2.25 h of the week's 168,
   * more than the 1.68 h rpo_compliance 99% allows: the rate needed is above the primary's 2 GB/s,
   * and every format that prints the reason says that circuits alone cannot reach it, never that
   * some number of circuits "would meet it".
   */
  @Test
  void aComplianceRateAboveAnotherLimitIsNeverSaidToBeMetByCircuits() throws IOException {
    String scenario = "capped.yaml";
    JsonNode pair = pair(scenario);
    double needed = pair.get("rpo_compliance_bytes_per_second").asDouble();
    assertThat(needed).isGreaterThan(4 * 4 * 125e6);
    assertThat(pair.get("rpo_compliance_capped_by").asText()).isEqualTo("primary");
    List<String> codes = new ArrayList<>();
    pair.get("reason_codes").forEach(code -> codes.add(code.asText()));
    assertThat(codes).containsExactly("rpo-compliance-capped");
    String capped =
        "but primary caps the replication rate at 2.00 GB/s (16.0 Gbps), below it, whatever the"
            + " circuits";
    assertThat(pair.get("reasons").get(0).asText())
        .contains("within the objective 4.00 h for")
        .contains(capped)
        .doesNotContain("would meet it");

    String table = compare(scenario, "table").replaceAll("\\n +", " ");
    assertThat(table).contains(capped).doesNotContain("would meet it");
    String markdown = compare(scenario, "markdown").replaceAll("\\n +", " ");
    assertThat(markdown).contains(capped).doesNotContain("would meet it");
    String csv = compare(scenario, "csv");
    assertThat(csv).contains(capped).doesNotContain("would meet it");

    Run explain = drplan("explain", DIR.resolve(scenario).toString(), "--option", "copy");
    assertThat(explain.exit()).isEqualTo(ExitCodes.OK);
    assertThat(explain.out())
        .containsPattern("rpo_compliance_capped_by += primary")
        .containsPattern("capped rate, below R needed whatever the circuits += 2.00 GB/s")
        .doesNotContain("would meet it");
    assertThat(explain.out().replaceAll("\\n +", " ")).contains(capped);

    Path html = temp.resolve("capped.html");
    assertThat(drplan("report", DIR.resolve(scenario).toString(), "--out", html.toString()).exit())
        .isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(html, StandardCharsets.UTF_8))
        .contains("egress caps the replication rate at 2.00 GB/s (16.0 Gbps), below it")
        .doesNotContain("would meet it");
  }

  /**
   * A week of hours against a 3-day horizon, the data growing 10% a year: t0 = max(0, 3 d − 7 d) =
   * 0, day one, where growing data is smallest; the profile line says why it starts there.
   */
  @Test
  void aProfileLongerThanTheHorizonIsSaidToBeReplayedFromDayOne() {
    String scenario = "longer-than-horizon.yaml";
    String said =
        "replayed from day one, because the profile (7.00 d) is longer than the horizon (3.00 d),"
            + " and past the horizon's end";
    for (String format : List.of("table", "markdown")) {
      assertThat(compare(scenario, format).replaceAll("\\n +", " "))
          .as(format)
          .contains(said)
          .doesNotContain("where the data is largest");
    }
    // A profile within the horizon keeps its placement at the horizon's end.
    assertThat(compare("constant.yaml", "table").replaceAll("\\n +", " "))
        .contains("into the plan, where the data is largest");
  }

  /** The {@code index}th cell of a CSV line whose quoted fields may hold commas. */
  private static String cell(String line, int index) {
    List<String> cells = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    cells.add(field.toString());
    return cells.get(index);
  }

  @Test
  void explainShowsTheQueuesFiguresWithTheirRulesAndFormulas() {
    Run run = drplan("explain", DIR.resolve("above-capacity.yaml").toString(), "--option", "copy");
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .contains("§5  change_profile_average_bytes_per_second = 1.50 GB/s")
        .contains("average = Σ scaled change / T")
        .contains("§5  rpo_p99_seconds = ")
        .contains("RPO P99 = the RPO not exceeded for 99% of the replayed time T")
        .contains("§5  backlog_shortfall_bytes_per_second = 500.0 MB/s")
        .contains("shortfall = average change rate − R")
        .contains("§5  rpo_compliance_circuits = 2")
        // A week of a constant 1.5 GB/s from Monday 2025-01-06 never drains: the queue is largest
        // just after the last snapshot, at the end of the week.
        .containsPattern("backlog_max_bytes = .*\\n.*\\n +at += 2025-01-13T00:00:00Z")
        .contains("reason: incremental copies never catch up");
  }

  /**
   * The closed form passes this pair (d_peak = 0.5 GB/s < R = 1 GB/s) but the replay does not (1.5
   * GB/s on average): the remedies are those that meet the replay, in its terms. A second 8 Gbps
   * circuit gives R = 2 GB/s, whose copies of 1.5 GB/s · 1 h take 45 min, so the RPO stays under
   * 1.75 h; more hosts, boxes or a smaller recovery scope leave R at 1 GB/s and do not help.
   */
  @Test
  void remediesOfAReplayedPairAreHeldToTheReplayInCompareAndExplain() {
    Run explain =
        drplan("explain", DIR.resolve("above-capacity.yaml").toString(), "--option", "copy");
    // Wrapped lines joined: the sentence is checked whole.
    assertThat(explain.out().replaceAll("\\n +", " "))
        .contains(
            "remedy: copies never catch up (average change 1.50 GB/s > replication 1.00 GB/s): one"
                + " more 8.00 Gbps circuit (1 → 2) → RPO within the objective 100.0% of the time")
        .doesNotContain("C-box")
        .doesNotContain("copy engine host")
        .doesNotContain("recovery scope 100.0% →");

    String table = compare("above-capacity.yaml", "table").replaceAll("\\n +", " ");
    assertThat(table)
        .contains("copy on only: copies never catch up")
        .doesNotContain("other single change");
  }

  /**
   * simulate (like sweep, solve, sensitivity, decide and validate) evaluates by the closed form,
   * which passes this pair while compare's replay fails it: it says so rather than contradict
   * compare without a word.
   */
  @Test
  void theCommandsThatDoNotReplayTheProfileSaySo() {
    Run simulate =
        drplan(
            "simulate",
            DIR.resolve("above-capacity.yaml").toString(),
            "--samples",
            "100",
            "--seed",
            "1");
    assertThat(simulate.exit()).isEqualTo(ExitCodes.OK);
    assertThat(simulate.err())
        .contains("drplan simulate: note: the scenario's change profile is not replayed here");
    assertThat(drplan("compare", DIR.resolve("above-capacity.yaml").toString()).err()).isEmpty();
  }

  @Test
  void theReportHasTheBacklogSectionOnlyWithAProfile() throws IOException {
    Path with = temp.resolve("with.html");
    assertThat(
            drplan("report", DIR.resolve("burst.yaml").toString(), "--out", with.toString()).exit())
        .isEqualTo(ExitCodes.OK);
    String html = Files.readString(with, StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<section id=\"rpo-backlog\">")
        .contains("id=\"chart-backlog-week-1\"")
        .contains("<table class=\"compliance\">")
        .doesNotContain("NaN");

    Path without = temp.resolve("without.html");
    Path pilot = Path.of("../scenarios/pilot.yaml");
    assertThat(drplan("report", pilot.toString(), "--out", without.toString()).exit())
        .isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(without, StandardCharsets.UTF_8))
        .doesNotContain("<section id=\"rpo-backlog\">");
  }

  @Test
  void aScenarioElsewhereReadsItsProfileBesideIt() throws IOException {
    Path moved = temp.resolve("elsewhere");
    Files.createDirectories(moved);
    Files.copy(DIR.resolve("constant.yaml"), moved.resolve("scenario.yaml"));
    Files.copy(DIR.resolve("constant.csv"), moved.resolve("constant.csv"));
    Run run = drplan("compare", moved.resolve("scenario.yaml").toString(), "--format", "json");
    assertThat(run.err()).isEmpty();
    assertThat(new ObjectMapper().readTree(run.out()).get("change_profile").get("source").asText())
        .isEqualTo("constant.csv");
  }
}

package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The markdown, pasted into proposals, names a scenario key by its meaning, its key path beside it
 * as code, never by a bare key name (docs/model.md, "Output contract"); the terminal table and the
 * JSON keep the key names, which are the architect's and a contract.
 */
class MarkdownNamesTest {

  /** A key name outside code: snake_case, as markdown escapes it or not. */
  private static final Pattern KEY_NAME = Pattern.compile("[a-z0-9]+(\\\\?_[a-z0-9]+)+");

  /** Formula symbols the markdown writes as such (docs/model.md, "Notation"). */
  private static final List<String> SYMBOLS = List.of("d_peak");

  private String runOk(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    assertThat(commandLine.execute(args)).as(err.toString()).isEqualTo(ExitCodes.OK);
    return out.toString();
  }

  /** The key names a markdown text names outside code spans. */
  private static List<String> bareKeyNames(String markdown) {
    List<String> names = new ArrayList<>();
    Matcher name = KEY_NAME.matcher(markdown.replaceAll("`[^`\n]*`", "``"));
    while (name.find()) {
      if (!SYMBOLS.contains(name.group())) {
        names.add(name.group());
      }
    }
    return names;
  }

  @Test
  void compareMarkdownNamesNoKeyOutsideCode() {
    for (String scenario : List.of("walmart.yaml", "walmart-profile.yaml", "pilot.yaml")) {
      String markdown =
          runOk("compare", Path.of("../scenarios", scenario).toString(), "-f", "markdown");
      assertThat(bareKeyNames(markdown)).as(scenario).isEmpty();
    }
  }

  @Test
  void theWalmartReasonsNameTheirLimitsByMeaningWithTheKeyBeside() {
    String markdown = runOk("compare", "../scenarios/walmart.yaml", "-f", "markdown");
    assertThat(markdown)
        .contains(
            "longer than the longest acceptable first full copy, 180.0 d"
                + " (`objectives.max_seed`)")
        .contains("more than the largest node count of one cluster, 250 (the option's `max_nodes`)")
        .contains(
            "licence (no licence price per usable TB-month on the VMs, the option's"
                + " `licence_per_tb_month`)");
    // The terminal keeps the engine's words.
    String table = runOk("compare", "../scenarios/walmart.yaml");
    assertThat(table.replaceAll("\\s*\n\\s*", " "))
        .contains("longer than max_seed 180.0 d")
        .contains("more than max_nodes 250 of one cluster");
  }

  @Test
  void decideMarkdownNamesInputsByMeaningWithTheKeyPathAsCode() {
    String markdown =
        runOk("decide", "../scenarios/walmart.yaml", "--samples", "400", "-f", "markdown");
    assertThat(bareKeyNames(markdown)).isEmpty();
    assertThat(markdown)
        .containsPattern(
            "\\| Compound growth per year \\(`dataset\\.annual_growth`\\) +\\| assumed ")
        .contains("(`objectives.confidence`)")
        .contains("| first copy in time |");
    // The table keeps the key paths, which the JSON and CSV carry too.
    String table = runOk("decide", "../scenarios/walmart.yaml", "--samples", "400");
    assertThat(table).contains("meets max_seed").contains("\ndataset.annual_growth ");
  }

  /**
   * In seed-too-long-flip.yaml every pair's first copy outgrows max_seed above some day-one size,
   * and nothing else blocks it: the note under the flip table names that limit by its meaning, the
   * key beside it as code, as the table of alternatives does. It once read "fails because the first
   * copy takes longer than max_seed.". The alternative it recommends has a lever moved, said in
   * words as compare's markdown says a remedy; it once read "... on minimum with
   * options.gcs-archive-appliance-seed.appliance.in_flight = 35".
   */
  @Test
  void decideMarkdownNamesTheLimitOfAFlipToNoFeasiblePairAsCode() {
    String markdown =
        runOk(
            "decide",
            "src/test/resources/scenarios/seed-too-long-flip.yaml",
            "--samples",
            "300",
            "-f",
            "markdown");
    assertThat(bareKeyNames(markdown)).isEmpty();
    assertThat(markdown.replaceAll("\\s*\n\\s*", " "))
        .contains(
            "Where no pair is feasible, the pair recommended on the other side of the flip fails"
                + " because the first copy takes longer than the longest acceptable first full copy"
                + " (`objectives.max_seed`).")
        .contains(
            "Recommendation at 90.0% confidence: gcs-archive-appliance-seed on minimum with 25"
                + " more appliances in flight (10 → 35).");
  }

  /**
   * simulate's and sensitivity's markdown name each input by its meaning with its key path as code,
   * as decide's does, and sensitivity's blocking reasons name their limits so too; the tables keep
   * the key paths.
   */
  @Test
  void simulateAndSensitivityMarkdownNameNoKeyOutsideCode() {
    String walmart = "../scenarios/walmart.yaml";
    String simulate = runOk("simulate", walmart, "--samples", "300", "-f", "markdown");
    assertThat(bareKeyNames(simulate)).isEmpty();
    assertThat(simulate)
        .containsPattern(
            "\\| Compound growth per year \\(`dataset\\.annual_growth`\\) +\\| assumed ")
        .contains("| first copy in time |");
    String sensitivity = runOk("sensitivity", walmart, "-f", "markdown");
    assertThat(bareKeyNames(sensitivity)).isEmpty();
    assertThat(sensitivity.replaceAll("\\s*\n\\s*", " "))
        .contains("`horizon_cost_usd` of phase-one / gcs-archive-run-in-cloud")
        .contains(
            "With share of the data written or rewritten per day (`dataset.daily_change`) at its P90");
    assertThat(runOk("simulate", walmart, "--samples", "300")).contains("\ndataset.annual_growth ");
    assertThat(runOk("sensitivity", walmart)).contains("\ndataset.daily_change ");
  }
}

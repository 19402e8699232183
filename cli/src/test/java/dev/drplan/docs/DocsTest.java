package dev.drplan.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drplan.cli.DrplanCommand;
import dev.drplan.cli.ExitCodes;
import dev.drplan.load.CatalogReader;
import dev.drplan.load.ScenarioException;
import dev.drplan.load.ScenarioLoader;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Keeps docs/ honest against the product: the minimal example of docs/scenario-format.md loads and
 * compares, every model section that {@code drplan explain} cites is a heading of docs/model.md,
 * and every key of the JSON output of compare, decide and simulate is listed in docs/model.md's
 * output contract.
 */
class DocsTest {

  private static final Pattern YAML_BLOCK =
      Pattern.compile("^```yaml\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);
  private static final Pattern NAME_KEY = Pattern.compile("^name:", Pattern.MULTILINE);
  private static final Pattern CITED_SECTION = Pattern.compile("§(\\d+)");
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile("^## (\\d+)\\. \\S", Pattern.MULTILINE);
  private static final Pattern TABLE_KEY = Pattern.compile("^\\| `([^`]+)` \\|", Pattern.MULTILINE);

  @TempDir Path dir;

  /** The repository root: the module's parent when tests run in {@code cli/}. */
  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("docs")) ? here : here.getParent();
  }

  private static String read(String relative) throws IOException {
    Path file = root().resolve(relative);
    assertThat(file).as("%s must exist", relative).isRegularFile();
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static Path walmart() {
    return root().resolve("scenarios/walmart.yaml");
  }

  /** What one run of drplan printed. */
  private record Run(int exitCode, String out, String err) {}

  private static Run drplan(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theMinimalExampleOfTheScenarioFormatLoadsAndCompares() throws IOException {
    String example = null;
    Matcher block = YAML_BLOCK.matcher(read("docs/scenario-format.md"));
    while (block.find()) {
      if (NAME_KEY.matcher(block.group(1)).find()) {
        example = block.group(1);
        break;
      }
    }
    if (example == null) {
      fail("docs/scenario-format.md has no ```yaml block with a top-level \"name:\" key");
    }
    try {
      new ScenarioLoader(CatalogReader.builtIn()).load("minimal example", example);
    } catch (ScenarioException e) {
      fail(
          "the first scenario example of docs/scenario-format.md does not load:%n%s",
          e.getMessage());
    }
    Path file = Files.writeString(dir.resolve("minimal.yaml"), example, StandardCharsets.UTF_8);
    Run compare = drplan("compare", file.toString());
    assertThat(compare.err())
        .as("standard error of drplan compare on the minimal example of docs/scenario-format.md")
        .isEmpty();
    assertThat(compare.exitCode())
        .as("exit code of drplan compare on the minimal example of docs/scenario-format.md")
        .isEqualTo(ExitCodes.OK);
  }

  /**
   * The expansion example of docs/model.md §2 (walmart's minimum, year 1) quotes the order date as
   * compare prints it; it once said day 25 where every output says day 24 (24.96, rounded down).
   */
  @Test
  void theExpansionExampleQuotesTheOrderDateComparePrints() throws IOException {
    Matcher quoted =
        Pattern.compile("the 17 boxes of year 1 must be ordered [^\"]*\"(order by day \\d+)\"")
            .matcher(read("docs/model.md").replaceAll("\\s+", " "));
    assertThat(quoted.find()).as("docs/model.md §2 quotes year 1's order date").isTrue();
    Run compare = drplan("compare", walmart().toString());
    String minimum =
        compare
            .out()
            .lines()
            .filter(line -> line.startsWith("minimum ") && line.contains("order by day"))
            .findFirst()
            .orElseThrow();
    assertThat(minimum).contains("$16.2 M, " + quoted.group(1) + " ");
  }

  @Test
  void everySectionExplainCitesIsAHeadingOfTheModel() throws IOException {
    Scenario scenario = new ScenarioLoader(CatalogReader.builtIn()).load(walmart());
    Set<Integer> cited = new TreeSet<>();
    for (DrOption option : scenario.options()) {
      Run explain = drplan("explain", walmart().toString(), "--option", option.name());
      assertThat(explain.exitCode())
          .as("exit code of drplan explain walmart.yaml --option %s", option.name())
          .isEqualTo(ExitCodes.OK);
      Matcher section = CITED_SECTION.matcher(explain.out());
      while (section.find()) {
        cited.add(Integer.parseInt(section.group(1)));
      }
    }
    assertThat(cited).as("the § sections drplan explain cites for walmart.yaml").isNotEmpty();

    Set<Integer> headings = new TreeSet<>();
    Matcher heading = NUMBERED_HEADING.matcher(read("docs/model.md"));
    while (heading.find()) {
      headings.add(Integer.parseInt(heading.group(1)));
    }
    Set<Integer> missing = new TreeSet<>(cited);
    missing.removeAll(headings);
    assertThat(missing)
        .withFailMessage(
            "drplan explain cites %s, but docs/model.md has no heading \"## N. …\" for %s"
                + " (its numbered headings are %s)",
            sections(cited), sections(missing), sections(headings))
        .isEmpty();
  }

  @Test
  void everyJsonKeyIsInTheOutputContract() throws IOException {
    Set<String> keys = new TreeSet<>();
    // walmart-profile.yaml adds the keys of a change profile's backlog replay (model §5).
    for (Path scenario : List.of(walmart(), root().resolve("scenarios/walmart-profile.yaml"))) {
      Run compare = drplan("compare", scenario.toString(), "--format", "json");
      assertThat(compare.exitCode())
          .as("exit code of drplan compare %s --format json", scenario.getFileName())
          .isEqualTo(ExitCodes.OK);
      JsonNode json = new ObjectMapper().readTree(compare.out());
      collectKeys(json, keys);
      for (String part : List.of("results", "configurations", "recommendation")) {
        assertThat(json.has(part)).as("the JSON output has %s", part).isTrue();
      }
    }
    assertThat(keys)
        .as("keys of the JSON output")
        .contains("expansion", "dboxes_needed", "change_profile", "rpo_p99_seconds");

    String contract = outputContract(read("docs/model.md"));
    List<String> missing = new ArrayList<>();
    for (String key : keys) {
      if (!contract.contains("`" + key + "`")) {
        missing.add(key);
      }
    }
    assertThat(missing)
        .withFailMessage(
            "docs/model.md's \"## Output contract\" does not list these keys of drplan compare"
                + " --format json (write each as `key` with its unit and meaning): %s",
            missing)
        .isEmpty();
  }

  /**
   * Every key path of {@code decide --format json} and {@code simulate --format json} is a row of
   * its own table in the output contract, for walmart.yaml and for a variant that states a rank
   * correlation and draws a normal and a uniform input (so that {@code correlations[]} and every
   * distribution's parameters appear).
   */
  @Test
  void everyJsonKeyOfDecideAndSimulateIsARowOfItsTable() throws IOException {
    Path correlated = Files.writeString(dir.resolve("correlated.yaml"), correlatedWalmart());
    String contract = outputContract(read("docs/model.md"));
    for (String command : List.of("decide", "simulate")) {
      Set<String> paths = new TreeSet<>();
      for (Path scenario : List.of(walmart(), correlated)) {
        Run run =
            drplan(
                command,
                scenario.toString(),
                "--samples",
                "2000",
                "--threads",
                "1",
                "--format",
                "json");
        assertThat(run.exitCode())
            .as("exit code of drplan %s %s --format json", command, scenario.getFileName())
            .isEqualTo(ExitCodes.OK);
        collectPaths(new ObjectMapper().readTree(run.out()), "", paths);
      }
      List<String> expected =
          command.equals("decide")
              ? List.of(
                  "alternatives[].horizon_cost_usd_p50",
                  "flip_points[].points[].located",
                  "value_of_information.inputs[].evppi_usd")
              : List.of(
                  "inputs[].sets",
                  "inputs[].parameters.sd",
                  "correlations[].between",
                  "correlations[].rank");
      assertThat(paths).as("key paths of drplan %s --format json", command).containsAll(expected);

      assertEveryPathIsARow(contract, command, paths);
    }
  }

  /** Every one of {@code paths} is a row of the table "### `COMMAND --format json`". */
  private static void assertEveryPathIsARow(String contract, String command, Set<String> paths) {
    Set<String> rows = tableKeys(contract, "### `" + command + " --format json`");
    List<String> missing = new ArrayList<>();
    for (String path : paths) {
      if (!rows.contains(path)) {
        missing.add(path);
      }
    }
    assertThat(missing)
        .withFailMessage(
            "the table \"### `%s --format json`\" of docs/model.md's output contract has no row"
                + " for these keys of drplan %s --format json (write each as | `path` | type,"
                + " unit | meaning |): %s",
            command, command, missing)
        .isEmpty();
  }

  /**
   * Every key path of {@code sensitivity --format json} (the default metric, walmart.yaml's
   * recommended pair and its appliance seed, which leaves a line unpriced) is a row of its table.
   */
  @Test
  void everyJsonKeyOfSensitivityIsARowOfItsTable() throws IOException {
    String contract = outputContract(read("docs/model.md"));
    Set<String> paths = new TreeSet<>();
    for (List<String> pair :
        List.of(List.<String>of(), List.of("--option", "gcs-archive-appliance-seed"))) {
      List<String> args = new ArrayList<>(List.of("sensitivity", walmart().toString()));
      args.addAll(pair);
      args.addAll(List.of("--format", "json"));
      Run run = drplan(args.toArray(new String[0]));
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.OK);
      collectPaths(new ObjectMapper().readTree(run.out()), "", paths);
    }
    assertThat(paths).contains("not_priced", "bars[].horizon_cost_usd_swing", "bars[].source");
    assertEveryPathIsARow(contract, "sensitivity", paths);
  }

  /**
   * walmart.yaml with network efficiency drawn from a normal, the reduction ratio from a uniform,
   * and a rank correlation between the efficiency and the shared copy-stream rate.
   */
  private static String correlatedWalmart() throws IOException {
    String text = read("scenarios/walmart.yaml");
    text =
        replaceOnce(
            text,
            "efficiency: {dist: triangular, min: 60%, mode: 80%, max: 90%}",
            "efficiency: {dist: normal, mean: 78%, sd: 8%, lower: 60%, upper: 90%}");
    text =
        replaceOnce(
            text,
            "reduction_ratio: {dist: triangular, min: 1.2, mode: 1.5, max: 2}",
            "reduction_ratio: {dist: uniform, min: 1.2, max: 2}");
    return text
        + "\ncorrelations:\n"
        + "  - {between: [network.efficiency, copy_stream_rate], rank: 0.5}\n";
  }

  private static String replaceOnce(String text, String from, String to) {
    assertThat(text)
        .as("scenarios/walmart.yaml, which this test varies, still has %s", from)
        .contains(from);
    return text.replace(from, to);
  }

  /**
   * Every key path in {@code node}: {@code a.b} is key b of the object under a, {@code a[].b} key b
   * of every element of the list a.
   */
  private static void collectPaths(JsonNode node, String path, Set<String> paths) {
    if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        String child = path.isEmpty() ? name : path + "." + name;
        paths.add(child);
        collectPaths(node.get(name), child, paths);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collectPaths(element, path + "[]", paths);
      }
    }
  }

  /** The keys in the first column of the table under {@code heading}, up to the next heading. */
  private static Set<String> tableKeys(String contract, String heading) {
    int start = contract.indexOf("\n" + heading + "\n");
    if (start < 0) {
      fail("docs/model.md's \"## Output contract\" has no heading \"%s\"", heading);
    }
    Matcher next = Pattern.compile("^#", Pattern.MULTILINE).matcher(contract);
    int bodyStart = start + heading.length() + 2;
    int end = next.find(bodyStart) ? next.start() : contract.length();
    Set<String> keys = new TreeSet<>();
    Matcher row = TABLE_KEY.matcher(contract.substring(bodyStart, end));
    while (row.find()) {
      keys.add(row.group(1));
    }
    return keys;
  }

  /** Every object key at every depth of {@code node}, array elements included. */
  private static void collectKeys(JsonNode node, Set<String> keys) {
    if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        keys.add(name);
        collectKeys(node.get(name), keys);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collectKeys(element, keys);
      }
    }
  }

  /** The text of the "## Output contract" section, up to the next level-2 heading. */
  private static String outputContract(String model) {
    Matcher start = Pattern.compile("^## Output contract\\b.*$", Pattern.MULTILINE).matcher(model);
    if (!start.find()) {
      fail("docs/model.md has no \"## Output contract\" heading");
    }
    Matcher next = Pattern.compile("^## ", Pattern.MULTILINE).matcher(model);
    int end = next.find(start.end()) ? next.start() : model.length();
    return model.substring(start.end(), end);
  }

  private static String sections(Set<Integer> numbers) {
    List<String> names = new ArrayList<>();
    for (int number : numbers) {
      names.add("§" + number);
    }
    return String.join(", ", names);
  }
}

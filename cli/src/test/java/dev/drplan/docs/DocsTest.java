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
 * and every key of the JSON output is listed in docs/model.md's output contract.
 */
class DocsTest {

  private static final Pattern YAML_BLOCK =
      Pattern.compile("^```yaml\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);
  private static final Pattern NAME_KEY = Pattern.compile("^name:", Pattern.MULTILINE);
  private static final Pattern CITED_SECTION = Pattern.compile("§(\\d+)");
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile("^## (\\d+)\\. \\S", Pattern.MULTILINE);

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

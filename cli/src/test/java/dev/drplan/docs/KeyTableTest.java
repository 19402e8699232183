package dev.drplan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.analysis.ScenarioKey;
import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.catalog.ValueKind;
import dev.drplan.load.CatalogReader;
import dev.drplan.load.ScenarioLoader;
import dev.drplan.scenario.Scenario;
import dev.drplan.schema.Domain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/scenario-format.md's table of the keys that can take a distribution (the same keys sweep,
 * solve and levers name) against the code: every key of every bundled scenario has its row, of its
 * kind, with the range its domain holds, the ends and whether each is included; and every row is
 * the key of some bundled scenario (or of walmart.yaml with the few keys none of them writes). The
 * table is what users read to write a distribution or a sweep in the right unit and range, so it
 * must not drift from what the loader accepts (it once said sweep takes 0 circuits, which nothing
 * accepts).
 */
class KeyTableTest {

  private static final String HEADER = "| key path | kind | legal values of a drawn value |";

  /** A range as the table writes it: "[0, 100%)", "(0, 100%]". */
  private static final Pattern BRACKETS =
      Pattern.compile("([\\[(])\\s*(.+?)\\s*,\\s*(.+?)\\s*([\\])])");

  /** "above 0, at most 100 y". */
  private static final Pattern ABOVE_AT_MOST = Pattern.compile("above (.+?), at most (.+)");

  /** "1 B to 1,000 EB", "0 to 1e15". */
  private static final Pattern FROM_TO = Pattern.compile("(.+?) to (.+)");

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  /**
   * The two halves of the link size, which sweep and solve take but a distribution does not, have
   * their ranges in the sentence after the table: "`network.circuits` (a count, 1 to 1,000,000)".
   */
  private static final Pattern BESIDE =
      Pattern.compile("`(network\\.circuits|network\\.line_rate)` \\(an? (\\w+), ([^)]+)\\)");

  /** One row: its kind and range, the ends canonical. */
  private record Row(
      ValueKind kind,
      double min,
      boolean minIncluded,
      double max,
      boolean maxIncluded,
      String text) {}

  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("docs")) ? here : here.getParent();
  }

  @Test
  void everyKeyOfEveryBundledScenarioHasItsRowAndRange() throws IOException {
    Map<String, Row> table = table();
    Set<String> unmatchedRows = new TreeSet<>(table.keySet());
    Set<String> wrong = new TreeSet<>();
    for (Scenario scenario : bundledScenarios()) {
      for (ScenarioKey key : ScenarioKeys.keysOf(scenario)) {
        String generic = generic(scenario, key.path());
        Row row = table.get(generic);
        if (row == null) {
          wrong.add(generic + " (of " + scenario.name() + "): no row in the table");
          continue;
        }
        unmatchedRows.remove(generic);
        Domain domain = key.domain();
        if (row.kind() != key.kind()
            || !same(row.min(), domain.min())
            || row.minIncluded() != domain.minIncluded()
            || !same(row.max(), domain.max())
            || row.maxIncluded() != domain.maxIncluded()) {
          wrong.add(
              generic
                  + ": the table says "
                  + row.kind().name().toLowerCase(Locale.ROOT)
                  + " "
                  + row.text()
                  + ", the code "
                  + key.kind().name().toLowerCase(Locale.ROOT)
                  + " "
                  + (domain.minIncluded() ? "[" : "(")
                  + domain.min()
                  + ", "
                  + domain.max()
                  + (domain.maxIncluded() ? "]" : ")"));
        }
      }
    }
    assertThat(wrong).as("rows of docs/scenario-format.md's key table").isEmpty();
    // And the other way: a row whose key no scenario has (renamed, or gone) fails too.
    assertThat(unmatchedRows).as("rows of the key table that no scenario has a key for").isEmpty();
  }

  /** Each scenario of scenarios/, loaded with the built-in catalog. */
  private static List<Scenario> bundledScenarios() throws IOException {
    List<Scenario> scenarios = new ArrayList<>();
    ScenarioLoader loader = new ScenarioLoader(CatalogReader.builtIn());
    try (Stream<Path> files = Files.list(root().resolve("scenarios"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        scenarios.add(loader.load(file));
      }
    }
    assertThat(scenarios).as("the bundled scenarios").isNotEmpty();
    // The keys that none of them writes: a configuration's own usable efficiency, a priced licence,
    // mover hosts that are VMs (inline); on walmart.yaml.
    String walmart = Files.readString(root().resolve("scenarios/walmart.yaml"));
    String everyKey =
        replaceOnce(
            replaceOnce(
                walmart,
                "    minimum:   { cboxes: 16, dboxes: 56 }",
                "    minimum:   { cboxes: 16, dboxes: 56, usable_efficiency: 85% }"),
            "    max_nodes: 250\n",
            "    max_nodes: 250\n    licence_per_tb_month: 10\n");
    // The last option's mover hosts (the first option's price has a provenance entry).
    String priced = "      host_monthly_cost: 2838\n";
    int last = everyKey.lastIndexOf(priced);
    everyKey =
        everyKey.substring(0, last)
            + "      host_machine: { hourly: 3.9 }\n"
            + everyKey.substring(last + priced.length());
    scenarios.add(loader.load("walmart.yaml with every key", everyKey));
    return scenarios;
  }

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertThat(at).as("walmart.yaml holds %s", from).isNotNegative();
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  /** A key's path with its option's or configuration's name written NAME, as the table has it. */
  private static String generic(Scenario scenario, String path) {
    for (var option : scenario.options()) {
      String prefix = "options." + option.name() + ".";
      if (path.startsWith(prefix)) {
        return "options.NAME." + path.substring(prefix.length());
      }
    }
    for (var configuration : scenario.primary().configurations()) {
      String prefix = "primary.configurations." + configuration.name() + ".";
      if (path.startsWith(prefix)) {
        return "primary.configurations.NAME." + path.substring(prefix.length());
      }
    }
    return path;
  }

  /** The table's rows by key path (a row of several keys gives each its own entry). */
  private static Map<String, Row> table() throws IOException {
    List<String> lines =
        Files.readAllLines(root().resolve("docs/scenario-format.md"), StandardCharsets.UTF_8);
    int at = lines.indexOf(HEADER);
    assertThat(at)
        .as("docs/scenario-format.md has the key table, headed %s", HEADER)
        .isNotNegative();
    Map<String, Row> rows = new LinkedHashMap<>();
    int i = at + 2;
    for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String[] cells = lines.get(i).split("\\|");
      List<String> paths = paths(cells[1]);
      ValueKind kind = ValueKind.valueOf(cells[2].strip().toUpperCase(Locale.ROOT));
      Row row = row(kind, cells[3].strip());
      for (String path : paths) {
        rows.put(path, row);
      }
    }
    String after = String.join(" ", lines.subList(i, Math.min(i + 8, lines.size())));
    Matcher beside = BESIDE.matcher(after);
    while (beside.find()) {
      ValueKind kind = ValueKind.valueOf(beside.group(2).toUpperCase(Locale.ROOT));
      rows.put(beside.group(1), row(kind, beside.group(3)));
    }
    assertThat(rows)
        .as("the sentence after the key table")
        .containsKeys("network.circuits", "network.line_rate");
    return rows;
  }

  /** "`options.NAME.copy_engine.hosts`, `.streams_per_host`": each path in full. */
  private static List<String> paths(String cell) {
    List<String> paths = new ArrayList<>();
    Matcher code = CODE.matcher(cell);
    String first = null;
    while (code.find()) {
      String path = code.group(1);
      if (path.startsWith(".")) {
        path = first.substring(0, first.lastIndexOf('.')) + path;
      } else {
        first = path;
      }
      paths.add(path);
    }
    return paths;
  }

  /** A range cell: "1 B to 1,000 EB; within the data limit", "[0, 100%] (namespace)". */
  private static Row row(ValueKind kind, String cell) {
    String range = cell.replaceAll("\\s*\\(.*\\)\\s*$", "").replaceAll(";.*$", "").strip();
    Matcher brackets = BRACKETS.matcher(range);
    if (brackets.matches()) {
      return new Row(
          kind,
          value(kind, brackets.group(2)),
          brackets.group(1).equals("["),
          value(kind, brackets.group(3)),
          brackets.group(4).equals("]"),
          cell);
    }
    Matcher aboveAtMost = ABOVE_AT_MOST.matcher(range);
    if (aboveAtMost.matches()) {
      return new Row(
          kind,
          value(kind, aboveAtMost.group(1)),
          false,
          value(kind, aboveAtMost.group(2)),
          true,
          cell);
    }
    Matcher fromTo = FROM_TO.matcher(range);
    if (fromTo.matches()) {
      return new Row(
          kind, value(kind, fromTo.group(1)), true, value(kind, fromTo.group(2)), true, cell);
    }
    throw new AssertionError("a range the test cannot read: " + cell);
  }

  /** A bound as the table writes it ("1,000 EB", "−100%", "0"), canonical. */
  private static double value(ValueKind kind, String text) {
    String plain = text.replace(",", "").replace('−', '-').strip();
    if (kind == ValueKind.FRACTION && plain.equals("0")) {
      return 0;
    }
    if (kind == ValueKind.DURATION && plain.equals("0")) {
      return 0;
    }
    return kind.canonical(plain);
  }

  private static boolean same(double a, double b) {
    return a == b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  }
}

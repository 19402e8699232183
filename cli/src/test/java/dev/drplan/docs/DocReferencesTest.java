package dev.drplan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.cli.DrplanCommand;
import dev.drplan.load.CatalogReader;
import dev.drplan.load.ScenarioLoader;
import dev.drplan.report.HtmlReport;
import dev.drplan.report.ProposalFixtures;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.Scenario;
import dev.drplan.schema.ScenarioSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every reference the product makes to its documents resolves: in README.md and the documents
 * themselves, every {@code --help}, every {@code explain}, compare's markdown, the proposal, the
 * committed JSON Schema and the main sources, a reference {@code docs/<file>} names a file that
 * exists; {@code docs/<file>.md#anchor} a heading with that GitHub anchor; {@code docs/model.md §N}
 * (and a bare {@code §N} where an output cites the model: explain, compare, the proposal) a heading
 * "## N." of docs/model.md; a markdown link a file and heading that exist. A failure names every
 * unresolved reference and where it is (file and line, or the command that printed it).
 */
class DocReferencesTest {

  /** {@code docs/<file>}, not inside a longer path, then an optional anchor and § section. */
  private static final Pattern DOCS_REFERENCE =
      Pattern.compile(
          "(?<![\\w/.-])docs/([A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*)"
              + "(?:#([A-Za-z0-9_-]+))?"
              + "(?:[ \\u00A0]§(\\d+)(?:[–-]§(\\d+))?)?");

  /** A model section cited on its own: {@code §4}, {@code (§7, §8)}. */
  private static final Pattern SECTION = Pattern.compile("(?<![\\w.])§(\\d+)(?![\\d.])");

  /** A markdown link to a file of the repository: {@code [text](model.md#output-contract)}. */
  private static final Pattern MARKDOWN_LINK =
      Pattern.compile("\\]\\(((?!https?:|mailto:|#)[^)#\\s]+)(?:#([^)\\s]+))?\\)");

  private static final Pattern HEADING = Pattern.compile("^(#{1,6}) +(.+?) *#* *$");
  private static final Pattern NUMBERED = Pattern.compile("^## (\\d+)\\. ");

  /** One text that may cite the documents: what it is, and whether its bare § cite the model. */
  private record Source(String where, String text, boolean citesModel) {}

  /** One reference that does not resolve, and why. */
  private record Unresolved(String where, String reference, String why) {
    @Override
    public String toString() {
      return where + ": " + reference + " — " + why;
    }
  }

  private static Path root;
  private static final List<Source> SOURCES = new ArrayList<>();

  @BeforeAll
  static void gather() throws IOException {
    root = ProposalFixtures.root();
    for (String document : List.of("README.md", "docs/README.md")) {
      SOURCES.add(new Source(document, read(document), false));
    }
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String name = root.relativize(doc).toString();
        if (!name.equals("docs/README.md")) {
          SOURCES.add(new Source(name, read(name), false));
        }
      }
    }
    SOURCES.add(new Source("docs/scenario.schema.json", read("docs/scenario.schema.json"), false));
    help(DrplanCommand.commandLine(new DrplanCommand()), "drplan");
    try (Stream<Path> files = Files.list(root.resolve("scenarios"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Scenario scenario = new ScenarioLoader(CatalogReader.builtIn()).load(file);
        for (DrOption option : scenario.options()) {
          String command = "drplan explain " + root.relativize(file) + " --option " + option.name();
          SOURCES.add(
              new Source(
                  command, run("explain", file.toString(), "--option", option.name()), true));
        }
        SOURCES.add(
            new Source(
                "drplan compare " + root.relativize(file) + " --format markdown",
                run("compare", file.toString(), "--format", "markdown"),
                true));
      }
    }
    SOURCES.add(
        new Source(
            "the proposal of scenarios/walmart.yaml (HTML)",
            HtmlReport.render(ProposalFixtures.uncertainProposal()),
            true));
    for (String module : List.of("calculator", "loader", "cli", "gcs-adapter", "benchmarks")) {
      Path main = root.resolve(module).resolve("src/main");
      if (!Files.isDirectory(main)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(main)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          String name = root.relativize(file).toString();
          SOURCES.add(new Source(name, read(name), false));
        }
      }
    }
  }

  private static String read(String relative) throws IOException {
    return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
  }

  /** The usage of {@code command} and of every subcommand under it. */
  private static void help(CommandLine command, String name) {
    SOURCES.add(new Source(name + " --help", command.getUsageMessage(), false));
    for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
      if (sub.getValue().getCommandName().equals(sub.getKey())) {
        help(sub.getValue(), name + " " + sub.getKey());
      }
    }
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    assertThat(code).as("drplan %s: %s", String.join(" ", args), err).isZero();
    return out.toString();
  }

  // ---- the documents' headings ---------------------------------------------------------------

  /** The GitHub anchors of a markdown file's headings, duplicates numbered as GitHub does. */
  static List<String> anchors(String markdown) {
    List<String> anchors = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    boolean fenced = false;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (fenced || !heading.matches()) {
        continue;
      }
      String anchor = anchor(heading.group(2));
      int count = seen.merge(anchor, 1, Integer::sum);
      anchors.add(count == 1 ? anchor : anchor + "-" + (count - 1));
    }
    return anchors;
  }

  /**
   * A heading's GitHub anchor: lower case, every character but letters, digits, spaces, hyphens and
   * underscores dropped, spaces turned into hyphens ({@code "1. Data over time"} → {@code
   * 1-data-over-time}).
   */
  static String anchor(String heading) {
    String text = heading.toLowerCase(Locale.ROOT);
    StringBuilder anchor = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                anchor.appendCodePoint(c);
              } else if (c == ' ') {
                anchor.append('-');
              }
            });
    return anchor.toString();
  }

  /** The numbers of docs/model.md's headings "## N. …". */
  private static List<Integer> modelSections() throws IOException {
    List<Integer> numbers = new ArrayList<>();
    for (String line : read("docs/model.md").split("\n")) {
      Matcher numbered = NUMBERED.matcher(line);
      if (numbered.find()) {
        numbers.add(Integer.parseInt(numbered.group(1)));
      }
    }
    return numbers;
  }

  // ---- resolving -----------------------------------------------------------------------------

  private static String where(Source source, int offset) {
    if (source.where().startsWith("drplan ") || source.where().startsWith("the proposal")) {
      return source.where() + ", line " + line(source.text(), offset);
    }
    return source.where() + ":" + line(source.text(), offset);
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
    return line;
  }

  /** Every unresolved reference of {@code source}. */
  private static List<Unresolved> unresolved(Source source) throws IOException {
    List<Unresolved> found = new ArrayList<>();
    List<Integer> sections = modelSections();
    Matcher reference = DOCS_REFERENCE.matcher(source.text());
    while (reference.find()) {
      String where = where(source, reference.start());
      Path file = root.resolve("docs").resolve(reference.group(1));
      if (!Files.isRegularFile(file)) {
        found.add(new Unresolved(where, reference.group(), "no file " + root.relativize(file)));
        continue;
      }
      String anchor = reference.group(2);
      if (anchor != null) {
        List<String> anchors = anchors(Files.readString(file, StandardCharsets.UTF_8));
        if (!anchors.contains(anchor)) {
          found.add(
              new Unresolved(
                  where, reference.group(), "no heading with the anchor #" + anchor + " there"));
        }
      }
      for (int group = 3; group <= 4; group++) {
        String section = reference.group(group);
        if (section != null && !reference.group(1).equals("model.md")) {
          found.add(new Unresolved(where, reference.group(), "§ sections are docs/model.md's"));
        } else if (section != null && !sections.contains(Integer.parseInt(section))) {
          found.add(
              new Unresolved(
                  where,
                  reference.group(),
                  "docs/model.md has no heading \"## " + section + ".\""));
        }
      }
    }
    if (source.citesModel()) {
      Matcher section = SECTION.matcher(source.text());
      while (section.find()) {
        if (!sections.contains(Integer.parseInt(section.group(1)))) {
          found.add(
              new Unresolved(
                  where(source, section.start()),
                  section.group(),
                  "docs/model.md has no heading \"## " + section.group(1) + ".\""));
        }
      }
    }
    if (source.where().endsWith(".md")) {
      Path dir = root.resolve(source.where()).getParent();
      Matcher link = MARKDOWN_LINK.matcher(source.text());
      while (link.find()) {
        String where = where(source, link.start());
        Path target = dir.resolve(link.group(1)).normalize();
        if (!Files.exists(target)) {
          found.add(new Unresolved(where, link.group(), "no file " + root.relativize(target)));
        } else if (link.group(2) != null
            && target.toString().endsWith(".md")
            && !anchors(Files.readString(target, StandardCharsets.UTF_8)).contains(link.group(2))) {
          found.add(
              new Unresolved(
                  where, link.group(), "no heading with the anchor #" + link.group(2) + " there"));
        }
      }
    }
    return found;
  }

  @Test
  void everyReferenceToTheDocumentsResolves() throws IOException {
    List<Unresolved> unresolved = new ArrayList<>();
    int references = 0;
    for (Source source : SOURCES) {
      unresolved.addAll(unresolved(source));
      references += (int) DOCS_REFERENCE.matcher(source.text()).results().count();
    }
    assertThat(unresolved)
        .withFailMessage(
            "references to the documents that do not resolve:%n%s",
            unresolved.stream().map(Unresolved::toString).collect(Collectors.joining("\n")))
        .isEmpty();
    // The documents live in docs/; the spec folder they came from is not in the repository.
    assertThat(SOURCES)
        .filteredOn(s -> s.text().contains("spec/model.md") || s.text().contains("spec/scenario-"))
        .extracting(Source::where)
        .as("texts that cite a spec/ folder a clone does not have")
        .isEmpty();
    // The scan reads what it should: the help cites both documents, explain the model's sections.
    assertThat(references).isGreaterThan(20);
    assertThat(SOURCES)
        .anyMatch(s -> s.where().endsWith("--help") && s.text().contains("docs/scenario-format.md"))
        .anyMatch(s -> s.where().startsWith("drplan explain") && s.text().contains("§4"))
        .anyMatch(s -> s.where().startsWith("the proposal") && s.text().contains("docs/model.md"));
  }

  /**
   * Every section of docs/scenario-format.md that a scenario key's row names is a heading there.
   */
  @Test
  void everySectionTheSchemaRowsNameIsAHeadingOfTheScenarioFormat()
      throws IOException, IllegalAccessException {
    List<String> headings = new ArrayList<>();
    for (String line : read("docs/scenario-format.md").split("\n")) {
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        headings.add(heading.group(2));
      }
    }
    List<String> named = new ArrayList<>();
    for (Field field : ScenarioSchema.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && field.getType() == String.class
          && (field.getName().endsWith("_DOC") || field.getName().equals("TOP"))) {
        named.add((String) field.get(null));
      }
    }
    assertThat(named).contains("dataset", "kind: data-copy", "overrides");
    assertThat(headings).as("headings of docs/scenario-format.md").containsAll(named);
  }

  /** The resolver itself: GitHub's anchors, and a wrong reference of each kind is reported. */
  @Test
  void theResolverFindsWhatDoesNotResolve() throws IOException {
    assertThat(anchor("1. Data over time")).isEqualTo("1-data-over-time");
    assertThat(anchor("`configurations[].expansion[]`")).isEqualTo("configurationsexpansion");
    assertThat(anchor("Monte Carlo (`drplan simulate`)")).isEqualTo("monte-carlo-drplan-simulate");
    assertThat(anchors("# A\n## B\n```\n## not a heading\n```\n## B\n"))
        .containsExactly("a", "b", "b-1");
    Source wrong =
        new Source(
            "a test",
            "see docs/model.md §9, docs/model.md#no-such-heading, docs/nothing.md,"
                + " docs/scenario-format.md §2 and docs/model.md §1–§8; explain cites §12",
            true);
    assertThat(unresolved(wrong))
        .extracting(Unresolved::reference)
        .containsExactly(
            "docs/model.md §9",
            "docs/model.md#no-such-heading",
            "docs/nothing.md",
            "docs/scenario-format.md §2",
            "§9",
            "§12");
    assertThat(unresolved(wrong).get(0).toString()).startsWith("a test:1: docs/model.md §9 — ");
  }
}

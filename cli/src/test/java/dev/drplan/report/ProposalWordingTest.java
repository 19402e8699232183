package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.analysis.UncertainScenario;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.load.CatalogReader;
import dev.drplan.load.ScenarioLoader;
import dev.drplan.model.Bottleneck;
import dev.drplan.model.ReasonCode;
import dev.drplan.scenario.ApplianceSpec;
import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.ExistingCopy;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.Seeding;
import dev.drplan.units.TimeSpan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proposal speaks the customer's language: the text a reader sees in the HTML (the page's text,
 * the charts' text and hover titles) and in the workbook's cells holds no JSON key or scenario key
 * (no {@code snake_case} identifier, no dotted key path), no reason code ({@code rto-missed}), no
 * scenario identifier ({@code namespace-in-cloud}, {@code copy-engine}) and no unfilled {@code
 * {slot}}. The only identifiers allowed are the names the scenario gives (options, configurations,
 * models, locations, the catalog) and web addresses.
 */
class ProposalWordingTest {

  private static final Pattern STYLE = Pattern.compile("<style>.*?</style>", Pattern.DOTALL);
  private static final Pattern ARIA_LABEL = Pattern.compile("aria-label=\"([^\"]*)\"");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern ADDRESS = Pattern.compile("https?://\\S+");
  private static final Pattern SNAKE_CASE = Pattern.compile("\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b");
  private static final Pattern DOTTED_KEY =
      Pattern.compile("\\b[a-z][a-z0-9_-]*\\.[a-z][a-z0-9_-]*(?:\\.[a-z0-9_-]+)*\\b");
  private static final Pattern SLOT = Pattern.compile("\\{[a-z0-9_]+\\}");

  /** A formula's one-letter symbol with its subscript, as the workbook writes it: d_peak. */
  private static final Pattern SUBSCRIPT = Pattern.compile("\\b[A-Za-z]_[a-z]+\\b");

  /** The document names the model's file: a reference, not an identifier. */
  private static final List<String> DOCUMENTS = List.of("docs/model.md", "docs/scenario-format.md");

  private static final List<Proposal> PROPOSALS = new ArrayList<>();

  @BeforeAll
  static void propose() {
    PROPOSALS.add(ProposalFixtures.certainProposal());
    PROPOSALS.add(ProposalFixtures.uncertainProposal());
    PROPOSALS.add(overridesProposal());
    // Every reason the engine gives about a copy that never finishes, without a catalog.
    PROPOSALS.add(
        Proposal.of(UncertainScenario.certain(TestScenarios.walmartLike()), null, 10, 1, 1));
    // Every shipped scenario, so that a section only some scenarios have (a change profile) is
    // read too.
    try (Stream<Path> files = Files.list(ProposalFixtures.root().resolve("scenarios"))) {
      files
          .filter(file -> file.toString().endsWith(".yaml"))
          .sorted()
          .forEach(file -> PROPOSALS.add(shipped(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Proposal shipped(Path file) {
    UncertainScenario scenario = new ScenarioLoader(CatalogReader.builtIn()).loadUncertain(file);
    return Proposal.of(
        scenario,
        ProposalFixtures.builtInCatalog(scenario.base().catalogName()),
        ProposalFixtures.SAMPLES,
        ProposalFixtures.SEED,
        1);
  }

  /** cli/src/test/resources/report/overrides.yaml through the shipped loader. */
  static Proposal overridesProposal() {
    ScenarioLoader loader = new ScenarioLoader(CatalogReader.builtIn());
    UncertainScenario scenario =
        loader.loadUncertain(
            ProposalFixtures.root().resolve("cli/src/test/resources/report/overrides.yaml"));
    return Proposal.of(
        scenario,
        ProposalFixtures.builtInCatalog(scenario.base().catalogName()),
        ProposalFixtures.SAMPLES,
        ProposalFixtures.SEED,
        1);
  }

  /** What a reader of the page sees: its text, the charts' text and hover titles, unescaped. */
  static String visibleText(String html) {
    String page = STYLE.matcher(html).replaceAll(" ");
    StringBuilder text = new StringBuilder();
    Matcher label = ARIA_LABEL.matcher(page);
    while (label.find()) {
      text.append(label.group(1)).append('\n');
    }
    text.append(TAG.matcher(page).replaceAll(" "));
    return unescape(text.toString());
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** The names a scenario gives, which may look like identifiers, longest first. */
  private static List<String> names(Proposal proposal) {
    Scenario scenario = proposal.scenario();
    Set<String> names = new LinkedHashSet<>();
    names.add(scenario.name());
    if (scenario.catalogName() != null) {
      names.add(scenario.catalogName());
    }
    names.add(scenario.primary().dbox().name());
    names.add(scenario.primary().cbox().name());
    for (Configuration configuration : scenario.primary().configurations()) {
      names.add(configuration.name());
    }
    for (DrOption option : scenario.options()) {
      names.add(option.name());
      if (option instanceof NamespaceInCloud) {
        names.add(((NamespaceInCloud) option).machine().name());
      } else {
        DataCopy copy = (DataCopy) option;
        names.add(copy.location());
        if (copy.seed().byAppliance()) {
          names.add(copy.seed().appliance().name());
        }
      }
    }
    for (SourcedFigure figure : proposal.sources()) {
      CatalogEntry entry = figure.catalog();
      if (entry != null) {
        String[] segments = entry.path().split("\\.");
        for (int i = 1; i < segments.length - 1; i++) {
          names.add(segments[i]);
        }
      }
    }
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return sorted;
  }

  /** The identifiers of the scenario format and the engine that a customer must never read. */
  private static List<String> identifiers() {
    List<String> identifiers = new ArrayList<>();
    for (ReasonCode code : ReasonCode.values()) {
      identifiers.add(code.id());
    }
    for (Bottleneck bottleneck : Bottleneck.values()) {
      if (bottleneck.id().contains("-")) {
        identifiers.add(bottleneck.id());
      }
    }
    identifiers.add(NamespaceInCloud.KIND);
    identifiers.add(DataCopy.KIND);
    identifiers.add(Recovery.RESTORE_TO_PRIMARY.id());
    identifiers.add(Recovery.runInCloud(TimeSpan.ofDays(1)).id());
    identifiers.add(
        Seeding.byAppliance(
                new ApplianceSpec(
                    "x",
                    dev.drplan.units.DataSize.ofTerabytes(1),
                    TimeSpan.ofDays(1),
                    1,
                    dev.drplan.units.Money.ZERO))
            .id());
    identifiers.add(
        Seeding.fromExistingCopy(new ExistingCopy(TimeSpan.ofDays(1), dev.drplan.units.Money.ZERO))
            .id());
    return identifiers;
  }

  /** Every identifier-like token of {@code text} that is not one of the scenario's names. */
  static List<String> violations(String text, List<String> names, boolean workbook) {
    String scanned = ADDRESS.matcher(text).replaceAll(" ");
    for (String document : DOCUMENTS) {
      scanned = scanned.replace(document, " ");
    }
    for (String name : names) {
      scanned = scanned.replace(name, " ");
    }
    if (workbook) {
      scanned = SUBSCRIPT.matcher(scanned).replaceAll(" ");
    }
    List<String> found = new ArrayList<>();
    for (Pattern pattern : List.of(SNAKE_CASE, DOTTED_KEY, SLOT)) {
      Matcher match = pattern.matcher(scanned);
      while (match.find()) {
        found.add(context(scanned, match.start(), match.end()));
      }
    }
    for (String identifier : identifiers()) {
      Matcher match =
          Pattern.compile("(?<![\\w-])" + Pattern.quote(identifier) + "(?![\\w-])")
              .matcher(scanned);
      while (match.find()) {
        found.add(context(scanned, match.start(), match.end()));
      }
    }
    return found;
  }

  private static String context(String text, int start, int end) {
    return "\""
        + text.substring(start, end)
        + "\" in \"…"
        + text.substring(Math.max(0, start - 60), Math.min(text.length(), end + 60))
            .replaceAll("\\s+", " ")
        + "…\"";
  }

  @Test
  void theHtmlSpeaksTheCustomersLanguage() {
    for (Proposal proposal : PROPOSALS) {
      String text = visibleText(HtmlReport.render(proposal));
      assertThat(violations(text, names(proposal), false))
          .as("identifiers in the HTML of %s", proposal.scenario().name())
          .isEmpty();
    }
  }

  @Test
  void theWorkbookSpeaksTheCustomersLanguage() throws IOException {
    for (Proposal proposal : PROPOSALS) {
      StringBuilder text = new StringBuilder();
      try (Workbook workbook =
          new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.write(proposal)))) {
        for (Sheet sheet : workbook) {
          text.append(sheet.getSheetName()).append('\n');
          for (Row row : sheet) {
            for (Cell cell : row) {
              if (cell.getCellType() == CellType.STRING) {
                text.append(cell.getStringCellValue()).append('\n');
              }
            }
          }
        }
      }
      assertThat(violations(text.toString(), names(proposal), true))
          .as("identifiers in the workbook of %s", proposal.scenario().name())
          .isEmpty();
    }
  }

  /** The scan itself finds what it must: a JSON key, a key path, a reason code, a kind, a slot. */
  @Test
  void theScanFindsEveryKindOfIdentifier() {
    List<String> names = List.of("gcs-archive", "phase-one");
    assertThat(violations("the seed_seconds of gcs-archive", names, false)).hasSize(1);
    assertThat(violations("swept network.circuits from 1", names, false)).hasSize(1);
    assertThat(violations("feasible up to 75 PB (rto-missed above)", names, false)).hasSize(1);
    assertThat(violations("kind namespace-in-cloud on phase-one", names, false)).hasSize(1);
    assertThat(violations("limited by copy-engine", names, false)).hasSize(1);
    assertThat(violations("the RPO is {rpo}", names, false)).hasSize(1);
    assertThat(violations("RPO = I + d_peak · I / R", names, true)).isEmpty();
    assertThat(
            violations(
                "gcs-archive on phase-one: see docs/model.md §3 and https://a.b/c_d.json",
                names,
                false))
        .isEmpty();
  }

  /**
   * Every reason a customer can read is worded without identifiers, whatever figures fill it, and
   * every reason that makes a pair infeasible has its few words for a feasibility edge.
   */
  @Test
  void everyReasonHasCustomerWords() {
    for (ReasonCode code : ReasonCode.values()) {
      String template = SLOT.matcher(Wording.template(code)).replaceAll("42");
      assertThat(violations(template, List.of(), false)).as(code.id()).isEmpty();
      if (code.blocking()) {
        assertThat(Wording.hasFailureWords(code))
            .as("%s has its words in Wording.failures()", code.id())
            .isTrue();
        assertThat(violations(Wording.failure(code), List.of(), false)).isEmpty();
      }
    }
  }
}

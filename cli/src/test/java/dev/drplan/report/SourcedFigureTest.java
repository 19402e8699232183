package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.load.CatalogReader;
import dev.drplan.load.ScenarioLoader;
import dev.drplan.model.CostLine;
import dev.drplan.model.OptionResult;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Scenario;
import dev.drplan.schema.CatalogSchema;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures a scenario sets itself are shown where they are used, beside the catalog's: with
 * cli/src/test/resources/report/overrides.yaml (an override of the Archive price and of the
 * appliances in flight, a VM defined inline, an inline retrieval price, a configuration's own
 * usable share and the network's own port cost), the proposal's HTML and workbook show the value
 * every figure was computed with, marked as the scenario's, and the catalog's value, date and
 * source.
 */
class SourcedFigureTest {

  private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

  private static final String ARCHIVE_PRICE =
      "Cloud Storage Archive, us-central1: at-rest price per GiB-month";

  private static Proposal proposal;
  private static Scenario scenario;

  @BeforeAll
  static void propose() {
    proposal = ProposalWordingTest.overridesProposal();
    scenario = proposal.scenario();
  }

  private static SourcedFigure figure(String label, String usedBy) {
    for (SourcedFigure figure : proposal.sources()) {
      if (figure.label().equals(label) && figure.usedBy().contains(usedBy)) {
        return figure;
      }
    }
    throw new AssertionError("no figure " + label + " used by " + usedBy);
  }

  private static DrOption option(String name) {
    for (DrOption option : scenario.options()) {
      if (option.name().equals(name)) {
        return option;
      }
    }
    throw new AssertionError("no option " + name);
  }

  /**
   * Mover hosts that are catalog VMs: their hourly price is listed as the catalog's entry, with its
   * date and source; one defined inline is the scenario's own.
   */
  @Test
  void aMoverVmsHourlyPriceIsListedBesideTheCatalogs() {
    CatalogReader builtIn = CatalogReader.builtIn();
    Scenario vms =
        new ScenarioLoader(builtIn)
            .load(java.nio.file.Path.of("src/test/resources/scenarios/vm-movers.yaml"));
    List<SourcedFigure> figures = SourcedFigure.of(vms, builtIn.load("gcp-2026"));
    SourcedFigure catalogVm = null;
    SourcedFigure inlineVm = null;
    for (SourcedFigure figure : figures) {
      if (figure.usedBy().contains("gcs-nearline") && figure.label().contains("per hour")) {
        catalogVm = figure;
      }
      if (figure.usedBy().contains("gcs-archive-appliance-seed")
          && figure.label().startsWith("Mover host VM defined in the scenario")) {
        inlineVm = figure;
      }
    }
    assertThat(catalogVm).isNotNull();
    assertThat(catalogVm.label()).startsWith("VM z3-highmem-8-highlssd");
    assertThat(catalogVm.used()).isEqualTo(Money.ofUsd(1.152));
    assertThat(catalogVm.setByScenario()).isFalse();
    assertThat(catalogVm.catalog().path()).isEqualTo("machines.z3-highmem-8-highlssd.hourly");
    assertThat(catalogVm.catalog().asOf()).isEqualTo("2026-07-30");
    assertThat(inlineVm).isNotNull();
    assertThat(inlineVm.used()).isEqualTo(Money.ofUsd(3.885));
    assertThat(inlineVm.setByScenario()).isTrue();
  }

  @Test
  void anOverriddenPriceIsTheOneUsedAndTheCatalogsStandsBesideIt() {
    SourcedFigure archive = figure(ARCHIVE_PRICE, "archive-negotiated");
    DataCopy copy = (DataCopy) option("archive-negotiated");
    // The engine priced the copy at the override; the figure shows that value, not the catalog's.
    assertThat(copy.prices().storagePerGibMonth()).isEqualTo(Money.ofUsd(0.0011));
    assertThat(archive.used()).isEqualTo(copy.prices().storagePerGibMonth());
    assertThat(archive.setByScenario()).isTrue();
    assertThat(archive.usedText()).isEqualTo("$0.0011 per GiB-month");
    assertThat(archive.catalog().path()).isEqualTo("gcs.archive.us-central1.storage_per_gib_month");
    assertThat(archive.catalog().value()).isEqualTo(Money.ofUsd(0.0012));
    assertThat(archive.catalogText()).isEqualTo("$0.0012 per GiB-month");
    assertThat(archive.catalog().asOf()).isEqualTo("2026-09-20");
    assertThat(archive.catalog().source()).isEqualTo("https://cloud.google.com/storage/pricing");

    SourcedFigure inFlight =
        figure("Transfer Appliance ta300: appliances used at once", "archive-negotiated");
    assertThat(inFlight.usedText()).isEqualTo("20 appliances");
    assertThat(inFlight.catalogText()).isEqualTo("1 appliance");
    assertThat(inFlight.setByScenario()).isTrue();
  }

  @Test
  void anInlineMachineIsTheScenariosOwnWithNoCatalogValue() {
    NamespaceInCloud namespace = (NamespaceInCloud) option("namespace-inline-vm");
    SourcedFigure hourly =
        figure("VM defined in the scenario: on-demand price of one VM per hour", namespace.name());
    assertThat(hourly.used()).isEqualTo(namespace.machine().hourly()).isEqualTo(Money.ofUsd(11.5));
    assertThat(hourly.catalog()).isNull();
    assertThat(hourly.setByScenario()).isTrue();
    assertThat(hourly.usedText()).isEqualTo("$11.50 per hour");
    assertThat(hourly.catalogText()).isEqualTo(Display.NONE);
    assertThat(
            figure("VM defined in the scenario: local SSD of one VM", namespace.name()).usedText())
        .isEqualTo("30,000 GiB");
  }

  @Test
  void anInlinePriceReplacesOnlyItsOwnFigure() {
    SourcedFigure retrieval =
        figure(
            "Cloud Storage Coldline, us-central1: fee per GiB read back", "coldline-own-retrieval");
    assertThat(retrieval.usedText()).isEqualTo("$0.01 per GiB");
    assertThat(retrieval.catalogText()).isEqualTo("$0.02 per GiB");
    assertThat(retrieval.setByScenario()).isTrue();
    SourcedFigure storage =
        figure(
            "Cloud Storage Coldline, us-central1: at-rest price per GiB-month",
            "coldline-own-retrieval");
    assertThat(storage.setByScenario()).isFalse();
    assertThat(storage.used()).isEqualTo(storage.catalog().value());
  }

  @Test
  void aConfigurationsOwnUsableShareIsItsRowTheOthersUseTheModels() {
    String label = "D-box ceres-df3060: usable share of raw (erasure coding and reserve)";
    SourcedFigure small = figure(label, "configuration small");
    SourcedFigure large = figure(label, "configuration large");
    assertThat(small).isNotEqualTo(large);
    assertThat(small.used()).isEqualTo(Fraction.of(0.818));
    assertThat(small.setByScenario()).isTrue();
    assertThat(large.used()).isEqualTo(Fraction.of(0.88));
    assertThat(large.setByScenario()).isFalse();
    assertThat(large.usedBy()).containsExactly("configuration large");
  }

  @Test
  void theNetworksOwnPortCostIsTheScenarios() {
    SourcedFigure ports =
        figure("Interconnect dedicated-100g: cost per circuit per month", SourcedFigure.NETWORK);
    assertThat(ports.used()).isEqualTo(scenario.network().monthlyPortCost());
    assertThat(ports.usedText()).isEqualTo("$15,000.00 per month");
    assertThat(ports.catalogText()).isEqualTo("$17,006.04 per month");
    assertThat(ports.setByScenario()).isTrue();
  }

  /** One row per figure and value, in the HTML, as the reader sees its cells. */
  private static List<List<String>> htmlRows(String html) {
    String sources = HtmlReportTest.section(html, "sources");
    List<List<String>> rows = new ArrayList<>();
    Matcher row = ROW.matcher(sources);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        String shown =
            ProposalWordingTest.visibleText(cell.group(1))
                .replace('\u00A0', ' ')
                .replace('\u2011', '-');
        cells.add(shown.replaceAll("\\s+", " ").strip());
      }
      if (!cells.isEmpty()) {
        rows.add(cells);
      }
    }
    return rows;
  }

  @Test
  void theHtmlShowsTheValueUsedMarkedBesideTheCatalogsWithItsDateAndSource() {
    String html = HtmlReport.render(proposal);
    List<List<String>> rows = htmlRows(html);
    assertThat(rows).hasSize(proposal.sources().size());
    assertThat(rows)
        .contains(
            List.of(
                ARCHIVE_PRICE,
                "archive-negotiated",
                "$0.0011 per GiB-month",
                "scenario",
                "$0.0012 per GiB-month",
                "2026-09-20",
                "https://cloud.google.com/storage/pricing"))
        .contains(
            List.of(
                "VM defined in the scenario: on-demand price of one VM per hour",
                "namespace-inline-vm",
                "$11.50 per hour",
                "scenario",
                Display.NONE,
                Display.NONE,
                Display.NONE))
        .contains(
            List.of(
                "Transfer Appliance ta300: appliances used at once",
                "archive-negotiated",
                "20 appliances",
                "scenario",
                "1 appliance placeholder",
                "2025-08-17",
                "https://cloud.google.com/transfer-appliance/docs/4.0/installation-guide"));
    assertThat(html)
        .contains("8 figures set by the scenario (see Prices and hardware)")
        .contains("26 figures: 8 set by the scenario, 18 from the catalog");
  }

  @Test
  void theWorkbookShowsTheSame() throws IOException {
    try (Workbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.write(proposal)))) {
      Sheet sheet = workbook.getSheet("Sources");
      DataFormatter text = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : text.formatCellValue(cell));
        }
        rows.add(cells);
      }
      assertThat(rows).hasSize(proposal.sources().size() + 1);
      assertThat(rows)
          .contains(
              List.of(
                  ARCHIVE_PRICE,
                  "archive-negotiated",
                  "$0.0011 per GiB-month",
                  "scenario",
                  "$0.0012 per GiB-month",
                  "no",
                  "2026-09-20",
                  "https://cloud.google.com/storage/pricing"))
          .contains(
              List.of(
                  "VM defined in the scenario: local SSD of one VM",
                  "namespace-inline-vm",
                  "30,000 GiB",
                  "scenario",
                  "",
                  "",
                  "",
                  ""));
    }
  }

  /**
   * Every figure the model reads from a catalog item the scenario uses is listed: each required
   * field of the item's group (the fields the catalog's lookups read). A required field added to a
   * group fails here until the proposal lists it.
   */
  @Test
  void everyCatalogFieldTheModelReadsIsListed() {
    Proposal walmart = ProposalFixtures.certainProposal();
    Catalog catalog = ProposalFixtures.builtInCatalog(walmart.scenario().catalogName());
    List<String> listed = new ArrayList<>();
    List<String> items = new ArrayList<>();
    for (SourcedFigure figure : walmart.sources()) {
      CatalogEntry entry = figure.catalog();
      if (entry == null) {
        continue; // a price only the scenario gives (a quote, a discount): no catalog item
      }
      listed.add(entry.path());
      String item = entry.path().substring(0, entry.path().lastIndexOf('.'));
      if (!items.contains(item)) {
        items.add(item);
      }
    }
    assertThat(items)
        .contains(
            "dboxes.ceres-df3060",
            "cboxes.cbox-4node",
            "interconnect.dedicated-100g",
            "machines.z3-highmem-88-highlssd",
            "gcs.archive.us-central1",
            "gcs.coldline.us-central1",
            "gcs.archive.nam4",
            "egress.interconnect-north-america",
            "appliances.ta300");
    for (String item : items) {
      CatalogSchema.Group group = CatalogSchema.group(item.substring(0, item.indexOf('.')));
      for (String field : group.required()) {
        assertThat(catalog.find(item + "." + field)).as(item + "." + field).isNotNull();
        assertThat(listed).as("the proposal lists %s.%s", item, field).contains(item + "." + field);
      }
    }
  }

  /**
   * The egress price is listed beside every option the model bills it to: a copy restored to the
   * primary, a copy run in the cloud (its failback) and a namespace that fails back at a price.
   */
  @Test
  void theEgressPriceIsListedBesideEveryOptionWhoseRecoveryPaysIt() {
    Proposal walmart = ProposalFixtures.certainProposal();
    List<String> egressUsers = new ArrayList<>();
    for (SourcedFigure figure : walmart.sources()) {
      if (figure.catalog() != null
          && figure.catalog().path().equals("egress.interconnect-north-america.per_gib")) {
        egressUsers.addAll(figure.usedBy());
      }
    }
    assertThat(egressUsers).contains("gcs-archive-run-in-cloud", "gcs-archive-nam4-run-in-cloud");
    List<String> billed = new ArrayList<>();
    for (OptionResult result : walmart.comparison().evaluation().results()) {
      if (result.costLines().priced(CostLine.EGRESS) && !billed.contains(result.option())) {
        billed.add(result.option());
      }
    }
    assertThat(egressUsers).containsExactlyInAnyOrderElementsOf(billed);
  }
}

package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.model.ConfigurationResult;
import dev.drplan.model.Evaluation;
import dev.drplan.model.ExpansionStep;
import dev.drplan.model.OptionResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbook read back with POI: sheet names, header units, and every figure a numeric cell equal
 * to the engine's canonical figure converted to the header's unit (written as the arithmetic),
 * empty where the figure cannot exist.
 */
class XlsxReportTest {

  private static Proposal proposal;
  private static Evaluation evaluation;
  private static Workbook workbook;

  @BeforeAll
  static void write() throws IOException {
    proposal = ProposalFixtures.certainProposal();
    evaluation = proposal.comparison().evaluation();
    byte[] bytes = XlsxReport.write(proposal);
    workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  @AfterAll
  static void close() throws IOException {
    workbook.close();
  }

  private static List<String> headers(Sheet sheet) {
    List<String> headers = new ArrayList<>();
    for (Cell cell : sheet.getRow(0)) {
      headers.add(cell.getStringCellValue());
    }
    return headers;
  }

  /** The cell under {@code header} in data row {@code row} (0 = first below the header). */
  private static Cell cell(Sheet sheet, int row, String header) {
    int column = headers(sheet).indexOf(header);
    assertThat(column).as("column %s of %s", header, sheet.getSheetName()).isNotNegative();
    Row line = sheet.getRow(row + 1);
    return line == null ? null : line.getCell(column);
  }

  private static double number(Sheet sheet, int row, String header) {
    Cell cell = cell(sheet, row, header);
    assertThat(cell).as("%s row %d", header, row).isNotNull();
    assertThat(cell.getCellType()).as("%s row %d", header, row).isEqualTo(CellType.NUMERIC);
    return cell.getNumericCellValue();
  }

  private static void assertEmpty(Sheet sheet, int row, String header) {
    Cell cell = cell(sheet, row, header);
    assertThat(cell == null || cell.getCellType() == CellType.BLANK)
        .as("%s row %d is empty", header, row)
        .isTrue();
  }

  private static void assertClose(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * 1e-12));
  }

  @Test
  void sheetsAreTheTablesThenAssumptionsAndSources() {
    List<String> names = new ArrayList<>();
    for (Sheet sheet : workbook) {
      names.add(sheet.getSheetName());
    }
    assertThat(names)
        .containsExactly(
            "Configurations",
            "Expansion plan",
            "Options",
            "Cost lines",
            "Monthly costs",
            "Recommendation",
            "Inputs",
            "Assumptions",
            "Sources");
    assertThat(headers(workbook.getSheet("Options")))
        .containsExactly(
            "Configuration",
            "Option",
            "Kind",
            "Feasible",
            "Replication rate (GB/s)",
            "Replication rate (Gbps)",
            "Bottleneck",
            "First full copy (days)",
            "Recovery point (RPO), hours",
            "Recovery time (RTO), hours",
            "Stored in the cloud at the end (TB)",
            "VMs at the end",
            "Clusters at the end",
            "Monthly cost at the start (USD)",
            "Monthly cost at the end (USD)",
            "One-time cost (USD)",
            "Horizon cost (USD)",
            "Cost per recovery event (USD)",
            "Reasons",
            "Notes",
            "Remedy");
    assertThat(headers(workbook.getSheet("Configurations")))
        .containsExactly(
            "Configuration",
            "C-boxes",
            "D-boxes",
            "Raw capacity (TB)",
            "Usable capacity (TB)",
            "Logical capacity (TB)",
            "Time to full (days)",
            "Fits now",
            "Fits horizon",
            "Replication egress (GB/s)",
            "Purchase of the boxes (USD)",
            "On-prem spend over the horizon (USD)");
  }

  @Test
  void everyOptionFigureIsTheEnginesInTheHeadersUnit() {
    Sheet sheet = workbook.getSheet("Options");
    List<OptionResult> results = evaluation.results();
    assertThat(sheet.getLastRowNum()).isEqualTo(results.size());
    for (int i = 0; i < results.size(); i++) {
      OptionResult r = results.get(i);
      assertThat(cell(sheet, i, "Configuration").getStringCellValue()).isEqualTo(r.configuration());
      assertThat(cell(sheet, i, "Option").getStringCellValue()).isEqualTo(r.option());
      assertThat(cell(sheet, i, "Feasible").getStringCellValue())
          .isEqualTo(r.feasible() ? "yes" : "no");
      assertClose(
          number(sheet, i, "Replication rate (GB/s)"),
          r.replication().rate().bytesPerSecond() / 1e9);
      assertClose(
          number(sheet, i, "Replication rate (Gbps)"),
          r.replication().rate().bytesPerSecond() * 8 / 1e9);
      if (r.seed().time() == null) {
        assertEmpty(sheet, i, "First full copy (days)");
      } else {
        assertClose(number(sheet, i, "First full copy (days)"), r.seed().time().seconds() / 86_400);
      }
      if (r.rpo() == null) {
        assertEmpty(sheet, i, "Recovery point (RPO), hours");
      } else {
        assertClose(number(sheet, i, "Recovery point (RPO), hours"), r.rpo().seconds() / 3_600);
      }
      assertClose(number(sheet, i, "Recovery time (RTO), hours"), r.rto().seconds() / 3_600);
      if (r.storedEnd() == null) {
        assertEmpty(sheet, i, "Stored in the cloud at the end (TB)");
        assertThat(number(sheet, i, "VMs at the end")).isEqualTo(r.nodesEnd().doubleValue());
      } else {
        assertClose(
            number(sheet, i, "Stored in the cloud at the end (TB)"), r.storedEnd().bytes() / 1e12);
        assertEmpty(sheet, i, "VMs at the end");
      }
      // The run rates at the start and at the end of the horizon (docs/model.md §7).
      assertClose(number(sheet, i, "Monthly cost at the start (USD)"), r.monthlyCostStart().usd());
      assertClose(number(sheet, i, "Monthly cost at the end (USD)"), r.monthlyCostEnd().usd());
      assertClose(number(sheet, i, "One-time cost (USD)"), r.oneTimeCost().usd());
      assertClose(
          number(sheet, i, "Horizon cost (USD)"),
          r.monthlyCosts().total().usd() + r.oneTimeCost().usd());
      assertClose(number(sheet, i, "Cost per recovery event (USD)"), r.recoveryEventCost().usd());
      List<String> reasons = new ArrayList<>();
      r.reasons().forEach(reason -> reasons.add(Wording.reason(reason, proposal.scenario())));
      if (reasons.isEmpty()) {
        assertEmpty(sheet, i, "Reasons");
      } else {
        assertThat(cell(sheet, i, "Reasons").getStringCellValue())
            .isEqualTo(String.join("; ", reasons));
      }
      // An infeasible pair's remedy (or why none works), as compare's report words it.
      if (r.feasible()) {
        assertEmpty(sheet, i, "Remedy");
      } else {
        assertThat(cell(sheet, i, "Remedy").getStringCellValue())
            .isEqualTo(RemedyText.best(proposal.scenario(), proposal.comparison().remedies(r)));
      }
    }
  }

  @Test
  void configurationsAndTheExpansionPlanInTheirUnits() {
    Sheet sheet = workbook.getSheet("Configurations");
    List<ConfigurationResult> configurations = evaluation.configurations();
    for (int i = 0; i < configurations.size(); i++) {
      ConfigurationResult c = configurations.get(i);
      assertThat(number(sheet, i, "D-boxes")).isEqualTo(c.dboxes());
      assertClose(number(sheet, i, "Raw capacity (TB)"), c.raw().bytes() / 1e12);
      assertClose(number(sheet, i, "Usable capacity (TB)"), c.usable().bytes() / 1e12);
      assertClose(number(sheet, i, "Logical capacity (TB)"), c.logicalCapacity().bytes() / 1e12);
      assertClose(number(sheet, i, "Time to full (days)"), c.timeToFull().seconds() / 86_400);
      assertClose(
          number(sheet, i, "Replication egress (GB/s)"),
          c.replicationEgress().bytesPerSecond() / 1e9);
    }
    Sheet plan = workbook.getSheet("Expansion plan");
    int row = 0;
    for (ConfigurationResult c : configurations) {
      for (ExpansionStep step : c.expansion()) {
        assertThat(cell(plan, row, "Configuration").getStringCellValue())
            .isEqualTo(c.configuration());
        assertThat(number(plan, row, "Year")).isEqualTo(step.year());
        assertClose(
            number(plan, row, "Logical size at year end (TB)"), step.logicalSize().bytes() / 1e12);
        assertThat(number(plan, row, "D-boxes needed")).isEqualTo(step.dboxesNeeded());
        assertThat(number(plan, row, "D-boxes to add")).isEqualTo(step.dboxesToAdd());
        // walmart.yaml prices a D-box at $950,000.
        assertClose(number(plan, row, "Spend (USD)"), step.dboxesToAdd() * 950_000.0);
        if (step.dboxesToAdd() == 0) {
          assertEmpty(plan, row, "Latest order date (days from day one)");
        } else {
          assertClose(
              number(plan, row, "Latest order date (days from day one)"),
              step.orderBy().seconds() / 86_400);
        }
        row++;
      }
    }
  }

  @Test
  void theCostLinesOfEachOptionAddUpToItsHorizonCost() {
    Sheet sheet = workbook.getSheet("Cost lines");
    List<String> headers = headers(sheet);
    assertThat(headers.get(0)).isEqualTo("Option");
    assertThat(headers.get(headers.size() - 1)).isEqualTo("Horizon cost (USD)");
    assertThat(headers).contains("Ports (USD)", "Storage (USD)").doesNotContain("Retrieval (USD)");
    List<OptionResult> firsts = new ArrayList<>();
    for (OptionResult r : evaluation.results()) {
      if (r.configuration().equals(evaluation.results().get(0).configuration())) {
        firsts.add(r);
      }
    }
    assertThat(sheet.getLastRowNum()).isEqualTo(firsts.size());
    for (int i = 0; i < firsts.size(); i++) {
      OptionResult r = firsts.get(i);
      assertThat(cell(sheet, i, "Option").getStringCellValue()).isEqualTo(r.option());
      // walmart.yaml: 8 circuits at $23.28/h x 730.5 h a month each, for the 60 months of 5 y.
      assertClose(number(sheet, i, "Ports (USD)"), 8 * 23.28 * 730.5 * 60);
      double sum = 0;
      boolean priced = true;
      for (String header : headers.subList(1, headers.size() - 1)) {
        Cell cell = cell(sheet, i, header);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
          continue;
        }
        if (cell.getCellType() == CellType.STRING) {
          assertThat(cell.getStringCellValue()).isEqualTo("not priced");
          priced = false;
        } else {
          sum += cell.getNumericCellValue();
        }
      }
      // walmart's namespace has no licence price, its appliance seed only the catalog's $0
      // placeholders for fee and shipping, its nam4 copy only the placeholder for inter-region
      // replication: all three have lines not priced; every other option none.
      assertThat(
              priced
                  || r.option().equals("vast-on-z3")
                  || r.option().equals("gcs-archive-appliance-seed")
                  || r.option().equals("gcs-archive-nam4-run-in-cloud"))
          .as(r.option())
          .isTrue();
      assertThat(sum).isCloseTo(number(sheet, i, "Horizon cost (USD)"), within(sum * 1e-9));
      assertClose(number(sheet, i, "Horizon cost (USD)"), r.horizonCost().usd());
    }
  }

  @Test
  void aReplayedChangeProfileHasItsOwnSheetAndWalmartHasNone() throws IOException {
    assertThat(workbook.getSheet(XlsxReport.RPO_REPLAY_SHEET)).isNull();
    Proposal profile = ProposalFixtures.profileProposal();
    List<OptionResult> results = profile.comparison().evaluation().results();
    try (Workbook replayed =
        new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.write(profile)))) {
      Sheet sheet = replayed.getSheet(XlsxReport.RPO_REPLAY_SHEET);
      assertThat(sheet).isNotNull();
      assertThat(replayed.getSheetIndex(sheet)).isEqualTo(replayed.getSheetIndex("Cost lines") + 1);
      assertThat(sheet.getLastRowNum()).isEqualTo(results.size());
      int replayedPairs = 0;
      for (int i = 0; i < results.size(); i++) {
        OptionResult r = results.get(i);
        assertThat(cell(sheet, i, "Option").getStringCellValue()).isEqualTo(r.option());
        var simulated = r.backlog().simulated();
        String header = headers(sheet).get(5); // the largest replayed RPO, in minutes
        assertThat(header).endsWith("(minutes)");
        if (simulated == null) {
          assertEmpty(sheet, i, header);
        } else {
          replayedPairs++;
          assertClose(number(sheet, i, header), simulated.rpoMax().seconds() / 60);
        }
      }
      assertThat(replayedPairs).isPositive();
    }
  }

  @Test
  void monthlyCostsColumnPerPairAndTheyAddUpToTheRecurringPart() {
    Sheet sheet = workbook.getSheet("Monthly costs");
    List<OptionResult> results = evaluation.results();
    assertThat(headers(sheet)).hasSize(results.size() + 1);
    for (OptionResult r : results) {
      String header = r.configuration() + " / " + r.option() + XlsxReport.monthlyUnit(r);
      double sum = 0;
      for (int m = 0; m < r.monthlyCosts().months(); m++) {
        double usd = number(sheet, m, header);
        assertThat(usd).isEqualTo(r.monthlyCosts().month(m).usd());
        sum += usd;
      }
      assertClose(sum, r.monthlyCosts().total().usd());
    }
  }

  @Test
  void withUncertainInputsTheRecommendationSaysHowSureAsTheHtmlDoes() throws IOException {
    // The workbook goes without the HTML; its Recommendation sheet says how likely the pair is
    // from the report's own sampled futures, and where the recommendation changes.
    Proposal uncertain = ProposalFixtures.uncertainProposal();
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.write(uncertain)))) {
      Sheet verdict = book.getSheet("Recommendation");
      assertThat(verdict.getRow(3).getCell(1).getStringCellValue())
          .contains("the recommendation changes nearest where");
      assertThat(verdict.getRow(4).getCell(0).getStringCellValue()).isEqualTo("How sure");
      assertThat("How sure: " + verdict.getRow(4).getCell(1).getStringCellValue())
          .isEqualTo(HtmlReport.howSure(uncertain))
          .contains("sampled futures it is feasible in");
    }
    // Without uncertain inputs there is nothing to be sure of beyond the figures.
    assertThat(workbook.getSheet("Recommendation").getLastRowNum()).isEqualTo(3);
  }

  @Test
  void recommendationAssumptionsAndSources() {
    Sheet verdict = workbook.getSheet("Recommendation");
    assertThat(verdict.getRow(1).getCell(1).getStringCellValue())
        .isEqualTo(evaluation.recommendation().configuration());
    assertThat(verdict.getRow(2).getCell(1).getStringCellValue())
        .isEqualTo(evaluation.recommendation().option());
    assertThat(verdict.getRow(3).getCell(1).getStringCellValue())
        .isEqualTo(Wording.sentence(evaluation.recommendation().why(), proposal.scenario()));
    Sheet assumptions = workbook.getSheet("Assumptions");
    // First, once, whose figures the inputs are (the Inputs sheet has each); then the conventions.
    assertThat(assumptions.getRow(1).getCell(0).getStringCellValue())
        .isEqualTo(InputMarks.summary(proposal.scenario(), "the Inputs sheet"));
    assertThat(assumptions.getRow(2).getCell(0).getStringCellValue()).contains("gcp-2026");
    Sheet sources = workbook.getSheet("Sources");
    assertThat(headers(sources))
        .containsExactly(
            "Figure",
            "Used by",
            "Value used",
            "Set by",
            "Catalog value",
            "Catalog uncertainty",
            "As of",
            "Source");
    List<SourcedFigure> figures = proposal.sources();
    assertThat(sources.getLastRowNum()).isEqualTo(figures.size());
    for (int i = 0; i < figures.size(); i++) {
      SourcedFigure figure = figures.get(i);
      CatalogEntry entry = figure.catalog();
      assertThat(cell(sources, i, "Figure").getStringCellValue()).isEqualTo(figure.label());
      assertThat(cell(sources, i, "Value used").getStringCellValue()).isEqualTo(figure.usedText());
      assertThat(cell(sources, i, "Set by").getStringCellValue())
          .startsWith(figure.setByScenario() ? "scenario" : "catalog")
          .isEqualTo(figure.setByText());
      if (entry == null) {
        // A price only the scenario gives: no catalog value, uncertainty or source.
        assertThat(figure.setByScenario()).isTrue();
        assertThat(cell(sources, i, "Source")).isNull();
        continue;
      }
      assertThat(cell(sources, i, "Source").getStringCellValue())
          .isEqualTo(entry.source())
          .startsWith("http");
      // One vocabulary (docs/model.md §8): a placeholder, else uncertain, else sourced.
      assertThat(cell(sources, i, "Catalog uncertainty").getStringCellValue())
          .isEqualTo(
              Catalog.isPlaceholder(entry)
                  ? "placeholder"
                  : entry.uncertain() ? "uncertain" : "no");
    }
  }

  /**
   * walmart's nam4 bucket and appliance seed read catalog placeholders of 0 (the replication price,
   * the appliance fee and shipping): the Sources sheet says not priced with the entry, never $0.00,
   * and a monthly cost column that leaves those lines out says so in its header.
   */
  @Test
  void aPlaceholderPriceIsNotPricedAndTheTotalsSaySo() {
    Sheet sources = workbook.getSheet("Sources");
    List<String> used = new ArrayList<>();
    for (int r = 0; r < sources.getLastRowNum(); r++) {
      Cell figure = cell(sources, r, "Figure");
      if (figure != null && figure.getStringCellValue().contains("inter-region replication")) {
        used.add(cell(sources, r, "Value used").getStringCellValue());
        assertThat(cell(sources, r, "Catalog value").getStringCellValue()).isEqualTo("not priced");
      }
      Cell mark = cell(sources, r, "Catalog uncertainty");
      if (mark != null && mark.getStringCellValue().equals("placeholder")) {
        assertThat(cell(sources, r, "Value used").getStringCellValue()).doesNotStartWith("$0.00 ");
      }
    }
    assertThat(used).containsExactly("not priced (catalog placeholder)");
    assertThat(headers(workbook.getSheet("Monthly costs")))
        .contains(
            "minimum / gcs-archive-nam4-run-in-cloud (USD; not priced, so not in it: inter-region"
                + " replication)",
            "minimum / gcs-archive-appliance-seed (USD; not priced, so not in it: appliances)",
            "minimum / gcs-archive (USD)",
            "minimum / vast-on-z3 (USD; not priced, so not in it: licence)");
  }
}

package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.analysis.UncertainScenario;
import dev.drplan.load.CatalogReader;
import dev.drplan.load.ScenarioLoader;
import dev.drplan.scenario.Scenario;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A spreadsheet cell and a CSV field carry plain text: no Markdown markup (a backtick code span,
 * {@code **} emphasis, a backslash escape, an HTML entity or line break of a pipe table) reaches
 * them from the sentences the formats share, for every bundled scenario.
 */
class PlainTextOutputsTest {

  private static Scenario load(String name) {
    return new ScenarioLoader(CatalogReader.builtIn())
        .load(ProposalFixtures.root().resolve("scenarios/" + name + ".yaml"));
  }

  private static void assertPlain(String text, String where) {
    assertThat(text)
        .as(where)
        .doesNotContain("`")
        .doesNotContain("**")
        .doesNotContainPattern("\\\\[\\\\`*_<>|]")
        .doesNotContain("&lt;")
        .doesNotContain("<br>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"walmart", "walmart-profile", "pilot", "growth-path"})
  void everyTextCellOfEverySheetIsPlain(String name) throws Exception {
    Scenario scenario = load(name);
    Proposal proposal =
        Proposal.of(
            UncertainScenario.certain(scenario),
            ProposalFixtures.builtInCatalog(scenario.catalogName()),
            ProposalFixtures.SAMPLES,
            ProposalFixtures.SEED,
            2);
    List<String> assumptions = textCells(proposal, "Assumptions");
    // The catalog is named as text, without the code span the Markdown and HTML give it.
    assertThat(assumptions)
        .anyMatch(text -> text.contains("built-in catalog " + scenario.catalogName() + ","));
  }

  @ParameterizedTest
  @ValueSource(strings = {"walmart", "walmart-profile", "pilot", "growth-path"})
  void everyCsvFieldIsPlain(String name) throws Exception {
    StringWriter csv = new StringWriter();
    ReportFormat.CSV.writer().write(Comparison.of(load(name)), csv);
    assertPlain(csv.toString(), name + ".csv");
  }

  /**
   * Checks that every text cell of the proposal's workbook is plain, and returns the text cells of
   * the sheet {@code sheetName}.
   */
  private static List<String> textCells(Proposal proposal, String sheetName) throws Exception {
    List<String> texts = new ArrayList<>();
    int all = 0;
    try (Workbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.write(proposal)))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
              String text = cell.getStringCellValue();
              assertPlain(text, sheet.getSheetName() + "!" + cell.getAddress().formatAsString());
              all++;
              if (sheet.getSheetName().equals(sheetName)) {
                texts.add(text);
              }
            }
          }
        }
      }
    }
    assertThat(all).isPositive();
    return texts;
  }
}

package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drplan.catalog.ValueKind;
import dev.drplan.model.ConfigurationFigure;
import dev.drplan.model.CostLineFigure;
import dev.drplan.model.ExpansionFigure;
import dev.drplan.model.Figure;
import dev.drplan.model.PairFigure;
import dev.drplan.model.ScenarioFigure;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the registry reaches the outputs under its own name: each reported figure is a
 * key of the JSON, the figures of the output contract are CSV columns named with a unit, and every
 * key names the canonical unit of its kind.
 */
class FigureOutputsTest {

  /** The words and flags of the output contract's objects; every other key is a figure. */
  private static final Set<String> NOT_FIGURES =
      Set.of(
          "configuration",
          "option",
          "kind",
          "feasible",
          "reasons",
          "bottleneck",
          "fits_horizon",
          "expansion");

  private static JsonNode json() throws Exception {
    StringWriter out = new StringWriter();
    ReportFormat.JSON.writer().write(Comparison.of(TestScenarios.walmartLike()), out);
    return new ObjectMapper().readTree(out.toString());
  }

  private static List<String> csvHeader() throws Exception {
    StringWriter out = new StringWriter();
    ReportFormat.CSV.writer().write(Comparison.of(TestScenarios.walmartLike()), out);
    return List.of(out.toString().substring(0, out.toString().indexOf("\r\n")).split(","));
  }

  @Test
  void everyReportedFigureIsAKeyOfEveryJsonObjectItBelongsTo() throws Exception {
    JsonNode root = json();
    for (ScenarioFigure figure : ScenarioFigure.values()) {
      assertThat(root.has(figure.id())).as(figure.id()).isTrue();
    }
    for (JsonNode configuration : root.get("configurations")) {
      for (ConfigurationFigure figure : ConfigurationFigure.values()) {
        assertThat(configuration.has(figure.id())).as(figure.id()).isTrue();
      }
    }
    for (JsonNode result : root.get("results")) {
      for (PairFigure figure : PairFigure.reportedFigures()) {
        assertThat(result.has(figure.id())).as(figure.id()).isTrue();
      }
    }
  }

  @Test
  void eachYearOfAnExpansionAndEachCostLineHasExactlyItsRegistryFigures() throws Exception {
    JsonNode root = json();
    List<String> year = new ArrayList<>(List.of("year"));
    for (ExpansionFigure figure : ExpansionFigure.values()) {
      year.add(figure.id());
    }
    int years = 0;
    for (JsonNode configuration : root.get("configurations")) {
      for (JsonNode step : configuration.get("expansion")) {
        assertThat(step.fieldNames()).toIterable().containsExactlyElementsOf(year);
        years++;
      }
    }
    List<String> line = new ArrayList<>(List.of("line", "priced"));
    for (CostLineFigure figure : CostLineFigure.values()) {
      line.add(figure.id());
    }
    int lines = 0;
    for (JsonNode result : root.get("results")) {
      for (JsonNode item : result.get("cost_lines")) {
        assertThat(item.fieldNames()).toIterable().containsExactlyElementsOf(line);
        lines++;
      }
    }
    assertThat(years).isPositive();
    assertThat(lines).isPositive();
  }

  @Test
  void theStepsOnlyExplainShowsAreNotInTheJson() throws Exception {
    JsonNode result = json().get("results").get(0);
    for (PairFigure figure : PairFigure.values()) {
      assertThat(result.has(figure.id())).as(figure.id()).isEqualTo(figure.reported());
    }
  }

  @Test
  void theContractsFiguresAreRegistryFiguresAndCsvColumnsWithAUnit() throws Exception {
    List<String> header = csvHeader();
    List<Figure> contract = new ArrayList<>();
    for (String key : JsonReportTest.RESULT) {
      if (!NOT_FIGURES.contains(key)) {
        contract.add(PairFigure.valueOf(key.toUpperCase(Locale.ROOT)));
      }
    }
    for (String key : JsonReportTest.CONFIGURATION) {
      if (!NOT_FIGURES.contains(key)) {
        contract.add(ConfigurationFigure.valueOf(key.toUpperCase(Locale.ROOT)));
      }
    }
    assertThat(contract).hasSize(11 + 3);
    for (Figure figure : contract) {
      List<String> columns = new ArrayList<>();
      for (DisplayUnit unit : DisplayUnit.values()) {
        if (header.contains(unit.columnOf(figure))) {
          columns.add(unit.columnOf(figure));
        }
      }
      assertThat(columns).as("CSV columns of %s", figure.id()).isNotEmpty();
    }
    assertThat(header)
        .contains("seed_days", "stored_end_tb", "monthly_cost_start_usd", "nodes_end");
  }

  @Test
  void everyKeyNamesTheCanonicalUnitOfItsKind() {
    List<Figure> figures = new ArrayList<>(List.of(ScenarioFigure.values()));
    figures.addAll(List.of(ConfigurationFigure.values()));
    figures.addAll(List.of(PairFigure.values()));
    figures.addAll(List.of(ExpansionFigure.values()));
    figures.addAll(List.of(CostLineFigure.values()));
    for (Figure figure : figures) {
      if (figure.kind() == ValueKind.COUNT || figure.kind() == ValueKind.FRACTION) {
        assertThat(figure.id()).as(figure.id()).doesNotContain("_bytes", "_seconds", "_usd");
      } else {
        assertThat(figure.id()).as(figure.id()).contains("_" + figure.kind().unit());
      }
    }
  }
}

package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drplan.catalog.ValueKind;
import dev.drplan.model.ConfigurationFigure;
import dev.drplan.model.Figure;
import dev.drplan.model.PairFigure;
import dev.drplan.model.ScenarioFigure;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the registry reaches the outputs under its own name: each reported figure is a
 * key of the JSON, the figures of the output contract are CSV columns named with a unit, and every
 * key names the canonical unit of its kind.
 */
class FigureOutputsTest {

  /** The numeric figures of docs/model.md's output contract (the JSON sample), per result. */
  private static final List<String> CONTRACT_RESULT =
      List.of(
          "replication_bytes_per_second",
          "seed_seconds",
          "rpo_seconds",
          "rto_seconds",
          "stored_bytes_end",
          "nodes_end",
          "monthly_cost_usd_start",
          "monthly_cost_usd_end",
          "one_time_cost_usd",
          "horizon_cost_usd",
          "recovery_event_cost_usd");

  /** ... and per configuration. */
  private static final List<String> CONTRACT_CONFIGURATION =
      List.of("usable_bytes", "logical_capacity_bytes", "time_to_full_seconds");

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
    for (String id : CONTRACT_RESULT) {
      contract.add(PairFigure.valueOf(id.toUpperCase(java.util.Locale.ROOT)));
    }
    for (String id : CONTRACT_CONFIGURATION) {
      contract.add(ConfigurationFigure.valueOf(id.toUpperCase(java.util.Locale.ROOT)));
    }
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
    for (Figure figure : figures) {
      if (figure.kind() == ValueKind.COUNT || figure.kind() == ValueKind.FRACTION) {
        assertThat(figure.id()).as(figure.id()).doesNotContain("_bytes", "_seconds", "_usd");
      } else {
        assertThat(figure.id()).as(figure.id()).contains("_" + Figures.unit(figure.kind()));
      }
    }
  }
}

package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drplan.load.CatalogReader;
import dev.drplan.load.ScenarioLoader;
import dev.drplan.model.ReasonCode;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every output that lists inputs says which the customer stated and which are assumptions, with the
 * reason (docs/scenario-format.md, "provenance"); a scenario that marks none says so once. The
 * shipped walmart.yaml models a call that gave no figure at all (only a deal size and an
 * opportunity), so every input it lists is an assumption.
 */
class InputMarksTest {

  private static Scenario shipped(String name) {
    return new ScenarioLoader(CatalogReader.builtIn())
        .load(ProposalFixtures.root().resolve("scenarios/" + name));
  }

  private static String markdown(Scenario scenario) throws IOException {
    StringWriter out = new StringWriter();
    new MarkdownReport().write(Comparison.of(scenario), out);
    return out.toString();
  }

  @Test
  void walmartMarksEveryInputItListsAsAnAssumptionWithItsReason() {
    List<InputMarks.Entry> entries = InputMarks.of(shipped("walmart.yaml"));
    assertThat(entries).hasSizeGreaterThan(30);
    for (InputMarks.Entry entry : entries) {
      assertThat(entry.source()).as(entry.key()).isEqualTo(InputMarks.ASSUMED);
      assertThat(entry.note()).as(entry.key()).isNotBlank();
    }
    // Catalog figures keep their own sources: the D-box's raw size is not the scenario's input.
    assertThat(entries).extracting(InputMarks.Entry::key).doesNotContain("primary.dbox.raw_size");
  }

  @Test
  void theSummaryLinesSayWhichOfTheirFiguresAreAssumed() throws IOException {
    String text = markdown(shipped("walmart.yaml"));
    assertThat(text)
        .contains(
            "peak factor 1.50). Assumed: day-one size, horizon, growth, daily change, peak"
                + " factor.")
        .contains("first copy within 180.0 d. Assumed: RPO, RTO, recovery scope, first-copy limit.")
        .contains("- Inputs: 0 stated by the customer, ")
        .contains("## Inputs: stated by the customer or assumed")
        .contains("| Data to protect on day one")
        .doesNotContain(InputMarks.UNMARKED);
  }

  @Test
  void theOnPremSpendOfAnAssumedDBoxPriceIsNotEvidence() throws IOException {
    Scenario walmart = shipped("walmart.yaml");
    List<ReasonCode> codes = new ArrayList<>();
    Comparison comparison = Comparison.of(walmart);
    comparison.evaluation().recommendation().why().forEach(reason -> codes.add(reason.code()));
    assertThat(codes)
        .containsSequence(ReasonCode.ONPREM_SPEND_SAME, ReasonCode.ONPREM_PRICE_ASSUMED);
    assertThat(markdown(walmart))
        .contains(
            "$304.0 M with its expansions; that spend is not evidence of its own: it rests on an"
                + " assumed D-box price, $950.0 k (derived from the deal size, not quoted:");
  }

  @Test
  void thePriceTableSaysAnAssumedPriceIsAssumed() {
    Scenario walmart = shipped("walmart.yaml");
    SourcedFigure dboxPrice = null;
    for (SourcedFigure figure :
        SourcedFigure.of(walmart, ProposalFixtures.builtInCatalog(walmart.catalogName()))) {
      if (figure.label().startsWith("Price of one D-box")) {
        dboxPrice = figure;
      }
    }
    assertThat(dboxPrice).isNotNull();
    assertThat(dboxPrice.setByText()).isEqualTo("scenario, assumed");
  }

  @Test
  void aScenarioThatMarksNothingSaysSoOnce() throws IOException {
    Scenario pilot = shipped("pilot.yaml");
    String text = markdown(pilot);
    assertThat(text.split(java.util.regex.Pattern.quote(InputMarks.UNMARKED), -1)).hasSize(2);
    assertThat(text).doesNotContain("Assumed:").doesNotContain("## Inputs:");
    StringWriter json = new StringWriter();
    new JsonReport().write(Comparison.of(pilot), json);
    JsonNode provenance = new ObjectMapper().readTree(json.toString()).get("input_sources");
    assertThat(provenance.get("marked").asBoolean()).isFalse();
    assertThat(provenance.get("inputs").get(0).get("source").asText()).isEqualTo("unmarked");
    assertThat(provenance.get("inputs").get(0).get("note").isNull()).isTrue();
  }

  @Test
  void theJsonMarksEachInputWithItsSourceAndNote() throws IOException {
    StringWriter json = new StringWriter();
    new JsonReport().write(Comparison.of(shipped("walmart.yaml")), json);
    JsonNode provenance = new ObjectMapper().readTree(json.toString()).get("input_sources");
    assertThat(provenance.get("marked").asBoolean()).isTrue();
    JsonNode price = null;
    for (JsonNode input : provenance.get("inputs")) {
      if (input.get("key").asText().equals("primary.dbox_price")) {
        price = input;
      }
    }
    assertThat(price).isNotNull();
    assertThat(price.get("source").asText()).isEqualTo("assumed");
    assertThat(price.get("note").asText()).startsWith("derived from the deal size");
  }

  /**
   * explain's formula inputs are matched to the scenario's keys by name (or symbol) and value, in
   * the scope of the figure: a figure of the primary (§2) reads the dataset's reduction ratio, one
   * of the cloud cluster (§7) the option's, though both are 1.50 in walmart.yaml.
   */
  @Test
  void aFormulaInputIsTheKeyOfItsNameInTheScopeOfItsFigure() {
    Scenario walmart = shipped("walmart.yaml");
    Double ratio = 1.5;
    assertThat(
            InputMarks.keyOfFormulaInput(
                walmart, "minimum", "vast-on-z3", "§2", "reduction_ratio", ratio))
        .isEqualTo("dataset.reduction_ratio");
    assertThat(
            InputMarks.keyOfFormulaInput(
                walmart, "minimum", "vast-on-z3", "§7", "reduction_ratio", ratio))
        .isEqualTo("options.vast-on-z3.reduction_ratio");
    assertThat(
            InputMarks.keyOfFormulaInput(walmart, "phase-one", "vast-on-z3", "§2", "dboxes", 120))
        .isEqualTo("primary.configurations.phase-one.dboxes");
    assertThat(
            InputMarks.keyOfFormulaInput(
                walmart,
                "minimum",
                "gcs-archive",
                "§1",
                "L0",
                dev.drplan.units.DataSize.ofBytes(80e15)))
        .isEqualTo("dataset.logical_size");
    // Another value under the same name is not the key's: a figure derived before.
    assertThat(InputMarks.keyOfFormulaInput(walmart, "phase-one", "vast-on-z3", "§2", "dboxes", 56))
        .isNull();
    // A catalog figure keeps its own source.
    assertThat(
            InputMarks.keyOfFormulaInput(
                walmart,
                "minimum",
                "gcs-archive",
                "§2",
                "dbox_raw (ceres-df3060)",
                dev.drplan.units.DataSize.ofBytes(1.35168e15)))
        .isNull();
  }
}

package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  /** The keys of docs/model.md's output contract, in its order. */
  private static final List<String> TOP =
      List.of("scenario", "configurations", "results", "recommendation");

  static final List<String> CONFIGURATION =
      List.of(
          "configuration",
          "usable_bytes",
          "logical_capacity_bytes",
          "time_to_full_seconds",
          "fits_horizon",
          "expansion");
  private static final List<String> EXPANSION = List.of("year", "dboxes_needed", "dboxes_to_add");
  static final List<String> RESULT =
      List.of(
          "configuration",
          "option",
          "kind",
          "feasible",
          "reasons",
          "replication_bytes_per_second",
          "bottleneck",
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
  private static final List<String> RECOMMENDATION = List.of("configuration", "option", "why");

  private static String json(Comparison comparison) throws Exception {
    StringWriter out = new StringWriter();
    ReportFormat.JSON.writer().write(comparison, out);
    return out.toString();
  }

  private static JsonNode tree(Comparison comparison) throws Exception {
    return new ObjectMapper().readTree(json(comparison));
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    Iterator<String> names = node.fieldNames();
    names.forEachRemaining(keys::add);
    return keys;
  }

  private static JsonNode result(JsonNode root, String configuration, String option) {
    for (JsonNode result : root.get("results")) {
      if (result.get("configuration").asText().equals(configuration)
          && result.get("option").asText().equals(option)) {
        return result;
      }
    }
    throw new AssertionError("no result " + configuration + "/" + option);
  }

  @Test
  void theContractKeysComeFirstAndInOrder() throws Exception {
    JsonNode root = tree(Comparison.of(TestScenarios.walmartLike()));
    assertThat(keys(root).subList(0, TOP.size())).isEqualTo(TOP);
    for (JsonNode configuration : root.get("configurations")) {
      assertThat(keys(configuration).subList(0, CONFIGURATION.size())).isEqualTo(CONFIGURATION);
      for (JsonNode year : configuration.get("expansion")) {
        assertThat(keys(year).subList(0, EXPANSION.size())).isEqualTo(EXPANSION);
      }
    }
    assertThat(root.get("results")).hasSize(8);
    for (JsonNode result : root.get("results")) {
      assertThat(keys(result).subList(0, RESULT.size())).isEqualTo(RESULT);
      assertThat(result.get("reasons").isArray()).isTrue();
    }
    assertThat(keys(root.get("recommendation")).subList(0, RECOMMENDATION.size()))
        .isEqualTo(RECOMMENDATION);
  }

  @Test
  void figuresAreInBaseUnits() throws Exception {
    JsonNode archive =
        result(tree(Comparison.of(TestScenarios.walmartLike())), "phase-one", "gcs-archive");
    // R = min(4 x 100 Gbps x 0.8 / 8, 4 x 4 x 4 GB/s, 32 x 16 x 200 MB/s) = 40e9 B/s
    assertThat(archive.get("replication_bytes_per_second").asDouble())
        .isEqualTo(4 * 100e9 * 0.8 / 8);
    assertThat(archive.get("bottleneck").asText()).isEqualTo("network");
    // d(0) = 10e15 x 0.005 / 86,400 B/s; T_seed = L0 / (R - d(0))
    double seed = 10e15 / (40e9 - 10e15 * 0.005 / 86_400);
    assertThat(archive.get("seed_seconds").asDouble())
        .isCloseTo(seed, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(archive.get("nodes_end").isNull()).isTrue();
    assertThat(archive.get("stored_bytes_end").isNumber()).isTrue();
    assertThat(archive.get("monthly_costs_usd")).hasSize(60);
  }

  /**
   * A feasible pair has no remedy; an infeasible one lists its single changes best first, each
   * moving its lever and leaving the pair feasible, with the figures after the change.
   */
  @Test
  void remediesAreListedForInfeasiblePairsOnly() throws Exception {
    JsonNode root = tree(Comparison.of(TestScenarios.walmartLike()));
    int listed = 0;
    for (JsonNode result : root.get("results")) {
      JsonNode remedies = result.get("remedies");
      listed += remedies.size();
      if (result.get("feasible").asBoolean()) {
        assertThat(remedies).isEmpty();
        continue;
      }
      boolean objectivesKept = true;
      for (JsonNode remedy : remedies) {
        assertThat(remedy.get("to").asDouble()).isNotEqualTo(remedy.get("from").asDouble());
        assertThat(remedy.get("steps").asInt()).isNotZero();
        assertThat(remedy.get("horizon_cost_usd").asDouble())
            .isCloseTo(
                result.get("horizon_cost_usd").asDouble()
                    + remedy.get("horizon_cost_delta_usd").asDouble(),
                org.assertj.core.api.Assertions.within(1e-6));
        // Changes that keep the objectives come before any that relaxes one.
        boolean changes = remedy.get("changes_objective").asBoolean();
        assertThat(changes || objectivesKept).as("kept after relaxed").isTrue();
        objectivesKept &= !changes;
        assertThat(remedy.get("text").asText()).contains(" → ");
      }
    }
    assertThat(listed).isPositive();
    // One 1 MB/s stream against 578.7 MB/s of change: 4 hosts (the default bound) are not enough.
    assertThat(result(root, "minimum", "gcs-trickle").get("remedies")).isEmpty();
  }

  @Test
  void figuresThatCannotExistAreNull() throws Exception {
    JsonNode root = tree(Comparison.of(TestScenarios.walmartLike()));
    JsonNode trickle = result(root, "minimum", "gcs-trickle");
    assertThat(trickle.get("feasible").asBoolean()).isFalse();
    assertThat(trickle.get("seed_seconds").isNull()).isTrue();
    assertThat(trickle.get("rpo_seconds").isNull()).isTrue();
    assertThat(trickle.get("rpo_max_interval_seconds").isNull()).isTrue();
    assertThat(trickle.get("reasons").get(0).asText()).startsWith("the first copy never converges");
    assertThat(trickle.get("reason_codes").get(0).asText()).isEqualTo("seed-never-converges");
    JsonNode namespace = result(root, "minimum", "vast-on-z3");
    assertThat(namespace.get("stored_bytes_end").isNull()).isTrue();
    assertThat(namespace.get("nodes_end").asLong()).isPositive();
    assertThat(namespace.get("restore_bytes_per_second").isNull()).isTrue();
  }

  @Test
  void noNumberIsNanInfinityOrWrittenWithAnExponent() throws Exception {
    for (Comparison comparison :
        List.of(
            Comparison.of(TestScenarios.walmartLike()),
            Comparison.of(TestScenarios.nothingFeasible()))) {
      String json = json(comparison);
      assertThat(json)
          .doesNotContain("NaN", "Infinity")
          .doesNotContainPattern("[0-9][eE][-+]?[0-9]");
      assertThat(json).endsWith("}\n").doesNotContain("\r");
    }
  }

  @Test
  void theRecommendationSaysWhyInOneSentence() throws Exception {
    JsonNode recommendation =
        tree(Comparison.of(TestScenarios.walmartLike())).get("recommendation");
    assertThat(recommendation.get("configuration").asText()).isEqualTo("phase-one");
    assertThat(recommendation.get("option").asText()).isEqualTo("gcs-archive");
    assertThat(recommendation.get("why").asText())
        .startsWith("The lowest horizon cost")
        .endsWith(".");
  }

  @Test
  void withNothingFeasibleTheRecommendationNamesNoPair() throws Exception {
    JsonNode recommendation =
        tree(Comparison.of(TestScenarios.nothingFeasible())).get("recommendation");
    assertThat(recommendation.get("configuration").isNull()).isTrue();
    assertThat(recommendation.get("option").isNull()).isTrue();
    assertThat(recommendation.get("why").asText()).startsWith("No (configuration, option) pair");
  }

  @Test
  void theCatalogAndHorizonAreExtras() throws Exception {
    JsonNode root = tree(Comparison.of(TestScenarios.walmartLike()));
    assertThat(root.get("catalog").get("name").asText()).isEqualTo("gcp-test");
    assertThat(root.get("catalog").get("as_of").asText()).isEqualTo("2026-09-20");
    assertThat(root.get("horizon_seconds").asDouble()).isEqualTo(5 * 365.25 * 86_400);
    assertThat(root.get("logical_bytes_start").asDouble()).isEqualTo(10e15);
  }
}

package dev.drplan.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drplan.analysis.PairRemedies;
import dev.drplan.analysis.Remedy;
import dev.drplan.analysis.ResolvedLever;
import dev.drplan.catalog.ValueKind;
import dev.drplan.model.BacklogFigure;
import dev.drplan.model.ChangeProfileFigure;
import dev.drplan.model.ConfigurationFigure;
import dev.drplan.model.ConfigurationResult;
import dev.drplan.model.CostLine;
import dev.drplan.model.CostLineFigure;
import dev.drplan.model.Evaluation;
import dev.drplan.model.ExpansionFigure;
import dev.drplan.model.ExpansionStep;
import dev.drplan.model.Figure;
import dev.drplan.model.LineCosts;
import dev.drplan.model.OptionResult;
import dev.drplan.model.PairBacklog;
import dev.drplan.model.PairFigure;
import dev.drplan.model.RateChoice;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.model.Recommendation;
import dev.drplan.model.RecommendationFlip;
import dev.drplan.model.ScenarioFigure;
import dev.drplan.model.backlog.ProfileReplay;
import dev.drplan.scenario.ChangeProfileSpec;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * The output contract of docs/model.md ("Output contract"): the contract's keys first and in its
 * order, then additive extras. Units stay in key names ({@code _bytes}, {@code _bytes_per_second},
 * {@code _seconds}, {@code _usd}); numbers are in those base units at full precision, written plain
 * (no exponent); a figure that cannot exist is {@code null}, never NaN, Infinity or a huge number.
 * Reasons are the same sentences as in the other reports, with their codes beside as extras.
 */
final class JsonReport implements ReportWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public void write(Comparison comparison, Writer out) throws IOException {
    Figures.writeJson(tree(comparison), out);
  }

  /** The whole report as a tree, in the contract's key order. */
  static ObjectNode tree(Comparison comparison) {
    Scenario scenario = comparison.scenario();
    Evaluation evaluation = comparison.evaluation();
    ObjectNode root = NODES.objectNode();
    root.put("scenario", evaluation.scenario());
    ArrayNode configurations = root.putArray("configurations");
    for (ConfigurationResult configuration : evaluation.configurations()) {
      configurations.add(configuration(configuration));
    }
    ArrayNode results = root.putArray("results");
    for (OptionResult result : evaluation.results()) {
      ObjectNode node = result(result);
      node.set("remedies", remedies(scenario, comparison.remedies(result)));
      results.add(node);
    }
    root.set(
        "recommendation",
        recommendation(evaluation.recommendation(), !comparison.uncertainInputs().isEmpty()));
    // extras
    root.put("description", scenario.description());
    for (ScenarioFigure figure : ScenarioFigure.values()) {
      root.set(figure.id(), figure(figure, figure.canonical(evaluation)));
    }
    ObjectNode catalog = root.putObject("catalog");
    catalog.put("name", scenario.catalogName());
    catalog.put("as_of", scenario.catalogAsOf());
    root.set("input_sources", inputSources(scenario));
    if (evaluation.replay() != null) {
      root.set("change_profile", changeProfile(evaluation));
    }
    return root;
  }

  /**
   * Which inputs the customer stated and which are assumptions ({@link InputMarks}): whether the
   * scenario marks any, and each of its own inputs with {@code source} stated, assumed or unmarked
   * and {@code note}, what was said or the reason (null when unmarked).
   */
  private static ObjectNode inputSources(Scenario scenario) {
    ObjectNode node = NODES.objectNode();
    node.put("marked", InputMarks.any(scenario));
    ArrayNode inputs = node.putArray("inputs");
    for (InputMarks.Entry entry : InputMarks.of(scenario)) {
      ObjectNode input = inputs.addObject();
      input.put("key", entry.key());
      input.put("source", entry.source());
      input.put("note", entry.mark() == null ? null : entry.note());
    }
    return node;
  }

  /** The change profile as the backlog replayed it (§5, "The backlog"): only when it did. */
  private static ObjectNode changeProfile(Evaluation evaluation) {
    ProfileReplay replay = evaluation.replay();
    ObjectNode node = NODES.objectNode();
    ChangeProfileSpec spec = replay.spec();
    node.put("source", spec.isMeasured() ? spec.file().path() : "synthetic");
    node.put("format", spec.isMeasured() ? spec.file().format().id() : "synthetic");
    node.put("starts_at", replay.profile().origin().toString());
    for (ChangeProfileFigure figure : ChangeProfileFigure.values()) {
      node.set(figure.id(), figure(figure, figure.canonical(evaluation)));
    }
    return node;
  }

  /** A pair's backlog replay (§5, "The backlog"), after every other key: only when it ran. */
  private static void backlog(ObjectNode node, OptionResult result) {
    PairBacklog backlog = result.backlog();
    for (BacklogFigure figure : BacklogFigure.values()) {
      node.set(figure.id(), figure(figure, figure.canonical(result)));
      if (figure == BacklogFigure.BACKLOG_MAX_BYTES) {
        Instant at = backlog.simulated() == null ? null : backlog.simulated().largestBacklogAt();
        node.put("backlog_max_at", at == null ? null : at.toString());
      } else if (figure == BacklogFigure.BACKLOG_SHORTFALL_BYTES_PER_SECOND) {
        // Not known when the replay went beyond the data limit: null, as its figures are.
        node.put("backlog_catches_up", backlog.beyondDataLimit() ? null : backlog.catchesUp());
      } else if (figure == BacklogFigure.RPO_COMPLIANCE_CIRCUITS) {
        node.put(
            "rpo_compliance_capped_by",
            backlog.cappedBy() == null ? null : backlog.cappedBy().id());
      }
    }
  }

  private static ObjectNode configuration(ConfigurationResult configuration) {
    ObjectNode node = NODES.objectNode();
    node.put("configuration", configuration.configuration());
    put(node, configuration, ConfigurationFigure.USABLE_BYTES);
    put(node, configuration, ConfigurationFigure.LOGICAL_CAPACITY_BYTES);
    put(node, configuration, ConfigurationFigure.TIME_TO_FULL_SECONDS);
    node.put("fits_horizon", configuration.fitsHorizon());
    ArrayNode expansion = node.putArray("expansion");
    for (ExpansionStep step : configuration.expansion()) {
      ObjectNode year = expansion.addObject();
      year.put("year", step.year());
      for (ExpansionFigure figure : ExpansionFigure.values()) {
        year.set(figure.id(), figure(figure, figure.canonical(step)));
      }
    }
    // extras
    put(node, configuration, ConfigurationFigure.CBOXES);
    put(node, configuration, ConfigurationFigure.DBOXES);
    put(node, configuration, ConfigurationFigure.RAW_BYTES);
    put(node, configuration, ConfigurationFigure.USABLE_EFFICIENCY);
    put(node, configuration, ConfigurationFigure.FILL_THRESHOLD_BYTES);
    node.put("fits_now", configuration.fitsNow());
    put(node, configuration, ConfigurationFigure.REPLICATION_EGRESS_BYTES_PER_SECOND);
    put(node, configuration, ConfigurationFigure.PURCHASE_USD);
    put(node, configuration, ConfigurationFigure.ONPREM_SPEND_USD);
    return node;
  }

  private static ObjectNode result(OptionResult result) {
    ObjectNode node = NODES.objectNode();
    node.put("configuration", result.configuration());
    node.put("option", result.option());
    node.put("kind", result.kind());
    node.put("feasible", result.feasible());
    ArrayNode reasons = node.putArray("reasons");
    for (Reason reason : result.reasons()) {
      reasons.add(ReasonText.of(reason));
    }
    put(node, result, PairFigure.REPLICATION_BYTES_PER_SECOND);
    node.put("bottleneck", result.replication().bottleneck().id());
    for (PairFigure figure : CONTRACT_AFTER_BOTTLENECK) {
      put(node, result, figure);
    }
    // extras
    node.set("reason_codes", codes(result.reasons()));
    ArrayNode notes = node.putArray("notes");
    for (Reason note : result.notes()) {
      notes.add(ReasonText.of(note));
    }
    node.set("note_codes", codes(result.notes()));
    for (PairFigure figure : EXTRAS_BEFORE_RESTORE_BOTTLENECK) {
      put(node, result, figure);
    }
    RateChoice restore = result.restore();
    if (restore == null) {
      node.putNull("restore_bottleneck");
    } else {
      node.put("restore_bottleneck", restore.bottleneck().id());
    }
    put(node, result, PairFigure.NODES_START);
    put(node, result, PairFigure.CLUSTERS_END);
    ArrayNode monthly = node.putArray("monthly_costs_usd");
    for (double usd : result.monthlyCosts().toUsdArray()) {
      monthly.add(Display.decimal(usd));
    }
    ArrayNode lines = node.putArray("cost_lines");
    LineCosts costs = result.costLines();
    for (CostLine line : costs.lines()) {
      ObjectNode item = lines.addObject();
      item.put("line", line.id());
      item.put("priced", costs.priced(line));
      for (CostLineFigure figure : CostLineFigure.values()) {
        item.set(figure.id(), figure(figure, figure.canonical(costs, line)));
      }
    }
    if (result.backlog() != null) {
      backlog(node, result);
    }
    return node;
  }

  /** The contract's figures of a pair after its bottleneck, in the contract's order. */
  private static final List<PairFigure> CONTRACT_AFTER_BOTTLENECK =
      List.of(
          PairFigure.SEED_SECONDS,
          PairFigure.RPO_SECONDS,
          PairFigure.RTO_SECONDS,
          PairFigure.STORED_BYTES_END,
          PairFigure.NODES_END,
          PairFigure.MONTHLY_COST_USD_START,
          PairFigure.MONTHLY_COST_USD_END,
          PairFigure.ONE_TIME_COST_USD,
          PairFigure.HORIZON_COST_USD,
          PairFigure.RECOVERY_EVENT_COST_USD);

  /** The extra figures of a pair, up to the restore bottleneck. */
  private static final List<PairFigure> EXTRAS_BEFORE_RESTORE_BOTTLENECK =
      List.of(
          PairFigure.NETWORK_BYTES_PER_SECOND,
          PairFigure.PRIMARY_BYTES_PER_SECOND,
          PairFigure.TARGET_BYTES_PER_SECOND,
          PairFigure.SEED_SHORTFALL_BYTES_PER_SECOND,
          PairFigure.APPLIANCES,
          PairFigure.APPLIANCE_SHIPPING_SECONDS,
          PairFigure.RPO_MAX_INTERVAL_SECONDS,
          PairFigure.RESTORE_BYTES_PER_SECOND);

  /**
   * The remedies of an infeasible pair, best first (docs/model.md, "Remedies"); empty for a
   * feasible pair or when no single change within the levers' bounds works.
   */
  static ArrayNode remedies(Scenario scenario, PairRemedies remedies) {
    ArrayNode list = NODES.arrayNode();
    if (remedies == null) {
      return list;
    }
    for (Remedy remedy : remedies.remedies()) {
      ObjectNode node = list.addObject();
      ResolvedLever lever = remedy.lever();
      node.put("lever", lever.path());
      node.put("unit", lever.key().kind().unit());
      node.set("from", number(lever.current()));
      node.set("to", number(remedy.to()));
      node.put("steps", remedy.steps());
      node.put("changes_objective", remedy.changesObjective());
      node.put("priced", remedy.priced());
      OptionResult after = remedy.after();
      put(node, after, PairFigure.REPLICATION_BYTES_PER_SECOND);
      put(node, after, PairFigure.SEED_SECONDS);
      put(node, after, PairFigure.RPO_SECONDS);
      put(node, after, PairFigure.RTO_SECONDS);
      node.set("monthly_cost_delta_usd", number(remedy.monthlyCostDeltaUsd()));
      node.set("horizon_cost_delta_usd", number(remedy.horizonCostDeltaUsd()));
      node.set("horizon_cost_usd", number(remedy.horizonCostUsd()));
      Boolean cheaper = remedy.cheaperThanRecommendation();
      if (cheaper == null) {
        node.putNull("cheaper_than_recommendation");
      } else {
        node.put("cheaper_than_recommendation", cheaper);
      }
      node.put("text", RemedyText.sentence(scenario, remedy));
    }
    return list;
  }

  private static ObjectNode recommendation(Recommendation recommendation, boolean atBaseValues) {
    ObjectNode node = NODES.objectNode();
    node.put("configuration", recommendation.configuration());
    node.put("option", recommendation.option());
    node.put("why", ReasonText.sentence(recommendation.why()));
    node.set("why_codes", codes(recommendation.why()));
    node.put("at_base_values", atBaseValues);
    node.set("flips", flips(recommendation));
    return node;
  }

  /** The recommendation's nearest changes, nearest first (docs/model.md §8). */
  private static ArrayNode flips(Recommendation recommendation) {
    ArrayNode list = NODES.arrayNode();
    for (Reason reason : recommendation.why()) {
      if (reason.code() != ReasonCode.RECOMMENDATION_RESTS_ON) {
        continue;
      }
      for (Object item : (List<?>) reason.figures().get("flips")) {
        RecommendationFlip flip = (RecommendationFlip) item;
        ObjectNode node = list.addObject();
        node.put("input", flip.input());
        node.put("source", flip.source().id());
        node.put("entry", flip.entry());
        node.put("unit", flip.kind().unit());
        node.set("value", inUnit(flip.kind(), flip.value()));
        node.set("range_from", inUnit(flip.kind(), flip.lower()));
        node.set("range_to", inUnit(flip.kind(), flip.upper()));
        node.set("flip", inUnit(flip.kind(), flip.flip()));
        node.put("becomes", flip.becomes());
      }
    }
    return list;
  }

  private static JsonNode inUnit(ValueKind kind, double canonical) {
    return kind == ValueKind.COUNT ? NODES.numberNode(Math.round(canonical)) : number(canonical);
  }

  private static ArrayNode codes(List<Reason> reasons) {
    ArrayNode codes = NODES.arrayNode();
    for (Reason reason : reasons) {
      codes.add(reason.code().id());
    }
    return codes;
  }

  private static JsonNode number(double value) {
    return NODES.numberNode(Display.decimal(value));
  }

  private static void put(
      ObjectNode node, ConfigurationResult configuration, ConfigurationFigure figure) {
    node.set(figure.id(), figure(figure, figure.canonical(configuration)));
  }

  private static void put(ObjectNode node, OptionResult result, PairFigure figure) {
    node.set(figure.id(), figure(figure, figure.canonical(result)));
  }

  /** A figure in its canonical unit: a whole number for a count, null where it cannot exist. */
  static JsonNode figure(Figure figure, double canonical) {
    if (Double.isNaN(canonical)) {
      return NODES.nullNode();
    }
    return figure.kind() == ValueKind.COUNT
        ? NODES.numberNode((long) canonical)
        : number(canonical);
  }
}

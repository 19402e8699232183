package dev.drplan.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drplan.model.ConfigurationResult;
import dev.drplan.model.Evaluation;
import dev.drplan.model.ExpansionStep;
import dev.drplan.model.OptionResult;
import dev.drplan.model.RateChoice;
import dev.drplan.model.Reason;
import dev.drplan.model.Recommendation;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The output contract of spec/model.md ("Output contract"): the contract's keys first and in its
 * order, then additive extras. Units stay in key names ({@code _bytes}, {@code _bytes_per_second},
 * {@code _seconds}, {@code _usd}); numbers are in those base units at full precision, written plain
 * (no exponent); a figure that cannot exist is {@code null}, never NaN, Infinity or a huge number.
 * Reasons are the same sentences as in the other reports, with their codes beside as extras.
 */
final class JsonReport implements ReportWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                  .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                  .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")))
          .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public void write(Comparison comparison, Writer out) throws IOException {
    WRITER.writeValue(out, tree(comparison));
    out.write("\n");
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
      results.add(result(result));
    }
    root.set("recommendation", recommendation(evaluation.recommendation()));
    // extras
    root.put("description", scenario.description());
    root.set("horizon_seconds", seconds(evaluation.horizon()));
    root.set("logical_bytes_start", bytes(evaluation.logicalStart()));
    root.set("logical_bytes_end", bytes(evaluation.logicalEnd()));
    ObjectNode catalog = root.putObject("catalog");
    catalog.put("name", scenario.catalogName());
    catalog.put("as_of", scenario.catalogAsOf());
    return root;
  }

  private static ObjectNode configuration(ConfigurationResult configuration) {
    ObjectNode node = NODES.objectNode();
    node.put("configuration", configuration.configuration());
    node.set("usable_bytes", bytes(configuration.usable()));
    node.set("logical_capacity_bytes", bytes(configuration.logicalCapacity()));
    node.set("time_to_full_seconds", seconds(configuration.timeToFull()));
    node.put("fits_horizon", configuration.fitsHorizon());
    ArrayNode expansion = node.putArray("expansion");
    for (ExpansionStep step : configuration.expansion()) {
      ObjectNode year = expansion.addObject();
      year.put("year", step.year());
      year.put("dboxes_needed", step.dboxesNeeded());
      year.put("dboxes_to_add", step.dboxesToAdd());
      year.set("logical_bytes", bytes(step.logicalSize()));
    }
    // extras
    node.put("cboxes", configuration.cboxes());
    node.put("dboxes", configuration.dboxes());
    node.set("raw_bytes", bytes(configuration.raw()));
    node.set("usable_efficiency", number(configuration.usableEfficiency().value()));
    node.set("fill_threshold_bytes", bytes(configuration.fillThreshold()));
    node.put("fits_now", configuration.fitsNow());
    node.set("replication_egress_bytes_per_second", rate(configuration.replicationEgress()));
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
    node.set("replication_bytes_per_second", rate(result.replication().rate()));
    node.put("bottleneck", result.replication().bottleneck().id());
    node.set("seed_seconds", seconds(result.seed().time()));
    node.set("rpo_seconds", seconds(result.rpo()));
    node.set("rto_seconds", seconds(result.rto()));
    node.set("stored_bytes_end", bytes(result.storedEnd()));
    node.set("nodes_end", count(result.nodesEnd()));
    node.set("monthly_cost_usd_start", usd(result.monthlyCostStart()));
    node.set("monthly_cost_usd_end", usd(result.monthlyCostEnd()));
    node.set("one_time_cost_usd", usd(result.oneTimeCost()));
    node.set("horizon_cost_usd", usd(result.horizonCost()));
    node.set("recovery_event_cost_usd", usd(result.recoveryEventCost()));
    // extras
    node.set("reason_codes", codes(result.reasons()));
    ArrayNode notes = node.putArray("notes");
    for (Reason note : result.notes()) {
      notes.add(ReasonText.of(note));
    }
    node.set("note_codes", codes(result.notes()));
    RateChoice replication = result.replication();
    node.set("network_bytes_per_second", rate(replication.network()));
    node.set("primary_bytes_per_second", rate(replication.primary()));
    node.set("target_bytes_per_second", rate(replication.target()));
    node.set("seed_shortfall_bytes_per_second", rate(result.seed().shortfall()));
    node.put("appliances", result.seed().appliances());
    node.set("appliance_shipping_seconds", seconds(result.seed().shippingTime()));
    node.set("rpo_max_interval_seconds", seconds(result.longestIntervalMeetingRpo()));
    RateChoice restore = result.restore();
    node.set("restore_bytes_per_second", restore == null ? NODES.nullNode() : rate(restore.rate()));
    if (restore == null) {
      node.putNull("restore_bottleneck");
    } else {
      node.put("restore_bottleneck", restore.bottleneck().id());
    }
    node.set("nodes_start", count(result.nodesStart()));
    node.set("clusters_end", count(result.clustersEnd()));
    ArrayNode monthly = node.putArray("monthly_costs_usd");
    for (double usd : result.monthlyCosts().toUsdArray()) {
      monthly.add(Display.decimal(usd));
    }
    return node;
  }

  private static ObjectNode recommendation(Recommendation recommendation) {
    ObjectNode node = NODES.objectNode();
    node.put("configuration", recommendation.configuration());
    node.put("option", recommendation.option());
    node.put("why", ReasonText.sentence(recommendation.why()));
    node.set("why_codes", codes(recommendation.why()));
    return node;
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

  private static JsonNode bytes(DataSize size) {
    return size == null ? NODES.nullNode() : number(size.bytes());
  }

  private static JsonNode rate(DataRate rate) {
    return rate == null ? NODES.nullNode() : number(rate.bytesPerSecond());
  }

  private static JsonNode seconds(TimeSpan span) {
    return span == null ? NODES.nullNode() : number(span.seconds());
  }

  private static JsonNode usd(Money money) {
    return money == null ? NODES.nullNode() : number(money.usd());
  }

  private static JsonNode count(Long count) {
    return count == null ? NODES.nullNode() : NODES.numberNode(count);
  }
}

package dev.drplan.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drplan.analysis.ConfigurationSummary;
import dev.drplan.analysis.Distribution;
import dev.drplan.analysis.Metric;
import dev.drplan.analysis.MetricSummary;
import dev.drplan.analysis.MonteCarloResult;
import dev.drplan.analysis.PairSummary;
import dev.drplan.analysis.ScenarioKey;
import dev.drplan.analysis.UncertainInput;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.analysis.decision.RankCorrelation;
import dev.drplan.catalog.ValueKind;
import dev.drplan.model.CostLine;
import dev.drplan.scenario.Provenance;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report of {@code drplan simulate}: for every (configuration, option) pair, P10, P50, P90 and
 * mean of seed time, RPO, RTO, monthly cost (start and end of the horizon) and horizon cost, and
 * the probability of being feasible and of meeting each objective; the uncertain inputs it drew
 * from. Table and markdown show human units; CSV (one row per pair) and JSON carry canonical units
 * in their names ({@code seed_seconds_p50}, {@code horizon_cost_usd_mean}), a figure that cannot
 * exist as an empty cell or {@code null}. Nothing in it depends on the thread count.
 */
public final class SimulationReport {
  private SimulationReport() {}

  /** The metrics the human tables show, in order. */
  private static final List<Metric> SHOWN =
      List.of(
          Metric.SEED_SECONDS,
          Metric.RPO_SECONDS,
          Metric.RTO_SECONDS,
          Metric.MONTHLY_COST_USD_START,
          Metric.MONTHLY_COST_USD_END,
          Metric.HORIZON_COST_USD);

  private static final List<String> TITLES =
      List.of(
          "Seed time (first full copy)",
          "RPO",
          "RTO",
          "Monthly cost at the start",
          "Monthly cost at the end of the horizon",
          "Cost over the horizon");

  /** Writes the report of {@code result}, drawn from {@code uncertain}, in {@code format}. */
  public static void write(
      ReportFormat format, UncertainScenario uncertain, MonteCarloResult result, Writer out)
      throws IOException {
    if (format == ReportFormat.JSON) {
      Figures.writeJson(json(uncertain, result), out);
    } else if (format == ReportFormat.CSV) {
      csv(result, out);
    } else if (format == ReportFormat.TABLE || format == ReportFormat.MARKDOWN) {
      text(uncertain, result, format == ReportFormat.MARKDOWN, out);
    } else {
      throw new IllegalArgumentException(
          "simulate writes table, markdown, csv or json, not " + format.id());
    }
  }

  // ---- table and markdown ----------------------------------------------------------------

  private static void text(
      UncertainScenario uncertain, MonteCarloResult result, boolean markdown, Writer out)
      throws IOException {
    String title = "drplan simulate: " + uncertain.base().name();
    out.write(markdown ? "# " + title + "\n\n" : title + "\n");
    Figures.paragraph(
        out,
        markdown,
        Display.count(result.samples())
            + " samples from seed "
            + result.seed()
            + "; "
            + result.inputs().size()
            + " uncertain input"
            + (result.inputs().size() == 1 ? "" : "s")
            + ". Percentiles are over the samples (nearest rank); \"never\" means the figure does"
            + " not exist in that share of samples (a copy that never converges).");

    if (!result.inputs().isEmpty()) {
      Figures.section(out, markdown, "Uncertain inputs", inputs(uncertain, markdown));
      List<String> notes = new ArrayList<>();
      for (UncertainInput input : uncertain.inputs()) {
        if (input.named()) {
          notes.add(
              markdown
                  ? "`"
                      + input.key()
                      + "` is the value of `"
                      + String.join("`, `", input.sets())
                      + "`."
                  : input.key() + " is the value of " + String.join(", ", input.sets()) + ".");
        }
      }
      for (RankCorrelation.Pair pair : uncertain.correlations()) {
        notes.add(
            "Rank correlation "
                + Display.number(pair.spearman())
                + " between "
                + pair.first()
                + " and "
                + pair.second()
                + ".");
      }
      if (!notes.isEmpty()) {
        out.write("\n");
        for (String note : notes) {
          Figures.paragraph(out, markdown, note);
        }
      }
    }
    Figures.section(out, markdown, "Probabilities", probabilities(result, markdown));
    for (int i = 0; i < SHOWN.size(); i++) {
      Figures.section(out, markdown, TITLES.get(i), percentiles(result, SHOWN.get(i)));
    }
    // A line without a price adds nothing to any sample's cost: said once, so that no cost above
    // reads as complete (the base scenario's lines; a price the samples draw is a price).
    Map<String, List<CostLine>> linesByOption = new LinkedHashMap<>();
    for (PairSummary pair : result.pairs()) {
      linesByOption.putIfAbsent(pair.option(), pair.notPriced());
    }
    String notPriced =
        ComparisonTables.notPricedNote(
            linesByOption,
            "; each cost above is a floor for the options named (`drplan compare` shows the lines).");
    if (!notPriced.isEmpty()) {
      out.write("\n");
      Figures.paragraph(out, markdown, notPriced);
    }
    List<ConfigurationSummary> configurations = result.configurations();
    Table fits = new Table().left("configuration").right("holds the data through the horizon");
    for (ConfigurationSummary configuration : configurations) {
      fits.row(
          List.of(configuration.configuration(), Figures.probability(configuration.fitsHorizon())));
    }
    Figures.section(out, markdown, "Primary configurations", fits);
    out.write("\n");
    Figures.paragraph(
        out,
        markdown,
        "No pair is feasible in "
            + Figures.probability(result.nothingFeasible())
            + " of the samples.");
  }

  /**
   * The uncertain inputs, each with the scenario's mark ({@link InputMarks}) when it marks its
   * inputs.
   */
  private static Table inputs(UncertainScenario uncertain, boolean markdown) {
    boolean marks = InputMarks.any(uncertain.base());
    Table table = new Table().left("input");
    if (marks) {
      table.left("source");
    }
    table.left("distribution").right("P10").right("base").right("P90");
    List<ScenarioKey> keys = uncertain.keys();
    for (int i = 0; i < keys.size(); i++) {
      ScenarioKey key = keys.get(i);
      String name = uncertain.inputs().get(i).key();
      Distribution distribution = uncertain.inputs().get(i).distribution();
      List<String> cells = new ArrayList<>();
      cells.add(markdown ? Wording.inputInMarkdown(uncertain, name) : name);
      if (marks) {
        cells.add(InputMarks.source(InputMarks.of(uncertain, name)));
      }
      cells.add(describe(key.kind(), distribution));
      cells.add(Figures.human(key.kind(), key.coerce(distribution.p10()), distribution.base()));
      cells.add(Figures.human(key.kind(), key.coerce(distribution.base()), distribution.base()));
      cells.add(Figures.human(key.kind(), key.coerce(distribution.p90()), distribution.base()));
      table.row(cells);
    }
    return table;
  }

  /** A distribution in the key's human unit: {@code pert 50.0 PB / 80.0 PB / 120.0 PB}. */
  static String describe(ValueKind kind, Distribution distribution) {
    // Every figure of the distribution in the family of its base, the value the writer gave.
    double written = distribution.base();
    if (distribution instanceof Distribution.Triangular) {
      Distribution.Triangular d = (Distribution.Triangular) distribution;
      return "triangular " + three(kind, d.min(), d.mode(), d.max());
    }
    if (distribution instanceof Distribution.Pert) {
      Distribution.Pert d = (Distribution.Pert) distribution;
      return "pert " + three(kind, d.min(), d.mode(), d.max());
    }
    if (distribution instanceof Distribution.Uniform) {
      Distribution.Uniform d = (Distribution.Uniform) distribution;
      return "uniform "
          + Figures.human(kind, d.min(), written)
          + " to "
          + Figures.human(kind, d.max(), written);
    }
    if (distribution instanceof Distribution.LogNormal) {
      Distribution.LogNormal d = (Distribution.LogNormal) distribution;
      return "lognormal median "
          + Figures.human(kind, d.median(), written)
          + ", P90 "
          + Figures.human(kind, d.p90(), written);
    }
    Distribution.Normal d = (Distribution.Normal) distribution;
    String text =
        "normal mean "
            + Figures.human(kind, d.mu(), written)
            + ", sd "
            + Figures.human(kind == ValueKind.COUNT ? ValueKind.NUMBER : kind, d.sd(), written);
    if (d.truncated()) {
      text +=
          ", within "
              + (Double.isInfinite(d.lower()) ? "−∞" : Figures.human(kind, d.lower(), written))
              + " to "
              + (Double.isInfinite(d.upper()) ? "∞" : Figures.human(kind, d.upper(), written));
    }
    return text;
  }

  private static String three(ValueKind kind, double min, double mode, double max) {
    return Figures.human(kind, min, mode)
        + " / "
        + Figures.human(kind, mode, mode)
        + " / "
        + Figures.human(kind, max, mode);
  }

  private static Table probabilities(MonteCarloResult result, boolean markdown) {
    Table table =
        new Table()
            .left("configuration")
            .left("option")
            .right("feasible")
            // The markdown's header in words, as decide's (the key is objectives.max_seed).
            .right(markdown ? "first copy in time" : "meets max_seed")
            .right("meets RPO")
            .right("meets RTO")
            .right("recommended");
    for (PairSummary pair : result.pairs()) {
      table.row(
          List.of(
              pair.configuration(),
              pair.option(),
              Figures.probability(pair.feasible()),
              Figures.probability(pair.meetsMaxSeed()),
              Figures.probability(pair.meetsRpo()),
              Figures.probability(pair.meetsRto()),
              Figures.probability(pair.recommended())));
    }
    return table;
  }

  private static Table percentiles(MonteCarloResult result, Metric metric) {
    Table table =
        new Table()
            .left("configuration")
            .left("option")
            .right("P10")
            .right("P50")
            .right("P90")
            .right("mean");
    boolean anyNever = false;
    for (PairSummary pair : result.pairs()) {
      MetricSummary summary = pair.metric(metric);
      anyNever |= summary.neverShare() > 0;
    }
    if (anyNever) {
      table.right("never");
    }
    for (PairSummary pair : result.pairs()) {
      MetricSummary summary = pair.metric(metric);
      List<String> cells =
          new ArrayList<>(
              List.of(
                  pair.configuration(),
                  pair.option(),
                  Figures.human(metric, summary.p10()),
                  Figures.human(metric, summary.p50()),
                  Figures.human(metric, summary.p90()),
                  mean(metric, summary)));
      if (anyNever) {
        cells.add(Figures.probability(summary.neverShare()));
      }
      table.row(cells);
    }
    return table;
  }

  /** The mean, or "never" / "—" when some sample has no figure (the mean would be infinite). */
  private static String mean(Metric metric, MetricSummary summary) {
    return Figures.human(metric, summary.mean());
  }

  // ---- csv -------------------------------------------------------------------------------

  private static void csv(MonteCarloResult result, Writer out) throws IOException {
    List<String> header =
        new ArrayList<>(
            List.of(
                "configuration",
                "option",
                "kind",
                "samples",
                "seed",
                "feasible_probability",
                "meets_max_seed_probability",
                "meets_rpo_probability",
                "meets_rto_probability",
                "recommended_probability",
                "fits_horizon_probability"));
    for (Metric metric : Metric.values()) {
      for (String statistic : List.of("p10", "p50", "p90", "mean", "min", "max")) {
        header.add(metric.id() + "_" + statistic);
      }
      header.add(metric.id() + "_never_share");
    }
    Figures.csvLine(out, header);
    for (PairSummary pair : result.pairs()) {
      List<String> cells =
          new ArrayList<>(
              List.of(
                  pair.configuration(),
                  pair.option(),
                  pair.kind(),
                  Integer.toString(result.samples()),
                  Long.toString(result.seed()),
                  Display.plain(pair.feasible()),
                  Display.plain(pair.meetsMaxSeed()),
                  Display.plain(pair.meetsRpo()),
                  Display.plain(pair.meetsRto()),
                  Display.plain(pair.recommended()),
                  Display.plain(fitsHorizon(result, pair.configuration()))));
      for (Metric metric : Metric.values()) {
        MetricSummary s = pair.metric(metric);
        for (Double value : Arrays.asList(s.p10(), s.p50(), s.p90(), s.mean(), s.min(), s.max())) {
          cells.add(Figures.plain(value));
        }
        cells.add(Display.plain(s.neverShare()));
      }
      Figures.csvLine(out, cells);
    }
  }

  private static double fitsHorizon(MonteCarloResult result, String configuration) {
    for (ConfigurationSummary summary : result.configurations()) {
      if (summary.configuration().equals(configuration)) {
        return summary.fitsHorizon();
      }
    }
    throw new IllegalArgumentException("no configuration " + configuration);
  }

  // ---- json ------------------------------------------------------------------------------

  static ObjectNode json(UncertainScenario uncertain, MonteCarloResult result) {
    ObjectNode root = Figures.NODES.objectNode();
    root.put("scenario", uncertain.base().name());
    root.put("samples", result.samples());
    root.put("seed", result.seed());
    ArrayNode inputs = root.putArray("inputs");
    List<ScenarioKey> keys = uncertain.keys();
    for (int i = 0; i < keys.size(); i++) {
      ObjectNode input = input(keys.get(i), uncertain.inputs().get(i));
      Provenance mark = InputMarks.of(uncertain, uncertain.inputs().get(i).key());
      input.put("source", InputMarks.source(mark));
      input.put("source_note", InputMarks.note(mark));
      inputs.add(input);
    }
    ArrayNode correlations = root.putArray("correlations");
    for (RankCorrelation.Pair pair : uncertain.correlations()) {
      ObjectNode node = correlations.addObject();
      node.putArray("between").add(pair.first()).add(pair.second());
      node.set("rank", Figures.json(pair.spearman()));
    }
    ArrayNode pairs = root.putArray("results");
    for (PairSummary pair : result.pairs()) {
      ObjectNode node = pairs.addObject();
      node.put("configuration", pair.configuration());
      node.put("option", pair.option());
      node.put("kind", pair.kind());
      // The lines its costs leave out, as the text says under them (the base scenario's).
      ArrayNode notPriced = node.putArray("not_priced");
      for (CostLine line : pair.notPriced()) {
        notPriced.add(line.id());
      }
      node.set("feasible_probability", Figures.json(pair.feasible()));
      node.set("meets_max_seed_probability", Figures.json(pair.meetsMaxSeed()));
      node.set("meets_rpo_probability", Figures.json(pair.meetsRpo()));
      node.set("meets_rto_probability", Figures.json(pair.meetsRto()));
      node.set("recommended_probability", Figures.json(pair.recommended()));
      for (Metric metric : Metric.values()) {
        MetricSummary s = pair.metric(metric);
        node.set(metric.id() + "_p10", Figures.json(s.p10()));
        node.set(metric.id() + "_p50", Figures.json(s.p50()));
        node.set(metric.id() + "_p90", Figures.json(s.p90()));
        node.set(metric.id() + "_mean", Figures.json(s.mean()));
        node.set(metric.id() + "_min", Figures.json(s.min()));
        node.set(metric.id() + "_max", Figures.json(s.max()));
        node.set(metric.id() + "_never_share", Figures.json(s.neverShare()));
      }
    }
    ArrayNode configurations = root.putArray("configurations");
    for (ConfigurationSummary summary : result.configurations()) {
      ObjectNode node = configurations.addObject();
      node.put("configuration", summary.configuration());
      node.set("fits_horizon_probability", Figures.json(summary.fitsHorizon()));
    }
    root.set("nothing_feasible_probability", Figures.json(result.nothingFeasible()));
    return root;
  }

  /** One uncertain input: its key, unit, distribution parameters and quantiles, canonical. */
  static ObjectNode input(ScenarioKey key, UncertainInput input) {
    Distribution d = input.distribution();
    ObjectNode node = Figures.NODES.objectNode();
    node.put("key", input.key());
    ArrayNode sets = node.putArray("sets");
    input.sets().forEach(sets::add);
    node.put("kind", Figures.kindName(key.kind()));
    node.put("unit", key.kind().unit());
    node.put("distribution", d.id());
    ObjectNode parameters = node.putObject("parameters");
    if (d instanceof Distribution.Triangular) {
      Distribution.Triangular t = (Distribution.Triangular) d;
      parameters.set("min", Figures.json(t.min()));
      parameters.set("mode", Figures.json(t.mode()));
      parameters.set("max", Figures.json(t.max()));
    } else if (d instanceof Distribution.Pert) {
      Distribution.Pert t = (Distribution.Pert) d;
      parameters.set("min", Figures.json(t.min()));
      parameters.set("mode", Figures.json(t.mode()));
      parameters.set("max", Figures.json(t.max()));
    } else if (d instanceof Distribution.Uniform) {
      Distribution.Uniform u = (Distribution.Uniform) d;
      parameters.set("min", Figures.json(u.min()));
      parameters.set("max", Figures.json(u.max()));
    } else if (d instanceof Distribution.LogNormal) {
      Distribution.LogNormal l = (Distribution.LogNormal) d;
      parameters.set("median", Figures.json(l.median()));
      parameters.set("p90", Figures.json(l.p90()));
    } else {
      Distribution.Normal n = (Distribution.Normal) d;
      parameters.set("mean", Figures.json(n.mu()));
      parameters.set("sd", Figures.json(n.sd()));
      parameters.set("lower", Figures.json(n.lower()));
      parameters.set("upper", Figures.json(n.upper()));
    }
    node.set("base", Figures.json(key.coerce(d.base())));
    node.set("p10", Figures.json(key.coerce(d.p10())));
    node.set("p90", Figures.json(key.coerce(d.p90())));
    node.set("mean", Figures.json(d.mean()));
    return node;
  }
}

package dev.drplan.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drplan.analysis.Landmark;
import dev.drplan.analysis.Metric;
import dev.drplan.analysis.PairFigures;
import dev.drplan.analysis.ScenarioKey;
import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.analysis.SweepAxis;
import dev.drplan.analysis.SweepResult;
import dev.drplan.analysis.SweepRow;
import dev.drplan.model.ReasonCode;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report of {@code drplan sweep}: every point of the sweep (CSV: one row per point and pair;
 * JSON: points with their pairs) and the landmarks between points, where a pair becomes feasible or
 * infeasible and why, where a reason appears or disappears, where two options of a configuration
 * cross over in horizon cost. Table and markdown summarise: the landmarks in human units, and the
 * points (at most {@value #SHOWN_POINTS} of them, evenly picked) with the recommendation at each.
 * CSV and JSON name each swept key with its canonical unit ({@code dataset.logical_size_bytes}).
 */
public final class SweepReport {
  private SweepReport() {}

  /** Most points the table and markdown summaries list. */
  static final int SHOWN_POINTS = 41;

  /** Writes {@code result} of a sweep over {@code scenario} in {@code format}. */
  public static void write(ReportFormat format, Scenario scenario, SweepResult result, Writer out)
      throws IOException {
    List<ScenarioKey> keys = new ArrayList<>();
    for (SweepAxis axis : result.axes()) {
      keys.add(ScenarioKeys.key(scenario, axis.key()));
    }
    if (format == ReportFormat.JSON) {
      Figures.writeJson(json(scenario.name(), keys, result), out);
    } else if (format == ReportFormat.CSV) {
      csv(keys, result, out);
    } else if (format == ReportFormat.TABLE || format == ReportFormat.MARKDOWN) {
      text(scenario.name(), keys, result, format == ReportFormat.MARKDOWN, out);
    } else {
      throw new IllegalArgumentException(
          "sweep writes table, markdown, csv or json, not " + format.id());
    }
  }

  // ---- table and markdown ----------------------------------------------------------------

  private static void text(
      String scenario, List<ScenarioKey> keys, SweepResult result, boolean markdown, Writer out)
      throws IOException {
    String title = "drplan sweep: " + scenario;
    out.write(markdown ? "# " + title + "\n\n" : title + "\n");
    StringBuilder what = new StringBuilder();
    for (int i = 0; i < keys.size(); i++) {
      SweepAxis axis = result.axes().get(i);
      ScenarioKey key = keys.get(i);
      what.append(i == 0 ? "" : "; ")
          .append(key.path())
          .append(" from ")
          .append(Figures.human(key.kind(), axis.from()))
          .append(" to ")
          .append(Figures.human(key.kind(), axis.to()))
          .append(", ")
          .append(axis.steps())
          .append(
              axis.spacing() == SweepAxis.Spacing.LOG ? " steps evenly in logarithm" : " steps");
    }
    Figures.paragraph(
        out,
        markdown,
        what
            + ". "
            + Display.count(result.rows().size())
            + " points evaluated; landmarks are located between points to a relative "
            + Display.significant(result.tolerance())
            + " by bisection along "
            + keys.get(0).path()
            + ". --format csv or json gives every point and pair.");

    Table landmarks = new Table().left(keys.get(0).path());
    if (keys.size() == 2) {
      landmarks.left("at " + keys.get(1).path());
    }
    landmarks.left("what changes");
    for (Landmark landmark : result.landmarks()) {
      if (restates(landmark, result.landmarks())) {
        continue;
      }
      ScenarioKey key = keys.get(0);
      List<String> cells =
          new ArrayList<>(
              List.of(
                  key.whole()
                      ? "≥ " + Figures.human(key.kind(), landmark.high())
                      : "≈ " + Figures.human(key.kind(), landmark.at())));
      if (keys.size() == 2) {
        cells.add(Figures.human(keys.get(1).kind(), landmark.fixed().get(keys.get(1).path())));
      }
      cells.add(describe(landmark));
      landmarks.row(cells);
    }
    if (result.landmarks().isEmpty()) {
      out.write("\n");
      Figures.paragraph(
          out,
          markdown,
          "No landmarks: no pair changes feasibility or reasons, and"
              + " no two options cross over in horizon cost between the points.");
    } else {
      Figures.section(out, markdown, "Landmarks", landmarks);
    }

    Table points = new Table();
    for (ScenarioKey key : keys) {
      points.right(key.path());
    }
    points.right("feasible pairs").left("recommended").right("its horizon cost");
    int rows = result.rows().size();
    int shown = Math.min(rows, SHOWN_POINTS);
    for (int s = 0; s < shown; s++) {
      int index = shown == 1 ? 0 : (int) Math.round((double) s * (rows - 1) / (shown - 1));
      SweepRow row = result.rows().get(index);
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        cells.add(Figures.human(keys.get(i).kind(), row.at().get(i)));
      }
      int feasible = 0;
      PairFigures recommended = null;
      for (PairFigures pair : row.pairs()) {
        if (pair.feasible()) {
          feasible++;
        }
        if (pair.configuration().equals(row.recommendedConfiguration())
            && pair.option().equals(row.recommendedOption())) {
          recommended = pair;
        }
      }
      cells.add(feasible + " of " + row.pairs().size());
      cells.add(
          recommended == null
              ? "nothing feasible"
              : recommended.configuration() + " / " + recommended.option());
      cells.add(
          recommended == null
              ? Display.NONE
              : Figures.human(Metric.HORIZON_COST_USD, recommended.value(Metric.HORIZON_COST_USD)));
      points.row(cells);
    }
    Figures.section(
        out,
        markdown,
        shown == rows
            ? "Points"
            : "Points (" + shown + " of " + Display.count(rows) + ", evenly picked)",
        points);
  }

  /**
   * Whether {@code landmark} is a reason appearing or disappearing where the same pair changes
   * feasibility for that reason: the feasibility change already says it.
   */
  private static boolean restates(Landmark landmark, List<Landmark> all) {
    if (!(landmark instanceof Landmark.ReasonChange)) {
      return false;
    }
    Landmark.ReasonChange r = (Landmark.ReasonChange) landmark;
    for (Landmark other : all) {
      if (other instanceof Landmark.FeasibilityChange) {
        Landmark.FeasibilityChange f = (Landmark.FeasibilityChange) other;
        if (f.configuration().equals(r.configuration())
            && f.option().equals(r.option())
            && f.fixed().equals(r.fixed())
            && f.reasons().contains(r.code())
            && f.low() <= r.high()
            && r.low() <= f.high()) {
          return true;
        }
      }
    }
    return false;
  }

  /** A landmark in words. */
  static String describe(Landmark landmark) {
    if (landmark instanceof Landmark.FeasibilityChange) {
      Landmark.FeasibilityChange f = (Landmark.FeasibilityChange) landmark;
      String pair = f.configuration() + " / " + f.option();
      return f.feasibleBelow()
          ? pair + " becomes infeasible above (" + codes(f.reasons()) + ")"
          : pair + " becomes feasible above (below: " + codes(f.reasons()) + ")";
    }
    if (landmark instanceof Landmark.ReasonChange) {
      Landmark.ReasonChange r = (Landmark.ReasonChange) landmark;
      return r.configuration()
          + " / "
          + r.option()
          + ": "
          + r.code().id()
          + (r.appears() ? " appears above" : " disappears above");
    }
    Landmark.CostCrossover c = (Landmark.CostCrossover) landmark;
    return "on "
        + c.configuration()
        + ", "
        + c.cheaperAbove()
        + " becomes cheaper than "
        + c.cheaperBelow()
        + " over the horizon above ("
        + Figures.human(Metric.HORIZON_COST_USD, c.horizonCostUsd().get(1))
        + " vs "
        + Figures.human(Metric.HORIZON_COST_USD, c.horizonCostUsd().get(0))
        + ")";
  }

  private static String codes(List<ReasonCode> codes) {
    List<String> ids = new ArrayList<>();
    for (ReasonCode code : codes) {
      ids.add(code.id());
    }
    return ids.isEmpty() ? "no reason" : String.join(", ", ids);
  }

  // ---- csv -------------------------------------------------------------------------------

  private static void csv(List<ScenarioKey> keys, SweepResult result, Writer out)
      throws IOException {
    List<String> header = new ArrayList<>();
    for (ScenarioKey key : keys) {
      header.add(Figures.withUnit(key.path(), key.kind()));
    }
    header.addAll(List.of("configuration", "option", "feasible", "recommended", "reason_codes"));
    for (Metric metric : Metric.values()) {
      header.add(metric.id());
    }
    Figures.csvLine(out, header);
    for (SweepRow row : result.rows()) {
      for (PairFigures pair : row.pairs()) {
        List<String> cells = new ArrayList<>();
        for (Double at : row.at()) {
          cells.add(Display.plain(at));
        }
        cells.add(pair.configuration());
        cells.add(pair.option());
        cells.add(Boolean.toString(pair.feasible()));
        cells.add(Boolean.toString(recommended(row, pair)));
        List<String> codes = new ArrayList<>();
        for (ReasonCode code : pair.reasons()) {
          codes.add(code.id());
        }
        cells.add(String.join(" ", codes));
        for (Double figure : pair.figures()) {
          cells.add(Figures.plain(figure));
        }
        Figures.csvLine(out, cells);
      }
    }
  }

  private static boolean recommended(SweepRow row, PairFigures pair) {
    return pair.configuration().equals(row.recommendedConfiguration())
        && pair.option().equals(row.recommendedOption());
  }

  // ---- json ------------------------------------------------------------------------------

  static ObjectNode json(String scenario, List<ScenarioKey> keys, SweepResult result) {
    ObjectNode root = Figures.NODES.objectNode();
    root.put("scenario", scenario);
    ArrayNode axes = root.putArray("axes");
    for (int i = 0; i < keys.size(); i++) {
      SweepAxis axis = result.axes().get(i);
      ObjectNode node = axes.addObject();
      node.put("key", axis.key());
      node.put("unit", Figures.unit(keys.get(i).kind()));
      node.set("from", Figures.json(axis.from()));
      node.set("to", Figures.json(axis.to()));
      node.put("steps", axis.steps());
      node.put("spacing", axis.spacing() == SweepAxis.Spacing.LOG ? "log" : "linear");
    }
    root.set("tolerance", Figures.json(result.tolerance()));
    ArrayNode landmarks = root.putArray("landmarks");
    for (Landmark landmark : result.landmarks()) {
      landmarks.add(landmark(keys, landmark));
    }
    ArrayNode points = root.putArray("points");
    for (SweepRow row : result.rows()) {
      ObjectNode point = points.addObject();
      ObjectNode at = point.putObject("at");
      for (int i = 0; i < keys.size(); i++) {
        at.set(
            Figures.withUnit(keys.get(i).path(), keys.get(i).kind()),
            Figures.json(row.at().get(i)));
      }
      ObjectNode recommendation = point.putObject("recommendation");
      recommendation.put("configuration", row.recommendedConfiguration());
      recommendation.put("option", row.recommendedOption());
      ArrayNode pairs = point.putArray("results");
      for (PairFigures pair : row.pairs()) {
        ObjectNode node = pairs.addObject();
        node.put("configuration", pair.configuration());
        node.put("option", pair.option());
        node.put("feasible", pair.feasible());
        ArrayNode codes = node.putArray("reason_codes");
        for (ReasonCode code : pair.reasons()) {
          codes.add(code.id());
        }
        for (Metric metric : Metric.values()) {
          node.set(metric.id(), Figures.json(pair.value(metric)));
        }
      }
    }
    return root;
  }

  private static ObjectNode landmark(List<ScenarioKey> keys, Landmark landmark) {
    ObjectNode node = Figures.NODES.objectNode();
    if (landmark instanceof Landmark.FeasibilityChange) {
      node.put("type", "feasibility");
    } else if (landmark instanceof Landmark.ReasonChange) {
      node.put("type", "reason");
    } else {
      node.put("type", "crossover");
    }
    node.put("key", landmark.key());
    node.put("unit", Figures.unit(keys.get(0).kind()));
    node.set("at", Figures.json(landmark.at()));
    node.set("low", Figures.json(landmark.low()));
    node.set("high", Figures.json(landmark.high()));
    ObjectNode fixed = node.putObject("fixed");
    for (Map.Entry<String, Double> entry : new TreeMap<>(landmark.fixed()).entrySet()) {
      ScenarioKey key = keys.size() == 2 ? keys.get(1) : null;
      fixed.set(
          key == null ? entry.getKey() : Figures.withUnit(entry.getKey(), key.kind()),
          Figures.json(entry.getValue()));
    }
    node.put("text", describe(landmark));
    if (landmark instanceof Landmark.FeasibilityChange) {
      Landmark.FeasibilityChange f = (Landmark.FeasibilityChange) landmark;
      node.put("configuration", f.configuration());
      node.put("option", f.option());
      node.put("feasible_below", f.feasibleBelow());
      ArrayNode codes = node.putArray("reason_codes");
      for (ReasonCode code : f.reasons()) {
        codes.add(code.id());
      }
    } else if (landmark instanceof Landmark.ReasonChange) {
      Landmark.ReasonChange r = (Landmark.ReasonChange) landmark;
      node.put("configuration", r.configuration());
      node.put("option", r.option());
      node.put("reason_code", r.code().id());
      node.put("appears_above", r.appears());
    } else {
      Landmark.CostCrossover c = (Landmark.CostCrossover) landmark;
      node.put("configuration", c.configuration());
      node.put("cheaper_below", c.cheaperBelow());
      node.put("cheaper_above", c.cheaperAbove());
      node.set("horizon_cost_usd_cheaper_below", Figures.json(c.horizonCostUsd().get(0)));
      node.set("horizon_cost_usd_cheaper_above", Figures.json(c.horizonCostUsd().get(1)));
    }
    return node;
  }
}

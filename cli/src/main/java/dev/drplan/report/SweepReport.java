package dev.drplan.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drplan.analysis.Landmark;
import dev.drplan.analysis.Metric;
import dev.drplan.analysis.PairFigures;
import dev.drplan.analysis.ScenarioKey;
import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.analysis.Sweep;
import dev.drplan.analysis.SweepAxis;
import dev.drplan.analysis.SweepResult;
import dev.drplan.analysis.SweepRow;
import dev.drplan.model.ReasonCode;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    Stream stream = open(format, scenario, result.axes(), result.tolerance(), out);
    try {
      stream.start(result.rows().size());
      for (SweepRow row : result.rows()) {
        stream.point(row);
      }
      for (Landmark landmark : result.landmarks()) {
        stream.landmark(landmark);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    stream.finish();
  }

  /**
   * A report that is written as the sweep runs ({@link Sweep#stream}): CSV and JSON write each
   * point when it comes and keep only the landmarks (JSON lists them after the points); table and
   * markdown keep the landmarks and the at most {@value #SHOWN_POINTS} points they show. So a sweep
   * of a million points is reported in memory that does not grow with them.
   */
  public abstract static class Stream implements Sweep.Listener {
    final List<ScenarioKey> keys;
    final List<SweepAxis> axes;
    final double tolerance;
    final Writer out;
    final List<Landmark> landmarks = new ArrayList<>();

    Stream(List<ScenarioKey> keys, List<SweepAxis> axes, double tolerance, Writer out) {
      this.keys = keys;
      this.axes = axes;
      this.tolerance = tolerance;
      this.out = out;
    }

    @Override
    public void landmark(Landmark landmark) {
      landmarks.add(landmark);
    }

    @Override
    public final void point(SweepRow row) {
      try {
        write(row);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    abstract void write(SweepRow row) throws IOException;

    /** Writes what is left once the sweep is done. */
    public abstract void finish() throws IOException;
  }

  /**
   * The report of a sweep of {@code axes} over {@code scenario} in {@code format}, to be fed by
   * {@link Sweep#stream} and then {@link Stream#finish finished}. A failed write surfaces from the
   * sweep as an {@link UncheckedIOException}.
   */
  public static Stream open(
      ReportFormat format, Scenario scenario, List<SweepAxis> axes, double tolerance, Writer out)
      throws IOException {
    List<ScenarioKey> keys = new ArrayList<>();
    for (SweepAxis axis : axes) {
      keys.add(ScenarioKeys.key(scenario, axis.key()));
    }
    if (format == ReportFormat.JSON) {
      return new JsonStream(scenario.name(), keys, axes, tolerance, out);
    } else if (format == ReportFormat.CSV) {
      return new CsvStream(keys, axes, tolerance, out);
    } else if (format == ReportFormat.TABLE || format == ReportFormat.MARKDOWN) {
      return new TextStream(
          scenario.name(), keys, axes, tolerance, format == ReportFormat.MARKDOWN, out);
    }
    throw new IllegalArgumentException(
        "sweep writes table, markdown, csv or json, not " + format.id());
  }

  // ---- table and markdown ----------------------------------------------------------------

  /** Table and markdown: the landmarks, and the points shown, written at the end. */
  private static final class TextStream extends Stream {
    private final String scenario;
    private final boolean markdown;
    private final Map<Long, SweepRow> shown = new TreeMap<>();
    private final List<Long> picks = new ArrayList<>();
    private long points;
    private long index;

    TextStream(
        String scenario,
        List<ScenarioKey> keys,
        List<SweepAxis> axes,
        double tolerance,
        boolean markdown,
        Writer out) {
      super(keys, axes, tolerance, out);
      this.scenario = scenario;
      this.markdown = markdown;
    }

    /** The points shown: at most {@value #SHOWN_POINTS}, evenly picked, both ends included. */
    @Override
    public void start(long points) {
      this.points = points;
      long count = Math.min(points, SHOWN_POINTS);
      for (long s = 0; s < count; s++) {
        picks.add(count == 1 ? 0 : Math.round((double) s * (points - 1) / (count - 1)));
      }
    }

    @Override
    void write(SweepRow row) {
      if (picks.contains(index)) {
        shown.put(index, row);
      }
      index++;
    }

    @Override
    public void finish() throws IOException {
      text(
          scenario,
          keys,
          axes,
          tolerance,
          points,
          landmarks,
          List.copyOf(shown.values()),
          markdown,
          out);
    }
  }

  private static void text(
      String scenario,
      List<ScenarioKey> keys,
      List<SweepAxis> axes,
      double tolerance,
      long points,
      List<Landmark> found,
      List<SweepRow> shownRows,
      boolean markdown,
      Writer out)
      throws IOException {
    String title = "drplan sweep: " + scenario;
    out.write(markdown ? "# " + title + "\n\n" : title + "\n");
    StringBuilder what = new StringBuilder();
    for (int i = 0; i < keys.size(); i++) {
      SweepAxis axis = axes.get(i);
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
            + Display.count(points)
            + " points evaluated; landmarks are located between points to a relative "
            + Display.significant(tolerance)
            + " by bisection along "
            + keys.get(0).path()
            + ". --format csv or json gives every point and pair.");

    Table landmarks = new Table().left(keys.get(0).path());
    if (keys.size() == 2) {
      landmarks.left("at " + keys.get(1).path());
    }
    landmarks.left("what changes");
    for (Landmark landmark : found) {
      if (restates(landmark, found)) {
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
    if (found.isEmpty()) {
      out.write("\n");
      Figures.paragraph(
          out,
          markdown,
          "No landmarks: no pair changes feasibility or reasons, and"
              + " no two options cross over in horizon cost between the points.");
    } else {
      Figures.section(out, markdown, "Landmarks", landmarks);
    }

    Table table = new Table();
    for (ScenarioKey key : keys) {
      table.right(key.path());
    }
    table.right("feasible pairs").left("recommended").right("its horizon cost");
    for (SweepRow row : shownRows) {
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
      table.row(cells);
    }
    Figures.section(
        out,
        markdown,
        shownRows.size() == points
            ? "Points"
            : "Points (" + shownRows.size() + " of " + Display.count(points) + ", evenly picked)",
        table);
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

  /** CSV: the header, then each point's pairs as the point comes. */
  private static final class CsvStream extends Stream {
    CsvStream(List<ScenarioKey> keys, List<SweepAxis> axes, double tolerance, Writer out)
        throws IOException {
      super(keys, axes, tolerance, out);
      List<String> header = new ArrayList<>();
      for (ScenarioKey key : keys) {
        header.add(key.kind().withUnit(key.path()));
      }
      header.addAll(List.of("configuration", "option", "feasible", "recommended", "reason_codes"));
      for (Metric metric : Metric.values()) {
        header.add(metric.id());
      }
      Figures.csvLine(out, header);
    }

    @Override
    void write(SweepRow row) throws IOException {
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

    /** CSV has no landmarks: the table and JSON list them. */
    @Override
    public void landmark(Landmark landmark) {}

    @Override
    public void finish() {}
  }

  private static boolean recommended(SweepRow row, PairFigures pair) {
    return pair.configuration().equals(row.recommendedConfiguration())
        && pair.option().equals(row.recommendedOption());
  }

  // ---- json ------------------------------------------------------------------------------

  /**
   * JSON, written with Jackson's streaming generator: the scenario, axes and tolerance, then each
   * point as it comes, then the landmarks; the layout of {@link JsonReport}.
   */
  private static final class JsonStream extends Stream {
    private final JsonGenerator json;

    JsonStream(
        String scenario, List<ScenarioKey> keys, List<SweepAxis> axes, double tolerance, Writer out)
        throws IOException {
      super(keys, axes, tolerance, out);
      json = Figures.jsonGenerator(out);
      json.writeStartObject();
      json.writeStringField("scenario", scenario);
      ArrayNode axesNode = Figures.NODES.arrayNode();
      for (int i = 0; i < keys.size(); i++) {
        SweepAxis axis = axes.get(i);
        ObjectNode node = axesNode.addObject();
        node.put("key", axis.key());
        node.put("unit", keys.get(i).kind().unit());
        node.set("from", Figures.json(axis.from()));
        node.set("to", Figures.json(axis.to()));
        node.put("steps", axis.steps());
        node.put("spacing", axis.spacing() == SweepAxis.Spacing.LOG ? "log" : "linear");
      }
      json.writeFieldName("axes");
      Figures.writeTree(json, axesNode);
      json.writeFieldName("tolerance");
      Figures.writeTree(json, Figures.json(tolerance));
      json.writeArrayFieldStart("points");
    }

    @Override
    void write(SweepRow row) throws IOException {
      ObjectNode point = Figures.NODES.objectNode();
      ObjectNode at = point.putObject("at");
      for (int i = 0; i < keys.size(); i++) {
        at.set(keys.get(i).kind().withUnit(keys.get(i).path()), Figures.json(row.at().get(i)));
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
      Figures.writeTree(json, point);
    }

    @Override
    public void finish() throws IOException {
      json.writeEndArray();
      json.writeArrayFieldStart("landmarks");
      for (Landmark landmark : landmarks) {
        Figures.writeTree(json, SweepReport.landmark(keys, landmark));
      }
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
      out.write("\n");
    }
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
    node.put("unit", keys.get(0).kind().unit());
    node.set("at", Figures.json(landmark.at()));
    node.set("low", Figures.json(landmark.low()));
    node.set("high", Figures.json(landmark.high()));
    ObjectNode fixed = node.putObject("fixed");
    for (Map.Entry<String, Double> entry : new TreeMap<>(landmark.fixed()).entrySet()) {
      ScenarioKey key = keys.size() == 2 ? keys.get(1) : null;
      fixed.set(
          key == null ? entry.getKey() : key.kind().withUnit(entry.getKey()),
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

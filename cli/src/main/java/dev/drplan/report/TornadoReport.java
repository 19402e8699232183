package dev.drplan.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drplan.analysis.Metric;
import dev.drplan.analysis.Tornado;
import dev.drplan.analysis.TornadoBar;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.catalog.ValueKind;
import dev.drplan.model.CostLine;
import dev.drplan.model.Reason;
import dev.drplan.scenario.Provenance;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The report of {@code drplan sensitivity}: one metric of one pair with each uncertain input at its
 * P10 and at its P90 (the others at base), widest swing first. Table and markdown in human units;
 * CSV and JSON in canonical units, named with the metric's unit ({@code
 * horizon_cost_usd_at_input_p10}); the input's own values with a {@code input_unit} beside. A point
 * where the pair is infeasible is marked in every format, with the reasons (§8): its figure is what
 * the pair would cost or take there, not a plan the pair can deliver.
 */
public final class TornadoReport {
  private TornadoReport() {}

  /**
   * Writes {@code tornado} of {@code uncertain} in {@code format}, each input with the scenario's
   * mark ({@link InputMarks}).
   */
  public static void write(
      ReportFormat format, UncertainScenario uncertain, Tornado tornado, Writer out)
      throws IOException {
    if (format == ReportFormat.JSON) {
      Figures.writeJson(json(uncertain, tornado), out);
    } else if (format == ReportFormat.CSV) {
      csv(uncertain, tornado, out);
    } else if (format == ReportFormat.TABLE || format == ReportFormat.MARKDOWN) {
      text(uncertain, tornado, format == ReportFormat.MARKDOWN, out);
    } else {
      throw new IllegalArgumentException(
          "sensitivity writes table, markdown, csv or json, not " + format.id());
    }
  }

  /**
   * What the pair's cost leaves out as not priced at the base scenario ("These costs leave out
   * ..."), empty when every line is priced: a cost without them is a floor.
   */
  private static String notPriced(Tornado tornado) {
    return ComparisonTables.notPricedNote(
        Map.of(tornado.option(), notPricedLines(tornado)),
        "; every figure above is a floor (`drplan compare` shows the lines).");
  }

  /** The cost lines a cost metric of the pair leaves out; none for a metric that is no cost. */
  private static List<CostLine> notPricedLines(Tornado tornado) {
    return tornado.metric().kind() == ValueKind.MONEY ? tornado.notPriced() : List.of();
  }

  private static void text(
      UncertainScenario uncertain, Tornado tornado, boolean markdown, Writer out)
      throws IOException {
    Metric metric = tornado.metric();
    String title = "drplan sensitivity: " + uncertain.base().name();
    out.write(markdown ? "# " + title + "\n\n" : title + "\n");
    Figures.paragraph(
        out,
        markdown,
        (markdown ? "`" + metric.id() + "`" : metric.id())
            + " of "
            + tornado.configuration()
            + " / "
            + tornado.option()
            + ": "
            + Figures.human(metric, tornado.base())
            + " with every input at its base"
            + (tornado.feasibleAtBase()
                ? ""
                : ", where the pair is infeasible: "
                    + reasons(tornado.blockedAtBase(), markdown ? uncertain.base() : null))
            + ". Each row moves one uncertain input to its P10 and to its"
            + " P90, the others at base; widest swing first.");
    if (tornado.bars().isEmpty()) {
      out.write("\n");
      Figures.paragraph(
          out,
          markdown,
          "The scenario has no uncertain inputs: write a value as"
              + " {dist: ...} to see how it moves the figure.");
      return;
    }
    // The source column only when the scenario marks its inputs (InputMarks: a scenario that
    // marks none says so once, in compare, rather than "unmarked" on every row).
    boolean marks = InputMarks.any(uncertain.base());
    Table table = new Table().left("input");
    if (marks) {
      table.left("source");
    }
    table.right("P10").right("P90").right("at P10").right("at P90").right("swing");
    for (TornadoBar bar : tornado.bars()) {
      List<String> cells = new ArrayList<>();
      cells.add(markdown ? Wording.inputInMarkdown(uncertain, bar.key()) : bar.key());
      if (marks) {
        cells.add(InputMarks.source(InputMarks.of(uncertain, bar.key())));
      }
      cells.add(Figures.human(bar.kind(), bar.inputLow(), bar.inputBase()));
      cells.add(Figures.human(bar.kind(), bar.inputHigh(), bar.inputBase()));
      cells.add(marked(Figures.human(metric, bar.atLow()), bar.feasibleAtLow()));
      cells.add(marked(Figures.human(metric, bar.atHigh()), bar.feasibleAtHigh()));
      cells.add(bar.infiniteSwing() ? "unbounded" : Figures.human(metric, bar.swing()));
      table.row(cells);
    }
    Figures.section(out, markdown, "Tornado", table);
    String notPriced = notPriced(tornado);
    if (!notPriced.isEmpty()) {
      out.write("\n");
      Figures.paragraph(out, markdown, notPriced);
    }
    List<String> points = new ArrayList<>();
    for (TornadoBar bar : tornado.bars()) {
      if (!bar.feasibleAtLow()) {
        points.add(point(uncertain, markdown, bar, "P10", bar.inputLow(), bar.blockedAtLow()));
      }
      if (!bar.feasibleAtHigh()) {
        points.add(point(uncertain, markdown, bar, "P90", bar.inputHigh(), bar.blockedAtHigh()));
      }
    }
    if (points.isEmpty()) {
      return;
    }
    out.write("\n");
    Figures.paragraph(
        out,
        markdown,
        "Marked infeasible: the pair cannot be chosen there, and the figure is what it would come"
            + " to. "
            + String.join(" ", points));
  }

  /** A figure of the table, marked when the pair is infeasible at that point. */
  private static String marked(String figure, boolean feasible) {
    return feasible ? figure : figure + " (infeasible)";
  }

  /** "With KEY at its P90 (VALUE): REASONS." */
  private static String point(
      UncertainScenario uncertain,
      boolean markdown,
      TornadoBar bar,
      String end,
      double value,
      List<Reason> blocked) {
    return "With "
        + (markdown ? inSentence(Wording.inputInMarkdown(uncertain, bar.key())) : bar.key())
        + " at its "
        + end
        + " ("
        + Figures.human(bar.kind(), value, bar.inputBase())
        + "): "
        + reasons(blocked, markdown ? uncertain.base() : null)
        + ".";
  }

  /** A name that opens with a capital, as it heads a table row, inside a sentence: "share of". */
  private static String inSentence(String name) {
    boolean word = name.length() > 1 && Character.isLowerCase(name.charAt(1));
    return word ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
  }

  /**
   * The blocking reasons, joined: in the engine's words, or, given the scenario, in the markdown's
   * (a key's meaning with the key as code, {@link Wording#markdownReason}).
   */
  private static String reasons(List<Reason> blocked, Scenario markdownOf) {
    if (markdownOf == null) {
      return CsvReport.texts(blocked);
    }
    List<String> texts = new ArrayList<>();
    for (Reason reason : blocked) {
      texts.add(Wording.markdownReason(reason, markdownOf));
    }
    return String.join("; ", texts);
  }

  private static ArrayNode codes(ArrayNode array, List<Reason> blocked) {
    for (Reason reason : blocked) {
      array.add(reason.code().id());
    }
    return array;
  }

  private static void csv(UncertainScenario uncertain, Tornado tornado, Writer out)
      throws IOException {
    String metric = tornado.metric().id();
    Figures.csvLine(
        out,
        List.of(
            "configuration",
            "option",
            "key",
            "input_unit",
            "input_p10",
            "input_p90",
            metric + "_base",
            metric + "_at_input_p10",
            metric + "_at_input_p90",
            metric + "_swing",
            "feasible_at_input_p10",
            "feasible_at_input_p90",
            "reason_codes_at_input_p10",
            "reason_codes_at_input_p90",
            "source",
            "source_note"));
    for (TornadoBar bar : tornado.bars()) {
      List<String> cells =
          new ArrayList<>(
              List.of(tornado.configuration(), tornado.option(), bar.key(), bar.kind().unit()));
      for (Double value :
          Arrays.asList(
              bar.inputLow(),
              bar.inputHigh(),
              tornado.base(),
              bar.atLow(),
              bar.atHigh(),
              bar.swing())) {
        cells.add(Figures.plain(value));
      }
      cells.add(Boolean.toString(bar.feasibleAtLow()));
      cells.add(Boolean.toString(bar.feasibleAtHigh()));
      cells.add(CsvReport.codes(bar.blockedAtLow()));
      cells.add(CsvReport.codes(bar.blockedAtHigh()));
      Provenance mark = InputMarks.of(uncertain, bar.key());
      cells.add(InputMarks.source(mark));
      cells.add(mark == null ? "" : mark.note());
      Figures.csvLine(out, cells);
    }
  }

  static ObjectNode json(UncertainScenario uncertain, Tornado tornado) {
    String metric = tornado.metric().id();
    ObjectNode root = Figures.NODES.objectNode();
    root.put("scenario", uncertain.base().name());
    root.put("metric", metric);
    root.put("configuration", tornado.configuration());
    root.put("option", tornado.option());
    root.set(metric + "_base", Figures.json(tornado.base()));
    root.put("feasible_base", tornado.feasibleAtBase());
    codes(root.putArray("reason_codes_base"), tornado.blockedAtBase());
    ArrayNode notPriced = root.putArray("not_priced");
    for (CostLine line : notPricedLines(tornado)) {
      notPriced.add(line.id());
    }
    ArrayNode bars = root.putArray("bars");
    for (TornadoBar bar : tornado.bars()) {
      ObjectNode node = bars.addObject();
      node.put("key", bar.key());
      Provenance mark = InputMarks.of(uncertain, bar.key());
      node.put("source", InputMarks.source(mark));
      node.put("source_note", InputMarks.note(mark));
      node.put("input_unit", bar.kind().unit());
      node.set("input_p10", Figures.json(bar.inputLow()));
      node.set("input_p90", Figures.json(bar.inputHigh()));
      node.set(metric + "_at_input_p10", Figures.json(bar.atLow()));
      node.set(metric + "_at_input_p90", Figures.json(bar.atHigh()));
      node.set(metric + "_swing", Figures.json(bar.swing()));
      node.put("unbounded_swing", bar.infiniteSwing());
      node.put("feasible_at_input_p10", bar.feasibleAtLow());
      node.put("feasible_at_input_p90", bar.feasibleAtHigh());
      codes(node.putArray("reason_codes_at_input_p10"), bar.blockedAtLow());
      codes(node.putArray("reason_codes_at_input_p90"), bar.blockedAtHigh());
    }
    return root;
  }
}

package dev.drplan.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drplan.analysis.Constraint;
import dev.drplan.analysis.Solution;
import dev.drplan.analysis.Solve;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report of {@code drplan solve}: the best value of one key under constraints, in the key's
 * unit, with the constraint that binds; or the end of the range when the key does not bind there;
 * or "no solution in range" (a result, not an error). JSON and CSV give the value in the key's
 * canonical unit with the unit beside.
 */
public final class SolutionReport {
  private SolutionReport() {}

  /** Writes {@code solution}, found under {@code constraints}, in {@code format}. */
  public static void write(
      ReportFormat format,
      String scenario,
      Solution solution,
      List<Constraint> constraints,
      Writer out)
      throws IOException {
    if (format == ReportFormat.JSON) {
      Figures.writeJson(json(scenario, solution, constraints), out);
    } else if (format == ReportFormat.CSV) {
      csv(solution, constraints, out);
    } else if (format == ReportFormat.TABLE || format == ReportFormat.MARKDOWN) {
      text(scenario, solution, constraints, format == ReportFormat.MARKDOWN, out);
    } else {
      throw new IllegalArgumentException(
          "solve writes table, markdown, csv or json, not " + format.id());
    }
  }

  /** The answer in one sentence. */
  static String answer(Solution solution) {
    String value = Figures.human(solution.kind(), solution.value());
    String range =
        Figures.human(solution.kind(), solution.from())
            + " to "
            + Figures.human(solution.kind(), solution.to());
    boolean minimise = solution.goal() == Solve.Goal.MINIMIZE;
    switch (solution.status()) {
      case FOUND:
        return solution.key()
            + " = "
            + value
            + ": the "
            + (minimise ? "smallest" : "largest")
            + " value that meets every constraint. Binding: "
            + texts(solution.binding())
            + " (fails just "
            + (minimise ? "below" : "above")
            + " it).";
      case RANGE_END:
        return solution.key()
            + " = "
            + value
            + ": the "
            + (minimise ? "lower" : "upper")
            + " end of the searched range ("
            + range
            + ") already meets every constraint, so the"
            + " key does not bind there.";
      default:
        return "No solution in range "
            + range
            + ": no value of "
            + solution.key()
            + " meets every constraint; at the most promising end, "
            + texts(solution.binding())
            + " fails.";
    }
  }

  /** Constraints for people: {@code seed ≤ 180.0 d, rpo ≤ objective}. */
  private static String texts(List<Constraint> constraints) {
    List<String> texts = new ArrayList<>();
    for (Constraint constraint : constraints) {
      texts.add(human(constraint));
    }
    return texts.isEmpty() ? "nothing" : String.join(", ", texts);
  }

  /**
   * A constraint for people: its metric by its short name, the comparison as a sign and the bound
   * in the metric's human unit ({@code seed ≤ 180.0 d}, {@code horizon_cost(gcs-archive) < $20.0
   * M}); CSV and JSON keep the form the option reads ({@code seed_seconds<=15552000}).
   */
  static String human(Constraint constraint) {
    if (!(constraint instanceof Constraint.MetricBound)) {
      return constraint.text();
    }
    Constraint.MetricBound bound = (Constraint.MetricBound) constraint;
    String scope =
        bound.option() == null
            ? ""
            : "("
                + (bound.configuration() == null ? "" : bound.configuration() + "/")
                + bound.option()
                + ")";
    return bound.metric().shortName()
        + scope
        + " "
        + sign(bound.comparison())
        + " "
        + (bound.value() == null ? "objective" : Figures.human(bound.metric(), bound.value()));
  }

  private static String sign(Constraint.Comparison comparison) {
    switch (comparison) {
      case AT_MOST:
        return "≤";
      case BELOW:
        return "<";
      case AT_LEAST:
        return "≥";
      default:
        return ">";
    }
  }

  private static void text(
      String scenario,
      Solution solution,
      List<Constraint> constraints,
      boolean markdown,
      Writer out)
      throws IOException {
    String title = "drplan solve: " + scenario;
    out.write(markdown ? "# " + title + "\n\n" : title + "\n");
    boolean minimise = solution.goal() == Solve.Goal.MINIMIZE;
    Figures.paragraph(
        out,
        markdown,
        "The "
            + (minimise ? "smallest" : "largest")
            + " "
            + solution.key()
            + " such that "
            + texts(constraints)
            + ".");
    out.write("\n");
    Figures.paragraph(out, markdown, (markdown ? "**Answer:** " : "Answer: ") + answer(solution));
    out.write("\n");
    Figures.paragraph(
        out,
        markdown,
        "Searched "
            + Figures.human(solution.kind(), solution.from())
            + " to "
            + Figures.human(solution.kind(), solution.to())
            + " in "
            + Display.count(solution.evaluations())
            + " evaluations.");
    if (!solution.monotone()) {
      out.write("\n");
      Figures.paragraph(
          out,
          markdown,
          "Caution: next to the answer the constraints do not hold"
              + " on one side of a single boundary, so a better value may exist elsewhere in the"
              + " range; sweep "
              + solution.key()
              + " to see.");
    }
  }

  private static void csv(Solution solution, List<Constraint> constraints, Writer out)
      throws IOException {
    Figures.csvLine(
        out,
        List.of(
            "key",
            "unit",
            "goal",
            "status",
            "value",
            "binding",
            "constraints",
            "range_from",
            "range_to",
            "monotone",
            "evaluations"));
    Figures.csvLine(
        out,
        List.of(
            solution.key(),
            solution.kind().unit(),
            solution.goal().name().toLowerCase(Locale.ROOT),
            solution.status().name().toLowerCase(Locale.ROOT),
            Figures.plain(solution.value()),
            String.join("; ", textList(solution.binding())),
            String.join("; ", textList(constraints)),
            Display.plain(solution.from()),
            Display.plain(solution.to()),
            Boolean.toString(solution.monotone()),
            Integer.toString(solution.evaluations())));
  }

  private static List<String> textList(List<Constraint> constraints) {
    List<String> texts = new ArrayList<>();
    for (Constraint constraint : constraints) {
      texts.add(constraint.text());
    }
    return texts;
  }

  static ObjectNode json(String scenario, Solution solution, List<Constraint> constraints) {
    ObjectNode root = Figures.NODES.objectNode();
    root.put("scenario", scenario);
    root.put("key", solution.key());
    root.put("unit", solution.kind().unit());
    root.put("goal", solution.goal().name().toLowerCase(Locale.ROOT));
    ArrayNode given = root.putArray("constraints");
    textList(constraints).forEach(given::add);
    root.put("status", solution.status().name().toLowerCase(Locale.ROOT));
    root.set("value", Figures.json(solution.value()));
    ArrayNode binding = root.putArray("binding");
    textList(solution.binding()).forEach(binding::add);
    root.set("range_from", Figures.json(solution.from()));
    root.set("range_to", Figures.json(solution.to()));
    root.put("monotone", solution.monotone());
    root.put("evaluations", solution.evaluations());
    root.put("text", answer(solution));
    return root;
  }
}

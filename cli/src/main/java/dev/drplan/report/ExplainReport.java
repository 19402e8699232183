package dev.drplan.report;

import dev.drplan.catalog.ValueKind;
import dev.drplan.model.Derivation;
import dev.drplan.model.OptionResult;
import dev.drplan.model.PairFigure;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * {@code drplan explain}: each derivation of one pair as its figure key (as in the JSON output),
 * the section of docs/model.md, the formula, every input in human units, and the result in human
 * units with its canonical value beside, so that a figure of any report can be traced to the JSON
 * and back to its inputs. Ends with the pair's verdict and its reasons and notes.
 */
public final class ExplainReport {
  /** The scenario explained, whose marks the inputs carry; {@code null} for no marks. */
  private final Scenario scenario;

  /** A report without the scenario's marks of its inputs. */
  public ExplainReport() {
    this(null);
  }

  /**
   * A report of pairs of {@code scenario}: each formula input that is one of the scenario's inputs
   * shows whether the customer stated it or it is assumed ({@link InputMarks}), and the report
   * opens with the count of each ({@link InputMarks#summary}).
   */
  public ExplainReport(Scenario scenario) {
    this.scenario = scenario;
  }

  /** Writes every explanation in turn, separated by a blank line. */
  public void write(List<Explanation> explanations, Writer out) throws IOException {
    boolean first = true;
    for (Explanation explanation : explanations) {
      if (!first) {
        out.write("\n");
      }
      first = false;
      write(explanation, out);
    }
  }

  /** Writes one pair's derivations and verdict. */
  public void write(Explanation explanation, Writer out) throws IOException {
    String title =
        "drplan explain: "
            + explanation.option()
            + " on "
            + explanation.configuration()
            + " ("
            + explanation.scenario()
            + ")";
    out.write(title + "\n" + "=".repeat(title.length()) + "\n");
    if (scenario != null) {
      out.write(
          "\n"
              + TableReport.wrap(
                  InputMarks.summary(
                      scenario,
                      InputMarks.any(scenario)
                          ? "each input below that the scenario gives is marked stated,"
                              + " assumed or unmarked beside its value"
                          : ""),
                  "",
                  "  "));
    }
    for (Derivation step : explanation.steps()) {
      out.write(
          "\n"
              + step.section()
              + "  "
              + step.figure()
              + " = "
              + (step.value() == null
                  ? missing(step, explanation.result())
                  : Display.value(step.value()))
              + "  ["
              + Display.canonical(step.value())
              + "]\n");
      out.write("    " + step.formula() + "\n");
      int width = 0;
      for (String name : step.inputs().keySet()) {
        width = Math.max(width, name.length());
      }
      for (Map.Entry<String, Object> input : step.inputs().entrySet()) {
        out.write(
            "      "
                + input.getKey()
                + " ".repeat(width - input.getKey().length())
                + " = "
                + Display.value(input.getValue())
                + mark(explanation, step.section(), input.getKey(), input.getValue())
                + "\n");
      }
    }
    OptionResult result = explanation.result();
    out.write("\nfeasible: " + Display.yesNo(result.feasible()) + "\n");
    reasons(out, "reason", result.reasons());
    reasons(out, "note", ReasonText.notesToSay(result));
    for (String remedy : explanation.remedies()) {
      out.write(TableReport.wrap("remedy: " + remedy, "  ", "    "));
    }
  }

  /**
   * " (assumed)" after a formula input that is one of the scenario's inputs, when the scenario
   * marks its inputs; empty otherwise.
   */
  private String mark(Explanation explanation, String section, String name, Object value) {
    if (scenario == null || !InputMarks.any(scenario)) {
      return "";
    }
    String key =
        InputMarks.keyOfFormulaInput(
            scenario, explanation.configuration(), explanation.option(), section, name, value);
    return key == null ? "" : "  (" + InputMarks.source(scenario.provenance(key)) + ")";
  }

  /**
   * Why a figure of a derivation cannot exist, as the verdict below says it: a duration that never
   * ends with the condition of its formula and the reason ("never (R ≤ d(0): the first copy never
   * converges)"), a cost {@link Display#NOT_PRICED} (a line without a price adds nothing), any
   * other {@link Display#NEVER}.
   */
  static String missing(Derivation step, OptionResult result) {
    Never never = NEVER.get(step.figure());
    if (never != null) {
      for (Reason reason : result.reasons()) {
        if (never.codes().contains(reason.code())) {
          return Display.NEVER
              + " ("
              + never.condition()
              + ": "
              + DecisionReport.reason(reason.code())
              + ")";
        }
      }
    }
    return kind(step.figure()) == ValueKind.MONEY ? Display.NOT_PRICED : Display.NEVER;
  }

  /** A figure that never ends: the condition of its formula, and the reasons that say it. */
  private record Never(String condition, List<ReasonCode> codes) {}

  private static final Map<String, Never> NEVER =
      Map.of(
          PairFigure.SEED_SECONDS.id(),
          new Never("R ≤ d(0)", List.of(ReasonCode.SEED_NEVER_CONVERGES)),
          PairFigure.RPO_SECONDS.id(),
          new Never("d_peak ≥ R", List.of(ReasonCode.RPO_BACKLOG_GROWS)),
          PairFigure.RPO_MAX_INTERVAL_SECONDS.id(),
          new Never("d_peak ≥ R", List.of(ReasonCode.RPO_BACKLOG_GROWS)));

  /** The kind of the pair figure {@code id}, or {@code null} for another figure. */
  private static ValueKind kind(String id) {
    for (PairFigure figure : PairFigure.values()) {
      if (figure.id().equals(id)) {
        return figure.kind();
      }
    }
    return null;
  }

  private static void reasons(Writer out, String label, List<Reason> reasons) throws IOException {
    for (Reason reason : reasons) {
      out.write(TableReport.wrap(label + ": " + ReasonText.of(reason), "  ", "    "));
    }
  }
}

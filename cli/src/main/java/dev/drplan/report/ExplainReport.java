package dev.drplan.report;

import dev.drplan.model.Derivation;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
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
    for (Derivation step : explanation.steps()) {
      out.write(
          "\n"
              + step.section()
              + "  "
              + step.figure()
              + " = "
              + Display.value(step.value())
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

  private static void reasons(Writer out, String label, List<Reason> reasons) throws IOException {
    for (Reason reason : reasons) {
      out.write(TableReport.wrap(label + ": " + ReasonText.of(reason), "  ", "    "));
    }
  }
}

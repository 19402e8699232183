package dev.drplan.report;

import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The default report: terminal tables with human units. The configurations and their expansion
 * plan, then every (configuration, option) pair in two tables (replication and recovery, then
 * cost), the reasons and notes those tables refer to by number, and the recommendation. Prose is
 * wrapped at {@value #WIDTH} columns; tables are as wide as their figures.
 */
final class TableReport implements ReportWriter {
  static final int WIDTH = 100;

  @Override
  public void write(Comparison comparison, Writer out) throws IOException {
    ComparisonTables tables = new ComparisonTables(comparison);
    Scenario scenario = comparison.scenario();
    out.write("drplan compare: " + scenario.name() + "\n");
    if (!scenario.description().isBlank()) {
      out.write(wrap(scenario.description().strip(), "", ""));
    }
    out.write("\n");
    for (String line : tables.summary()) {
      out.write(wrap(line, "", "  "));
    }

    section(out, "Primary configurations", tables.configurations());
    section(
        out,
        "Expansion plan: D-boxes needed at the end of each year (+ added that year)",
        tables.expansion());
    if (tables.hasOnPremSpend()) {
      section(
          out,
          "On-prem spend by year, and the latest order date of each expansion (when the D-boxes"
              + " owned fill, minus the lead time)",
          tables.onPremSpend());
    }
    section(out, "DR options: replication and recovery", tables.performance());
    section(out, "DR options: cost", tables.costs());
    section(
        out,
        "DR options: cost lines over the horizon (the same with every configuration)",
        tables.costLines());
    if (tables.replayed()) {
      section(out, tables.replayedRpoTitle(), tables.replayedRpo());
      section(out, tables.backlogTitle(), tables.backlog());
    }

    if (!tables.notes().isEmpty()) {
      out.write("\nReasons and notes\n");
      for (ReasonNotes.Entry entry : tables.notes()) {
        String number =
            " ".repeat(Math.max(0, 3 - Integer.toString(entry.number()).length()))
                + entry.number()
                + ". ";
        out.write(wrap(entry.label() + ": " + entry.text(), number, " ".repeat(number.length())));
      }
    }

    if (!tables.remedies().isEmpty()) {
      out.write("\n");
      out.write(
          wrap(
              "Remedies: for each infeasible pair, the cheapest single change of the design that"
                  + " makes it feasible, the objectives kept, then the other changes that work; a"
                  + " change of an objective, the customer's to agree, comes apart",
              "",
              "  "));
      for (String line : tables.remedies()) {
        out.write(wrap(line, "  - ", "    "));
      }
    }

    out.write("\n");
    out.write(wrap("Recommendation: " + tables.recommended() + ". " + tables.why(), "", "  "));
    String uncertain = ComparisonTables.uncertainInputs(comparison);
    if (!uncertain.isEmpty()) {
      out.write("\n");
      out.write(wrap(uncertain, "", "  "));
    }
  }

  private static void section(Writer out, String title, Table table) throws IOException {
    out.write("\n" + title + "\n\n");
    out.write(table.toText());
  }

  /**
   * {@code text} wrapped at {@link #WIDTH} columns on spaces, the first line after {@code first},
   * the others after {@code rest}. A figure stays on one line with its unit ("5.00 y", "$58.0 M"):
   * a space after a word that ends in a digit does not break. A word longer than a line stands on
   * its own line.
   */
  static String wrap(String text, String first, String rest) {
    List<String> words = new ArrayList<>();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int last = words.size() - 1;
      if (last >= 0 && Character.isDigit(words.get(last).charAt(words.get(last).length() - 1))) {
        words.set(last, words.get(last) + " " + word);
      } else {
        words.add(word);
      }
    }
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(first);
    int lineStart = first.length();
    for (String word : words) {
      boolean empty = line.length() == lineStart;
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(rest);
        lineStart = rest.length();
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
    }
    out.append(line).append('\n');
    return out.toString();
  }
}

package dev.drplan.report;

import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.Writer;

/**
 * The comparison as GitHub-flavoured markdown to paste into a proposal: the same tables as the
 * terminal report as pipe tables, then an Assumptions section that names the catalog and its as-of
 * date, the unit conventions and the model's key assumptions, so that a reader can check every
 * figure.
 */
final class MarkdownReport implements ReportWriter {

  @Override
  public void write(Comparison comparison, Writer out) throws IOException {
    ComparisonTables tables = ComparisonTables.forMarkdown(comparison);
    Scenario scenario = comparison.scenario();
    out.write("# DR comparison: " + scenario.name() + "\n\n");
    if (!scenario.description().isBlank()) {
      out.write(scenario.description().strip() + "\n\n");
    }
    for (String line : tables.summary()) {
      out.write("- " + line + "\n");
    }

    section(out, "Primary configurations", tables.configurations());
    section(out, "Expansion plan", tables.expansion());
    out.write("\nD-boxes needed at the end of each year; (+N) is the number added that year.\n");
    if (tables.hasOnPremSpend()) {
      section(out, "On-prem spend by year", tables.onPremSpend());
      out.write(
          "\nEach expansion's latest order date is when the D-boxes already owned fill, minus the"
              + " lead time, counted in days from day one.\n");
    }
    section(out, "DR options: replication and recovery", tables.performance());
    out.write("\nThe *see* column refers to the reasons and notes below.\n");
    section(out, "DR options: cost", tables.costs());
    section(out, "DR options: cost lines over the horizon", tables.costLines());
    out.write(
        "\nEach line's sum over the horizon, recurring and one-time; the same with every"
            + " configuration.\n");
    if (tables.replayed()) {
      section(out, tables.replayedRpoTitle(), tables.replayedRpo());
      out.write(
          "\nThe RPO replayed over the change profile, copy by copy at each pair's replication rate"
              + " (model §5, the backlog); with a change profile this, not the RPO of the first"
              + " table, decides feasibility.\n");
      section(out, tables.backlogTitle(), tables.backlog());
      out.write(
          "\n*Largest backlog*: data taken in snapshots and not yet copied, at its largest; *at*:"
              + " when, on the profile's clock; *drained in*: until the queue was first empty."
              + " *Rate needed*: the smallest replication rate that meets the RPO objective for"
              + " the share of time asked for (`objectives.rpo_compliance`), and the circuits that"
              + " carry it; *other limit*: a"
              + " limit below that rate that more circuits would not lift.\n");
    }

    if (!tables.notes().isEmpty()) {
      out.write("\n## Reasons and notes\n\n");
      for (ReasonNotes.Entry entry : tables.notes()) {
        out.write(entry.number() + ". **" + entry.label() + "**: " + escape(entry.text()) + "\n");
      }
    }

    if (!tables.remedies().isEmpty()) {
      out.write("\n## Remedies\n\n");
      out.write(
          "For each infeasible pair, the cheapest single change of the design that makes it"
              + " feasible, the objectives kept, then the other changes that work; a change of an"
              + " objective, the customer's to agree, comes apart.\n\n");
      for (String line : tables.remedies()) {
        out.write("- " + escape(line) + "\n");
      }
    }

    out.write("\n## Recommendation\n\n");
    out.write("**" + escape(tables.recommended()) + "**. " + escape(tables.why()) + "\n");
    String uncertain = ComparisonTables.uncertainInputs(comparison);
    if (!uncertain.isEmpty()) {
      out.write("\n" + escape(uncertain) + "\n");
    }

    if (!tables.inputs().rows().isEmpty()) {
      section(out, "Inputs: stated by the customer or assumed", tables.inputs());
      out.write(
          "\nOnly the figures stated by the customer may be quoted as the customer's; every"
              + " assumption is to be confirmed before the proposal goes out.\n");
    }

    out.write("\n## Assumptions\n\n");
    for (String assumption : Assumptions.of(comparison)) {
      out.write("- " + assumption + "\n");
    }
  }

  private static void section(Writer out, String title, Table table) throws IOException {
    out.write("\n## " + title + "\n\n");
    out.write(table.toMarkdown());
  }

  /**
   * Markdown's emphasis and escape characters, which scenario names and reasons may contain,
   * escaped; a reason's code spans (key paths) kept as they are.
   */
  private static String escape(String text) {
    return Prose.markdown(text);
  }
}

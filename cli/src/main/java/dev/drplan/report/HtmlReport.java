package dev.drplan.report;

import dev.drplan.analysis.BinnedDistribution;
import dev.drplan.analysis.Metric;
import dev.drplan.analysis.MetricSummary;
import dev.drplan.analysis.MonteCarloResult;
import dev.drplan.analysis.PairSummary;
import dev.drplan.analysis.ProposalAnalysis;
import dev.drplan.analysis.ScenarioKey;
import dev.drplan.analysis.Tornado;
import dev.drplan.analysis.UncertainInput;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.Fraction;
import java.util.ArrayList;
import java.util.List;

/**
 * The proposal as one self-contained HTML file: inline style, inline SVG charts, no script, no
 * external reference (a source link is an ordinary hyperlink). The sizing tables are {@link
 * ComparisonTables}' — the figures of {@code compare}'s table and markdown — and every string from
 * the scenario is escaped.
 */
public final class HtmlReport {
  private HtmlReport() {}

  private static final String STYLE =
      String.join(
          "\n",
          "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,"
              + "sans-serif;color:#1d1d1f;margin:0;background:#fff;line-height:1.45}",
          "main{max-width:1100px;margin:0 auto;padding:24px 32px 64px}",
          "h1{font-size:1.7rem;margin:0 0 .3rem}h2{font-size:1.3rem;margin:2.2rem 0 .6rem;"
              + "border-bottom:2px solid #0072B2;padding-bottom:.2rem}h3{font-size:1.05rem;"
              + "margin:1.4rem 0 .4rem}",
          ".description{color:#333;max-width:75ch}.meta{color:#666;font-size:.85rem}",
          "table{border-collapse:collapse;font-size:.82rem;margin:.4rem 0 1rem;width:100%}",
          "th,td{border-bottom:1px solid #ddd;padding:4px 6px;vertical-align:top}",
          "th{background:#f2f5f8;text-align:left}th.num,td.num{text-align:right;"
              + "font-variant-numeric:tabular-nums;white-space:nowrap}",
          ".recommendation{background:#eef6ee;border-left:4px solid #009E73;padding:.6rem 1rem}",
          ".panel{background:#f6f6f6;border:1px dashed #bbb;padding:1rem;color:#444}",
          "figure{margin:1rem 0 2rem}figcaption{font-size:.85rem;color:#444;max-width:90ch}",
          "svg{max-width:100%;height:auto;display:block}",
          "svg text{font-family:inherit}svg .tick{font-size:11px;fill:#333}",
          "svg .axis-title{font-size:12px;fill:#222}svg .legend{font-size:11.5px;fill:#222}",
          "svg .legend-note{font-size:10.5px;fill:#555}svg .mark{font-size:11px;fill:#7a0016}",
          "svg .bar-label{font-size:11.5px;fill:#222}svg .bar-range{font-size:10px;fill:#666}",
          ".uncertain{color:#a15c00;font-weight:600}code{font-size:.9em}",
          "ol.notes li,ul.assumptions li{margin:.2rem 0}",
          "@media print{main{padding:0}h2{break-after:avoid}figure{break-inside:avoid}}");

  /** The whole document. */
  public static String render(Proposal proposal) {
    Scenario scenario = proposal.scenario();
    ComparisonTables tables = new ComparisonTables(proposal.comparison());
    StringBuilder out = new StringBuilder(256 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>DR proposal: ")
        .append(Html.escape(scenario.name()))
        .append("</title>\n")
        .append("<style>\n")
        .append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<main>\n");

    out.append("<header>\n<h1>Disaster-recovery proposal: ")
        .append(Html.escape(scenario.name()))
        .append("</h1>\n");
    if (!scenario.description().isBlank()) {
      out.append("<p class=\"description\">")
          .append(Html.escape(scenario.description().strip()))
          .append("</p>\n");
    }
    out.append("<p class=\"meta\">Sized by drplan (docs/model.md, version 1)")
        .append(
            scenario.catalogName() == null
                ? ""
                : "; prices and hardware from catalog "
                    + Html.escape(scenario.catalogName())
                    + (scenario.catalogAsOf() == null
                        ? ""
                        : " as of " + Html.escape(scenario.catalogAsOf())))
        .append(".</p>\n</header>\n");

    out.append("<section id=\"summary\">\n<h2>Inputs at a glance</h2>\n<ul>\n");
    for (String line : tables.summary()) {
      out.append("<li>").append(Html.escape(line)).append("</li>\n");
    }
    out.append("</ul>\n</section>\n");

    out.append("<section id=\"recommendation\">\n<h2>Recommendation</h2>\n")
        .append("<p class=\"recommendation\"><strong>")
        .append(Html.escape(tables.recommended()))
        .append("</strong>. ")
        .append(Html.escape(tables.why()))
        .append("</p>\n</section>\n");

    out.append("<section id=\"sizing\">\n<h2>Sizing</h2>\n");
    table(out, "Primary configurations", tables.configurations(), "configurations");
    table(out, "Expansion plan", tables.expansion(), "expansion");
    out.append(
        "<p class=\"meta\">D-boxes needed at the end of each year; (+N) is the number"
            + " added that year.</p>\n");
    if (tables.hasOnPremSpend()) {
      table(out, "On-prem spend by year", tables.onPremSpend(), "onprem-spend");
      out.append(
          "<p class=\"meta\">Each expansion's latest order date is when the D-boxes already"
              + " owned fill, minus the lead time, counted in days from day one.</p>\n");
    }
    table(out, "DR options: replication and recovery", tables.performance(), "performance");
    out.append(
        "<p class=\"meta\">The <em>see</em> column refers to the numbered reasons and"
            + " notes below.</p>\n");
    table(out, "DR options: cost", tables.costs(), "costs");
    table(out, "DR options: cost lines over the horizon", tables.costLines(), "cost-lines");
    out.append(
        "<p class=\"meta\">Each line's sum over the horizon, recurring and one-time; the same"
            + " with every configuration.</p>\n");
    if (!tables.notes().isEmpty()) {
      out.append("<h3>Reasons and notes</h3>\n<ol class=\"notes\">\n");
      for (ReasonNotes.Entry entry : tables.notes()) {
        out.append("<li value=\"")
            .append(entry.number())
            .append("\"><strong>")
            .append(Html.escape(entry.label()))
            .append("</strong>: ")
            .append(Html.escape(entry.text()))
            .append("</li>\n");
      }
      out.append("</ol>\n");
    }
    out.append("</section>\n");

    charts(out, proposal);
    uncertainty(out, proposal);
    assumptions(out, proposal);
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void table(StringBuilder out, String title, Table table, String cssClass) {
    out.append("<h3>").append(Html.escape(title)).append("</h3>\n").append(table.toHtml(cssClass));
  }

  private static void charts(StringBuilder out, Proposal proposal) {
    Scenario scenario = proposal.scenario();
    ProposalAnalysis analysis = proposal.analysis();
    out.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
    List<ProposalAnalysis.MonthlyCostChart> monthly = analysis.monthlyCosts();
    for (int i = 0; i < monthly.size(); i++) {
      String configuration = monthly.get(i).configuration();
      figure(
          out,
          "chart-monthly-cost-" + (i + 1),
          Charts.monthlyCost(monthly.get(i)),
          "Monthly cost over the "
              + Display.duration(scenario.horizon())
              + " horizon, per option"
              + (monthly.size() == 1
                  ? " (the same for every configuration: the DR cost does not depend on the"
                      + " on-prem purchase)"
                  : ", configuration " + configuration)
              + ". Recurring costs only; one-time costs are in the cost table. Faint: not"
              + " feasible.");
    }
    figure(
        out,
        "chart-seed-bandwidth",
        Charts.seedVersusBandwidth(proposal),
        "Seed time (first full copy) against the total line rate of the circuits: "
            + ProposalAnalysis.CIRCUITS
            + " swept from 1 to "
            + Display.count(Math.round(analysis.seedVersusCircuits().to()))
            + ", every other input as in the scenario, configuration "
            + analysis.focusConfiguration()
            + ". Where a line stops, the copy never converges"
            + " (the replication rate does not exceed the change rate); where it flattens,"
            + " another bottleneck than the network binds.");
    List<String> edges = new ArrayList<>();
    String cost = Charts.costVersusSize(proposal, edges);
    StringBuilder caption =
        new StringBuilder(
            "Horizon cost against the data on day one, "
                + ProposalAnalysis.LOGICAL_SIZE
                + " swept from a tenth to ten times the scenario's "
                + Display.size(scenario.dataset().logicalSize())
                + " (both axes log), configuration "
                + analysis.focusConfiguration()
                + ". Bold where the pair is feasible, faint where not.");
    if (edges.isEmpty()) {
      caption.append(" No option changes feasibility in this range.");
    } else {
      caption.append(" Feasibility edges (rings), located by bisection:");
    }
    figure(out, "chart-cost-size", cost, caption.toString());
    if (!edges.isEmpty()) {
      out.append("<ul class=\"edges\">\n");
      for (String edge : edges) {
        out.append("<li>").append(Html.escape(edge)).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private static void uncertainty(StringBuilder out, Proposal proposal) {
    out.append("<section id=\"uncertainty\">\n<h2>Uncertainty</h2>\n");
    ProposalAnalysis analysis = proposal.analysis();
    MonteCarloResult monteCarlo = analysis.monteCarlo();
    if (monteCarlo == null) {
      out.append(
          "<div class=\"panel\" id=\"no-uncertain-inputs\"><strong>No uncertain inputs in"
              + " this scenario.</strong> Every input has one value, so there is no Monte Carlo"
              + " distribution and no tornado to show: the figures above are the only outcome. Give"
              + " inputs a distribution in the scenario to see how far the cost and the seed time can"
              + " move.</div>\n</section>\n");
      return;
    }
    String configuration = analysis.focusConfiguration();
    String option = analysis.focusOption();
    out.append("<p>Monte Carlo: ")
        .append(Display.count(monteCarlo.samples()))
        .append(" samples from seed ")
        .append(monteCarlo.seed())
        .append(" over these uncertain inputs (every other input as in the scenario):</p>\n");
    out.append(
        "<table class=\"inputs\"><thead><tr><th class=\"text\">input</th>"
            + "<th class=\"text\">distribution</th><th class=\"num\">P10</th><th class=\"num\">base"
            + "</th><th class=\"num\">P90</th></tr></thead>\n<tbody>\n");
    List<ScenarioKey> keys = analysis.uncertain().keys();
    for (int i = 0; i < keys.size(); i++) {
      UncertainInput input = analysis.uncertain().inputs().get(i);
      ScenarioKey key = keys.get(i);
      out.append("<tr><td class=\"text\">")
          .append(Html.escape(key.path()))
          .append("</td>")
          .append("<td class=\"text\">")
          .append(Html.escape(input.distribution().id()))
          .append("</td><td class=\"num\">")
          .append(Html.escape(Display.ofKind(key.kind(), key.coerce(input.distribution().p10()))))
          .append("</td><td class=\"num\">")
          .append(Html.escape(Display.ofKind(key.kind(), key.coerce(input.distribution().base()))))
          .append("</td><td class=\"num\">")
          .append(Html.escape(Display.ofKind(key.kind(), key.coerce(input.distribution().p90()))))
          .append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");

    PairSummary pair = monteCarlo.pair(configuration, option);
    out.append("<h3>")
        .append(Html.escape(option + " on " + configuration))
        .append(
            proposal.comparison().evaluation().recommendation().found()
                ? " (recommended)"
                : " (nothing is feasible at the base; the first pair)")
        .append("</h3>\n");
    out.append("<p>Feasible in ")
        .append(share(pair.feasible()))
        .append(" of the samples;" + " recommended in ")
        .append(share(pair.recommended()))
        .append("; meets max_seed in ")
        .append(share(pair.meetsMaxSeed()))
        .append(", the RPO in ")
        .append(share(pair.meetsRpo()))
        .append(", the RTO in ")
        .append(share(pair.meetsRto()))
        .append(".</p>\n");
    out.append(
        "<table class=\"percentiles\"><thead><tr><th class=\"text\">figure</th>"
            + "<th class=\"num\">P10</th><th class=\"num\">P50</th><th class=\"num\">P90</th>"
            + "<th class=\"num\">never</th></tr></thead>\n<tbody>\n");
    for (Metric metric : Metric.values()) {
      MetricSummary summary = pair.metric(metric);
      out.append("<tr><td class=\"text\">").append(metric.id()).append("</td>");
      for (Double value : new Double[] {summary.p10(), summary.p50(), summary.p90()}) {
        out.append("<td class=\"num\">")
            .append(
                Html.escape(value == null ? Display.NEVER : Display.ofKind(metric.kind(), value)))
            .append("</td>");
      }
      out.append("<td class=\"num\">").append(share(summary.neverShare())).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");

    for (BinnedDistribution bins : analysis.distributions()) {
      Metric metric = bins.metric();
      MetricSummary summary = pair.metric(metric);
      String what = metric == Metric.HORIZON_COST_USD ? "Horizon cost" : "Seed time";
      figure(
          out,
          "chart-histogram-" + metric.id(),
          Charts.histogram(bins, summary, what + " over the Monte Carlo samples"),
          what
              + " of "
              + option
              + " on "
              + configuration
              + " over "
              + Display.count(monteCarlo.samples())
              + " samples, in "
              + bins.counts().size()
              + " bins"
              + (bins.log() ? " equal in logarithm" : "")
              + "; P10, P50 and P90 marked."
              + (bins.never() > 0
                  ? " In "
                      + Display.count(bins.never())
                      + " samples the figure never exists (the copy never converges); they are not"
                      + " drawn."
                  : ""));
    }
    for (Tornado tornado : analysis.tornadoes()) {
      String what = tornado.metric() == Metric.HORIZON_COST_USD ? "horizon cost" : "seed time";
      figure(
          out,
          "chart-tornado-" + tornado.metric().id(),
          Charts.tornado(tornado, "Tornado of " + what),
          "Tornado of the "
              + what
              + " of "
              + tornado.option()
              + " on "
              + tornado.configuration()
              + ": each uncertain input at its P10 and at its P90, every other input at its base;"
              + " widest swing on top.");
    }
    out.append("</section>\n");
  }

  private static String share(double share) {
    return Display.percent(Fraction.of(share));
  }

  private static void assumptions(StringBuilder out, Proposal proposal) {
    Scenario scenario = proposal.scenario();
    out.append("<section id=\"assumptions\">\n<h2>Assumptions and sources</h2>\n")
        .append("<ul class=\"assumptions\">\n");
    for (String assumption : Assumptions.of(proposal.comparison())) {
      out.append("<li>").append(code(Html.escape(assumption))).append("</li>\n");
    }
    out.append("</ul>\n");
    List<CatalogEntry> entries = proposal.catalogEntries();
    if (scenario.catalogName() != null) {
      out.append("<h3>Catalog entries used (")
          .append(Html.escape(scenario.catalogName()))
          .append(
              scenario.catalogAsOf() == null
                  ? ""
                  : ", as of " + Html.escape(scenario.catalogAsOf()))
          .append(
              ")</h3>\n<p class=\"meta\">The catalog figures behind the scenario's hardware,"
                  + " prices and circuits. Where the scenario states a figure itself (an override or"
                  + " an inline value), the scenario's figure is used. Entries marked"
                  + " <span class=\"uncertain\">uncertain</span> are estimates, older copies or"
                  + " disputed: confirm them before the proposal is signed.</p>\n");
      int uncertain = 0;
      out.append(
          "<table class=\"catalog\"><thead><tr><th class=\"text\">entry</th>"
              + "<th class=\"num\">value</th><th class=\"text\">as of</th><th class=\"text\">status"
              + "</th><th class=\"text\">source</th><th class=\"text\">note</th></tr></thead>\n"
              + "<tbody>\n");
      for (CatalogEntry entry : entries) {
        uncertain += entry.uncertain() ? 1 : 0;
        out.append("<tr><td class=\"text\"><code>")
            .append(Html.escape(entry.path()))
            .append("</code></td><td class=\"num\">")
            .append(Html.escape(CatalogListing.valueText(entry)))
            .append("</td><td class=\"text\">")
            .append(Html.escape(entry.asOf()))
            .append("</td><td class=\"text\">")
            .append(entry.uncertain() ? "<span class=\"uncertain\">uncertain</span>" : "sourced")
            .append("</td><td class=\"text\">")
            .append(link(entry.source()))
            .append("</td><td class=\"text\">")
            .append(Html.escape(entry.note()))
            .append("</td></tr>\n");
      }
      out.append("</tbody></table>\n<p class=\"meta\">")
          .append(entries.size())
          .append(" entries, ")
          .append(uncertain)
          .append(" of them uncertain.</p>\n");
    }
    out.append("</section>\n");
  }

  private static String link(String source) {
    String escaped = Html.escape(source);
    if (source.startsWith("https://") || source.startsWith("http://")) {
      return "<a href=\"" + escaped + "\">" + escaped + "</a>";
    }
    return escaped;
  }

  /** Markdown-style {@code `code`} spans of the shared assumption texts as HTML code. */
  private static String code(String escaped) {
    return escaped.replaceAll("`([^`]*)`", "<code>$1</code>");
  }

  private static void figure(StringBuilder out, String id, String svg, String caption) {
    out.append("<figure class=\"chart\" id=\"")
        .append(id)
        .append("\">\n")
        .append(svg)
        .append("<figcaption>")
        .append(Html.escape(caption))
        .append("</figcaption>\n</figure>\n");
  }
}

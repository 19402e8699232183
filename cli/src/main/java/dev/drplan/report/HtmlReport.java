package dev.drplan.report;

import dev.drplan.analysis.BinnedDistribution;
import dev.drplan.analysis.DecisionResult;
import dev.drplan.analysis.Metric;
import dev.drplan.analysis.MetricSummary;
import dev.drplan.analysis.MonteCarloResult;
import dev.drplan.analysis.PairSummary;
import dev.drplan.analysis.ProposalAnalysis;
import dev.drplan.analysis.ScenarioKey;
import dev.drplan.analysis.Tornado;
import dev.drplan.analysis.TornadoBar;
import dev.drplan.analysis.UncertainInput;
import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.model.backlog.BacklogResult;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import java.util.ArrayList;
import java.util.List;

/**
 * The proposal as one self-contained HTML file: inline style, inline SVG charts, no script, no
 * external reference (a source link is an ordinary hyperlink). The sizing tables are {@link
 * ComparisonTables}' — the figures of {@code compare}'s table and markdown — and every string from
 * the scenario is escaped.
 *
 * <p>A customer reads it: every word about a figure, an input, an option kind, a bottleneck or a
 * reason comes from {@link Wording}, never an identifier of the engine or the scenario format. Of a
 * catalog entry the customer sees its value, source, as-of date and whether it is an estimate; its
 * note is for us (how a figure was derived, what is still to be confirmed) and stays in {@code
 * drplan catalog --notes}. Every price and hardware figure used is listed with the value used
 * beside the catalog's ({@link SourcedFigure}).
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * The page's style. On screen the page is at most 1,280 px wide, so that it fits a 1,280 px
   * window without a horizontal scroll bar; tables fit by wrapping text (never a figure inside its
   * unit: see {@link Table#toHtml}) and long addresses anywhere. In print the same tables fit an A4
   * or Letter page: smaller type, no page-wide background, headings kept with what follows, table
   * headers repeated on every page, charts and rows never split.
   */
  private static final String STYLE =
      String.join(
          "\n",
          "*,*::before,*::after{box-sizing:border-box}",
          "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,"
              + "sans-serif;color:#1d1d1f;margin:0;background:#fff;line-height:1.45}",
          "main{max-width:1280px;margin:0 auto;padding:24px 32px 64px}",
          "h1{font-size:1.7rem;margin:0 0 .3rem}h2{font-size:1.3rem;margin:2.2rem 0 .6rem;"
              + "border-bottom:2px solid #0072B2;padding-bottom:.2rem}h3{font-size:1.05rem;"
              + "margin:1.4rem 0 .4rem}",
          ".description{color:#333;max-width:75ch}.meta{color:#555;font-size:.85rem}",
          "table{border-collapse:collapse;font-size:.8rem;margin:.4rem 0 1rem;width:100%}",
          "th,td{border-bottom:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}",
          "th{background:#f2f5f8}th.num,td.num{text-align:right;"
              + "font-variant-numeric:tabular-nums}",
          "td.source{overflow-wrap:anywhere;word-break:break-word}td.date{white-space:nowrap}",
          ".recommendation{background:#eef6ee;border-left:4px solid #009E73;padding:.6rem 1rem}",
          ".panel{background:#f6f6f6;border:1px dashed #bbb;padding:1rem;color:#444}",
          "figure{margin:1rem 0 2rem}figcaption{font-size:.85rem;color:#444;max-width:90ch}",
          "svg{width:100%;max-width:100%;height:auto;display:block}",
          "svg text{font-family:inherit}svg .tick{font-size:11px;fill:#333}",
          "svg .axis-title{font-size:12px;fill:#222}svg .legend{font-size:11.5px;fill:#222}",
          "svg .legend-note{font-size:10.5px;fill:#555}svg .mark{font-size:11px;fill:#7a0016}",
          "svg .bar-label{font-size:11.5px;fill:#222}svg .bar-range{font-size:10px;fill:#666}",
          ".uncertain{color:#a15c00;font-weight:600}.scenario{color:#7a0016;font-weight:600}",
          "code{font-size:.9em}ol.notes li,ul.assumptions li{margin:.2rem 0}",
          "@media (max-width:960px){main{padding:16px 12px 48px}table{font-size:.7rem}"
              + "th,td{padding:3px 4px}}",
          "@page{margin:14mm 12mm}",
          "@media print{body{font-size:10pt;line-height:1.35}main{max-width:none;padding:0}"
              + "h1{font-size:16pt}h2{font-size:13pt;margin-top:1.2rem}h2,h3{break-after:avoid}"
              + "table{font-size:7.5pt}th,td{padding:2px 3px}thead{display:table-header-group}"
              // The cost lines have a column per line (13 with nam4's replication): smaller.
              + "table.cost-lines{font-size:6.5pt}"
              + "tr,figure{break-inside:avoid}a{color:inherit;text-decoration:none}"
              + ".recommendation,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}}");

  /** The whole document. */
  public static String render(Proposal proposal) {
    Scenario scenario = proposal.scenario();
    ComparisonTables tables = ComparisonTables.forCustomer(proposal.comparison());
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
    long own = proposal.setByScenario();
    out.append("<p class=\"meta\">Sized by drplan (its model: docs/model.md, version 1)")
        .append(
            scenario.catalogName() == null
                ? "; every price and hardware figure is the scenario's own"
                : "; prices and hardware from catalog "
                    + Html.escape(scenario.catalogName())
                    + (scenario.catalogAsOf() == null
                        ? ""
                        : " as of " + Html.escape(scenario.catalogAsOf()))
                    + (own == 0
                        ? ""
                        : ", "
                            + own
                            + (own == 1 ? " figure" : " figures")
                            + " set by the scenario (see Prices and hardware)"))
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
        .append("</p>\n");
    String howSure = howSure(proposal);
    if (!howSure.isEmpty()) {
      out.append("<p>").append(Html.escape(howSure)).append("</p>\n");
    }
    out.append("</section>\n");

    out.append("<section id=\"sizing\">\n<h2>Sizing</h2>\n");
    table(out, "Primary configurations", tables.configurations(), "configurations");
    boolean longHorizon =
        proposal.comparison().evaluation().configurations().stream()
            .anyMatch(c -> c.expansion().size() > ComparisonTables.YEARS_ACROSS);
    table(
        out,
        "Expansion plan",
        longHorizon ? tables.expansionDown() : tables.expansion(),
        "expansion");
    out.append(
        "<p class=\"meta\">D-boxes needed at the end of each year; (+N) is the number"
            + " added that year.</p>\n");
    if (tables.hasOnPremSpend()) {
      table(out, "On-prem spend by year", tables.onPremSpendDown(), "onprem-spend");
      out.append(
          "<p class=\"meta\">Each expansion's latest order date is when the D-boxes already"
              + " owned fill, minus the lead time, counted in days from day one.</p>\n");
    }
    table(out, "DR options: replication and recovery", tables.performance(), "performance");
    out.append(
        "<p class=\"meta\">The <em>see</em> column refers to the numbered reasons and"
            + " notes below; <em>cloud at end</em> is what the option holds in the cloud at the"
            + " end of the horizon.</p>\n");
    table(out, "DR options: cost", tables.costs(), "costs");
    String notPriced = tables.notPricedNote();
    if (!notPriced.isEmpty()) {
      out.append("<p class=\"meta\">").append(Html.escape(notPriced)).append("</p>\n");
    }
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
    if (!tables.remedies().isEmpty()) {
      out.append(
          "<h3>Remedies</h3>\n<p class=\"meta\">For each infeasible pair, the cheapest single"
              + " change of the design that makes it feasible, the objectives kept, then the other"
              + " changes that work; a change of an objective, the customer's to agree, comes"
              + " apart.</p>\n<ul class=\"remedies\">\n");
      for (String line : tables.remedies()) {
        out.append("<li>").append(Html.escape(line)).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");

    if (tables.replayed()) {
      backlog(out, proposal, tables);
    }
    charts(out, proposal);
    uncertainty(out, proposal);
    decision(out, proposal);
    assumptions(out, proposal);
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /**
   * The RPO over the change profile (docs/model.md §5, "The backlog"): what was replayed, the
   * achieved RPO and compliance of every pair, the queue and the bandwidth the objective needs, and
   * the week around the largest backlog of each option of the focus configuration.
   */
  private static void backlog(StringBuilder out, Proposal proposal, ComparisonTables tables) {
    out.append("<section id=\"rpo-backlog\">\n<h2>RPO over the change profile</h2>\n")
        .append("<p>")
        .append(Html.escape(BacklogText.profileLine(proposal.comparison())))
        .append(
            " Each pair's incremental copies are replayed one snapshot after the other at its"
                + " replication rate; with a change profile this replay, not the single peak rate"
                + " of the sizing table, decides whether the RPO objective is met.</p>\n");
    table(out, tables.replayedRpoTitle(), tables.replayedRpo(), "replayed-rpo");
    table(out, tables.backlogTitle(), tables.backlog(), "compliance");
    out.append(
        "<p class=\"meta\">Largest backlog: data taken in snapshots and not yet copied, at its"
            + " largest, and when (on the profile's clock). Rate needed: the smallest replication"
            + " rate that meets the RPO objective for the required share of the time, and the"
            + " circuits that carry it; other limit: a limit below that rate that more circuits"
            + " would not lift.</p>\n");
    Scenario scenario = proposal.scenario();
    String configuration = proposal.analysis().focusConfiguration();
    int chart = 0;
    for (OptionResult result : proposal.comparison().evaluation().results()) {
      if (!result.configuration().equals(configuration) || result.backlog().simulated() == null) {
        continue;
      }
      chart++;
      BacklogResult simulated = result.backlog().simulated();
      figure(
          out,
          "chart-backlog-week-" + chart,
          BacklogCharts.worstWeek(
              "Backlog and RPO over the worst week, " + result.option(),
              simulated,
              scenario.objectives().rpo()),
          "Achieved RPO (top) and backlog (bottom) of "
              + result.option()
              + " on "
              + configuration
              + " over the week around its largest backlog, "
              + Display.size(simulated.largestBacklog())
              + " at "
              + BacklogText.instant(simulated.largestBacklogAt())
              + ": the RPO climbs until a copy lands, the backlog jumps at each snapshot and"
              + " drains at the replication rate "
              + Display.rate(result.replication().rate())
              + ". Dashed: the RPO objective.");
    }
    out.append("</section>\n");
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
        "Time to the first full copy against the total line rate of the circuits: from 1 to "
            + Display.count(Math.round(analysis.seedVersusCircuits().to()))
            + " circuits, every other input as in the scenario, configuration "
            + analysis.focusConfiguration()
            + ". Where a line stops, the copy never finishes"
            + " (the replication rate does not exceed the rate at which data changes); where it"
            + " flattens, something other than the network limits the replication rate.");
    List<String> edges = new ArrayList<>();
    String cost = Charts.costVersusSize(proposal, edges);
    StringBuilder caption =
        new StringBuilder(
            "Horizon cost against the data on day one, from a tenth to ten times the"
                + " scenario's "
                + Display.size(scenario.dataset().logicalSize())
                + sizeRangeNarrowed(proposal)
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

  /**
   * Where the sizes the model computes (the size's domain, and the data limit at the scenario's
   * growth and horizon) narrow the cost chart's sweep from a tenth to ten times the scenario's
   * size: the range it has, said after the range it was meant to have; else nothing.
   */
  private static String sizeRangeNarrowed(Proposal proposal) {
    ProposalAnalysis.SweepChart chart = proposal.analysis().costVersusSize();
    if (chart == null) {
      return "";
    }
    double size = proposal.scenario().dataset().logicalSize().bytes();
    boolean narrowed = chart.from() > size / 10 * (1 + 1e-9) || chart.to() < size * 10 * (1 - 1e-9);
    if (!narrowed) {
      return "";
    }
    if (Scale.oneValue(chart.from(), chart.to())) {
      return ", but drplan computes no other size than "
          + Display.size(DataSize.ofBytes(chart.from()))
          + " here (the sizes it computes are bounded, and at this growth over this horizon by the"
          + " most data it computes)";
    }
    return ", narrowed to "
        + Display.size(DataSize.ofBytes(chart.from()))
        + " to "
        + Display.size(DataSize.ofBytes(chart.to()))
        + " by the sizes drplan computes (bounded, and at this growth over this horizon by the"
        + " most data it computes)";
  }

  private static void uncertainty(StringBuilder out, Proposal proposal) {
    out.append("<section id=\"uncertainty\">\n<h2>Uncertainty</h2>\n");
    Scenario scenario = proposal.scenario();
    ProposalAnalysis analysis = proposal.analysis();
    MonteCarloResult monteCarlo = analysis.monteCarlo();
    if (monteCarlo == null) {
      out.append(
          "<div class=\"panel\" id=\"no-uncertain-inputs\"><strong>No uncertain inputs in"
              + " this scenario.</strong> Every input has one value, so there is no Monte Carlo"
              + " distribution and no tornado to show: the figures above are the only outcome. Give"
              + " inputs a distribution in the scenario to see how far the cost and the time to the"
              + " first full copy can move.</div>\n</section>\n");
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
          .append(Html.escape(Wording.input(input, key, scenario)))
          .append("</td>")
          .append("<td class=\"text\">")
          .append(Html.escape(Wording.distribution(input.distribution().id())))
          .append("</td>");
      for (double value :
          new double[] {
            input.distribution().p10(), input.distribution().base(), input.distribution().p90()
          }) {
        out.append("<td class=\"num\">")
            .append(
                Html.escape(
                    Table.keepUnits(
                        Display.ofKindLike(
                            key.kind(), key.coerce(value), input.distribution().base()))))
            .append("</td>");
      }
      out.append("</tr>\n");
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
        .append(" of the samples; recommended in ")
        .append(share(pair.recommended()))
        .append("; the first full copy within the ")
        .append(Display.duration(scenario.objectives().maxSeed()))
        .append(" allowed in ")
        .append(share(pair.meetsMaxSeed()))
        .append(", the RPO objective met in ")
        .append(share(pair.meetsRpo()))
        .append(", the RTO objective in ")
        .append(share(pair.meetsRto()))
        .append(".</p>\n");
    out.append(
        "<table class=\"percentiles\"><thead><tr><th class=\"text\">figure</th>"
            + "<th class=\"num\">P10</th><th class=\"num\">P50</th><th class=\"num\">P90</th>"
            + "<th class=\"num\">never</th></tr></thead>\n<tbody>\n");
    for (Metric metric : Metric.values()) {
      MetricSummary summary = pair.metric(metric);
      out.append("<tr><td class=\"text\">")
          .append(Html.escape(Wording.figureTitle(metric.figure())))
          .append("</td>");
      for (Double value : new Double[] {summary.p10(), summary.p50(), summary.p90()}) {
        out.append("<td class=\"num\">")
            .append(
                Html.escape(
                    value == null
                        ? Display.NEVER
                        : Table.keepUnits(Display.ofKind(metric.kind(), value))))
            .append("</td>");
      }
      out.append("<td class=\"num\">").append(share(summary.neverShare())).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");

    for (BinnedDistribution bins : analysis.distributions()) {
      Metric metric = bins.metric();
      MetricSummary summary = pair.metric(metric);
      String what = Wording.figureTitle(metric.figure());
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
                      + " samples the figure never exists (the copy never finishes); they are not"
                      + " drawn."
                  : ""));
    }
    for (Tornado tornado : analysis.tornadoes()) {
      String what = Wording.figure(tornado.metric().figure());
      figure(
          out,
          "chart-tornado-" + tornado.metric().id(),
          Charts.tornado(
              tornado, "Tornado of the " + what, name -> Wording.input(analysis.uncertain(), name)),
          "Tornado of the "
              + what
              + " of "
              + tornado.option()
              + " on "
              + tornado.configuration()
              + ": each uncertain input at its P10 and at its P90, every other input at its base;"
              + " widest swing on top."
              + infeasiblePoints(tornado, analysis));
    }
    out.append("</section>\n");
  }

  /**
   * The tornado's points where its pair is infeasible, in sentences: the figure drawn there is what
   * the pair would come to, not a plan it can deliver. Empty when it is feasible everywhere.
   */
  private static String infeasiblePoints(Tornado tornado, ProposalAnalysis analysis) {
    StringBuilder text = new StringBuilder();
    if (!tornado.feasibleAtBase()) {
      text.append(" At the base values the pair is infeasible: ")
          .append(Wording.failures(codes(tornado.blockedAtBase())))
          .append('.');
    }
    for (TornadoBar bar : tornado.bars()) {
      if (!bar.feasibleAtLow()) {
        text.append(infeasibleAt(analysis, bar, "P10", bar.inputLow(), bar.blockedAtLow()));
      }
      if (!bar.feasibleAtHigh()) {
        text.append(infeasibleAt(analysis, bar, "P90", bar.inputHigh(), bar.blockedAtHigh()));
      }
    }
    return text.toString();
  }

  private static String infeasibleAt(
      ProposalAnalysis analysis, TornadoBar bar, String end, double value, List<Reason> blocked) {
    return " With "
        + Wording.inSentence(Wording.input(analysis.uncertain(), bar.key()))
        + " at its "
        + end
        + " ("
        + Display.ofKindLike(bar.kind(), value, bar.inputBase())
        + ") the pair is infeasible (marked on the chart): "
        + Wording.failures(codes(blocked))
        + ".";
  }

  private static List<ReasonCode> codes(List<Reason> reasons) {
    List<ReasonCode> codes = new ArrayList<>();
    for (Reason reason : reasons) {
      codes.add(reason.code());
    }
    return codes;
  }

  /**
   * Deciding under uncertainty (docs/model.md): how likely each pair is to work, what to propose at
   * the stated confidence, where the recommendation flips, and what to ask the customer first.
   */
  /**
   * The decision's word on the sizing's recommendation, or empty without one; the XLSX
   * Recommendation sheet says it too.
   */
  static String howSure(Proposal proposal) {
    DecisionResult result = proposal.analysis().decision();
    dev.drplan.model.Recommendation recommendation =
        proposal.comparison().evaluation().recommendation();
    if (result == null || !recommendation.found()) {
      return "";
    }
    return DecisionReport.howSure(recommendation.configuration(), recommendation.option(), result);
  }

  private static void decision(StringBuilder out, Proposal proposal) {
    DecisionResult result = proposal.analysis().decision();
    if (result == null) {
      return;
    }
    Scenario scenario = proposal.scenario();
    DecisionReport.Words words =
        DecisionReport.Words.customer(proposal.analysis().uncertain(), result);
    out.append("<section id=\"decision\">\n<h2>Deciding under uncertainty</h2>\n<p>")
        .append(Html.escape(DecisionReport.opening(result, words)))
        .append("</p>\n");
    table(
        out,
        "How likely each option is to work",
        DecisionReport.alternatives(scenario, result, words),
        "alternatives");
    for (String line : DecisionReport.choice(scenario, result, words)) {
      out.append("<p class=\"recommendation\">").append(Html.escape(line)).append("</p>\n");
    }
    table(
        out,
        "Where the recommendation changes",
        DecisionReport.flipTable(result, words),
        "flip-points");
    String nothingFeasible = DecisionReport.nothingFeasibleNote(result, words);
    if (!nothingFeasible.isEmpty()) {
      out.append("<p class=\"meta\">").append(Html.escape(nothingFeasible)).append("</p>\n");
    }
    DecisionResult.Information information = result.information();
    if (information != null) {
      out.append("<h3>What to ask the customer first</h3>\n<ol class=\"questions\">\n");
      for (String line : DecisionReport.questions(information, words)) {
        // Each line is numbered already; the list gives the numbers.
        out.append("<li>")
            .append(Html.escape(line.replaceFirst("^[0-9]+\\. ", "")))
            .append("</li>\n");
      }
      out.append("</ol>\n");
      String after = DecisionReport.afterQuestions(information, words);
      if (!after.isEmpty()) {
        out.append("<p>").append(Html.escape(after)).append("</p>\n");
      }
      out.append(DecisionReport.inputTable(information, words).toHtml("inputs-by-value"));
      out.append("<p class=\"meta\">")
          .append(Html.escape(DecisionReport.feasibilityColumns(information, words)))
          .append("</p>\n");
      out.append("<p class=\"meta\">")
          .append(Html.escape(DecisionReport.evpi(information, result.samples(), words)))
          .append("</p>\n");
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
    for (String assumption : Assumptions.of(proposal.comparison(), ModelCitation.TITLES)) {
      out.append("<li>").append(formula(Prose.html(assumption))).append("</li>\n");
    }
    out.append("</ul>\n");
    Table inputs = new ComparisonTables(proposal.comparison()).inputs();
    if (!inputs.rows().isEmpty()) {
      table(
          out, "The scenario's inputs: stated by the customer or assumed", inputs, "input-sources");
      out.append(
          "<p class=\"meta\">Only the figures stated by the customer may be quoted as the"
              + " customer's; every assumption is to be confirmed before the proposal goes"
              + " out.</p>\n");
    }
    out.append("</section>\n");
    sources(out, proposal, scenario);
  }

  /**
   * The price and hardware figures behind the sizing: the value used, whether the scenario or the
   * catalog set it, and the catalog's value, source and date beside it.
   */
  private static void sources(StringBuilder out, Proposal proposal, Scenario scenario) {
    List<SourcedFigure> sources = proposal.sources();
    out.append("<section id=\"sources\">\n<h2>Prices and hardware</h2>\n<p class=\"meta\">")
        .append(
            "Every price and hardware figure behind the sizing, with the value the figures above"
                + " were computed with. Where the scenario sets a figure itself, it says ")
        .append("<span class=\"scenario\">scenario</span>")
        .append(
            scenario.catalogName() == null
                ? "; this scenario names no catalog."
                : " and the catalog's value stands beside it, from catalog "
                    + Html.escape(scenario.catalogName())
                    + (scenario.catalogAsOf() == null
                        ? ""
                        : " as of " + Html.escape(scenario.catalogAsOf()))
                    + ". Catalog values marked <span class=\"uncertain\">estimate</span> are not"
                    + " confirmed by a primary source: confirm them before the proposal is"
                    + " signed.")
        .append("</p>\n");
    out.append(
        "<table class=\"sources\"><thead><tr><th class=\"text\">figure</th>"
            + "<th class=\"text\">used by</th><th class=\"num\">value used</th>"
            + "<th class=\"text\">set by</th><th class=\"num\">catalog value</th>"
            + "<th class=\"text\">as of</th><th class=\"text\">source</th></tr></thead>\n"
            + "<tbody>\n");
    int uncertain = 0;
    for (SourcedFigure figure : sources) {
      CatalogEntry entry = figure.catalog();
      boolean own = figure.setByScenario();
      uncertain += !own && entry.uncertain() ? 1 : 0;
      out.append("<tr><td class=\"text\">")
          .append(Html.escape(figure.label()))
          .append("</td><td class=\"text\">")
          .append(Html.escape(String.join(", ", figure.usedBy())))
          .append("</td><td class=\"num\">")
          // A figure's value keeps its unit on its line; "not priced (catalog placeholder ...)"
          // is words, which may wrap.
          .append(
              Html.escape(
                  figure.notPriced() ? figure.usedText() : Table.keepUnits(figure.usedText())))
          .append("</td><td class=\"text\">")
          .append(
              own
                  ? "<span class=\"scenario\">" + Html.escape(figure.setByText()) + "</span>"
                  : "catalog")
          .append("</td><td class=\"num\">")
          .append(Html.escape(Table.keepUnits(figure.catalogText())))
          .append(
              entry != null && entry.uncertain()
                  ? " <span class=\"uncertain\">" + Catalog.uncertaintyMark(entry) + "</span>"
                  : "")
          .append("</td><td class=\"text date\">")
          .append(entry == null ? Display.NONE : Html.escape(entry.asOf()))
          .append("</td><td class=\"text source\">")
          .append(entry == null ? Display.NONE : link(entry.source()))
          .append("</td></tr>\n");
    }
    long own = proposal.setByScenario();
    out.append("</tbody></table>\n<p class=\"meta\">")
        .append(sources.size())
        .append(" figures: ")
        .append(own)
        .append(" set by the scenario, ")
        .append(sources.size() - own)
        .append(" from the catalog, ")
        .append(uncertain)
        .append(" of them uncertain")
        .append(".</p>\n</section>\n");
  }

  private static String link(String source) {
    String escaped = Html.escape(source);
    if (source.startsWith("https://") || source.startsWith("http://")) {
      return "<a href=\"" + escaped + "\">" + escaped + "</a>";
    }
    return escaped;
  }

  /**
   * A formula's subscripts as HTML: a one-letter symbol and its subscript ({@code d_peak}) set as
   * {@code d<sub>peak</sub>}, as the model writes them.
   */
  static String formula(String escaped) {
    return escaped.replaceAll("\\b([A-Za-z])_([a-z]+)\\b", "$1<sub>$2</sub>");
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

package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import dev.drplan.analysis.BinnedDistribution;
import dev.drplan.analysis.Metric;
import dev.drplan.analysis.ProposalAnalysis;
import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.model.Bottleneck;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure of the proposal's HTML: self-contained, every chart drawn, no NaN or infinity,
 * every scenario string escaped, and the sizing tables holding compare's figures.
 */
class HtmlReportTest {

  private static final Pattern FIGURE =
      Pattern.compile("<figure class=\"chart\" id=\"([^\"]+)\">(.*?)</figure>", Pattern.DOTALL);
  private static final Pattern PATH_DATA = Pattern.compile("<path [^>]*\\bd=\"(M[^\"]+)\"");
  private static final Pattern BAR =
      Pattern.compile(
          "<rect class=\"bar\" x=\"[-0-9.]+\" y=\"[-0-9.]+\" width=\"([0-9.]+)\""
              + " height=\"([0-9.]+)\"");

  private static Proposal certain;
  private static Proposal uncertain;
  private static String certainHtml;
  private static String uncertainHtml;

  @BeforeAll
  static void render() throws IOException {
    certain = ProposalFixtures.certainProposal();
    uncertain = ProposalFixtures.uncertainProposal();
    certainHtml = HtmlReport.render(certain);
    uncertainHtml = HtmlReport.render(uncertain);
    // Kept for a look: cli/target/proposal/*.html
    Path dir = Files.createDirectories(Path.of("target", "proposal"));
    Files.writeString(dir.resolve("walmart.html"), certainHtml, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("walmart-uncertain.html"), uncertainHtml, StandardCharsets.UTF_8);
  }

  private static List<String[]> figures(String html) {
    List<String[]> figures = new ArrayList<>();
    Matcher figure = FIGURE.matcher(html);
    while (figure.find()) {
      figures.add(new String[] {figure.group(1), figure.group(2)});
    }
    return figures;
  }

  @Test
  void theDocumentIsSelfContained() {
    for (String html : List.of(certainHtml, uncertainHtml)) {
      assertThat(html)
          .startsWith("<!DOCTYPE html>\n")
          .contains("<meta charset=\"utf-8\">")
          .contains("<style>")
          .doesNotContain("<script")
          .doesNotContain("<link")
          .doesNotContain("<img")
          .doesNotContain("<iframe")
          .doesNotContain("@import")
          .doesNotContain("url(")
          .doesNotContain(" src=")
          .doesNotContain("xlink:href");
      // The only addresses are the sources' hyperlinks (and the SVG namespace).
      String withoutLinks =
          html.replaceAll("<a href=\"https?://[^\"]*\">[^<]*</a>", "")
              .replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
      assertThat(withoutLinks).doesNotContain("href=");
    }
  }

  /**
   * A customer who has only the HTML can read every citation of the model: the document's name and
   * the section's title, never a bare "§n" that points to a file they do not have.
   */
  @Test
  void theModelIsCitedByTheDocumentAndTheSectionTitle() {
    for (String html : List.of(certainHtml, uncertainHtml)) {
      assertThat(html)
          .doesNotContain("§")
          .contains("(docs/model.md, Recovery time (RTO))")
          .contains("(docs/model.md, Primary configurations, Cloud footprint and cost)")
          .contains("(docs/model.md, Recovery point (RPO), The backlog)");
    }
  }

  @Test
  void noFigureIsNaNOrInfinite() {
    for (String html : List.of(certainHtml, uncertainHtml)) {
      assertThat(html).doesNotContain("NaN").doesNotContain("Infinity").doesNotContain("∞");
      // No number in a drawing is written with an exponent or is negative zero.
      for (String[] figure : figures(html)) {
        assertThat(figure[1].replaceAll("#[0-9A-Fa-f]{6}", ""))
            .as(figure[0])
            .doesNotContainPattern("=\"[^\"]*[0-9][eE][-+]?[0-9]")
            .doesNotContain("\"-0\"");
      }
    }
  }

  @Test
  void everyChartOfTheCertainScenarioDrawsLines() {
    List<String[]> figures = figures(certainHtml);
    assertThat(figures)
        .extracting(f -> f[0])
        .containsExactly("chart-monthly-cost-1", "chart-seed-bandwidth", "chart-cost-size");
    for (String[] figure : figures) {
      assertThat(figure[1])
          .as(figure[0])
          .contains("<svg ")
          .contains("</svg>")
          .doesNotContain("class=\"empty\"");
      assertThat(PATH_DATA.matcher(figure[1]).results().count())
          .as(figure[0])
          .isGreaterThanOrEqualTo(3);
      PATH_DATA
          .matcher(figure[1])
          .results()
          .forEach(
              path ->
                  assertThat(path.group(1)).as(figure[0]).matches("M[-0-9. ML]+").contains(" L"));
    }
  }

  @Test
  void theCertainScenarioSaysItHasNoUncertainInputs() {
    assertThat(certain.analysis().monteCarlo()).isNull();
    assertThat(certain.analysis().tornadoes()).isEmpty();
    assertThat(certainHtml)
        .contains("id=\"no-uncertain-inputs\"")
        .contains("No uncertain inputs in this scenario.")
        .doesNotContain("chart-histogram")
        .doesNotContain("chart-tornado");
  }

  /**
   * The Recommendation section says how sure the sizing's pick is: its feasible share over the
   * decision's futures against the confidence, and along how many inputs it changes. Without
   * uncertain inputs it says nothing of the kind.
   */
  @Test
  void theRecommendationSaysHowSureItIs() {
    dev.drplan.analysis.DecisionResult decision = uncertain.analysis().decision();
    dev.drplan.model.Recommendation recommended =
        uncertain.comparison().evaluation().recommendation();
    dev.drplan.analysis.DecisionResult.Alternative pair =
        decision.alternatives().stream()
            .filter(
                a ->
                    !a.remedied()
                        && a.option().equals(recommended.option())
                        && a.configuration().equals(recommended.configuration()))
            .findFirst()
            .orElseThrow();
    long changing = decision.flips().stream().filter(f -> !f.points().isEmpty()).count();
    String section =
        uncertainHtml.substring(
            uncertainHtml.indexOf("<section id=\"recommendation\">"),
            uncertainHtml.indexOf("<section id=\"sizing\">"));
    assertThat(section)
        .contains(
            "Over "
                + Display.count(decision.samples())
                + " sampled futures it is feasible in "
                + Figures.probability(pair.feasible()))
        .contains(
            "it changes within the range of "
                + changing
                + " of the "
                + decision.flips().size()
                + " uncertain inputs");
    assertThat(changing).isPositive();
    assertThat(certainHtml).doesNotContain("How sure:");
  }

  /**
   * The proposal's reader cannot run explain: every remedy is written out, the change of an
   * objective apart (walmart's gcs-archive: a ninth circuit is the cheapest change of the design;
   * recovery scope 10% → 9% is cheaper still, but it is the customer's requirement).
   */
  @Test
  void everyRemedyIsWrittenOutWithTheChangesOfAnObjectiveApart() {
    assertThat(certainHtml).doesNotContain("drplan explain");
    assertThat(certainHtml)
        .contains("the cheapest single change of the design")
        .contains(
            "one more 100.0 Gbps circuit (8 → 9) → RTO 6.59 d, +$17.7 k/month, horizon $69.2 M,"
                + " dearer than the recommended pair ($68.5 M); or, changing an objective, which"
                + " the customer must agree: recovery scope 10.0% → 9.00% → RTO 6.68 d, horizon"
                + " $68.1 M, cheaper than the recommended pair");
  }

  @Test
  void theUncertainScenarioDrawsHistogramsAndTornadoes() {
    List<String[]> figures = figures(uncertainHtml);
    assertThat(figures)
        .extracting(f -> f[0])
        .containsExactly(
            "chart-monthly-cost-1",
            "chart-seed-bandwidth",
            "chart-cost-size",
            "chart-histogram-horizon_cost_usd",
            "chart-histogram-seed_seconds",
            "chart-tornado-horizon_cost_usd",
            "chart-tornado-seed_seconds");
    assertThat(uncertainHtml).doesNotContain("no-uncertain-inputs");
    for (String[] figure : figures) {
      if (!figure[0].startsWith("chart-histogram") && !figure[0].startsWith("chart-tornado")) {
        continue;
      }
      List<MatchResult> bars = BAR.matcher(figure[1]).results().toList();
      assertThat(bars).as(figure[0]).isNotEmpty();
      assertThat(bars)
          .as(figure[0] + ": some bar has area")
          .anyMatch(
              bar -> Double.parseDouble(bar.group(1)) > 0 && Double.parseDouble(bar.group(2)) > 0);
    }
    // One tornado bar (two ends) per uncertain input, each named in words.
    String tornado = figures.get(5)[1];
    for (String input :
        List.of(
            "Data to protect on day one",
            "Compound growth per year",
            "Share of the data written or rewritten per day",
            "Achievable share of line rate for bulk copy",
            "gcs-archive-nam4-run-in-cloud: throughput of one stream")) {
      assertThat(tornado).contains(">" + input + "</text>");
    }
    assertThat(tornado).doesNotContain("dataset.").doesNotContain("options.");
    assertThat(uncertainHtml).contains("Monte Carlo: 400 samples from seed 7");
  }

  @Test
  void histogramBarsCountEverySample() {
    BinnedDistribution bins =
        uncertain
            .analysis()
            .monteCarlo()
            .distribution(
                uncertain.analysis().focusConfiguration(),
                uncertain.analysis().focusOption(),
                Metric.HORIZON_COST_USD,
                ProposalAnalysis.BINS,
                false);
    assertThat(bins.finite() + bins.never()).isEqualTo(ProposalFixtures.SAMPLES);
    Matcher figure = FIGURE.matcher(uncertainHtml);
    String histogram = null;
    while (figure.find()) {
      if (figure.group(1).equals("chart-histogram-horizon_cost_usd")) {
        histogram = figure.group(2);
      }
    }
    assertThat(histogram).isNotNull();
    long drawn = 0;
    Matcher count = Pattern.compile(": ([0-9,]+) samples</title>").matcher(histogram);
    while (count.find()) {
      drawn += Long.parseLong(count.group(1).replace(",", ""));
    }
    assertThat(drawn).isEqualTo(bins.finite());
  }

  /**
   * The proposal's sizing tables hold compare's figures: every cell of compare's markdown is a cell
   * of the HTML, with a figure's units held together ({@link Table#keepUnits}), and an option kind
   * or a bottleneck in the customer's words instead of the scenario's identifier.
   */
  @Test
  void theSizingTablesHoldCompareMarkdownsFigures() throws IOException {
    StringWriter markdown = new StringWriter();
    ReportFormat.MARKDOWN.writer().write(certain.comparison(), markdown);
    Map<String, String> words = new HashMap<>();
    for (DrOption option : certain.scenario().options()) {
      words.put(option.kind(), Wording.kind(option.kind()));
    }
    for (Bottleneck bottleneck : Bottleneck.values()) {
      words.put(bottleneck.id(), Wording.bottleneck(bottleneck));
    }
    assertThat(words.get("namespace-in-cloud")).isEqualTo("namespace in the cloud");
    assertThat(words.get("network")).isEqualTo("network");
    int rows = 0;
    for (String line : markdown.toString().split("\n")) {
      if (!line.startsWith("| ") || line.startsWith("| ---") || line.matches("\\|[ :|-]+\\|")) {
        continue;
      }
      rows++;
      String inner = line.substring(2, line.length() - 2);
      for (String cell : inner.split(" \\| ", -1)) {
        String text = cell.strip().replace("\\|", "|");
        if (!text.isEmpty()) {
          String shown = words.getOrDefault(text, text);
          assertThat(certainHtml)
              .as("markdown cell %s", text)
              .containsPattern(
                  "<t[dh] class=\"(num|text)\">("
                      + Pattern.quote(Html.escape(shown))
                      + "|"
                      + Pattern.quote(Html.escape(Table.keepUnits(shown)))
                      + ")</t[dh]>");
        }
      }
    }
    assertThat(rows).isGreaterThan(10);
    // The sizing tables have as many rows, headers included, as compare's markdown, except the
    // on-prem spend, which the proposal lists down the page: a header, the purchase, a row per year
    // and the total, instead of a header and a row per configuration.
    String sizing =
        certainHtml.substring(
            certainHtml.indexOf("<section id=\"sizing\">"),
            certainHtml.indexOf("</section>", certainHtml.indexOf("<section id=\"sizing\">")));
    long onPremRowsAcross = 0;
    long onPremRowsDown = 0;
    if (markdown.toString().contains("## On-prem spend by year")) {
      int years = 0;
      for (var configuration : certain.comparison().evaluation().configurations()) {
        years = Math.max(years, configuration.expansion().size());
      }
      onPremRowsAcross = 1 + certain.comparison().evaluation().configurations().size();
      onPremRowsDown = 1 + 1 + years + 1;
    }
    // The inputs with their marks stand with the assumptions, not with the sizing tables.
    int inputRows = certain.comparison().scenario().provenance().isEmpty() ? 0 : 1;
    inputRows += inputRows == 0 ? 0 : InputMarks.of(certain.comparison().scenario()).size();
    assertThat(Pattern.compile("<tr>").matcher(sizing).results().count())
        .isEqualTo(rows - inputRows - onPremRowsAcross + onPremRowsDown);
    assertThat(certainHtml)
        .contains(Html.escape(ComparisonTables.forCustomer(certain.comparison()).why()));
  }

  @Test
  void figuresKeepTheirUnitsWhenATableWraps() {
    assertThat(Table.keepUnits("80.0 GB/s (640 Gbps)")).isEqualTo("80.0\u00A0GB/s (640\u00A0Gbps)");
    assertThat(Table.keepUnits("$0.0012 per GiB-month"))
        .isEqualTo("$0.0012\u00A0per\u00A0GiB\u2011month");
    assertThat(Table.keepUnits("-$1.2 k")).isEqualTo("-$1.2\u00A0k");
  }

  /**
   * Every price and hardware figure of walmart is listed with the value used, who set it and the
   * catalog's value, source and date; walmart's port cost is the catalog's ($23.28/h x 730.5 h),
   * and it states six prices the catalog never holds (D-box and C-box prices, lead time, the VMs'
   * committed-use discount, the mover hosts' monthly cost, the existing copy's egress), each shown
   * as the scenario's; no informative catalog field (vCPUs, class B operations) nor any internal
   * note is shown.
   */
  @Test
  void thePricesAndHardwareFiguresListWhatWasUsedAndWhere() {
    assertThat(certain.sources())
        .extracting(f -> f.catalog() == null ? null : f.catalog().path())
        .contains(
            "dboxes.ceres-df3060.raw_size",
            "cboxes.cbox-4node.nodes",
            "machines.z3-highmem-88-highlssd.hourly",
            "gcs.archive.us-central1.storage_per_gib_month",
            "gcs.coldline.us-central1.storage_per_gib_month",
            "gcs.archive.nam4.storage_per_gib_month",
            "gcs.archive.nam4.replication_per_gib",
            "appliances.ta300.capacity",
            "egress.interconnect-north-america.per_gib",
            "interconnect.dedicated-100g.monthly_port_cost",
            "vlan_attachments.dedicated-50g.capacity",
            "vlan_attachments.dedicated-50g.hourly",
            "transfer.storage-transfer-agents.per_gib",
            "appliances.ta300.shipping")
        .doesNotContain(
            "gcs.standard.us-central1.storage_per_gib_month",
            "gcs.archive.us-central1.class_b_per_1000",
            "machines.z3-highmem-88-highlssd.vcpus",
            "interconnect.dedicated-10g.monthly_port_cost");
    List<SourcedFigure> own = new ArrayList<>();
    for (SourcedFigure figure : certain.sources()) {
      if (figure.setByScenario()) {
        own.add(figure);
      }
    }
    assertThat(own)
        .extracting(SourcedFigure::label, SourcedFigure::usedText, SourcedFigure::catalogText)
        .containsExactly(
            tuple("Price of one D-box, installed", "$950,000.00 USD", Display.NONE),
            tuple("Price of one C-box, installed", "$0.00 USD", Display.NONE),
            tuple("Procurement lead time, order to a D-box in service", "90 d", Display.NONE),
            tuple("Committed-use discount on the VMs", "37%", Display.NONE),
            tuple("Cost of one mover host per month", "$2,838.00 per month", Display.NONE),
            tuple(
                "Egress per GiB to move the existing copy into the bucket",
                "$0.08 per GiB",
                Display.NONE));
    assertThat(own.get(4).usedBy()).hasSize(6);
    String sources = section(certainHtml, "sources");
    assertThat(sources)
        .contains("<h2>Prices and hardware</h2>")
        .contains("<a href=\"https://cloud.google.com/storage/pricing\">")
        .contains("<span class=\"uncertain\">uncertain</span>")
        .contains("<span class=\"scenario\">scenario</span>")
        .contains("37 figures: 6 set by the scenario, 31 from the catalog")
        .doesNotContain("Placeholder")
        .doesNotContain("fact sheet")
        .doesNotContain("gcs.archive.us-central1");
    assertThat(certainHtml)
        .contains("6 figures set by the scenario (see Prices and hardware)")
        .contains("Sizes are decimal: 1 TB = 10^12 bytes");
  }

  /** The text of {@code <section id="id">}. */
  /**
   * A catalog placeholder price of 0 (the nam4 replication price, the appliance fee and shipping)
   * is not priced in the price table, named with its entry, never $0.00, which reads as free.
   */
  @Test
  void aPlaceholderPriceIsShownAsNotPriced() {
    String sources = section(certainHtml, "sources");
    // The row's label names the entry in words: "Transfer Appliance ta300: usage fee per
    // appliance trip", "not priced (catalog placeholder)" beside it.
    assertThat(sources)
        .containsPattern(
            "Cloud Storage Archive, nam4: fee per GiB written[^<]*</td><td[^>]*>[^<]*</td><td"
                + " class=\"num\">not priced \\(catalog placeholder\\)</td>")
        .containsPattern(
            "Transfer Appliance ta300: usage fee per appliance trip</td><td[^>]*>[^<]*</td><td"
                + " class=\"num\">not priced \\(catalog placeholder\\)</td>")
        .containsPattern(
            "Transfer Appliance ta300: shipping per appliance trip, both ways</td><td[^>]*>[^<]*"
                + "</td><td class=\"num\">not priced \\(catalog placeholder\\)</td>")
        .doesNotContain("$0.00\u00A0per")
        .doesNotContain("$0.00 per");
    // The cost table's totals say what they leave out.
    assertThat(certainHtml)
        .contains(
            "These costs leave out what is not priced: licence (vast-on-z3); inter-region"
                + " replication (gcs-archive-nam4-run-in-cloud); appliances"
                + " (gcs-archive-appliance-seed); the cost lines below show each.");
  }

  static String section(String html, String id) {
    int start = html.indexOf("<section id=\"" + id + "\">");
    assertThat(start).as("section %s", id).isNotNegative();
    return html.substring(start, html.indexOf("</section>", start));
  }

  @Test
  void everyScenarioStringIsEscaped() {
    Scenario walmart = ProposalFixtures.walmart();
    String evil = "<script>alert('x')</script> & \"quoted\"";
    List<DrOption> options = new ArrayList<>();
    for (DrOption option : walmart.options()) {
      if (option.name().equals("gcs-coldline")) {
        DataCopy copy = (DataCopy) option;
        options.add(
            new DataCopy(
                "cold<b>line</b>",
                copy.storageClass(),
                copy.location(),
                copy.prices(),
                copy.objectSize(),
                copy.objectPerFile(),
                copy.retention(),
                copy.seed(),
                copy.copyEngine(),
                copy.replicationInterval(),
                copy.recovery()));
      } else {
        options.add(option);
      }
    }
    Scenario hostile =
        new Scenario(
            "walmart<i>&amp;",
            evil,
            walmart.horizon(),
            walmart.catalogName(),
            walmart.catalogAsOf(),
            walmart.dataset(),
            walmart.primary(),
            walmart.network(),
            walmart.objectives(),
            options);
    String html =
        HtmlReport.render(Proposal.of(UncertainScenario.certain(hostile), null, 10, 1, 1));
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<b>line")
        .doesNotContain("<i>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
        .contains("walmart&lt;i&gt;&amp;amp;")
        .contains(">cold&lt;b&gt;line&lt;/b&gt;</text>")
        .contains(">cold&lt;b&gt;line&lt;/b&gt;</td>");
  }

  /**
   * With 2% of 80 PB changing a day, d(0) = 0.02 · 80e15 / 86,400 B/s = 18.5 GB/s: one circuit (100
   * Gbps · 80% = 10 GB/s) never converges, two (20 GB/s) do. Every network-seeded line of the seed
   * chart starts at the second circuit: a gap at the first, never a point at zero.
   */
  @Test
  void aSeedThatNeverConvergesIsAGapNotAZero() {
    Scenario walmart = ProposalFixtures.walmart();
    Scenario churning = ScenarioKeys.with(walmart, "dataset.daily_change", 0.02);
    assertThat(0.02 * 80e15 / 86_400).isBetween(100e9 / 8 * 0.8, 2 * 100e9 / 8 * 0.8);
    Proposal proposal = Proposal.of(UncertainScenario.certain(churning), null, 10, 1, 1);
    String chart = Charts.seedVersusBandwidth(proposal);
    Scale xs = Scale.linear(100, 32 * 100, 96, Charts.WIDTH - 260);
    double first = xs.pixel(100);
    double second = xs.pixel(200);
    List<MatchResult> paths = PATH_DATA.matcher(chart).results().toList();
    // Three copies over the same network have the same seed times: one line, two "same as".
    assertThat(paths).hasSizeGreaterThanOrEqualTo(3);
    assertThat(chart).contains(">same as gcs-archive</text>");
    for (MatchResult path : paths) {
      String[] start = path.group(1).substring(1).split("[ L]+");
      assertThat(Double.parseDouble(start[0])).as(path.group(1)).isNotCloseTo(first, offset(1.0));
    }
    assertThat(chart).contains("d=\"M" + Display.coordinate(second) + " ");
  }

  @Test
  void aCoordinateThatCannotExistNeverReachesTheDrawing() {
    assertThatThrownBy(() -> new Svg.PathData().moveTo(Double.NaN, 1))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> new Svg(10, 10, "t").rect(0, Double.POSITIVE_INFINITY, 1, 1, "#000", "bar", null))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Display.coordinate(1234.5678)).isEqualTo("1234.57");
    assertThat(Display.coordinate(-0.001)).isEqualTo("0");
    assertThat(Display.coordinate(3)).isEqualTo("3");
  }
}

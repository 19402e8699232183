package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.analysis.Metric;
import dev.drplan.analysis.ProposalAnalysis;
import dev.drplan.analysis.Tornado;
import dev.drplan.analysis.TornadoBar;
import dev.drplan.catalog.ValueKind;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proposal's charts say what they draw: a line whose figures repeat another's says "same as" it
 * in the legend instead of vanishing under it, and the axes end at the data.
 */
class ChartsTest {

  private static final Pattern TICK = Pattern.compile("class=\"tick\">([^<]*)</text>");
  private static final Pattern SERIES_PATH = Pattern.compile("<path class=\"series[^\"]*\"");

  private static Proposal walmart;

  @BeforeAll
  static void propose() {
    walmart = ProposalFixtures.certainProposal();
  }

  private static Charts.Series line(String name, Double... y) {
    double[] x = new double[y.length];
    boolean[] solid = new boolean[y.length];
    for (int i = 0; i < y.length; i++) {
      x[i] = i + 1;
      solid[i] = true;
    }
    return new Charts.Series(name, List.of(), x, y, solid, 0, null);
  }

  @Test
  void aTornadoEndWhereThePairIsInfeasibleIsMarked() {
    Reason grows = new Reason(ReasonCode.RPO_BACKLOG_GROWS, Map.of());
    TornadoBar change =
        new TornadoBar(
            "dataset.daily_change",
            ValueKind.FRACTION,
            0.0043,
            0.0115,
            0.005,
            61.7e6,
            133.4e6,
            133.4e6 - 61.7e6,
            List.of(),
            List.of(grows));
    Tornado tornado =
        new Tornado(
            Metric.HORIZON_COST_USD,
            "phase-one",
            "gcs-archive",
            68.5e6,
            List.of(),
            List.of(change),
            List.of());
    String svg = Charts.tornado(tornado, "Tornado", name -> name);
    assertThat(svg).containsOnlyOnce(">infeasible</text>");
    assertThat(svg).contains("at P90 (1.15%): $133.4 M, infeasible");
    assertThat(svg).doesNotContain("$61.7 M, infeasible");
  }

  /**
   * A cost of zero has no place on a log axis: it is left out of the line, and the legend says so,
   * instead of lying on the axis's floor where it would read as the floor's figure.
   */
  @Test
  void aZeroOnALogAxisIsLeftOutAndTheLegendSaysSo() {
    List<Charts.Series> drawn =
        Charts.offLogAxis(List.of(line("free", 0.0, 0.0, 5.0), line("priced", 1.0, null, 5.0)));
    assertThat(drawn.get(0).y()).containsExactly(null, null, 5.0);
    assertThat(drawn.get(0).notes()).containsExactly("zero: left out (no place on a log scale)");
    assertThat(drawn.get(1).y()).containsExactly(1.0, null, 5.0);
    assertThat(drawn.get(1).notes()).isEmpty();

    // A month that costs nothing beside months of $1 k to $1 M: the axis is log (1 M / 1 k > 30).
    List<ProposalAnalysis.Point> months = new ArrayList<>();
    double[] usd = {0, 1e3, 1e6};
    for (int m = 0; m < usd.length; m++) {
      months.add(new ProposalAnalysis.Point(m + 1, usd[m], true));
    }
    String svg =
        Charts.monthlyCost(
            new ProposalAnalysis.MonthlyCostChart(
                "first", List.of(new ProposalAnalysis.Series("copy", months))));
    assertThat(svg).contains("log scale").contains("zero: left out (no place on a log scale)");
    assertThat(ticks(svg)).startsWith("$1.00 k").contains("$1.00 M");
  }

  /**
   * Months of $1e30 to $1e34 (a swept size far past any real one): the log axis's labels are "$1.00
   * × 10³⁴", never tens of digits of billions.
   */
  @Test
  void hugeCostsAreLabelledCompactly() {
    List<ProposalAnalysis.Point> months = new ArrayList<>();
    double[] usd = {1e30, 1e32, 1e34};
    for (int m = 0; m < usd.length; m++) {
      months.add(new ProposalAnalysis.Point(m + 1, usd[m], true));
    }
    String svg =
        Charts.monthlyCost(
            new ProposalAnalysis.MonthlyCostChart(
                "first", List.of(new ProposalAnalysis.Series("copy", months))));
    assertThat(ticks(svg)).startsWith("$1.00 × 10³⁰").contains("$1.00 × 10³⁴");
    for (String tick : ticks(svg)) {
      assertThat(tick.length()).as(tick).isLessThanOrEqualTo("$1.00 × 10³⁴".length());
    }
  }

  /**
   * A sweep of one size (the data limit leaves the scenario's own size only) has no x axis to draw:
   * the chart says so, and never draws a NaN.
   */
  @Test
  void aCostChartOfOneSizeSaysThereIsNoRangeToDraw() {
    List<ProposalAnalysis.Point> points = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      points.add(new ProposalAnalysis.Point(1, 1e20, false));
    }
    ProposalAnalysis.SweepChart oneSize =
        new ProposalAnalysis.SweepChart(
            "dataset.logical_size",
            Metric.HORIZON_COST_USD,
            1,
            1,
            List.of(new ProposalAnalysis.Series("copy", points)));
    ProposalAnalysis a = walmart.analysis();
    Proposal proposal =
        new Proposal(
            new ProposalAnalysis(
                a.uncertain(),
                a.evaluation(),
                a.focusConfiguration(),
                a.focusOption(),
                a.monthlyCosts(),
                a.seedVersusCircuits(),
                oneSize,
                List.of(),
                a.monteCarlo(),
                a.distributions(),
                a.tornadoes(),
                a.decision()),
            walmart.comparison(),
            walmart.sources());
    String svg = Charts.costVersusSize(proposal, new ArrayList<>());
    assertThat(svg)
        .contains("drplan computes no other day-one size than 1 B here: no range to draw")
        .doesNotContain("NaN");
  }

  @Test
  void linesWithTheSameFiguresAreOneLineAndTheLegendSaysSo() {
    Charts.Series a = line("a", 1.0, 2.0, null, 4.0);
    Charts.Series b = line("b", 1.0, 2.0 * (1 + 1e-12), null, 4.0);
    Charts.Series c = line("c", 1.0, 2.0, 3.0, 4.0);
    Charts.Series d = line("d", 1.0, 2.0 * (1 + 1e-6), null, 4.0);
    assertThat(Charts.coincident(a, b)).isTrue();
    assertThat(Charts.coincident(a, c)).as("a gap where the other has a figure").isFalse();
    assertThat(Charts.coincident(a, d)).as("a millionth apart").isFalse();

    List<Charts.Series> marked = Charts.sameAs(List.of(a, c, b, line("e", 1.0, 2.0, 3.0, 4.0)));
    assertThat(marked).extracting(Charts.Series::sameAs).containsExactly(null, null, a, c);
    assertThat(marked.get(2).notes()).containsExactly("same as a");
    assertThat(marked.get(2).hidden()).isTrue();
    assertThat(marked.get(3).notes()).containsExactly("same as c");
  }

  @Test
  void aRepeatDrawnFaintWhereTheOtherIsBoldIsStillDrawn() {
    Charts.Series bold = line("bold", 1.0, 2.0);
    Charts.Series faint =
        new Charts.Series(
            "faint", List.of(), bold.x(), bold.y(), new boolean[] {false, false}, 1, null);
    List<Charts.Series> marked = Charts.sameAs(List.of(bold, faint));
    assertThat(marked.get(1).sameAs()).isSameAs(bold);
    assertThat(marked.get(1).hidden()).isFalse();
    assertThat(marked.get(1).drawnAs()).isSameAs(marked.get(1));
  }

  /**
   * In walmart, the four copies seeded over the network at the same rate (gcs-archive, its
   * run-in-cloud twin, the nam4 copy and gcs-coldline) have the same seed time at every bandwidth:
   * one line is drawn, and the legend names the other three "same as gcs-archive". The
   * appliance-seeded copy costs what gcs-archive costs every month.
   */
  @Test
  void walmartsCoincidentLinesAreNamedInTheLegend() {
    String seed = Charts.seedVersusBandwidth(walmart);
    assertThat(seed).contains(">same as gcs-archive</text>");
    assertThat(count(seed, ">same as gcs-archive</text>")).isEqualTo(3);
    long lines = walmart.analysis().seedVersusCircuits().series().size();
    assertThat(SERIES_PATH.matcher(seed).results().count()).isLessThanOrEqualTo(lines - 3);

    String monthly = Charts.monthlyCost(walmart.analysis().monthlyCosts().get(0));
    assertThat(monthly).contains(">same as gcs-archive</text>");
  }

  /**
   * The horizon-cost chart puts each line's feasibility edge at its own data size, so no two lines
   * have the same x values; compared where they share one, gcs-archive's run-in-cloud twin and its
   * appliance-seeded copy both lie within a pixel of it.
   */
  @Test
  void walmartsCostLinesUnderOneAnotherAreNamedDespiteTheirOwnEdgePoints() {
    String cost = Charts.costVersusSize(walmart, new ArrayList<>());
    List<String> legend = legend(cost);
    assertThat(legend)
        .containsSubsequence("gcs-archive-run-in-cloud", "drawn under gcs-archive")
        .containsSubsequence("gcs-archive-appliance-seed", "drawn under gcs-archive");
    // One object per file costs run-in-cloud more object writes than gcs-archive's packed objects
    // (0.6% more over the horizon): not the same figures, but within a pixel of them.
    assertThat(legend.get(legend.indexOf("gcs-archive-run-in-cloud") + 1))
        .isEqualTo("drawn under gcs-archive");
    assertThat(legend.get(legend.indexOf("gcs-archive-appliance-seed") + 1))
        .isEqualTo("drawn under gcs-archive");
  }

  /**
   * Each line's own edge point (here at x = 2.5 and x = 3.5) is left out of the comparison; the
   * figures at the x values both lines have decide. A line 1 px away on a 100 px axis of 0..100 is
   * drawn under the other; 3 px away it is not.
   */
  @Test
  void linesAreComparedAtTheXValuesTheyShareAndWithinAPixelOfTheAxis() {
    Charts.Series a = withX("a", new double[] {1, 2, 2.5, 3, 4}, 10.0, 20.0, 25.0, 30.0, 40.0);
    Charts.Series b = withX("b", new double[] {1, 2, 3, 3.5, 4}, 10.0, 20.0, 30.0, 35.0, 40.0);
    Charts.Series near = withX("near", new double[] {1, 2, 3, 4}, 11.0, 21.0, 31.0, 41.0);
    Charts.Series apart = withX("apart", new double[] {1, 2, 3, 4}, 13.0, 23.0, 33.0, 43.0);
    Charts.Series elsewhere = withX("elsewhere", new double[] {5, 6, 7}, 10.0, 20.0, 30.0);
    assertThat(Charts.coincident(a, b)).isTrue();
    assertThat(Charts.coincident(a, near)).isFalse();
    assertThat(Charts.coincident(a, elsewhere)).as("no x in common").isFalse();

    Scale ys = Scale.linear(0, 100, 100, 0);
    List<Charts.Series> marked = Charts.sameAs(List.of(a, b, near, apart), ys);
    assertThat(marked).extracting(Charts.Series::sameAs).containsExactly(null, a, a, null);
    assertThat(marked.get(1).notes()).containsExactly("same as a");
    assertThat(marked.get(1).hidden()).as("its own edge point would not show").isFalse();
    assertThat(marked.get(2).notes()).containsExactly("drawn under a");
    assertThat(marked.get(2).hidden()).isFalse();
  }

  private static Charts.Series withX(String name, double[] x, Double... y) {
    boolean[] solid = new boolean[y.length];
    Arrays.fill(solid, true);
    return new Charts.Series(name, List.of(), x, y, solid, 0, null);
  }

  private static List<String> legend(String svg) {
    List<String> said = new ArrayList<>();
    Matcher m = Pattern.compile("class=\"legend(?:-note)?\">([^<]*)</text>").matcher(svg);
    while (m.find()) {
      said.add(m.group(1));
    }
    return said;
  }

  /**
   * The seed chart sweeps 1 to 32 circuits of 100 Gbps: its bandwidth axis runs from 100 to 3,200
   * Gbps, not from 0 to 3,500. The horizon-cost chart sweeps 8 PB to 800 PB: its size axis ends at
   * 800 PB, not at 1 EB.
   */
  @Test
  void theChartsAxesEndAtTheData() {
    List<String> seed = ticks(Charts.seedVersusBandwidth(walmart));
    assertThat(seed).contains("100 Gbps", "3,200 Gbps").doesNotContain("0 Gbps", "3,500 Gbps");

    List<String> cost = ticks(Charts.costVersusSize(walmart, new ArrayList<>()));
    assertThat(cost).contains("8.00 PB").endsWith("800.0 PB");
    assertThat(cost).doesNotContain("5.00 PB", "1.00 EB");
  }

  private static List<String> ticks(String svg) {
    List<String> ticks = new ArrayList<>();
    Matcher tick = TICK.matcher(svg);
    while (tick.find()) {
      ticks.add(tick.group(1));
    }
    return ticks;
  }

  private static long count(String text, String part) {
    return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
  }
}

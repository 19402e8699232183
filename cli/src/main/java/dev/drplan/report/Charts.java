package dev.drplan.report;

import dev.drplan.analysis.BinnedDistribution;
import dev.drplan.analysis.Metric;
import dev.drplan.analysis.MetricSummary;
import dev.drplan.analysis.ProposalAnalysis;
import dev.drplan.analysis.Tornado;
import dev.drplan.analysis.TornadoBar;
import dev.drplan.catalog.ValueKind;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * The proposal's charts as inline SVG: monthly cost over the horizon, seed time against the
 * network, horizon cost against the data size with the feasibility edges, Monte Carlo histograms
 * and tornadoes. Every tick label goes through {@link Display}; a figure that cannot exist is a gap
 * in its line, never a zero.
 */
final class Charts {
  private Charts() {}

  /** Okabe–Ito colours, told apart by most colour-blind readers, then dashes for more lines. */
  static final String[] COLOURS = {
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C564B"
  };

  /** A dash pattern per line, so that lines drawn over each other all show. */
  private static final String[] DASHES = {null, "9 5", "3 4", "12 4 3 4", "6 3"};

  /** The drawing's width when the legend's names are short; a longer legend widens it. */
  static final double WIDTH = 900;

  static final double HEIGHT = 380;
  private static final double LEFT = 96;
  private static final double RIGHT = WIDTH - 260;
  private static final double TOP = 20;
  private static final double BOTTOM = HEIGHT - 58;
  private static final String AXIS = "#444444";
  private static final String GRID = "#e4e4e4";

  /** Average advance of a character of the legend's 11.5 px type, for the legend's width. */
  private static final double LEGEND_CHAR = 6.2;

  /**
   * Two lines whose figures differ by less than this share are drawn as one: the eye cannot tell
   * them apart, and the later would hide the earlier.
   */
  static final double COINCIDENT = 1e-9;

  /**
   * Two lines whose drawn points lie closer than this many pixels, at every x they share, are drawn
   * one under the other: the lines are 2.4 px wide, so the one beneath does not show.
   */
  static final double DRAWN_UNDER_PX = 1.5;

  /**
   * One line as drawn: x in the axis's display unit, y null for a gap, faint where not solid, its
   * colour and dash by {@code index}, the legend lines under its name, and the earlier line it lies
   * under ({@code null} if none): its legend says "same as" that line when the figures are equal,
   * "drawn under" it when they differ by less than a pixel, and when it would also look the same
   * (equal figures at the same x, faint at the same points) it is not drawn at all.
   */
  record Series(
      String name,
      List<String> notes,
      double[] x,
      Double[] y,
      boolean[] solid,
      int index,
      Series sameAs) {

    /**
     * This line as lying under {@code earlier}, with its legend saying so: "same as" when the
     * figures are equal, else "drawn under".
     */
    Series under(Series earlier, boolean equal) {
      List<String> said = new ArrayList<>(notes);
      said.add((equal ? "same as " : "drawn under ") + earlier.name());
      return new Series(name, said, x, y, solid, index, earlier);
    }

    /** Whether this line would be drawn exactly under the earlier line it repeats. */
    boolean hidden() {
      return sameAs != null
          && Arrays.equals(x, sameAs.x())
          && Arrays.equals(solid, sameAs.solid())
          && coincident(this, sameAs);
    }

    /** The line whose colour and dash show this one: the earlier line when this one is hidden. */
    Series drawnAs() {
      return hidden() ? sameAs : this;
    }
  }

  /**
   * Whether {@code a} and {@code b} have the same figures at the x values they share: a gap where
   * the other has one, and every figure equal within {@link #COINCIDENT}. A point only one of them
   * has (a feasibility edge, put at each line's own x) is not compared.
   */
  static boolean coincident(Series a, Series b) {
    return alike(
        a, b, (ya, yb) -> Math.abs(ya - yb) <= COINCIDENT * Math.max(Math.abs(ya), Math.abs(yb)));
  }

  /**
   * Whether {@code a} would be drawn under {@code b} on the axis {@code ys}: at every x they share,
   * a gap where the other has one and points less than {@link #DRAWN_UNDER_PX} apart.
   */
  static boolean withinAPixel(Series a, Series b, Scale ys) {
    return alike(a, b, (ya, yb) -> Math.abs(ys.pixel(ya) - ys.pixel(yb)) <= DRAWN_UNDER_PX);
  }

  /**
   * Whether {@code a} and {@code b} share most of their x values (at least two, and at least half
   * of each line's points) and, at every shared x, both have a gap or {@code close} holds.
   */
  private static boolean alike(Series a, Series b, BiPredicate<Double, Double> close) {
    int shared = 0;
    for (int i = 0; i < a.x().length; i++) {
      int j = indexOf(b.x(), a.x()[i]);
      if (j < 0) {
        continue;
      }
      shared++;
      Double ya = a.y()[i];
      Double yb = b.y()[j];
      if ((ya == null) != (yb == null)) {
        return false;
      }
      if (ya != null && !close.test(ya, yb)) {
        return false;
      }
    }
    return shared >= 2 && 2 * shared >= a.x().length && 2 * shared >= b.x().length;
  }

  private static int indexOf(double[] values, double value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The analysis's series as lines: x times {@code xFactor} (the axis's display unit); faint where
   * the pair is not feasible when {@code drawFeasibility}; "(not feasible)" under the name of a
   * line never feasible when {@code noteInfeasible}. Which lines lie under which is marked once the
   * y axis is known ({@link #sameAs(List, Scale)}).
   */
  private static List<Series> drawn(
      List<ProposalAnalysis.Series> series,
      double xFactor,
      boolean drawFeasibility,
      boolean noteInfeasible) {
    List<Series> lines = new ArrayList<>();
    for (ProposalAnalysis.Series line : series) {
      List<ProposalAnalysis.Point> points = line.points();
      double[] x = new double[points.size()];
      Double[] y = new Double[points.size()];
      boolean[] solid = new boolean[points.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = points.get(i).x() * xFactor;
        y[i] = points.get(i).y();
        solid[i] = !drawFeasibility || points.get(i).feasible();
      }
      List<String> notes =
          noteInfeasible && !line.feasibleThroughout() ? List.of("(not feasible)") : List.of();
      lines.add(new Series(line.option(), notes, x, y, solid, lines.size(), null));
    }
    return lines;
  }

  /**
   * {@code lines} as drawn on a log axis: a figure of zero has no place on it, so it is left out (a
   * gap, as a figure that cannot exist is), and the line's legend says so; drawn on the axis's
   * floor, it would read as the floor's figure.
   */
  static List<Series> offLogAxis(List<Series> lines) {
    List<Series> drawable = new ArrayList<>();
    for (Series line : lines) {
      Double[] y = line.y().clone();
      boolean zero = false;
      for (int i = 0; i < y.length; i++) {
        if (y[i] != null && !(y[i] > 0)) {
          y[i] = null;
          zero = true;
        }
      }
      List<String> notes = new ArrayList<>(line.notes());
      if (zero) {
        notes.add("zero: left out (no place on a log scale)");
      }
      drawable.add(
          new Series(line.name(), notes, line.x(), y, line.solid(), line.index(), line.sameAs()));
    }
    return drawable;
  }

  /** {@code lines} with only equal figures marked as lying under one another (no axis known). */
  static List<Series> sameAs(List<Series> lines) {
    return sameAs(lines, null);
  }

  /**
   * {@code lines} with each line that lies under an earlier one marked so: "same as" when its
   * figures equal the earlier line's at the x values they share, "drawn under" when they are within
   * a pixel of them on {@code ys} (not checked when {@code ys} is null). The first line of each
   * group stands for the others and is drawn on top of them.
   */
  static List<Series> sameAs(List<Series> lines, Scale ys) {
    List<Series> marked = new ArrayList<>();
    for (Series line : lines) {
      Series first = null;
      boolean equal = false;
      for (Series earlier : marked) {
        if (earlier.sameAs() == null && coincident(earlier, line)) {
          first = earlier;
          equal = true;
          break;
        }
      }
      for (int i = 0; first == null && ys != null && i < marked.size(); i++) {
        Series earlier = marked.get(i);
        if (earlier.sameAs() == null && withinAPixel(earlier, line, ys)) {
          first = earlier;
        }
      }
      marked.add(first == null ? line : line.under(first, equal));
    }
    return marked;
  }

  /** The width of a chart whose legend lists {@code series} and {@code notes}. */
  private static double width(List<Series> series, List<String> notes) {
    int longest = 0;
    for (Series line : series) {
      longest = Math.max(longest, line.name().length());
      for (String note : line.notes()) {
        longest = Math.max(longest, note.length());
      }
    }
    for (String note : notes) {
      longest = Math.max(longest, note.length());
    }
    return Math.max(WIDTH, Math.ceil(RIGHT + 18 + 32 + longest * LEGEND_CHAR + 12));
  }

  // ---- (a) monthly cost ----------------------------------------------------------------------

  /** The recurring cost of every month of the horizon, one line per option of one configuration. */
  static String monthlyCost(ProposalAnalysis.MonthlyCostChart chart) {
    String configuration = chart.configuration();
    List<Series> series = drawn(chart.series(), 1, true, true);
    double low = Double.POSITIVE_INFINITY;
    double high = 0;
    int months = 1;
    for (Series line : series) {
      months = Math.max(months, line.x().length);
      for (Double usd : line.y()) {
        if (usd != null && usd > 0) {
          low = Math.min(low, usd);
        }
        if (usd != null) {
          high = Math.max(high, usd);
        }
      }
    }
    Scale xs = Scale.linear(1, months, LEFT, RIGHT);
    boolean log = low > 0 && high / low > 30;
    if (log) {
      series = offLogAxis(series);
    }
    Scale ys = log ? Scale.log(low, high, BOTTOM, TOP) : Scale.linear(0, high, BOTTOM, TOP);
    series = sameAs(series, ys);
    List<String> notes = List.of("faint: not feasible");
    Svg svg =
        new Svg(width(series, notes), HEIGHT, "Monthly cost over the horizon, " + configuration);
    frame(
        svg,
        xs,
        ys,
        monthTicks(months),
        v -> "month " + Display.count(Math.round(v)),
        v -> Display.money(Money.ofUsd(v)),
        "month of the horizon",
        "recurring cost per month (USD" + (log ? ", log scale)" : ")"));
    lines(svg, xs, ys, series, "series");
    legend(svg, series, notes);
    return svg.end();
  }

  private static List<Double> monthTicks(int months) {
    List<Double> ticks = new ArrayList<>();
    ticks.add(1.0);
    int step = months <= 24 ? 3 : months <= 72 ? 12 : 24;
    for (int m = step; m <= months; m += step) {
      ticks.add((double) m);
    }
    return ticks;
  }

  // ---- (b) seed time against the network ------------------------------------------------------

  /** Seed time against the circuits' total line rate, one line per option; never is a gap. */
  static String seedVersusBandwidth(Proposal proposal) {
    Scenario scenario = proposal.scenario();
    ProposalAnalysis.SweepChart chart = proposal.analysis().seedVersusCircuits();
    double lineRate = scenario.network().lineRate().gigabitsPerSecond();
    List<Series> series = drawn(chart.series(), lineRate, false, false);
    double[] range = range(series);
    double objective = scenario.objectives().maxSeed().seconds();
    Scale xs = Scale.linear(chart.from() * lineRate, chart.to() * lineRate, LEFT, RIGHT);
    List<String> notes = List.of("a gap: the copy never finishes");
    Svg svg = new Svg(width(series, notes), HEIGHT, "First full copy against network bandwidth");
    if (range == null) {
      return emptyPlot(svg, "no option's first full copy finishes at any of these bandwidths");
    }
    Scale ys =
        Scale.logDuration(
            Math.min(range[0], objective), Math.max(range[1], objective), BOTTOM, TOP);
    series = sameAs(series, ys);
    frame(
        svg,
        xs,
        ys,
        xs.ticks(),
        v -> Display.significant(v) + " Gbps",
        v -> Display.duration(TimeSpan.ofSeconds(v)),
        "circuits × line rate ("
            + Display.gigabits(scenario.network().lineRate())
            + " per circuit)",
        "time to the first full copy (log scale)");
    double y = ys.pixel(objective);
    svg.line(LEFT, y, RIGHT, y, "#b00020", 1.2, "6 4");
    svg.text(
        RIGHT - 4,
        y - 5,
        "allowed: " + Display.duration(scenario.objectives().maxSeed()),
        "end",
        "mark");
    double now = scenario.network().circuits() * lineRate;
    if (xs.contains(now)) {
      svg.line(xs.pixel(now), TOP, xs.pixel(now), BOTTOM, "#777777", 1, "3 3");
      svg.text(
          xs.pixel(now) + 4,
          TOP + 12,
          "this scenario (" + Display.count(scenario.network().circuits()) + " circuits)",
          "start",
          "mark");
    }
    lines(svg, xs, ys, series, "series");
    legend(svg, series, notes);
    return svg.end();
  }

  // ---- (c) horizon cost against the data size -------------------------------------------------

  /**
   * Horizon cost against the day-one data size (both log), one line per option: solid where the
   * pair is feasible, dotted where not, a ring where it changes (the feasibility edge, located by
   * the sweep's bisection).
   */
  static String costVersusSize(Proposal proposal, List<String> edgeNotes) {
    ProposalAnalysis.SweepChart chart = proposal.analysis().costVersusSize();
    Scenario scenario = proposal.scenario();
    if (chart == null) {
      return emptyPlot(
          new Svg(WIDTH, HEIGHT, "Horizon cost against data size"),
          "the scenario has no data to sweep");
    }
    if (Scale.oneValue(chart.from(), chart.to())) {
      // The size's domain and the data limit leave the sweep one size: no line, and no x axis.
      return emptyPlot(
          new Svg(WIDTH, HEIGHT, "Horizon cost against data size"),
          "drplan computes no other day-one size than "
              + Display.size(DataSize.ofBytes(chart.from()))
              + " here: no range to draw");
    }
    // The lines pass through the edges (the analysis put them there); the rings mark them.
    List<Series> series = offLogAxis(drawn(chart.series(), 1, true, false));
    List<String> notes = List.of("bold: feasible; faint: not feasible", "ring: feasibility edge");
    Svg svg = new Svg(width(series, notes), HEIGHT, "Horizon cost against data size");
    double[] range = range(series);
    if (range == null) {
      // A log axis of cost needs a cost above zero somewhere (free prices make none).
      return emptyPlot(svg, "the horizon cost is zero at every size");
    }
    List<double[]> edges = new ArrayList<>();
    List<String> edgeOptions = new ArrayList<>();
    for (ProposalAnalysis.FeasibilityEdge edge : proposal.analysis().feasibilityEdges()) {
      double cost = edge.horizonCost().usd();
      edges.add(new double[] {edge.at(), cost});
      edgeOptions.add(edge.option());
      if (cost > 0) {
        // A cost of zero has no place on a log axis; its ring sits on the axis's floor.
        range[0] = Math.min(range[0], cost);
        range[1] = Math.max(range[1], cost);
      }
      edgeNotes.add(
          edge.option()
              + ": "
              + (edge.feasibleBelow() ? "feasible up to " : "feasible from ")
              + Display.size(DataSize.ofBytes(edge.at()))
              + " of data on day one; "
              + (edge.feasibleBelow() ? "above" : "below")
              + " that, "
              + Wording.failures(edge.reasons())
              + ". Horizon cost there: "
              + Display.money(edge.horizonCost())
              + ".");
    }
    Scale xs = Scale.log(chart.from(), chart.to(), LEFT, RIGHT);
    Scale ys = Scale.log(range[0], range[1], BOTTOM, TOP);
    series = sameAs(series, ys);
    frame(
        svg,
        xs,
        ys,
        xs.ticks(),
        v -> Display.size(DataSize.ofBytes(v)),
        v -> Display.money(Money.ofUsd(v)),
        "data on day one (log scale)",
        "horizon cost, " + Display.duration(scenario.horizon()) + " (USD, log scale)");
    double now = scenario.dataset().logicalSize().bytes();
    svg.line(xs.pixel(now), TOP, xs.pixel(now), BOTTOM, "#777777", 1, "3 3");
    svg.text(
        xs.pixel(now) + 4,
        TOP + 12,
        "this scenario (" + Display.size(scenario.dataset().logicalSize()) + ")",
        "start",
        "mark");
    lines(svg, xs, ys, series, "series");
    for (int i = 0; i < edges.size(); i++) {
      double[] edge = edges.get(i);
      String colour = colour(optionIndex(series, edgeOptions.get(i)));
      svg.circle(xs.pixel(edge[0]), ys.pixel(edge[1]), 5.5, colour, edgeNotes.get(i));
      svg.circle(xs.pixel(edge[0]), ys.pixel(edge[1]), 2.5, "#ffffff", null);
    }
    legend(svg, series, notes);
    return svg.end();
  }

  // ---- (d) Monte Carlo histograms -------------------------------------------------------------

  /** The samples of one metric of the focus pair in bins, with P10, P50 and P90 marked. */
  static String histogram(BinnedDistribution bins, MetricSummary summary, String title) {
    Svg svg = new Svg(WIDTH, HEIGHT, title);
    if (bins.counts().isEmpty()) {
      return emptyPlot(svg, "the figure does not exist in any sample (never)");
    }
    List<Double> edges = bins.edges();
    double low = edges.get(0);
    double high = edges.get(edges.size() - 1);
    boolean single = bins.counts().size() == 1;
    if (single) {
      double pad = low == 0 ? 1 : Math.abs(low) * 0.05;
      low -= pad;
      high += pad;
    }
    DoubleFunction<String> label = formatter(summary.metric().kind());
    boolean durations = summary.metric().kind() == ValueKind.DURATION;
    Scale xs =
        bins.log()
            ? (durations
                ? Scale.logDuration(low, high, LEFT, RIGHT)
                : Scale.log(low, high, LEFT, RIGHT))
            : durations
                ? Scale.linearDuration(low, high, LEFT, RIGHT)
                : Scale.linear(low, high, LEFT, RIGHT);
    Scale ys = Scale.linear(0, bins.largestCount(), BOTTOM, TOP);
    long samples = bins.finite() + bins.never();
    frame(
        svg,
        xs,
        ys,
        xs.ticks(),
        label,
        v -> Display.count(Math.round(v)),
        unitTitle(summary.metric()) + (bins.log() ? " (log scale)" : ""),
        "samples per bin");
    for (int i = 0; i < bins.counts().size(); i++) {
      double x0 = single ? xs.pixel(edges.get(0)) - 6 : xs.pixel(edges.get(i));
      double x1 = single ? xs.pixel(edges.get(0)) + 6 : xs.pixel(edges.get(i + 1));
      long count = bins.counts().get(i);
      double y = ys.pixel(count);
      svg.rect(
          x0 + 0.5,
          y,
          x1 - x0 - 1,
          BOTTOM - y,
          COLOURS[0],
          "bar",
          label.apply(edges.get(i))
              + " to "
              + label.apply(edges.get(single ? 0 : i + 1))
              + ": "
              + Display.count(count)
              + " samples");
    }
    String[] names = {"P10", "P50", "P90"};
    Double[] marks = {summary.p10(), summary.p50(), summary.p90()};
    for (int i = 0; i < marks.length; i++) {
      if (marks[i] != null) {
        double x = xs.pixel(marks[i]);
        svg.line(x, TOP, x, BOTTOM, "#b00020", 1.2, i == 1 ? null : "5 4");
        svg.text(x + 3, TOP + 12 + 13 * i, names[i] + " " + label.apply(marks[i]), "start", "mark");
      }
    }
    List<String> notes = new ArrayList<>();
    notes.add(Display.count(samples) + " samples");
    if (bins.never() > 0) {
      notes.add(Display.count(bins.never()) + " never (not drawn)");
    }
    legendNotes(svg, notes, TOP + 6);
    return svg.end();
  }

  // ---- (e) tornado ----------------------------------------------------------------------------

  /**
   * One bar per uncertain input: the metric with the input at its P10 (one colour) and at its P90
   * (the other), every other input at its base; widest swing on top. An end where the figure cannot
   * exist runs to the edge of the chart, hatched in a lighter shade, and says never.
   */
  static String tornado(Tornado tornado, String title, Function<String, String> inputLabel) {
    int bars = tornado.bars().size();
    double rowHeight = 32;
    List<String> labels = new ArrayList<>();
    int longest = 0;
    for (TornadoBar bar : tornado.bars()) {
      String label = inputLabel.apply(bar.key());
      labels.add(label);
      longest = Math.max(longest, Math.max(label.length(), range(bar).length()));
    }
    // The labels stand left of the bars, as wide as the longest needs; the bars keep 480 px.
    double left = Math.max(380, Math.ceil(longest * LEGEND_CHAR + 16));
    double width = Math.max(WIDTH, left + 520);
    double right = width - 40;
    double top = 34;
    double height = top + bars * rowHeight + 58;
    Svg svg = new Svg(width, height, title);
    double bottom = top + bars * rowHeight;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    List<Double> values = new ArrayList<>();
    if (tornado.base() != null) {
      values.add(tornado.base());
    }
    for (TornadoBar bar : tornado.bars()) {
      if (bar.atLow() != null) {
        values.add(bar.atLow());
      }
      if (bar.atHigh() != null) {
        values.add(bar.atHigh());
      }
    }
    for (double value : values) {
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
    if (values.isEmpty()) {
      return emptyPlot(svg, "the figure does not exist at either end of any input");
    }
    DoubleFunction<String> label = formatter(tornado.metric().kind());
    Scale xs =
        tornado.metric().kind() == ValueKind.DURATION
            ? Scale.linearDuration(low, high, left, right)
            : Scale.linear(low, high, left, right);
    boolean never = false;
    for (TornadoBar bar : tornado.bars()) {
      never = never || bar.atLow() == null || bar.atHigh() == null;
    }
    for (double tick : xs.ticks()) {
      double x = xs.pixel(tick);
      svg.line(x, top, x, bottom, GRID, 1, null);
      svg.text(x, bottom + 16, label.apply(tick), "middle", "tick");
    }
    svg.text((left + right) / 2, bottom + 40, unitTitle(tornado.metric()), "middle", "axis-title");
    double base = tornado.base() == null ? xs.pixel(xs.max()) : xs.pixel(tornado.base());
    for (int i = 0; i < bars; i++) {
      TornadoBar bar = tornado.bars().get(i);
      double y = top + i * rowHeight + 5;
      double h = rowHeight - 10;
      svg.text(left - 8, y + h / 2 - 2, labels.get(i), "end", "bar-label");
      svg.text(left - 8, y + h / 2 + 10, range(bar), "end", "bar-range");
      end(
          svg,
          xs,
          base,
          y,
          h,
          bar.atLow(),
          bar.feasibleAtLow(),
          COLOURS[0],
          "#9ecae1",
          labels.get(i)
              + " at P10 ("
              + Display.ofKindLike(bar.kind(), bar.inputLow(), bar.inputBase())
              + "): ",
          label);
      end(
          svg,
          xs,
          base,
          y,
          h,
          bar.atHigh(),
          bar.feasibleAtHigh(),
          COLOURS[1],
          "#fdbe85",
          labels.get(i)
              + " at P90 ("
              + Display.ofKindLike(bar.kind(), bar.inputHigh(), bar.inputBase())
              + "): ",
          label);
    }
    svg.line(left, bottom, right, bottom, AXIS, 1, null);
    svg.line(base, top - 6, base, bottom, "#222222", 1.5, null);
    svg.text(
        base,
        top - 10,
        "base " + (tornado.base() == null ? Display.NEVER : label.apply(tornado.base())),
        "middle",
        "mark");
    svg.rect(left, height - 16, 12, 10, COLOURS[0], "key", null);
    svg.text(left + 16, height - 7, "input at its P10", "start", "legend");
    svg.rect(left + 140, height - 16, 12, 10, COLOURS[1], "key", null);
    svg.text(left + 156, height - 7, "input at its P90", "start", "legend");
    if (never) {
      svg.rect(left + 280, height - 16, 12, 10, "#cccccc", "key", null);
      svg.text(left + 296, height - 7, "light: never", "start", "legend");
    }
    return svg.end();
  }

  /** An input's P10 and P90, as the line under its name shows them. */
  private static String range(TornadoBar bar) {
    return Display.ofKindLike(bar.kind(), bar.inputLow(), bar.inputBase())
        + " … "
        + Display.ofKindLike(bar.kind(), bar.inputHigh(), bar.inputBase());
  }

  private static void end(
      Svg svg,
      Scale xs,
      double base,
      double y,
      double h,
      Double value,
      boolean feasible,
      String colour,
      String light,
      String title,
      DoubleFunction<String> label) {
    String verdict = feasible ? "" : ", infeasible";
    if (value == null) {
      double edge = xs.pixel(xs.max());
      svg.rect(
          Math.min(base, edge),
          y,
          Math.abs(edge - base),
          h,
          light,
          "bar",
          title + "never" + verdict);
      svg.text(edge - 4, y + h / 2 + 4, Display.NEVER, "end", "bar-label");
      return;
    }
    double x = xs.pixel(value);
    double width = Math.abs(x - base);
    svg.rect(
        Math.min(x, base),
        y,
        Math.max(width, 1),
        h,
        colour,
        "bar",
        title + label.apply(value) + verdict);
    if (!feasible) {
      // The pair cannot be chosen there: said beside the bar's end, outside it.
      boolean right = x >= base;
      svg.text(right ? x + 4 : x - 4, y + h / 2 + 4, "infeasible", right ? "start" : "end", "mark");
    }
  }

  // ---- shared -------------------------------------------------------------------------------

  /** The position of the line {@code option} is drawn as, which gives it its colour. */
  private static int optionIndex(List<Series> series, String option) {
    for (Series line : series) {
      if (line.name().equals(option)) {
        return line.drawnAs().index();
      }
    }
    throw new IllegalArgumentException("no option " + option);
  }

  /** The smallest and largest figure above zero of every series, or null if there is none. */
  private static double[] range(List<Series> series) {
    double low = Double.POSITIVE_INFINITY;
    double high = 0;
    for (Series line : series) {
      for (Double y : line.y()) {
        if (y != null && y > 0) {
          low = Math.min(low, y);
          high = Math.max(high, y);
        }
      }
    }
    return high > 0 ? new double[] {low, high} : null;
  }

  private static DoubleFunction<String> formatter(ValueKind kind) {
    if (kind == ValueKind.MONEY) {
      return v -> Display.money(Money.ofUsd(v));
    }
    if (kind == ValueKind.DURATION) {
      return v -> Display.duration(TimeSpan.ofSeconds(v));
    }
    if (kind == ValueKind.RATE) {
      return v -> Display.byteRate(DataRate.ofBytesPerSecond(v));
    }
    return v -> Display.ofKind(kind, v);
  }

  /** A metric's axis title: its label, with the unit where the ticks do not carry one. */
  private static String unitTitle(Metric metric) {
    String label = Wording.figure(metric.figure());
    return metric.kind() == ValueKind.MONEY ? label + " (USD)" : label;
  }

  /** Axes, grid, ticks and titles of a plot. */
  private static void frame(
      Svg svg,
      Scale xs,
      Scale ys,
      List<Double> xTicks,
      DoubleFunction<String> xLabel,
      DoubleFunction<String> yLabel,
      String xTitle,
      String yTitle) {
    for (double tick : ys.ticks()) {
      double y = ys.pixel(tick);
      svg.line(LEFT, y, RIGHT, y, GRID, 1, null);
      svg.text(LEFT - 6, y + 4, yLabel.apply(tick), "end", "tick");
    }
    for (double tick : xTicks) {
      double x = xs.pixel(tick);
      svg.line(x, BOTTOM, x, BOTTOM + 5, AXIS, 1, null);
      svg.text(x, BOTTOM + 18, xLabel.apply(tick), "middle", "tick");
    }
    svg.line(LEFT, BOTTOM, RIGHT, BOTTOM, AXIS, 1, null);
    svg.line(LEFT, TOP, LEFT, BOTTOM, AXIS, 1, null);
    svg.text((LEFT + RIGHT) / 2, BOTTOM + 42, xTitle, "middle", "axis-title");
    svg.verticalText(16, (TOP + BOTTOM) / 2, yTitle, "axis-title");
  }

  /**
   * Each series as a path; a null figure breaks the line; a lone point is a dot. A line that lies
   * under an earlier one is drawn first, so that the legend's "drawn under" is what the eye sees.
   */
  private static void lines(Svg svg, Scale xs, Scale ys, List<Series> series, String cssClass) {
    List<Series> order = new ArrayList<>();
    for (Series line : series) {
      if (line.sameAs() != null) {
        order.add(line);
      }
    }
    for (Series line : series) {
      if (line.sameAs() == null) {
        order.add(line);
      }
    }
    for (Series line : order) {
      if (line.hidden()) {
        continue; // it would be drawn exactly under an earlier line; the legend says "same as"
      }
      String colour = colour(line.index());
      String dash = dash(line.index());
      Svg.PathData solid = new Svg.PathData();
      Svg.PathData dotted = new Svg.PathData();
      for (int i = 0; i < line.x().length; i++) {
        Double y = line.y()[i];
        boolean before = i > 0 && line.y()[i - 1] != null;
        boolean after = i + 1 < line.x().length && line.y()[i + 1] != null;
        if (y == null) {
          continue;
        }
        if (!before && !after) {
          svg.circle(xs.pixel(line.x()[i]), ys.pixel(y), 3.5, colour, line.name());
        }
        if (before) {
          boolean segmentSolid = line.solid()[i] && line.solid()[i - 1];
          Svg.PathData d = segmentSolid ? solid : dotted;
          d.moveTo(xs.pixel(line.x()[i - 1]), ys.pixel(line.y()[i - 1]))
              .lineTo(xs.pixel(line.x()[i]), ys.pixel(y));
        }
      }
      if (!solid.isEmpty()) {
        svg.path(solid, colour, 2.4, dash, 1, cssClass);
      }
      if (!dotted.isEmpty()) {
        svg.path(dotted, colour, 1.5, dash, 0.45, cssClass + " infeasible");
      }
    }
  }

  private static void legend(Svg svg, List<Series> series, List<String> notes) {
    double x = RIGHT + 18;
    double y = TOP + 8;
    for (Series line : series) {
      Series drawn = line.drawnAs();
      svg.line(x, y - 4, x + 26, y - 4, colour(drawn.index()), 2.5, dash(drawn.index()));
      svg.text(x + 32, y, line.name(), "start", "legend");
      y += 17;
      for (String note : line.notes()) {
        svg.text(x + 32, y - 2, note, "start", "legend-note");
        y += 14;
      }
    }
    legendNotes(svg, notes, y + 6);
  }

  private static String colour(int index) {
    return COLOURS[index % COLOURS.length];
  }

  private static String dash(int index) {
    return DASHES[index % DASHES.length];
  }

  private static void legendNotes(Svg svg, List<String> notes, double y) {
    for (String note : notes) {
      svg.text(RIGHT + 18, y, note, "start", "legend-note");
      y += 15;
    }
  }

  private static String emptyPlot(Svg svg, String why) {
    svg.rect(LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP, "#f6f6f6", "empty", null);
    svg.text((LEFT + RIGHT) / 2, (TOP + BOTTOM) / 2, why, "middle", "axis-title");
    return svg.end();
  }
}

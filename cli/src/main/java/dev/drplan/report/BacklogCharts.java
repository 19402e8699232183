package dev.drplan.report;

import dev.drplan.model.backlog.BacklogResult;
import dev.drplan.model.backlog.BacklogSeries;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.util.function.DoubleFunction;

/**
 * The chart of a backlog replay (docs/model.md §5, "The backlog") as inline SVG: the week around
 * the largest backlog, the achieved RPO on top (with the objective marked) and the backlog below,
 * on one time axis. The lines are the replay's own piecewise-linear shapes ({@link
 * BacklogSeries#around}), not samples of them.
 */
final class BacklogCharts {
  private BacklogCharts() {}

  /** The stretch of the replay the chart shows. */
  static final TimeSpan WEEK = TimeSpan.ofDays(7);

  private static final double WIDTH = Charts.WIDTH;
  private static final double HEIGHT = 460;
  private static final double LEFT = 96;
  private static final double RIGHT = WIDTH - 40;
  private static final double RPO_TOP = 24;
  private static final double RPO_BOTTOM = 200;
  private static final double BACKLOG_TOP = 240;
  private static final double BACKLOG_BOTTOM = HEIGHT - 58;
  private static final String AXIS = "#444444";
  private static final String GRID = "#e4e4e4";
  private static final String OBJECTIVE = "#b00020";

  /** The week around {@code result}'s largest backlog, with {@code objective} marked on the RPO. */
  static String worstWeek(String title, BacklogResult result, TimeSpan objective) {
    BacklogSeries.Stretch week = result.series().around(result.window().seconds(), WEEK);
    Svg svg = new Svg(WIDTH, HEIGHT, title);
    Scale xs = Scale.linearDuration(0, week.length().seconds(), LEFT, RIGHT);
    double rpoHigh = objective.seconds();
    for (double[] point : week.rpo()) {
      rpoHigh = Math.max(rpoHigh, point[1]);
    }
    double backlogHigh = 0;
    for (double[] point : week.backlog()) {
      backlogHigh = Math.max(backlogHigh, point[1]);
    }
    Scale rpo = Scale.linearDuration(0, rpoHigh, RPO_BOTTOM, RPO_TOP);
    Scale backlog = Scale.linear(0, backlogHigh > 0 ? backlogHigh : 1, BACKLOG_BOTTOM, BACKLOG_TOP);

    panel(svg, rpo, RPO_TOP, RPO_BOTTOM, v -> Display.duration(TimeSpan.ofSeconds(v)));
    panel(svg, backlog, BACKLOG_TOP, BACKLOG_BOTTOM, v -> Display.size(DataSize.ofBytes(v)));
    for (double tick : xs.ticks()) {
      double x = xs.pixel(tick);
      svg.line(x, RPO_TOP, x, BACKLOG_BOTTOM, GRID, 1, null);
      svg.line(x, BACKLOG_BOTTOM, x, BACKLOG_BOTTOM + 5, AXIS, 1, null);
      svg.text(
          x, BACKLOG_BOTTOM + 18, Display.duration(TimeSpan.ofSeconds(tick)), "middle", "tick");
    }
    svg.text(
        (LEFT + RIGHT) / 2,
        BACKLOG_BOTTOM + 42,
        "time from " + BacklogText.instant(week.start()) + " (the profile's clock)",
        "middle",
        "axis-title");
    svg.verticalText(16, (RPO_TOP + RPO_BOTTOM) / 2, "achieved RPO", "axis-title");
    svg.verticalText(16, (BACKLOG_TOP + BACKLOG_BOTTOM) / 2, "backlog", "axis-title");

    double y = rpo.pixel(objective.seconds());
    svg.line(LEFT, y, RIGHT, y, OBJECTIVE, 1.2, "6 4");
    svg.text(RIGHT - 4, y - 5, "RPO objective " + Display.duration(objective), "end", "mark");
    Svg.PathData rpoLine = path(week.rpo(), xs, rpo);
    if (!rpoLine.isEmpty()) {
      svg.path(rpoLine, Charts.COLOURS[0], 1.8, null, 1, "series rpo");
    }
    Svg.PathData backlogLine = path(week.backlog(), xs, backlog);
    if (!backlogLine.isEmpty()) {
      svg.path(backlogLine, Charts.COLOURS[1], 1.8, null, 1, "series backlog");
    }
    return svg.end();
  }

  private static void panel(
      Svg svg, Scale ys, double top, double bottom, DoubleFunction<String> label) {
    for (double tick : ys.ticks()) {
      double y = ys.pixel(tick);
      svg.line(LEFT, y, RIGHT, y, GRID, 1, null);
      svg.text(LEFT - 6, y + 4, label.apply(tick), "end", "tick");
    }
    svg.line(LEFT, bottom, RIGHT, bottom, AXIS, 1, null);
    svg.line(LEFT, top, LEFT, bottom, AXIS, 1, null);
  }

  private static Svg.PathData path(double[][] points, Scale xs, Scale ys) {
    Svg.PathData d = new Svg.PathData();
    for (int i = 0; i < points.length; i++) {
      double x = xs.pixel(points[i][0]);
      double y = ys.pixel(points[i][1]);
      if (i == 0) {
        d.moveTo(x, y);
      } else {
        d.lineTo(x, y);
      }
    }
    return d;
  }
}

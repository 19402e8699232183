package dev.drplan.report;

import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a chart: a domain of canonical values mapped onto a span of pixels, linearly or in
 * logarithm, widened to round tick values, with the ticks to draw. Values outside the domain are
 * clamped to its edge.
 */
final class Scale {

  /** Durations a log axis of time ticks at, in seconds: minutes to a century. */
  private static final double[] DURATION_TICKS = {
    60,
    600,
    TimeSpan.SECONDS_PER_HOUR,
    6 * TimeSpan.SECONDS_PER_HOUR,
    TimeSpan.SECONDS_PER_DAY,
    7 * TimeSpan.SECONDS_PER_DAY,
    30 * TimeSpan.SECONDS_PER_DAY,
    90 * TimeSpan.SECONDS_PER_DAY,
    180 * TimeSpan.SECONDS_PER_DAY,
    TimeSpan.SECONDS_PER_YEAR,
    2 * TimeSpan.SECONDS_PER_YEAR,
    5 * TimeSpan.SECONDS_PER_YEAR,
    10 * TimeSpan.SECONDS_PER_YEAR,
    20 * TimeSpan.SECONDS_PER_YEAR,
    50 * TimeSpan.SECONDS_PER_YEAR,
    100 * TimeSpan.SECONDS_PER_YEAR
  };

  private static final int MAX_TICKS = 8;

  private final double min;
  private final double max;
  private final boolean log;
  private final double from;
  private final double to;
  private final List<Double> ticks;

  private Scale(double min, double max, boolean log, double from, double to, List<Double> ticks) {
    this.min = min;
    this.max = max;
    this.log = log;
    this.from = from;
    this.to = to;
    this.ticks = List.copyOf(ticks);
  }

  /**
   * A linear axis over [low, high] (widened to round steps of 1, 2 or 5 times a power of ten),
   * drawn from pixel {@code from} to {@code to}.
   */
  static Scale linear(double low, double high, double from, double to) {
    return linear(low, high, from, to, 1);
  }

  /**
   * A linear axis of durations in seconds, stepped in round minutes, hours or days, whichever unit
   * the range calls for.
   */
  static Scale linearDuration(double low, double high, double from, double to) {
    double range = high - low;
    double unit =
        range >= 2 * TimeSpan.SECONDS_PER_DAY
            ? TimeSpan.SECONDS_PER_DAY
            : range >= 2 * TimeSpan.SECONDS_PER_HOUR
                ? TimeSpan.SECONDS_PER_HOUR
                : range >= 120 ? 60 : 1;
    return linear(low, high, from, to, unit);
  }

  /** A linear axis whose steps are round multiples of {@code unit}. */
  private static Scale linear(double low, double high, double from, double to, double unit) {
    if (!(high > low)) {
      double pad = low == 0 ? unit : Math.abs(low) * 0.1;
      // A flat line of costs or durations, never negative, keeps its axis at zero and above.
      low = low >= 0 ? Math.max(0, low - pad) : low - pad;
      high += pad;
    }
    double step = niceStep((high - low) / unit / 5) * unit;
    double min = Math.floor(low / step + 1e-9) * step;
    double max = Math.ceil(high / step - 1e-9) * step;
    List<Double> ticks = new ArrayList<>();
    for (int i = 0; min + i * step <= max + step * 1e-9; i++) {
      ticks.add(clean(min + i * step, step));
    }
    return new Scale(min, max, false, from, to, ticks);
  }

  /**
   * A log axis over [low, high] (both above zero; widened to powers of ten), ticked at powers of
   * ten, with 2 and 5 times them when the range is under three decades.
   */
  static Scale log(double low, double high, double from, double to) {
    if (!(low > 0 && high >= low && high < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "a log axis needs 0 < low <= high, finite: " + low + ".." + high);
    }
    double lo = Math.floor(Math.log10(low) + 1e-9);
    double hi = Math.ceil(Math.log10(high) - 1e-9);
    if (hi <= lo) {
      hi = lo + 1;
    }
    List<Double> ticks = new ArrayList<>();
    int every = (int) Math.ceil((hi - lo + 1) / MAX_TICKS);
    for (double e = lo; e <= hi; e += every) {
      ticks.add(Math.pow(10, e));
      if (hi - lo < 3 && e < hi) {
        ticks.add(2 * Math.pow(10, e));
        ticks.add(5 * Math.pow(10, e));
      }
    }
    return new Scale(Math.pow(10, lo), Math.pow(10, hi), true, from, to, ticks);
  }

  /**
   * A log axis of durations in seconds over [low, high], widened to the round durations around them
   * (an hour, a day, a week, 30, 90 and 180 days, 1, 2, 5, 10 years, ...) and ticked there.
   */
  static Scale logDuration(double low, double high, double from, double to) {
    int first = 0;
    while (first + 1 < DURATION_TICKS.length && DURATION_TICKS[first + 1] <= low) {
      first++;
    }
    int last = DURATION_TICKS.length - 1;
    while (last - 1 >= 0 && DURATION_TICKS[last - 1] >= high) {
      last--;
    }
    if (last <= first) {
      last = Math.min(DURATION_TICKS.length - 1, first + 1);
    }
    List<Double> ticks = new ArrayList<>();
    int every = (int) Math.ceil((last - first + 1) / (double) MAX_TICKS);
    for (int i = first; i <= last; i += every) {
      ticks.add(DURATION_TICKS[i]);
    }
    double min = Math.min(DURATION_TICKS[first], low);
    double max = Math.max(DURATION_TICKS[last], high);
    return new Scale(min, max, true, from, to, ticks);
  }

  /** The pixel of {@code value}, clamped to the axis. */
  double pixel(double value) {
    double share;
    if (log) {
      double v = Math.max(value, min);
      share = (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min));
    } else {
      share = (value - min) / (max - min);
    }
    share = Math.max(0, Math.min(1, share));
    return from + share * (to - from);
  }

  /** Whether {@code value} lies on the axis (not clamped). */
  boolean contains(double value) {
    return value >= min * (1 - 1e-12) && value <= max * (1 + 1e-12);
  }

  List<Double> ticks() {
    return ticks;
  }

  boolean isLog() {
    return log;
  }

  double min() {
    return min;
  }

  double max() {
    return max;
  }

  private static double niceStep(double rough) {
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    double share = rough / power;
    double nice = share <= 1 ? 1 : share <= 2 ? 2 : share <= 5 ? 5 : 10;
    return nice * power;
  }

  /** A tick value without the float noise of repeated addition. */
  private static double clean(double value, double step) {
    double digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
    double scale = Math.pow(10, digits);
    return Math.rint(value * scale) / scale;
  }
}

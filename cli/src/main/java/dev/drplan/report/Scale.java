package dev.drplan.report;

import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a chart: a domain of canonical values mapped onto a span of pixels, linearly or in
 * logarithm, with the ticks to draw. Values outside the domain are clamped to its edge.
 *
 * <p>An axis ends at the data: its domain is the data's range widened to the nearest round tick on
 * either side and no further, so that the last tick lies less than one tick step past the last
 * point (a linear axis picks, among steps of 1, 2 or 5 times a power of ten giving 4 to 10 ticks,
 * the one that wastes least room; a log axis widens to the next value of 1, 2 and 5 times a power
 * of ten, or to the next round duration). The first and the last tick are always labelled.
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

  /** The smallest value a log axis reaches. */
  private static final double LOG_LOWEST = 1e-300;

  /** The largest value a log axis reaches. */
  private static final double LOG_HIGHEST = 1e300;

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

  /**
   * A linear axis whose steps are round multiples of {@code unit}: of the steps 1, 2 or 5 times a
   * power of ten (times the unit) that give 4 to 10 ticks, the one whose round ends lie closest
   * around [low, high].
   */
  private static Scale linear(double low, double high, double from, double to, double unit) {
    if (!(high > low)) {
      double pad = low == 0 ? unit : Math.abs(low) * 0.1;
      // A flat line of costs or durations, never negative, keeps its axis at zero and above.
      low = low >= 0 ? Math.max(0, low - pad) : low - pad;
      high += pad;
    }
    double step = 0;
    double span = Double.POSITIVE_INFINITY;
    for (double candidate = niceStep((high - low) / unit / 10) * unit;
        candidate <= (high - low) * 2;
        candidate = nextNice(candidate / unit) * unit) {
      double min = Math.floor(low / candidate + 1e-9) * candidate;
      double max = Math.ceil(high / candidate - 1e-9) * candidate;
      long ticks = Math.round((max - min) / candidate) + 1;
      if (ticks >= 4 && ticks <= 11 && max - min < span * (1 - 1e-9)) {
        step = candidate;
        span = max - min;
      }
    }
    if (step == 0) {
      step = niceStep((high - low) / unit / 5) * unit;
    }
    double min = Math.floor(low / step + 1e-9) * step;
    double max = Math.ceil(high / step - 1e-9) * step;
    // Counted, not accumulated: far from zero, min + i · step drifts past max and the last tick
    // (the axis's end) would be lost.
    long steps = Math.round((max - min) / step);
    List<Double> ticks = new ArrayList<>();
    for (long i = 0; i <= steps; i++) {
      ticks.add(clean(min + i * step, step));
    }
    return new Scale(min, max, false, from, to, ticks);
  }

  /**
   * A log axis over [low, high] (both above zero), widened to the nearest values of 1, 2 and 5
   * times a power of ten around them; ticked at every such value when the axis spans three decades
   * or less, else at the powers of ten between its ends (every n-th, over more than eight decades)
   * and at both ends.
   */
  static Scale log(double low, double high, double from, double to) {
    if (!(low > 0 && high >= low && high < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "a log axis needs 0 < low <= high, finite: " + low + ".." + high);
    }
    // Beyond 1e±300 a power of ten is no longer a double (subnormal or infinite); the axis stops
    // there, and values beyond are clamped to its edge as any value off an axis is.
    double min = roundDown125(Math.max(low, LOG_LOWEST));
    double max = roundUp125(Math.min(high, LOG_HIGHEST));
    if (!(max > min)) {
      max = roundUp125(min * 1.000001);
    }
    boolean fine = Math.log10(max / min) <= 3 + 1e-9;
    double first = Math.floor(Math.log10(min));
    double last = Math.ceil(Math.log10(max));
    // Over many decades, every n-th power of ten, so that the ticks stay legible.
    double every = fine ? 1 : Math.ceil((last - first) / MAX_TICKS);
    List<Double> ticks = new ArrayList<>();
    ticks.add(min);
    for (double e = first; e <= last; e += every) {
      for (double mantissa : fine ? new double[] {1, 2, 5} : new double[] {1}) {
        double tick = mantissa * Math.pow(10, e);
        if (tick > min * (1 + 1e-9) && tick < max * (1 - 1e-9)) {
          ticks.add(tick);
        }
      }
    }
    ticks.add(max);
    return new Scale(min, max, true, from, to, ticks);
  }

  /** The largest value of 1, 2 or 5 times a power of ten at most {@code value}. */
  static double roundDown125(double value) {
    double power = Math.pow(10, Math.floor(Math.log10(value) + 1e-12));
    double mantissa = value / power;
    double round = mantissa >= 5 - 1e-9 ? 5 : mantissa >= 2 - 1e-9 ? 2 : 1;
    return round * power;
  }

  /** The smallest value of 1, 2 or 5 times a power of ten at least {@code value}. */
  static double roundUp125(double value) {
    double power = Math.pow(10, Math.floor(Math.log10(value) - 1e-12));
    double mantissa = value / power;
    double round =
        mantissa <= 1 + 1e-9 ? 1 : mantissa <= 2 + 1e-9 ? 2 : mantissa <= 5 + 1e-9 ? 5 : 10;
    return round * power;
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
    for (int i = first; i < last; i += every) {
      ticks.add(DURATION_TICKS[i]);
    }
    ticks.add(DURATION_TICKS[last]); // the axis's end is always labelled
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

  /** The next step of 1, 2, 5 times a power of ten above {@code step} (itself such a step). */
  private static double nextNice(double step) {
    double power = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
    double share = step / power;
    return (share < 1.5 ? 2 : share < 3.5 ? 5 : 10) * power;
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

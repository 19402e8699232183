package dev.drplan.report;

import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a chart: a domain of canonical values mapped onto a span of pixels, linearly or in
 * logarithm, with the ticks to draw. Values outside the domain are clamped to its edge.
 *
 * <p>An axis ends at the data: its domain is exactly the range the caller gives (the data's own
 * smallest and largest value), never rounded out. Its ticks are the round values inside that range
 * (steps of 1, 2 or 5 times a power of ten on a linear axis; 1, 2 and 5 times each power of ten, or
 * the powers of ten, on a log axis; round durations on an axis of time) and both ends, which are
 * always labelled; a round tick closer to an end than {@link #END_CLEARANCE} of the axis is left
 * out so that its label does not run into the end's. Data of one value (or of values a rounding
 * error apart, {@link #ONE_VALUE}) has no range to end at: its axis is drawn around that value.
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

  /**
   * The share of the axis's length a round tick keeps clear of either end: about a tick label's
   * width on the charts' 544 px x axes.
   */
  static final double END_CLEARANCE = 0.1;

  /**
   * Ends that differ by less than this share of the larger are one value: no axis can be drawn
   * between them (on a log axis their logarithms may even be equal, and the axis's length zero), so
   * the axis is drawn around the one value instead.
   */
  static final double ONE_VALUE = 1e-9;

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

  private Scale(double min, double max, boolean log, double from, double to, List<Double> round) {
    this.min = min;
    this.max = max;
    this.log = log;
    this.from = from;
    this.to = to;
    this.ticks = List.copyOf(withEnds(round));
  }

  /**
   * The axis's ends and, between them, the round ticks that lie at least {@link #END_CLEARANCE} of
   * the axis away from both ends.
   */
  private List<Double> withEnds(List<Double> round) {
    List<Double> all = new ArrayList<>();
    all.add(min);
    for (double tick : round) {
      double share = share(tick);
      if (share >= END_CLEARANCE && share <= 1 - END_CLEARANCE) {
        all.add(tick);
      }
    }
    all.add(max);
    return all;
  }

  /**
   * A linear axis over exactly [low, high], ticked at round steps of 1, 2 or 5 times a power of ten
   * inside it, drawn from pixel {@code from} to {@code to}.
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
   * A linear axis over [low, high] ticked at the multiples inside it of a round step of {@code
   * unit} (1, 2 or 5 times a power of ten, giving 3 to 8 steps over the range).
   */
  private static Scale linear(double low, double high, double from, double to, double unit) {
    if (!Double.isFinite(high - low)) {
      throw new IllegalArgumentException("a linear axis needs finite ends: " + low + ".." + high);
    }
    if (oneValue(low, high)) {
      double pad = low == 0 ? unit : Math.abs(low) * 0.1;
      // A flat line of costs or durations, never negative, keeps its axis at zero and above.
      low = low >= 0 ? Math.max(0, low - pad) : low - pad;
      high += pad;
    }
    double step = niceStep((high - low) / unit / MAX_TICKS) * unit;
    // Counted, not accumulated: far from zero, first + i · step drifts.
    double first = Math.ceil(low / step - 1e-9);
    long steps = Math.min(2L * MAX_TICKS, Math.round(Math.floor(high / step + 1e-9) - first));
    List<Double> ticks = new ArrayList<>();
    for (long i = 0; i <= steps; i++) {
      ticks.add(clean((first + i) * step, step));
    }
    return new Scale(low, high, false, from, to, ticks);
  }

  /**
   * A log axis over exactly [low, high] (both above zero); ticked at every value of 1, 2 and 5
   * times a power of ten inside it when it spans three decades or less, else at the powers of ten
   * inside it (every n-th, over more than eight decades).
   */
  static Scale log(double low, double high, double from, double to) {
    if (!(low > 0 && high >= low && high < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "a log axis needs 0 < low <= high, finite: " + low + ".." + high);
    }
    // Beyond 1e±300 a power of ten is no longer a double (subnormal or infinite); the axis stops
    // there, and values beyond are clamped to its edge as any value off an axis is.
    double min = Math.min(Math.max(low, LOG_LOWEST), LOG_HIGHEST);
    double max = Math.max(Math.min(high, LOG_HIGHEST), LOG_LOWEST);
    // Ends a rounding error apart (a few ulps apart have the same logarithm, which would make
    // every share 0 / 0) are one value.
    if (oneValue(min, max)) {
      // One value: a factor of two either side, so that its point has an axis to sit on.
      min = min / 2;
      max = max * 2;
    }
    boolean fine = Math.log10(max / min) <= 3 + 1e-9;
    double first = Math.floor(Math.log10(min));
    double last = Math.ceil(Math.log10(max));
    // Over many decades, every n-th power of ten, so that the ticks stay legible.
    double every = fine ? 1 : Math.ceil((last - first) / MAX_TICKS);
    List<Double> ticks = new ArrayList<>();
    for (double e = first; e <= last; e += every) {
      for (double mantissa : fine ? new double[] {1, 2, 5} : new double[] {1}) {
        double tick = mantissa * Math.pow(10, e);
        if (tick > min * (1 + 1e-9) && tick < max * (1 - 1e-9)) {
          ticks.add(tick);
        }
      }
    }
    return new Scale(min, max, true, from, to, ticks);
  }

  /**
   * A log axis of durations in seconds over exactly [low, high], ticked at the round durations
   * inside it (an hour, a day, a week, 30, 90 and 180 days, 1, 2, 5, 10 years, ...; every n-th when
   * more than eight fall inside).
   */
  static Scale logDuration(double low, double high, double from, double to) {
    if (!(low > 0 && high >= low && high < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "a log axis needs 0 < low <= high, finite: " + low + ".." + high);
    }
    double min = low;
    double max = high;
    // Ends a rounding error apart (a few ulps apart have the same logarithm, which would make
    // every share 0 / 0) are one value.
    if (oneValue(min, max)) {
      min = min / 2;
      max = max * 2;
    }
    List<Double> inside = new ArrayList<>();
    for (double tick : DURATION_TICKS) {
      if (tick > min * (1 + 1e-9) && tick < max * (1 - 1e-9)) {
        inside.add(tick);
      }
    }
    int every = (int) Math.ceil(inside.size() / (double) MAX_TICKS);
    List<Double> ticks = new ArrayList<>();
    for (int i = 0; i < inside.size(); i += Math.max(1, every)) {
      ticks.add(inside.get(i));
    }
    return new Scale(min, max, true, from, to, ticks);
  }

  /**
   * Whether {@code low} and {@code high} are one value to an axis: equal, or apart by less than
   * {@link #ONE_VALUE} of the larger.
   */
  static boolean oneValue(double low, double high) {
    return !(high - low > ONE_VALUE * Math.max(Math.abs(low), Math.abs(high)));
  }

  /** Where {@code value} lies along the axis, from 0 at its start to 1 at its end (unclamped). */
  private double share(double value) {
    return log
        ? (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min))
        : (value - min) / (max - min);
  }

  /** The pixel of {@code value}, clamped to the axis. */
  double pixel(double value) {
    double share = share(log ? Math.max(value, min) : value);
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

package dev.drplan.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One swept key: {@code steps} values from {@code from} to {@code to} (both included), evenly
 * spaced or evenly spaced in logarithm ("1PB..1EB log 7" gives 1, 10, 100 PB, ...). Values are
 * canonical (see {@link ScenarioKey}); a count key's values are rounded to whole numbers and
 * repeats dropped, so a count axis may have fewer values than steps.
 */
public record SweepAxis(String key, double from, double to, int steps, Spacing spacing) {

  /** How the values are spaced. */
  public enum Spacing {
    LINEAR,
    /** Evenly in logarithm: from and to must both be above 0. */
    LOG
  }

  public SweepAxis {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(spacing, "spacing");
    if (Double.isNaN(from)
        || Double.isInfinite(from)
        || Double.isNaN(to)
        || Double.isInfinite(to)) {
      throw new IllegalArgumentException(
          key + ": a sweep runs between finite values, was " + from + ".." + to);
    }
    if (!(from < to)) {
      throw new IllegalArgumentException(
          key + ": a sweep runs from a lower to a higher value, was " + from + ".." + to);
    }
    if (steps < 2) {
      throw new IllegalArgumentException(key + ": a sweep needs at least 2 steps, was " + steps);
    }
    if (spacing == Spacing.LOG && !(from > 0)) {
      throw new IllegalArgumentException(
          key + ": a log sweep needs values above 0, was " + from + ".." + to);
    }
  }

  /** A linear sweep. */
  public static SweepAxis linear(String key, double from, double to, int steps) {
    return new SweepAxis(key, from, to, steps, Spacing.LINEAR);
  }

  /** A sweep evenly spaced in logarithm. */
  public static SweepAxis log(String key, double from, double to, int steps) {
    return new SweepAxis(key, from, to, steps, Spacing.LOG);
  }

  /** The values of the sweep for {@code key}, ascending (each checked against its domain). */
  double[] values(ScenarioKey scenarioKey) {
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      double value = i == 0 ? from : i == steps - 1 ? to : point((double) i / (steps - 1));
      value = scenarioKey.requireLegal(scenarioKey.coerce(value));
      if (values.isEmpty() || values.get(values.size() - 1) != value) {
        values.add(value);
      }
    }
    double[] result = new double[values.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = values.get(i);
    }
    return result;
  }

  /**
   * A point strictly inside the sweep. The ends are never computed, they are {@code from} and
   * {@code to} as given: e^(ln 10^9) is 999,999,999.9999993, below a key's legal least value of 1
   * GB. Rounding could likewise carry a point just past an end where the two are a few ulps apart,
   * so each point is held within them.
   */
  private double point(double share) {
    double point =
        spacing == Spacing.LOG
            ? StrictMath.exp(
                StrictMath.log(from) + share * (StrictMath.log(to) - StrictMath.log(from)))
            : from + share * (to - from);
    return Math.min(Math.max(point, from), to);
  }

  /** The point between two values where bisection looks next: geometric on a log axis. */
  double middle(double low, double high) {
    return spacing == Spacing.LOG && low > 0
        ? Math.sqrt(low) * Math.sqrt(high)
        : low + (high - low) / 2;
  }
}

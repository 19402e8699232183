package dev.drplan.schema;

import dev.drplan.scenario.Scenario;
import dev.drplan.units.TimeSpan;

/**
 * The most data a scenario may hold at any time of its horizon: {@value #LARGEST_BYTES} bytes
 * (1,000,000 EB, a thousand times the largest day-one size). Three keys decide it together, by the
 * growth of docs/model.md §1: the day-one size L0, the annual growth g and the horizon H, as
 * max(L0, L0 · (1 + g)^(H / 1 y)). Each key's own domain cannot say it alone (1,000 EB growing
 * 1,000% a year for 100 years is 10^125 bytes), so each of the three is also bounded by the other
 * two: the loader refuses a scenario beyond it with the largest value the key could take, and
 * {@code sweep}, {@code solve} and distributions search and sample only inside it.
 *
 * <p>Inside the limit every count of the model (D-boxes, VMs, appliances) stays a whole number a
 * report can print: at most 10^24 B divided by a capacity of at least 1 GB and two shares of at
 * least 10%, 10^17.
 */
public final class DataLimit {
  private DataLimit() {}

  /** The most data a scenario may reach: 10^24 bytes. */
  public static final double LARGEST_BYTES = 1e24;

  /** {@link #LARGEST_BYTES} as a message writes it. */
  public static final String LARGEST_TEXT = "1,000,000 EB (10^24 B)";

  /** The largest logical size over the horizon: max(L0, L0 · (1 + g)^(H / 1 y)) (§1). */
  public static double largestBytes(double l0Bytes, double growth, double horizonSeconds) {
    double end = l0Bytes * StrictMath.pow(1 + growth, horizonSeconds / TimeSpan.SECONDS_PER_YEAR);
    return Math.max(l0Bytes, end);
  }

  /** The largest logical size of {@code scenario} over its horizon. */
  public static double largestBytes(Scenario scenario) {
    return largestBytes(
        scenario.dataset().logicalSize().bytes(),
        scenario.dataset().annualGrowth().value(),
        scenario.horizon().seconds());
  }

  /** Whether {@code scenario}'s data stays within {@link #LARGEST_BYTES} over its horizon. */
  public static boolean holds(Scenario scenario) {
    return largestBytes(scenario) <= LARGEST_BYTES;
  }

  /** The largest day-one size that stays within the limit at the scenario's growth and horizon. */
  public static double largestLogicalSize(Scenario scenario) {
    return largestLogicalSize(
        scenario.dataset().annualGrowth().value(), scenario.horizon().seconds());
  }

  /** The largest day-one size that stays within the limit at {@code growth} for {@code horizon}. */
  public static double largestLogicalSize(double growth, double horizonSeconds) {
    double factor = StrictMath.pow(1 + growth, horizonSeconds / TimeSpan.SECONDS_PER_YEAR);
    double l0 = factor <= 1 ? LARGEST_BYTES : LARGEST_BYTES / factor;
    // Rounding may put the product a hair above the limit: step down to a value that holds.
    while (largestBytes(l0, growth, horizonSeconds) > LARGEST_BYTES) {
      l0 = Math.nextDown(l0);
    }
    return l0;
  }

  /** The largest annual growth that stays within the limit at the scenario's size and horizon. */
  public static double largestAnnualGrowth(Scenario scenario) {
    return largestAnnualGrowth(
        scenario.dataset().logicalSize().bytes(), scenario.horizon().seconds());
  }

  /** The largest annual growth that stays within the limit from {@code l0} over {@code horizon}. */
  public static double largestAnnualGrowth(double l0Bytes, double horizonSeconds) {
    double growth =
        StrictMath.pow(LARGEST_BYTES / l0Bytes, TimeSpan.SECONDS_PER_YEAR / horizonSeconds) - 1;
    if (Double.isInfinite(growth)) {
      return Double.MAX_VALUE;
    }
    while (largestBytes(l0Bytes, growth, horizonSeconds) > LARGEST_BYTES) {
      growth = Math.nextDown(growth);
    }
    return growth;
  }

  /**
   * The longest horizon, in seconds, that stays within the limit at the scenario's size and growth;
   * unbounded when the data does not grow.
   */
  public static double longestHorizonSeconds(Scenario scenario) {
    double l0 = scenario.dataset().logicalSize().bytes();
    double growth = scenario.dataset().annualGrowth().value();
    if (growth <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    double horizon =
        StrictMath.log(LARGEST_BYTES / l0) / StrictMath.log1p(growth) * TimeSpan.SECONDS_PER_YEAR;
    while (largestBytes(l0, growth, horizon) > LARGEST_BYTES) {
      horizon = Math.nextDown(horizon);
    }
    return horizon;
  }
}

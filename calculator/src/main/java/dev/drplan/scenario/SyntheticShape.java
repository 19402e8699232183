package dev.drplan.scenario;

import dev.drplan.units.Fraction;
import java.util.Objects;

/**
 * The shape of a synthetic change profile, for when no change was measured
 * (docs/scenario-format.md, "change_profile"; docs/model.md §5, "The backlog"): a daily peak,
 * quieter weekends and a month-end batch burst, around the scenario's average change rate. The
 * defaults are assumptions, not measurements: a nightly batch window from midnight UTC, weekends at
 * half a weekday, and 3% of each month's change written in its last six hours. {@link
 * dev.drplan.model.backlog.SyntheticPattern} turns a shape and an average rate into a profile.
 *
 * @param peakFactor the busiest hour of a day over that day's average, at least 1
 *     (change_profile.synthetic.peak_factor, by default dataset.peak_factor)
 * @param peakStartHour the hour of the day (UTC, 0–23) the peak starts
 * @param peakHours how many hours the peak lasts, 1–24, with peakFactor · peakHours ≤ 24
 * @param weekendFactor a weekend day's change over a weekday's, 0 or more
 * @param monthEndShare the share of each month's change written in its month-end burst, in [0, 1)
 * @param monthEndHours the length of that burst in hours, 1–672 (28 days)
 */
public record SyntheticShape(
    double peakFactor,
    int peakStartHour,
    int peakHours,
    double weekendFactor,
    Fraction monthEndShare,
    int monthEndHours) {

  /** A nightly batch window: the peak starts at midnight UTC ... */
  public static final int DEFAULT_PEAK_START_HOUR = 0;

  /** ... and lasts six hours. */
  public static final int DEFAULT_PEAK_HOURS = 6;

  /** A weekend day writes half of a weekday. */
  public static final double DEFAULT_WEEKEND_FACTOR = 0.5;

  /** 3% of each month's change is month-end processing ... */
  public static final Fraction DEFAULT_MONTH_END_SHARE = Fraction.of(0.03);

  /** ... written in the month's last six hours. */
  public static final int DEFAULT_MONTH_END_HOURS = 6;

  /** The longest month-end burst: four weeks. */
  public static final int MAX_MONTH_END_HOURS = 28 * 24;

  private static final int HOURS_PER_DAY = 24;

  public SyntheticShape {
    Objects.requireNonNull(monthEndShare, "monthEndShare");
    if (!(peakFactor >= 1) || Double.isInfinite(peakFactor)) {
      throw new IllegalArgumentException(
          "peak_factor must be a finite number of at least 1, was " + peakFactor);
    }
    if (peakStartHour < 0 || peakStartHour >= HOURS_PER_DAY) {
      throw new IllegalArgumentException("peak_start_hour must be 0 to 23, was " + peakStartHour);
    }
    if (peakHours < 1 || peakHours > HOURS_PER_DAY) {
      throw new IllegalArgumentException("peak_hours must be 1 to 24, was " + peakHours);
    }
    if (peakFactor * peakHours > HOURS_PER_DAY) {
      throw new IllegalArgumentException(
          "a peak of "
              + peakFactor
              + " times the day's average for "
              + peakHours
              + " hours writes more than the whole day; peak_hours may be at most 24 / peak_factor"
              + " = "
              + (int) Math.floor(HOURS_PER_DAY / peakFactor));
    }
    if (!(weekendFactor >= 0) || Double.isInfinite(weekendFactor)) {
      throw new IllegalArgumentException(
          "weekend_factor must be a finite number of 0 or more, was " + weekendFactor);
    }
    if (monthEndShare.value() < 0 || monthEndShare.value() >= 1) {
      throw new IllegalArgumentException(
          "month_end_share must be at least 0% and below 100%, was " + monthEndShare);
    }
    if (monthEndHours < 1 || monthEndHours > MAX_MONTH_END_HOURS) {
      throw new IllegalArgumentException(
          "month_end_hours must be 1 to " + MAX_MONTH_END_HOURS + ", was " + monthEndHours);
    }
  }

  /** The default shape around a day whose busiest hour is {@code peakFactor} times its average. */
  public static SyntheticShape defaults(double peakFactor) {
    return new SyntheticShape(
        peakFactor,
        DEFAULT_PEAK_START_HOUR,
        DEFAULT_PEAK_HOURS,
        DEFAULT_WEEKEND_FACTOR,
        DEFAULT_MONTH_END_SHARE,
        DEFAULT_MONTH_END_HOURS);
  }
}

package dev.drplan.model.backlog;

import dev.drplan.model.DataGrowth;
import dev.drplan.scenario.Dataset;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A change profile for when nothing was measured (docs/model.md §5, "the backlog"): a daily shape
 * with peak hours, quieter weekends and a batch burst at the end of every month, whose average is
 * the scenario's average change rate d = daily_change · L / 1 d (§1). Deterministic: the same
 * parameters, origin and span give the same profile. Calendar rules are UTC.
 *
 * <p>The rate in the hour containing t is
 *
 * <pre>
 * rate(t) = d · (1 − b) · W(day) · H(hour) + (in the last E hours of the month: d · b · days · 24 / E)
 * </pre>
 *
 * <ul>
 *   <li>H(hour) = peakFactor in the {@code peakHours} hours from {@code peakStartHour}, and (24 −
 *       peakFactor · peakHours) / (24 − peakHours) in the others, so a day's mean of H is 1: the
 *       busiest hour of a day is peakFactor times that day's average, which is what §1's
 *       peak_factor means.
 *   <li>W(day) = 7 / (5 + 2 · weekendFactor) Monday to Friday and weekendFactor times that on
 *       Saturday and Sunday, so a week's mean of W is 1.
 *   <li>b = {@code monthEndShare}: that share of each month's change is written in its last E =
 *       {@code monthEndHours} hours, on top of the daily shape; days is the month's length.
 * </ul>
 *
 * Over any span of whole weeks and whole months the mean rate is therefore exactly d. Over other
 * spans it differs by the part-week and part-month at the ends.
 *
 * @param averageRate d, the average change rate
 * @param peakFactor the busiest hour of a day over that day's average, at least 1
 * @param peakStartHour the hour of day (UTC, 0–23) the peak hours start
 * @param peakHours how many hours the peak lasts, 1–24; peakFactor · peakHours ≤ 24
 * @param weekendFactor a weekend day's change over a weekday's, not negative
 * @param monthEndShare b, the share of each month's change written in its month-end burst, in [0,
 *     1)
 * @param monthEndHours E, the length of the burst in hours, 1–672 (28 days)
 */
public record SyntheticPattern(
    DataRate averageRate,
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

  private static final int HOURS_PER_DAY = 24;
  private static final int DAYS_PER_WEEK = 7;
  private static final int WEEKDAYS = 5;
  private static final long SECONDS_PER_HOUR = 3_600;
  private static final long SECONDS_PER_DAY = 86_400;
  // 1970-01-01, epoch day 0, was a Thursday: day-of-week index 3 with Monday as 0.
  private static final int EPOCH_DAY_OF_WEEK = 3;

  public SyntheticPattern {
    Objects.requireNonNull(averageRate, "averageRate");
    Objects.requireNonNull(monthEndShare, "monthEndShare");
    if (!(peakFactor >= 1) || Double.isInfinite(peakFactor)) {
      throw new IllegalArgumentException(
          "peakFactor must be a finite number >= 1, was " + peakFactor);
    }
    if (peakStartHour < 0 || peakStartHour >= HOURS_PER_DAY) {
      throw new IllegalArgumentException("peakStartHour must be 0 to 23, was " + peakStartHour);
    }
    if (peakHours < 1 || peakHours > HOURS_PER_DAY) {
      throw new IllegalArgumentException("peakHours must be 1 to 24, was " + peakHours);
    }
    if (peakFactor * peakHours > HOURS_PER_DAY) {
      throw new IllegalArgumentException(
          "a peak of "
              + peakFactor
              + " times the day's average for "
              + peakHours
              + " hours writes more than the whole day; the peak hours may be at most 24 /"
              + " peakFactor = "
              + (int) Math.floor(HOURS_PER_DAY / peakFactor));
    }
    if (!(weekendFactor >= 0) || Double.isInfinite(weekendFactor)) {
      throw new IllegalArgumentException(
          "weekendFactor must be a finite number >= 0, was " + weekendFactor);
    }
    if (monthEndShare.value() < 0 || monthEndShare.value() >= 1) {
      throw new IllegalArgumentException(
          "monthEndShare must be at least 0 and below 1, was " + monthEndShare);
    }
    if (monthEndHours < 1 || monthEndHours > 28 * HOURS_PER_DAY) {
      throw new IllegalArgumentException("monthEndHours must be 1 to 672, was " + monthEndHours);
    }
  }

  /**
   * The pattern of {@code dataset} at logical size {@code logical}: d = daily_change · L / 1 d and
   * the dataset's peak factor (§1), with the default shape otherwise.
   */
  public static SyntheticPattern forDataset(Dataset dataset, DataSize logical) {
    return new SyntheticPattern(
        DataGrowth.averageChangeRate(dataset, logical),
        dataset.peakFactor(),
        DEFAULT_PEAK_START_HOUR,
        DEFAULT_PEAK_HOURS,
        DEFAULT_WEEKEND_FACTOR,
        DEFAULT_MONTH_END_SHARE,
        DEFAULT_MONTH_END_HOURS);
  }

  /** The change rate in the hour that contains {@code at}. */
  public DataRate rateAt(Instant at) {
    long second = at.getEpochSecond();
    Month month = Month.containing(Math.floorDiv(second, SECONDS_PER_DAY));
    return DataRate.ofBytesPerSecond(bytesPerSecond(second, month));
  }

  /**
   * The profile from {@code origin} over {@code span} in intervals of {@code step}.
   *
   * @throws IllegalArgumentException unless the step is a whole number of seconds that divides an
   *     hour, the origin is a whole multiple of the step in epoch seconds (so intervals never
   *     straddle an hour), and the span is a whole number of steps within {@link
   *     ChangeProfile#MAX_INTERVALS}
   */
  public ChangeProfile generate(Instant origin, TimeSpan step, TimeSpan span) {
    double stepSeconds = step.seconds();
    if (stepSeconds < 1
        || stepSeconds != Math.rint(stepSeconds)
        || SECONDS_PER_HOUR % (long) stepSeconds != 0) {
      throw new IllegalArgumentException(
          "the step must be a whole number of seconds that divides an hour, was " + step);
    }
    long every = (long) stepSeconds;
    if (origin.getNano() != 0 || Math.floorMod(origin.getEpochSecond(), every) != 0) {
      throw new IllegalArgumentException(
          "the origin must be a whole multiple of the step " + step + ", was " + origin);
    }
    double steps = Math.floor(span.seconds() / stepSeconds + 1e-9);
    if (steps < 1
        || steps > ChangeProfile.MAX_INTERVALS
        || Math.abs(steps * stepSeconds - span.seconds()) > stepSeconds * 1e-9) {
      throw new IllegalArgumentException(
          "the span must be 1 to "
              + ChangeProfile.MAX_INTERVALS
              + " whole steps of "
              + step
              + ", was "
              + span);
    }
    double[] bytes = new double[(int) steps];
    long start = origin.getEpochSecond();
    Month month = null;
    for (int i = 0; i < bytes.length; i++) {
      long second = start + i * every;
      long day = Math.floorDiv(second, SECONDS_PER_DAY);
      if (month == null || day >= month.nextFirstDay || day < month.firstDay) {
        month = Month.containing(day);
      }
      bytes[i] = bytesPerSecond(second, month) * stepSeconds;
    }
    return ChangeProfile.generated(start, stepSeconds, bytes);
  }

  /** The rule of the class description at epoch second {@code second}, within {@code month}. */
  private double bytesPerSecond(long second, Month month) {
    double average = averageRate.bytesPerSecond();
    double burstShare = monthEndShare.value();
    long day = Math.floorDiv(second, SECONDS_PER_DAY);
    int hour = (int) Math.floorMod(Math.floorDiv(second, SECONDS_PER_HOUR), HOURS_PER_DAY);
    int dayOfWeek = (int) Math.floorMod(day + EPOCH_DAY_OF_WEEK, DAYS_PER_WEEK);
    double weekday = DAYS_PER_WEEK / (WEEKDAYS + (DAYS_PER_WEEK - WEEKDAYS) * weekendFactor);
    double dayFactor = dayOfWeek < WEEKDAYS ? weekday : weekendFactor * weekday;
    boolean peak = Math.floorMod(hour - peakStartHour, HOURS_PER_DAY) < peakHours;
    double hourFactor =
        peak ? peakFactor : (HOURS_PER_DAY - peakFactor * peakHours) / (HOURS_PER_DAY - peakHours);
    double rate = average * (1 - burstShare) * dayFactor * hourFactor;
    long burstStart = month.nextFirstDay * SECONDS_PER_DAY - monthEndHours * SECONDS_PER_HOUR;
    if (second >= burstStart) {
      rate += average * burstShare * month.days * HOURS_PER_DAY / monthEndHours;
    }
    return rate;
  }

  /** A calendar month (UTC) as epoch days: its first day and the next month's. */
  private static final class Month {
    final long firstDay;
    final long nextFirstDay;
    final int days;

    private Month(long firstDay, long nextFirstDay) {
      this.firstDay = firstDay;
      this.nextFirstDay = nextFirstDay;
      this.days = (int) (nextFirstDay - firstDay);
    }

    static Month containing(long epochDay) {
      LocalDate first = LocalDate.ofEpochDay(epochDay).withDayOfMonth(1);
      return new Month(first.toEpochDay(), first.plusMonths(1).toEpochDay());
    }
  }
}

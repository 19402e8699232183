package dev.drplan.model.backlog;

import dev.drplan.model.DataGrowth;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.SyntheticShape;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A change profile for when nothing was measured (docs/model.md §5, "The backlog"): a daily shape
 * with peak hours, quieter weekends and a batch burst at the end of every month ({@link
 * SyntheticShape}, the scenario's change_profile.synthetic), whose average is the scenario's
 * average change rate d = daily_change · L / 1 d (§1). Deterministic: the same rate, shape, origin
 * and span give the same profile. Calendar rules are UTC.
 *
 * <p>The rate in the hour containing t is
 *
 * <pre>
 * rate(t) = d · (1 − b) · W(day) · H(hour) + (in the last E hours of the month: d · b · days · 24 / E)
 * </pre>
 *
 * <ul>
 *   <li>H(hour) = peak_factor in the peak_hours hours from peak_start_hour, and (24 − peak_factor ·
 *       peak_hours) / (24 − peak_hours) in the others, so a day's mean of H is 1: the busiest hour
 *       of a day is peak_factor times that day's average, which is what §1's peak_factor means.
 *   <li>W(day) = 7 / (5 + 2 · weekend_factor) Monday to Friday and weekend_factor times that on
 *       Saturday and Sunday, so a week's mean of W is 1.
 *   <li>b = month_end_share: that share of each month's change is written in its last E =
 *       month_end_hours hours, on top of the daily shape; days is the month's length.
 * </ul>
 *
 * Over any span of whole weeks and whole months the mean rate is therefore exactly d. Over other
 * spans it differs by the part-week and part-month at the ends.
 *
 * @param averageRate d, the average change rate
 * @param shape the daily, weekly and monthly shape around it
 */
public record SyntheticPattern(DataRate averageRate, SyntheticShape shape) {

  private static final int HOURS_PER_DAY = 24;
  private static final int DAYS_PER_WEEK = 7;
  private static final int WEEKDAYS = 5;
  private static final long SECONDS_PER_HOUR = 3_600;
  private static final long SECONDS_PER_DAY = 86_400;
  // 1970-01-01, epoch day 0, was a Thursday: day-of-week index 3 with Monday as 0.
  private static final int EPOCH_DAY_OF_WEEK = 3;

  public SyntheticPattern {
    Objects.requireNonNull(averageRate, "averageRate");
    Objects.requireNonNull(shape, "shape");
  }

  /**
   * The pattern of {@code dataset} at logical size {@code logical}: d = daily_change · L / 1 d and
   * the dataset's peak factor (§1), with the default shape otherwise.
   */
  public static SyntheticPattern forDataset(Dataset dataset, DataSize logical) {
    return new SyntheticPattern(
        DataGrowth.averageChangeRate(dataset, logical),
        SyntheticShape.defaults(dataset.peakFactor()));
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
    double peakFactor = shape.peakFactor();
    int peakHours = shape.peakHours();
    int monthEndHours = shape.monthEndHours();
    double weekendFactor = shape.weekendFactor();
    double burstShare = shape.monthEndShare().value();
    long day = Math.floorDiv(second, SECONDS_PER_DAY);
    int hour = (int) Math.floorMod(Math.floorDiv(second, SECONDS_PER_HOUR), HOURS_PER_DAY);
    int dayOfWeek = (int) Math.floorMod(day + EPOCH_DAY_OF_WEEK, DAYS_PER_WEEK);
    double weekday = DAYS_PER_WEEK / (WEEKDAYS + (DAYS_PER_WEEK - WEEKDAYS) * weekendFactor);
    double dayFactor = dayOfWeek < WEEKDAYS ? weekday : weekendFactor * weekday;
    boolean peak = Math.floorMod(hour - shape.peakStartHour(), HOURS_PER_DAY) < peakHours;
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

package dev.drplan.units;

/**
 * A length of time, with fractional seconds and a range far beyond {@link java.time.Duration}'s
 * needs for planning (a seed of 1,000 years still computes).
 *
 * <p>Stored as one canonical value, a {@code double} count of seconds; never NaN, infinite or
 * negative. Calendar conventions of the scenario format: a day is 86,400 s, a year is 365.25 days
 * and a month is a twelfth of that (30.4375 days). {@link #toString()} is canonical: {@code
 * "<seconds> s"}.
 */
public record TimeSpan(double seconds) implements Comparable<TimeSpan> {

  public static final TimeSpan ZERO = new TimeSpan(0);

  public static final double SECONDS_PER_MINUTE = 60;
  public static final double SECONDS_PER_HOUR = 3_600;
  public static final double SECONDS_PER_DAY = 86_400;
  public static final double SECONDS_PER_WEEK = 7 * SECONDS_PER_DAY;
  public static final double DAYS_PER_YEAR = 365.25;
  public static final double SECONDS_PER_YEAR = DAYS_PER_YEAR * SECONDS_PER_DAY;
  public static final double SECONDS_PER_MONTH = SECONDS_PER_YEAR / 12;

  public static final TimeSpan ONE_DAY = new TimeSpan(SECONDS_PER_DAY);
  public static final TimeSpan ONE_MONTH = new TimeSpan(SECONDS_PER_MONTH);
  public static final TimeSpan ONE_YEAR = new TimeSpan(SECONDS_PER_YEAR);

  public TimeSpan {
    Quantities.requireNonNegativeFinite(seconds, "seconds");
  }

  public static TimeSpan ofSeconds(double seconds) {
    return new TimeSpan(seconds);
  }

  public static TimeSpan ofMinutes(double minutes) {
    return new TimeSpan(minutes * SECONDS_PER_MINUTE);
  }

  public static TimeSpan ofHours(double hours) {
    return new TimeSpan(hours * SECONDS_PER_HOUR);
  }

  public static TimeSpan ofDays(double days) {
    return new TimeSpan(days * SECONDS_PER_DAY);
  }

  public static TimeSpan ofMonths(double months) {
    return new TimeSpan(months * SECONDS_PER_MONTH);
  }

  public static TimeSpan ofYears(double years) {
    return new TimeSpan(years * SECONDS_PER_YEAR);
  }

  public double minutes() {
    return seconds / SECONDS_PER_MINUTE;
  }

  public double hours() {
    return seconds / SECONDS_PER_HOUR;
  }

  public double days() {
    return seconds / SECONDS_PER_DAY;
  }

  public double months() {
    return seconds / SECONDS_PER_MONTH;
  }

  public double years() {
    return seconds / SECONDS_PER_YEAR;
  }

  public TimeSpan plus(TimeSpan other) {
    return new TimeSpan(seconds + other.seconds);
  }

  public TimeSpan times(double factor) {
    return new TimeSpan(seconds * factor);
  }

  public static TimeSpan max(TimeSpan a, TimeSpan b) {
    return a.seconds >= b.seconds ? a : b;
  }

  @Override
  public int compareTo(TimeSpan other) {
    return Double.compare(seconds, other.seconds);
  }

  @Override
  public String toString() {
    return Double.toString(seconds) + " s";
  }
}

package dev.drplan.load.profile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads a profile's timestamps into Unix epoch seconds: an ISO-8601 time with a zone ({@code
 * 2025-01-06T00:05:00Z}, {@code 2025-01-06T01:05:00+01:00}, with or without fractional seconds), a
 * date alone ({@code 2025-01-06}, taken as midnight UTC), or epoch seconds ({@code 1736121900},
 * with or without a fraction). A time without a zone is refused: read as local time it would repeat
 * or skip an hour at every daylight-saving change. One instance reads one file's timestamps.
 */
final class Timestamps {

  /** What a timestamp should look like, for messages. */
  static final String FORM =
      "a timestamp in ISO-8601 with a zone, like 2025-01-06T00:05:00Z, a date like 2025-01-06,"
          + " or Unix epoch seconds like 1736121900";

  /** Epoch seconds from here on are years past 5000: the number is surely in milliseconds. */
  private static final double LOOKS_LIKE_MILLISECONDS = 1e11;

  /** A timestamp that cannot be read: what was expected, in words. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    final String expected;

    Unreadable(String expected) {
      super(expected, null, false, false);
      this.expected = expected;
    }
  }

  // The date of the row before and its epoch day: rows of a profile mostly share their date with
  // the previous one, and LocalDate costs a tenth of a row's reading before the JIT compiles it.
  private long lastDate = -1;
  private long lastEpochDay;

  /** The epoch seconds of {@code text}; one reader reads one file's timestamps in order. */
  double parse(String text) throws Unreadable {
    if (isEpochNumber(text)) {
      double seconds = Double.parseDouble(text);
      if (Math.abs(seconds) >= LOOKS_LIKE_MILLISECONDS) {
        throw new Unreadable(
            "Unix epoch seconds (this number is past the year 5000: milliseconds? divide by 1000)");
      }
      return seconds;
    }
    double fast = plainUtc(text);
    if (!Double.isNaN(fast)) {
      return fast;
    }
    try {
      OffsetDateTime time = OffsetDateTime.parse(text);
      return time.toEpochSecond() + time.getNano() / 1e9;
    } catch (DateTimeParseException notWithZone) {
      // Try the other forms below.
    }
    if (text.length() == 10) {
      try {
        return LocalDate.parse(text).toEpochDay() * 86_400.0;
      } catch (DateTimeParseException notADate) {
        throw new Unreadable(FORM);
      }
    }
    try {
      LocalDateTime.parse(text.replace(' ', 'T'));
      throw new Unreadable(
          "a timestamp with a zone, like 2025-01-06T00:05:00Z or 2025-01-06T01:05:00+01:00 (a time"
              + " without one is ambiguous around daylight-saving changes)");
    } catch (DateTimeParseException notLocal) {
      throw new Unreadable(FORM);
    }
  }

  private static boolean isEpochNumber(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int digits = 0;
    boolean point = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ProfileText.isDigit(c)) {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digits > 0;
  }

  /**
   * The common form {@code yyyy-MM-ddTHH:mm:ssZ} without the general parser, which is several times
   * slower on a five-million-row file; NaN for any other form, which the general parser then reads
   * or refuses.
   */
  private double plainUtc(String text) {
    if (text.length() != 20
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(19) != 'Z') {
      return Double.NaN;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23) {
      return Double.NaN;
    }
    if (minute < 0 || minute > 59 || second < 0 || second > 59) {
      return Double.NaN;
    }
    long epochDay = epochDay(year, month, day);
    if (epochDay == NO_SUCH_DAY) {
      return Double.NaN;
    }
    return epochDay * 86_400.0 + hour * 3_600 + minute * 60 + second;
  }

  private static final long NO_SUCH_DAY = Long.MIN_VALUE;

  /** The epoch day of a date, or {@link #NO_SUCH_DAY}; the previous row's date is remembered. */
  private long epochDay(int year, int month, int day) {
    long key = (year * 100L + month) * 100L + day;
    if (key == lastDate) {
      return lastEpochDay;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException noSuchDay) {
      return NO_SUCH_DAY;
    }
    lastDate = key;
    lastEpochDay = epochDay;
    return epochDay;
  }

  /** The value of {@code count} decimal digits from {@code from}, or -1 if one is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (!ProfileText.isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}

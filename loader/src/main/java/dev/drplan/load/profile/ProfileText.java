package dev.drplan.load.profile;

import java.time.Instant;
import java.util.Locale;

/**
 * Small text helpers shared by the profile readers: numbers, instants and lengths of time (quoting
 * is {@link dev.drplan.load.Messages#quote}, as for scenarios).
 */
final class ProfileText {
  private ProfileText() {}

  /**
   * Whether {@code text} is a plain decimal number: an optional sign, digits with an optional
   * fraction, an optional exponent. Java's own parser also takes {@code NaN}, {@code Infinity},
   * hexadecimal and a trailing {@code d} or {@code f}, none of which a profile should contain.
   */
  static boolean isDecimal(String text) {
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return false;
      }
    }
    return i == n;
  }

  /**
   * The value of a plain decimal number ({@link #isDecimal} holds): a whole number of up to 15
   * digits, the usual form of a byte count, is read digit by digit (exactly, since every such
   * number is a double), anything else by {@link Double#parseDouble}. A five-million-row file reads
   * one per row, mostly before the JIT has compiled the general parser.
   */
  static double decimal(String text) {
    int n = text.length();
    if (n > 0 && n <= 15) {
      long value = 0;
      int i = 0;
      for (; i < n; i++) {
        char c = text.charAt(i);
        if (!isDigit(c)) {
          break;
        }
        value = value * 10 + (c - '0');
      }
      if (i == n) {
        return value;
      }
    }
    return Double.parseDouble(text);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The ISO-8601 UTC form of {@code epochSeconds}, e.g. {@code 2025-01-06T00:05:00Z}. */
  static String iso(double epochSeconds) {
    double whole = Math.floor(epochSeconds);
    long nanos = Math.round((epochSeconds - whole) * 1e9);
    return Instant.ofEpochSecond((long) whole, nanos).toString();
  }

  /** A length of time in the largest unit that divides it, e.g. {@code 15 min}, {@code 2 d}. */
  static String duration(double seconds) {
    if (seconds >= 86_400 && isMultiple(seconds, 86_400)) {
      return number(seconds / 86_400) + " d";
    }
    if (seconds >= 3_600 && isMultiple(seconds, 3_600)) {
      return number(seconds / 3_600) + " h";
    }
    if (seconds >= 60 && isMultiple(seconds, 60)) {
      return number(seconds / 60) + " min";
    }
    return number(seconds) + " s";
  }

  private static boolean isMultiple(double seconds, double unit) {
    double ratio = seconds / unit;
    return Math.abs(ratio - Math.rint(ratio)) < 1e-9 * Math.max(1, ratio);
  }

  /** A whole number without a fraction, others with up to six significant digits. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) value);
    }
    return String.format(Locale.ROOT, "%.6g", value).replaceFirst("\\.?0+(e|$)", "$1");
  }
}

package dev.drplan.report;

import dev.drplan.catalog.ValueKind;
import dev.drplan.report.ShortestDecimal.Ties;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.MachineNumber;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The one place that chooses display units and formats numbers, always as {@link Locale#ROOT}
 * writes them (a point for decimals, a comma between thousands), whatever the machine's locale.
 *
 * <p>Human figures (tables, markdown, reasons, explain) carry their unit and are rounded: a figure
 * below 10 shows two decimals, any other one decimal ({@code "1.35 PB"}, {@code "144.7 d"}); a
 * figure in parentheses beside another, in a second unit, shows three significant digits ({@code
 * "40.0 GB/s (320 Gbps)"}). Conventions, stated once for every report:
 *
 * <ul>
 *   <li>sizes are decimal (1 TB = 1e12 B, 1 PB = 1e15 B); GCS bills per GiB (2^30 B), shown beside
 *       where billing needs it;
 *   <li>rates are bytes per second with the decimal bit rate beside (1 Gbps = 1e9 bit/s, so 1 GB/s
 *       = 8 Gbps);
 *   <li>durations pick s, min, h, d (86,400 s) or y (365.25 d) by magnitude;
 *   <li>money is US dollars, with k, M and B for thousands, millions and billions; a month is
 *       365.25 / 12 days (730.5 h);
 *   <li>a figure that cannot exist prints as {@link #NEVER} or {@link #NONE}, never as NaN,
 *       Infinity or a huge number.
 * </ul>
 *
 * <p>Machine figures (CSV, JSON) are {@link #plain plain}: rounded to {@value #MACHINE_DIGITS}
 * significant digits, the shortest decimal, no exponent, no grouping; non-finite values are
 * refused.
 */
public final class Display {
  private Display() {}

  /** A duration that never ends: a copy that never converges, data that never fills. */
  public static final String NEVER = "never";

  /** A figure that does not exist or does not apply. */
  public static final String NONE = "—";

  /**
   * A price no one gave, or a cost line that reads one: never shown as $0, which would read as free
   * (docs/model.md §7).
   */
  public static final String NOT_PRICED = "not priced";

  private static final String[] SIZE_UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
  private static final String[] BINARY_SIZE_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
  private static final String[] RATE_UNITS = {
    "B/s", "kB/s", "MB/s", "GB/s", "TB/s", "PB/s", "EB/s"
  };

  // ---- numbers -------------------------------------------------------------------------------

  /**
   * A human number: two decimals below 10, else one; thousands grouped ({@code "1,234.5"}); from
   * 10^12 up, where grouped digits no longer read at a glance, in {@link #scientific} notation.
   */
  public static String number(double value) {
    requireFinite(value);
    if (Math.abs(value) >= LARGEST_PLAIN) {
      return scientific(value);
    }
    return fixed(value, Math.abs(value) < 10 ? 2 : 1);
  }

  /** A whole count with thousands grouped: {@code "1,234"}. */
  public static String count(long value) {
    String digits = Long.toString(Math.abs(value));
    return (value < 0 ? "-" : "") + grouped(digits);
  }

  /**
   * A number to three significant digits, for a second unit beside the first ({@code "320"}, {@code
   * "1.60"}); from 1,000 up, the whole number ({@code "1,434"}).
   */
  public static String significant(double value) {
    requireFinite(value);
    if (value == 0) {
      return "0";
    }
    if (Math.abs(value) < SMALLEST_PLAIN || Math.abs(value) >= LARGEST_PLAIN) {
      return scientific(value);
    }
    if (Math.abs(value) >= 999.5) {
      return fixed(value, 0);
    }
    // Three significant digits, all of them within the decimals written: no second rounding.
    ShortestDecimal rounded = ShortestDecimal.of(value).toSignificantDigits(3, Ties.UP);
    return rounded.written(Math.max(0, 2 - rounded.exponent()), true);
  }

  /**
   * The smallest magnitude {@link #significant} writes in decimals: below, its leading zeros would
   * hide its digits ("0.000000000000100"), so it is written in {@link #scientific} notation. Above,
   * ordinary figures keep their decimals: a kB/s change rate in Gbps ("0.000370 Gbps"), a unit
   * price below a tenth of a cent ("$0.000990" per GiB-month), as price lists write them.
   */
  private static final double SMALLEST_PLAIN = 1e-6;

  /**
   * The magnitude from which {@link #number} and {@link #significant} write {@link #scientific}.
   */
  private static final double LARGEST_PLAIN = 1e12;

  /**
   * A number to three significant digits in scientific notation, as a person writes it by hand:
   * {@code "1.00 × 10⁻¹²"}, {@code "8.00 × 10¹¹"}; for a figure too small or too large for its unit
   * to be read in decimals.
   */
  public static String scientific(double value) {
    requireFinite(value);
    if (value == 0) {
      return "0";
    }
    ShortestDecimal rounded = ShortestDecimal.of(value).toSignificantDigits(3, Ties.UP);
    int exponent = rounded.exponent();
    // Three significant digits, the first before the point: two decimals hold them exactly.
    return rounded.movePointLeft(exponent).written(2, false) + " × 10" + superscript(exponent);
  }

  /** An exponent in superscript digits: {@code -12} is {@code "⁻¹²"}. */
  static String superscript(int exponent) {
    String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    StringBuilder out = new StringBuilder();
    for (char c : Integer.toString(exponent).toCharArray()) {
      out.append(c == '-' ? '⁻' : digits.charAt(c - '0'));
    }
    return out.toString();
  }

  /**
   * A catalog figure as published, to its last significant decimal ({@code "0.000027397"}): at
   * least {@code minDecimals} and at most {@code maxDecimals} decimals, thousands grouped.
   */
  public static String precise(double value, int minDecimals, int maxDecimals) {
    requireFinite(value);
    ShortestDecimal rounded = ShortestDecimal.of(value).toDecimals(maxDecimals, Ties.EVEN);
    // Through the double, as this was written before: up to 17 digits kept, the nearest double's
    // shortest digits are what a reader has always been shown.
    return fixed(rounded.toDouble(), Math.max(minDecimals, Math.max(0, rounded.scale())));
  }

  /** How many significant digits a machine number (CSV, JSON) keeps ({@link MachineNumber}). */
  public static final int MACHINE_DIGITS = MachineNumber.DIGITS;

  /**
   * A machine number for CSV and JSON: the value rounded to {@value #MACHINE_DIGITS} significant
   * digits (half to even), written as the shortest decimal, without exponent or grouping ({@code
   * 1e20} prints as {@code 100000000000000000000}, {@code 0.1 + 0.2} as {@code 0.3}). docs/model.md
   * states the rule in its Output contract.
   *
   * @throws IllegalStateException for NaN or an infinity, which no output may contain
   */
  public static String plain(double value) {
    requireFinite(value);
    if (value == 0) {
      return "0";
    }
    // Double.toString writes 1e-3 <= |value| < 1e7 without exponent and with no trailing zero
    // but ".0": when it has no more significant digits than are kept, it is the machine number as
    // it is, and that text is the quickest to get (a sweep's CSV writes millions).
    String text = Double.toString(value);
    if (text.indexOf('E') < 0) {
      String trimmed = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
      if (significantDigits(trimmed) <= MACHINE_DIGITS) {
        return trimmed;
      }
    }
    return ShortestDecimal.parse(text).toSignificantDigits(MACHINE_DIGITS, Ties.EVEN).plain();
  }

  /** {@link #plain} as a {@link BigDecimal}, for the JSON writer. */
  public static BigDecimal decimal(double value) {
    requireFinite(value);
    return MachineNumber.of(value);
  }

  /** The significant digits of a plain decimal without exponent: "0.00120" has 3, "100" 3. */
  private static int significantDigits(String text) {
    int first = -1;
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (first < 0 && c != '0') {
          first = i;
        }
        if (first >= 0) {
          digits++;
        }
      }
    }
    return digits;
  }

  // ---- quantities ----------------------------------------------------------------------------

  /** A size in decimal units picked by magnitude: {@code "500.0 PB"}, {@code "1.35 TB"}. */
  public static String size(DataSize size) {
    return scaled(size.bytes(), 1000, SIZE_UNITS);
  }

  /**
   * A size as its writer most likely wrote it: in binary units ({@code "64.0 MiB"}, {@code "2.00
   * PiB"}) when the bytes are a short number of a binary unit and not of a decimal one, else as
   * {@link #size}. Used where a table echoes an input, so that {@code 64 MiB} in the scenario is
   * {@code 64.0 MiB} in the report rather than {@code 67.1 MB}; a computed figure is never short in
   * binary units unless its inputs were.
   */
  public static String sizeAsWritten(DataSize size) {
    return sizeLike(size, size);
  }

  /**
   * {@code size} in the family of units {@code writtenAs} is shown in by {@link #sizeAsWritten}:
   * the data at the end of the horizon beside the day-one size the user wrote in PiB.
   */
  public static String sizeLike(DataSize size, DataSize writtenAs) {
    return writtenInBinary(writtenAs.bytes())
        ? scaled(size.bytes(), 1024, BINARY_SIZE_UNITS)
        : size(size);
  }

  /**
   * A size in the unit, of either family, that writes it with the fewest digits ({@code "3,000
   * GiB"}, {@code "1,351.68 TB"}; on a tie the smaller unit, decimal before binary); for listings
   * that show a figure as it was published.
   */
  public static String[] sizeInItsUnit(DataSize size) {
    double bytes = size.bytes();
    String[] best = {precise(bytes, 0, 3), "B"};
    int fewest = writtenLength(bytes);
    for (int i = 1; i < SIZE_UNITS.length; i++) {
      double decimal = bytes / Math.pow(1000, i);
      if (decimal >= 1 && writtenLength(decimal) < fewest) {
        fewest = writtenLength(decimal);
        best = new String[] {precise(decimal, 0, 6), SIZE_UNITS[i]};
      }
    }
    for (int i = 1; i < BINARY_SIZE_UNITS.length; i++) {
      double binary = bytes / Math.pow(1024, i);
      if (binary >= 1 && writtenLength(binary) < fewest) {
        fewest = writtenLength(binary);
        best = new String[] {precise(binary, 0, 6), BINARY_SIZE_UNITS[i]};
      }
    }
    return best;
  }

  /** Whether {@code bytes} is written with fewer digits in some binary unit than in any decimal. */
  private static boolean writtenInBinary(double bytes) {
    int decimal = Integer.MAX_VALUE;
    int binary = Integer.MAX_VALUE;
    for (int i = 0; i < SIZE_UNITS.length; i++) {
      double value = bytes / Math.pow(1000, i);
      if (value >= 1 || i == 0) {
        decimal = Math.min(decimal, writtenLength(value));
      }
    }
    for (int i = 1; i < BINARY_SIZE_UNITS.length; i++) {
      double value = bytes / Math.pow(1024, i);
      if (value >= 1) {
        binary = Math.min(binary, writtenLength(value));
      }
    }
    // A computed figure has a long tail in both families; only a short binary number was typed.
    return binary < decimal && binary <= MOST_TYPED_DIGITS;
  }

  /** The most digits a size someone typed has ("1351.68" has 6): beyond, it was computed. */
  private static final int MOST_TYPED_DIGITS = 9;

  /**
   * The digits of {@code value} written out in full, as a person types it: {@code 64} is 2, {@code
   * 1351.68} is 6, {@code 1320000000000} is 13.
   */
  private static int writtenLength(double value) {
    return ShortestDecimal.of(value).writtenLength();
  }

  /** A size in whole GiB, as GCS bills it: {@code "465,661,287 GiB"}. */
  public static String gibibytes(DataSize size) {
    return count(Math.round(size.gibibytes())) + " GiB";
  }

  /** An object or file size in MiB, as storage tools quote them: {@code "256.0 MiB"}. */
  public static String mebibytes(DataSize size) {
    return number(size.bytes() / DataSize.MIB) + " MiB";
  }

  /** A size in TiB: {@code "454,747.4 TiB"}. */
  public static String tebibytes(DataSize size) {
    return number(size.tebibytes()) + " TiB";
  }

  /** A size with its billed GiB beside: {@code "500.0 PB (465,661,287 GiB)"}. */
  public static String sizeAndGibibytes(DataSize size) {
    return size(size) + " (" + gibibytes(size) + ")";
  }

  /** A byte rate picked by magnitude with the bit rate beside: {@code "40.0 GB/s (320 Gbps)"}. */
  public static String rate(DataRate rate) {
    return byteRate(rate) + " (" + significant(rate.gigabitsPerSecond()) + " Gbps)";
  }

  /** A byte rate alone: {@code "40.0 GB/s"}. */
  public static String byteRate(DataRate rate) {
    return scaled(rate.bytesPerSecond(), 1000, RATE_UNITS);
  }

  /**
   * A bit rate in Gbps: {@code "320.0 Gbps"}; one too small for two decimals to show it to three
   * {@link #significant} digits, as {@link #rate} shows it beside ({@code "0.00320 Gbps"}, {@code
   * "8.00 × 10⁻⁹ Gbps"}).
   */
  public static String gigabits(DataRate rate) {
    double gbps = rate.gigabitsPerSecond();
    return (gbps > 0 && gbps < 0.005 ? significant(gbps) : number(gbps)) + " Gbps";
  }

  /**
   * A duration in the unit its magnitude calls for: seconds below a minute, minutes below an hour,
   * hours below a day, days below a year, then years ({@code "144.7 d"}, {@code "4.00 h"}).
   */
  public static String duration(TimeSpan span) {
    double seconds = span.seconds();
    if (seconds > 0 && seconds < 0.005) {
      // Too short for two decimals of a second to show it: never "0.00 s" for a positive span.
      return scientific(seconds) + " s";
    }
    if (seconds < TimeSpan.SECONDS_PER_MINUTE) {
      return number(seconds) + " s";
    }
    if (seconds < TimeSpan.SECONDS_PER_HOUR) {
      return upIfRounded(span.minutes(), " min", 60, span.hours(), " h");
    }
    if (seconds < TimeSpan.SECONDS_PER_DAY) {
      return upIfRounded(span.hours(), " h", 24, span.days(), " d");
    }
    if (seconds < TimeSpan.SECONDS_PER_YEAR) {
      return upIfRounded(span.days(), " d", TimeSpan.DAYS_PER_YEAR, span.years(), " y");
    }
    return number(span.years()) + " y";
  }

  /** A duration, or {@link #NEVER} for one that cannot end. */
  public static String durationOrNever(TimeSpan span) {
    return span == null ? NEVER : duration(span);
  }

  /** A duration, or {@link #NONE} for one that does not exist. */
  public static String durationOrNone(TimeSpan span) {
    return span == null ? NONE : duration(span);
  }

  /**
   * A fraction as a percentage: {@code "80.0%"}, {@code "0.50%"}. Above 98% and below 100% it has
   * two decimals, rounded down, so that a share just short of all ({@code "99.96%"}) never reads as
   * 100%, nor one just short of a 99% target ({@code "98.96%"}) as 99.0%.
   */
  public static String percent(Fraction fraction) {
    double percent = fraction.percent();
    boolean tenths = Math.abs(percent * 10 - Math.rint(percent * 10)) < 1e-6;
    if (percent > 98 && percent < 100 && !tenths) {
      return fixed(Math.floor(percent * 100) / 100, 2) + "%";
    }
    return number(percent) + "%";
  }

  /**
   * Dollars for tables: {@code "$12.3 M"}, {@code "$1.24 B"}, {@code "$68.0 k"}, {@code "$850.00"};
   * unit prices below a dollar to three significant digits ({@code "$0.00120"}); from a thousand
   * billion up, and below a millionth of a dollar, in {@link #scientific} notation ({@code "$1.00 ×
   * 10³⁴"}).
   */
  public static String money(Money money) {
    double usd = money.usd();
    if (usd == 0) {
      return "$0";
    }
    if (usd < 1) {
      return "$" + significant(usd);
    }
    if (usd < 1e3) {
      return "$" + fixed(usd, 2);
    }
    if (roundsBelow(usd / 1e3, 1000)) {
      return "$" + number(usd / 1e3) + " k";
    }
    if (roundsBelow(usd / 1e6, 1000)) {
      return "$" + number(usd / 1e6) + " M";
    }
    if (roundsBelow(usd / 1e9, 1000)) {
      return "$" + number(usd / 1e9) + " B";
    }
    // A thousand billion and more (a chart's axis over a swept cost): "$1.00 × 10³⁴", never a
    // number of billions too long to read.
    return "$" + scientific(usd);
  }

  /**
   * An amount that may be negative, as {@link #money} with a minus sign (U+2212) before the dollar:
   * {@code "−$12.0 M"}; a remedy that saves more on-prem spend than a pair costs has one.
   */
  public static String signedMoney(double usd) {
    return (usd < 0 ? "−" : "") + money(Money.ofUsd(Math.abs(usd)));
  }

  /** A recurring monthly cost for tables: {@code "$12.3 M/month"}. */
  public static String moneyPerMonth(Money money) {
    return money(money) + "/month";
  }

  /** Yes or no. */
  public static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  /**
   * Any figure of a reason or a derivation in its human unit: typed quantities by their kind, whole
   * numbers grouped, words as they are, {@code null} as {@link #NEVER}.
   */
  public static String value(Object value) {
    if (value == null) {
      return NEVER;
    }
    if (value instanceof DataSize) {
      // A reason or derivation quotes inputs: a size written in binary units stays so.
      return sizeAsWritten((DataSize) value);
    }
    if (value instanceof DataRate) {
      return rate((DataRate) value);
    }
    if (value instanceof TimeSpan) {
      return duration((TimeSpan) value);
    }
    if (value instanceof Money) {
      return money((Money) value);
    }
    if (value instanceof Fraction) {
      return percent((Fraction) value);
    }
    if (value instanceof Long || value instanceof Integer) {
      return count(((Number) value).longValue());
    }
    if (value instanceof Number) {
      return number(((Number) value).doubleValue());
    }
    if (value instanceof Boolean) {
      return yesNo((Boolean) value);
    }
    return String.valueOf(value);
  }

  /**
   * Any figure in its canonical unit as a machine number, for tracing a human figure back to the
   * JSON output: {@code "37129300000000000 B"}, {@code "12500000 s"}, {@code "0.3"}; {@code null}
   * for a figure that cannot exist.
   */
  public static String canonical(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof DataSize) {
      return plain(((DataSize) value).bytes()) + " B";
    }
    if (value instanceof DataRate) {
      return plain(((DataRate) value).bytesPerSecond()) + " B/s";
    }
    if (value instanceof TimeSpan) {
      return plain(((TimeSpan) value).seconds()) + " s";
    }
    if (value instanceof Money) {
      return plain(((Money) value).usd()) + " USD";
    }
    if (value instanceof Fraction) {
      return plain(((Fraction) value).value());
    }
    if (value instanceof Double || value instanceof Float) {
      return plain(((Number) value).doubleValue());
    }
    return String.valueOf(value);
  }

  /**
   * A canonical value of a scenario key ({@code dev.drplan.analysis.ScenarioKey}) in its human
   * unit: bytes as a size, bytes/s as a rate, seconds as a duration, a ratio as a percentage, USD
   * as money, a count grouped, a plain number as {@link #number}.
   */
  /**
   * {@link #ofKind} for one of the values of an input, in the unit family its writer used: a size
   * in binary units when {@code writtenAs} (the value the scenario gave, such as a distribution's
   * median or mode) was written in them ({@link #sizeLike}), so that an input given as 128 MiB is
   * 128.0 MiB, and its P10 32.0 MiB, wherever it is shown, as explain quotes it; other kinds as
   * {@link #ofKind}.
   */
  public static String ofKindLike(ValueKind kind, double canonical, double writtenAs) {
    if (kind == ValueKind.SIZE) {
      return sizeLike(DataSize.ofBytes(canonical), DataSize.ofBytes(writtenAs));
    }
    return ofKind(kind, canonical);
  }

  public static String ofKind(ValueKind kind, double canonical) {
    switch (kind) {
      case SIZE:
        return size(DataSize.ofBytes(canonical));
      case RATE:
        return rate(DataRate.ofBytesPerSecond(canonical));
      case DURATION:
        return duration(TimeSpan.ofSeconds(canonical));
      case FRACTION:
        return percent(Fraction.of(canonical));
      case MONEY:
        // A difference of costs may be negative; Money holds none.
        return canonical < 0 ? "-" + money(Money.ofUsd(-canonical)) : money(Money.ofUsd(canonical));
      case COUNT:
        return count(Math.round(canonical));
      default:
        return number(canonical);
    }
  }

  /**
   * A coordinate or length of a drawing (SVG), to two decimals, no grouping, no exponent: {@code
   * "123.46"}, {@code "-4"}.
   *
   * @throws IllegalStateException for NaN or an infinity, which no drawing may contain
   */
  public static String coordinate(double value) {
    requireFinite(value);
    return ShortestDecimal.of(value).toDecimals(2, Ties.UP).plain();
  }

  // ---- helpers -------------------------------------------------------------------------------

  /**
   * The value in the largest unit in which it is at least 1, after rounding; below one of the
   * smallest unit (a fraction of a byte), in it with two decimals, or, too small for those to show
   * it, in {@link #scientific} notation ({@code "1.00 × 10⁻¹² B/s"}): a positive figure never reads
   * as 0.
   */
  private static String scaled(double value, double step, String[] units) {
    int unit = 0;
    double scaled = value;
    while (unit < units.length - 1 && !roundsBelow(scaled, step)) {
      scaled /= step;
      unit++;
    }
    if (unit == 0) {
      if (scaled > 0 && scaled < 1) {
        return (scaled < 0.005 ? scientific(scaled) : number(scaled)) + " " + units[0];
      }
      return count(Math.round(scaled)) + " " + units[0];
    }
    return number(scaled) + " " + units[unit];
  }

  /** The smaller unit unless its rounded figure reaches the next unit's size. */
  private static String upIfRounded(
      double small, String smallUnit, double perLarge, double large, String largeUnit) {
    return roundsBelow(small, perLarge) ? number(small) + smallUnit : number(large) + largeUnit;
  }

  /** Whether {@code value}, rounded as {@link #number} prints it, is still below {@code limit}. */
  private static boolean roundsBelow(double value, double limit) {
    int decimals = Math.abs(value) < 10 ? 2 : 1;
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale < limit;
  }

  /**
   * {@code value} rounded half-up to {@code decimals} places, thousands grouped with commas. Done
   * on {@link ShortestDecimal}'s digits rather than with {@code DecimalFormat}, which would load
   * the JDK's locale data at every start (a tenth of a second of a command's run), or {@code
   * BigDecimal}, whose initialiser takes some 9 ms of CPU on JDK 25.
   */
  static String fixed(double value, int decimals) {
    return ShortestDecimal.of(value).toDecimals(decimals, Ties.UP).written(decimals, true);
  }

  /** A string of digits with a comma before every group of three from the right. */
  static String grouped(String digits) {
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }

  private static void requireFinite(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalStateException("a report figure must be finite, was " + value);
    }
  }
}

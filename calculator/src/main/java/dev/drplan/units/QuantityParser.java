package dev.drplan.units;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the quantity strings of docs/scenario-format.md ("Quantities") into typed values. This is
 * the only class that knows unit spellings: the scenario loader, the catalog reader and the probe's
 * options all read through it. Pure string work, so it lives beside the quantities. Numbers are
 * decimal with an optional exponent; a size, rate or duration without its unit is an error, never a
 * guess.
 */
public final class QuantityParser {

  private QuantityParser() {}

  private static final String NUMBER =
      "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)";
  private static final Pattern NUMBER_WITH_UNIT =
      Pattern.compile("\\s*" + NUMBER + "\\s*([A-Za-z/%]*)\\s*");
  private static final Pattern LINK = Pattern.compile("\\s*([0-9]+)\\s*[xX×]\\s*(\\S.*)");

  public static final String SIZE_FORM = "a size like \"300 TB\" or \"64 MiB\"";
  public static final String RATE_FORM = "a rate like \"100 Gbps\" or \"250 MB/s\"";
  public static final String DURATION_FORM = "a duration like \"4 h\", \"180 d\" or \"5 y\"";
  public static final String FRACTION_FORM = "a fraction like \"40%\" or a number from 0 to 1";
  public static final String MONEY_FORM = "an amount of US dollars as a plain number, like 0.0012";
  public static final String COUNT_FORM = "a whole number, like 4";
  public static final String NUMBER_FORM = "a plain number, like 3";
  public static final String SIGNED_NUMBER_FORM = "a plain number, like 0.5 or -0.3";
  public static final String LINK_FORM = "a link like \"4 x 100 Gbps\"";

  private static final Map<String, Double> SIZE_UNITS = new LinkedHashMap<>();
  private static final Map<String, Double> RATE_UNITS = new LinkedHashMap<>();
  private static final Map<String, Double> DURATION_UNITS = new LinkedHashMap<>();

  static {
    SIZE_UNITS.put("B", 1.0);
    SIZE_UNITS.put("kB", DataSize.KB);
    SIZE_UNITS.put("KB", DataSize.KB);
    SIZE_UNITS.put("MB", DataSize.MB);
    SIZE_UNITS.put("GB", DataSize.GB);
    SIZE_UNITS.put("TB", DataSize.TB);
    SIZE_UNITS.put("PB", DataSize.PB);
    SIZE_UNITS.put("EB", DataSize.EB);
    SIZE_UNITS.put("KiB", DataSize.KIB);
    SIZE_UNITS.put("MiB", DataSize.MIB);
    SIZE_UNITS.put("GiB", DataSize.GIB);
    SIZE_UNITS.put("TiB", DataSize.TIB);
    SIZE_UNITS.put("PiB", DataSize.PIB);
    SIZE_UNITS.put("EiB", DataSize.EIB);

    // Bit rates are decimal; the factor 8 is applied once, in DataRate.
    RATE_UNITS.put("bps", 1.0 / DataRate.BITS_PER_BYTE);
    RATE_UNITS.put("Kbps", 1e3 / DataRate.BITS_PER_BYTE);
    RATE_UNITS.put("kbps", 1e3 / DataRate.BITS_PER_BYTE);
    RATE_UNITS.put("Mbps", 1e6 / DataRate.BITS_PER_BYTE);
    RATE_UNITS.put("Gbps", 1e9 / DataRate.BITS_PER_BYTE);
    RATE_UNITS.put("Tbps", 1e12 / DataRate.BITS_PER_BYTE);
    for (Map.Entry<String, Double> size : SIZE_UNITS.entrySet()) {
      RATE_UNITS.put(size.getKey() + "/s", size.getValue());
    }

    DURATION_UNITS.put("ms", 1e-3);
    DURATION_UNITS.put("s", 1.0);
    DURATION_UNITS.put("min", TimeSpan.SECONDS_PER_MINUTE);
    DURATION_UNITS.put("h", TimeSpan.SECONDS_PER_HOUR);
    DURATION_UNITS.put("d", TimeSpan.SECONDS_PER_DAY);
    DURATION_UNITS.put("w", TimeSpan.SECONDS_PER_WEEK);
    DURATION_UNITS.put("mo", TimeSpan.SECONDS_PER_MONTH);
    DURATION_UNITS.put("y", TimeSpan.SECONDS_PER_YEAR);
  }

  /** A size: a non-negative number and one of B, kB..EB (powers of 1000), KiB..EiB (of 1024). */
  public static DataSize size(String text) {
    return DataSize.ofBytes(withUnit(text, SIZE_UNITS, SIZE_FORM));
  }

  /** A rate: bps..Tbps (decimal bits per second) or B/s..EB/s, KiB/s..EiB/s (bytes per second). */
  public static DataRate rate(String text) {
    return DataRate.ofBytesPerSecond(withUnit(text, RATE_UNITS, RATE_FORM));
  }

  /** A duration: ms, s, min, h, d, w, mo (365.25/12 d) or y (365.25 d). */
  public static TimeSpan duration(String text) {
    return TimeSpan.ofSeconds(withUnit(text, DURATION_UNITS, DURATION_FORM));
  }

  /**
   * A fraction: {@code "40%"}, or a plain number from 0 to 1. Percentages may be negative or above
   * 100% (growth); which range a key accepts is the caller's check.
   */
  public static Fraction fraction(String text) {
    Matcher m = matchNumber(text, FRACTION_FORM);
    String unit = m.group(2);
    double number = finite(m.group(1), text, FRACTION_FORM);
    if (unit.equals("%")) {
      if (number < -100) {
        throw new QuantityFormatException("a fraction of at least -100%", quote(text));
      }
      return Fraction.ofPercent(number);
    }
    if (!unit.isEmpty() || number < 0 || number > 1) {
      throw new QuantityFormatException(FRACTION_FORM, quote(text));
    }
    return Fraction.of(number);
  }

  /** Money: a plain, non-negative number of US dollars. */
  public static Money money(String text) {
    return Money.ofUsd(plainNonNegative(text, MONEY_FORM));
  }

  /** A plain, non-negative real number (ratios, factors). */
  public static double number(String text) {
    return plainNonNegative(text, NUMBER_FORM);
  }

  /** A plain real number that may be negative, e.g. a rank correlation. */
  public static double signedNumber(String text) {
    Matcher m = matchNumber(text, SIGNED_NUMBER_FORM);
    if (!m.group(2).isEmpty()) {
      throw new QuantityFormatException(SIGNED_NUMBER_FORM, quote(text));
    }
    return finite(m.group(1), text, SIGNED_NUMBER_FORM);
  }

  /** A non-negative whole number that fits an {@code int}. */
  public static int count(String text) {
    double value = wholeNumber(text);
    if (value > Integer.MAX_VALUE) {
      throw new QuantityFormatException(COUNT_FORM, quote(text));
    }
    return (int) value;
  }

  /**
   * A non-negative whole number of any size, as a double ({@code "3e9"} is 3,000,000,000), so that
   * a caller can say which range a count must lie in rather than that it is not a count.
   */
  public static double wholeNumber(String text) {
    double value = plainNonNegative(text, COUNT_FORM);
    if (value != Math.rint(value)) {
      throw new QuantityFormatException(COUNT_FORM, quote(text));
    }
    return value;
  }

  /** A link size {@code "N x RATE"}: circuit count and line rate of each. */
  public static LinkSize link(String text) {
    Matcher m = LINK.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new QuantityFormatException(LINK_FORM, quote(text));
    }
    // More digits than a long holds are more circuits than any domain allows; the caller's range
    // check refuses them by the saturated count, quoting the text as written.
    String digits = m.group(1).replaceFirst("^0+(?=.)", "");
    long circuits = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    DataRate line;
    try {
      line = rate(m.group(2));
    } catch (QuantityFormatException badRate) {
      throw new QuantityFormatException(LINK_FORM, quote(text));
    }
    return new LinkSize(circuits, line);
  }

  /** The unit spellings of a size, in the order of the format ("B", "kB", ... "EiB"). */
  public static List<String> sizeUnits() {
    return List.copyOf(SIZE_UNITS.keySet());
  }

  /** The unit spellings of a rate ("bps", ... "EiB/s"). */
  public static List<String> rateUnits() {
    return List.copyOf(RATE_UNITS.keySet());
  }

  /** The unit spellings of a duration ("ms", "s", "min", "h", "d", "w", "mo", "y"). */
  public static List<String> durationUnits() {
    return List.copyOf(DURATION_UNITS.keySet());
  }

  /** The two parts of a link size. */
  public record LinkSize(long circuits, DataRate lineRate) {}

  private static double withUnit(String text, Map<String, Double> units, String form) {
    Matcher m = matchNumber(text, form);
    Double factor = units.get(m.group(2));
    if (factor == null) {
      throw new QuantityFormatException(form, quote(text));
    }
    double number = finite(m.group(1), text, form);
    if (number < 0) {
      throw new QuantityFormatException(form.replace("a ", "a non-negative "), quote(text));
    }
    double value = number * factor;
    if (Double.isInfinite(value)) {
      throw QuantityFormatException.tooLarge(form, quote(text));
    }
    return value;
  }

  private static double plainNonNegative(String text, String form) {
    Matcher m = matchNumber(text, form);
    if (!m.group(2).isEmpty()) {
      throw new QuantityFormatException(form, quote(text));
    }
    double number = finite(m.group(1), text, form);
    if (number < 0) {
      throw new QuantityFormatException(
          form.replace("a ", "a non-negative ").replace("an ", "a non-negative "), quote(text));
    }
    return number;
  }

  private static Matcher matchNumber(String text, String form) {
    Matcher m = NUMBER_WITH_UNIT.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new QuantityFormatException(form, quote(text));
    }
    return m;
  }

  private static double finite(String number, String text, String form) {
    double value = Double.parseDouble(number);
    if (Double.isInfinite(value) || Double.isNaN(value)) {
      throw QuantityFormatException.tooLarge(form, quote(text));
    }
    return value;
  }

  private static String quote(String text) {
    return text == null ? "nothing" : "\"" + text + "\"";
  }
}

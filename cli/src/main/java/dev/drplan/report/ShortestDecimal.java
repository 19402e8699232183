package dev.drplan.report;

/**
 * A finite double as the decimal {@link Double#toString} writes for it (its shortest digits), and
 * the roundings {@link Display} applies to those digits: to a number of significant digits or of
 * decimals, half up or half to even, a carry moving into the next digit ({@code 9.995} to three
 * digits is {@code 10.0}). The same decimal as {@code BigDecimal.valueOf(double)} and the same
 * roundings as {@code BigDecimal}'s, for every double (ShortestDecimalTest compares the two).
 *
 * <p>Why not {@code BigDecimal} itself: on JDK 25 its class initialiser squares large powers of
 * five, some 9 ms of CPU at every start of a command that formats a number (benchmarks/README.md,
 * "Issue 12, seventh round: numbers without BigDecimal"); these digits fit in a {@code long}.
 *
 * <p>A value is {@code ±digits × 10^-scale} with no trailing zero in {@code digits} (as {@code
 * BigDecimal.stripTrailingZeros} leaves it); zero has no sign and a scale of 0.
 */
final class ShortestDecimal {

  /** {@code 10^i} for every power a {@code long} holds. */
  private static final long[] POWERS_OF_TEN = new long[19];

  /** {@code 10^i} for every power a double holds exactly. */
  private static final double[] DOUBLE_POWERS_OF_TEN = new double[23];

  static {
    long power = 1;
    for (int i = 0; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = power;
      power *= 10;
    }
    double exact = 1;
    for (int i = 0; i < DOUBLE_POWERS_OF_TEN.length; i++) {
      DOUBLE_POWERS_OF_TEN[i] = exact;
      exact *= 10;
    }
  }

  /** Half up (0.5 to 1) or half to even (0.5 to 0, 1.5 to 2). */
  enum Ties {
    UP,
    EVEN
  }

  private final boolean negative;
  private final long digits;
  private final int scale;
  private final int precision;

  private ShortestDecimal(boolean negative, long digits, int scale) {
    // Normalised as BigDecimal.stripTrailingZeros leaves a value: no trailing zero, zero unsigned.
    while (digits != 0 && digits % 10 == 0) {
      digits /= 10;
      scale--;
    }
    this.negative = negative && digits != 0;
    this.digits = digits;
    this.scale = digits == 0 ? 0 : scale;
    int count = 1;
    while (count < POWERS_OF_TEN.length && digits >= POWERS_OF_TEN[count]) {
      count++;
    }
    this.precision = count;
  }

  /**
   * The decimal {@link Double#toString} writes for a finite {@code value} ({@code 0.1} for the
   * double nearest 0.1), which {@code BigDecimal.valueOf(value)} holds too.
   */
  static ShortestDecimal of(double value) {
    return parse(Double.toString(value));
  }

  /**
   * The decimal of a finite double's {@link Double#toString} text: {@code "-1.2345E-7"}, {@code
   * "123.45"}, {@code "1.0E20"} (at most 17 significant digits, so they fit in a long).
   */
  static ShortestDecimal parse(String text) {
    boolean negative = text.charAt(0) == '-';
    long digits = 0;
    int decimals = 0;
    boolean afterPoint = false;
    int exponent = 0;
    for (int i = negative ? 1 : 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        afterPoint = true;
      } else if (c == 'E') {
        exponent = Integer.parseInt(text, i + 1, text.length(), 10);
        break;
      } else {
        digits = digits * 10 + (c - '0');
        if (afterPoint) {
          decimals++;
        }
      }
    }
    return new ShortestDecimal(negative, digits, decimals - exponent);
  }

  /** Rounded to at most {@code significant} significant digits (BigDecimal's MathContext). */
  ShortestDecimal toSignificantDigits(int significant, Ties ties) {
    return drop(precision - significant, ties);
  }

  /** Rounded to at most {@code decimals} decimals (BigDecimal's setScale). */
  ShortestDecimal toDecimals(int decimals, Ties ties) {
    return drop(scale - decimals, ties);
  }

  /** Without its last {@code count} digits, rounded by {@code ties}; itself for none. */
  private ShortestDecimal drop(int count, Ties ties) {
    if (count <= 0) {
      return this;
    }
    if (count > precision) {
      // Below half a unit of the place kept: every digit dropped was less than 0.5 of it.
      return new ShortestDecimal(false, 0, 0);
    }
    // count <= precision <= 18, so the power is a long.
    long unit = POWERS_OF_TEN[count];
    long kept = digits / unit;
    long rest = digits - kept * unit;
    long half = unit / 2;
    if (rest > half || (rest == half && (ties == Ties.UP || (kept & 1) == 1))) {
      kept++;
    }
    return new ShortestDecimal(negative, kept, scale - count);
  }

  /** Whether it is below zero (zero is neither). */
  boolean isNegative() {
    return negative;
  }

  /** Its decimals once trailing zeros are gone (negative for a multiple of 10, 100...). */
  int scale() {
    return scale;
  }

  /** How many significant digits it has: 1 for zero. */
  int precision() {
    return precision;
  }

  /** The power of ten of its leading digit: 0 for 1.5, 2 for 150, -3 for 0.0015. */
  int exponent() {
    return precision() - scale - 1;
  }

  /** The same digits with the point moved {@code places} to the left. */
  ShortestDecimal movePointLeft(int places) {
    return new ShortestDecimal(negative, digits, scale + places);
  }

  /** The double nearest to it (as BigDecimal's doubleValue: exact, half to even). */
  double toDouble() {
    double magnitude;
    if (digits < 1L << 53 && scale >= 0 && scale < DOUBLE_POWERS_OF_TEN.length) {
      // Both operands exact, so the one rounding IEEE division does is the only one.
      magnitude = digits / DOUBLE_POWERS_OF_TEN[scale];
    } else if (digits < 1L << 53 && scale < 0 && -scale < DOUBLE_POWERS_OF_TEN.length) {
      magnitude = digits * DOUBLE_POWERS_OF_TEN[-scale];
    } else {
      magnitude = Double.parseDouble(digits + "E" + -scale);
    }
    return negative ? -magnitude : magnitude;
  }

  /**
   * Written out without exponent, as BigDecimal's toPlainString writes it once trailing zeros are
   * gone and the scale is at least 0: {@code "-0.00123"}, {@code "1500"}, {@code "0"}.
   */
  String plain() {
    return written(Math.max(0, scale), false);
  }

  /**
   * Written out with exactly {@code decimals} decimals (at least its scale: round it first), a sign
   * when below zero, and when {@code grouped} a comma before every group of three whole digits:
   * {@code "-1,234.50"}.
   */
  String written(int decimals, boolean grouped) {
    String significant = Long.toString(digits);
    // The digits before the point: the significant ones then zeros, or a lone 0 when there are
    // none.
    int whole = precision - scale;
    String wholeDigits =
        whole <= 0
            ? "0"
            : whole <= precision
                ? significant.substring(0, whole)
                : significant + "0".repeat(whole - precision);
    StringBuilder out = new StringBuilder(2 + wholeDigits.length() * 4 / 3 + decimals);
    if (negative) {
      out.append('-');
    }
    out.append(grouped ? Display.grouped(wholeDigits) : wholeDigits);
    if (decimals > 0) {
      out.append('.');
      for (int i = whole; i < whole + decimals; i++) {
        out.append(i >= 0 && i < precision ? significant.charAt(i) : '0');
      }
    }
    return out.toString();
  }

  /**
   * How many digits it has written out in full as BigDecimal's toPlainString writes it: {@code 64}
   * is 2, {@code 1351.68} 6, {@code 0.001} 4, {@code 1320000000000} 13, zero 1.
   */
  int writtenLength() {
    if (scale >= precision()) {
      return scale + 1;
    }
    return scale >= 0 ? precision() : precision() - scale;
  }
}

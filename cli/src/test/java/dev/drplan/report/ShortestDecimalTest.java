package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drplan.report.ShortestDecimal.Ties;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * {@link ShortestDecimal} and the {@link Display} figures written with it are, for every finite
 * double, what the {@code BigDecimal} expressions they replace gave: those expressions are the
 * reference here, and only here (the product no longer initialises {@code BigDecimal} to format a
 * number).
 */
class ShortestDecimalTest {

  // ---- the reference: Display's BigDecimal expressions before ShortestDecimal ----------------

  /** Display.fixed: half up to {@code decimals} places, grouped, no sign on a zero. */
  private static String fixedByBigDecimal(double value, int decimals) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    String digits = rounded.abs().toPlainString();
    int point = digits.indexOf('.');
    String whole = point < 0 ? digits : digits.substring(0, point);
    String sign = rounded.signum() < 0 ? "-" : "";
    return sign + Display.grouped(whole) + (point < 0 ? "" : digits.substring(point));
  }

  /** Display.significant's decimals from 1e-6 to 999.5: three digits half up, then fixed. */
  private static String significantByBigDecimal(double value) {
    BigDecimal rounded = BigDecimal.valueOf(value).round(new MathContext(3, RoundingMode.HALF_UP));
    int exponent = rounded.precision() - rounded.scale() - 1;
    return fixedByBigDecimal(rounded.doubleValue(), Math.max(0, 2 - exponent));
  }

  /** Display.scientific for a value other than zero. */
  private static String scientificMantissaAndExponentByBigDecimal(double value) {
    BigDecimal rounded = BigDecimal.valueOf(value).round(new MathContext(3, RoundingMode.HALF_UP));
    int exponent = rounded.precision() - rounded.scale() - 1;
    BigDecimal mantissa = rounded.movePointLeft(exponent).setScale(2, RoundingMode.HALF_UP);
    return mantissa.toPlainString() + " e" + exponent;
  }

  /** Display.precise. */
  private static String preciseByBigDecimal(double value, int minDecimals, int maxDecimals) {
    BigDecimal rounded =
        BigDecimal.valueOf(value)
            .setScale(maxDecimals, RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
    return fixedByBigDecimal(
        rounded.doubleValue(), Math.max(minDecimals, Math.max(0, rounded.scale())));
  }

  /** Display.writtenLength. */
  private static int writtenLengthByBigDecimal(double value) {
    String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    return (int) plain.chars().filter(Character::isDigit).count();
  }

  /** Display.coordinate. */
  private static String coordinateByBigDecimal(double value) {
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  /** Display.plain: MachineNumber's rule, written out. */
  private static String plainByBigDecimal(double value) {
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded =
        new BigDecimal(Double.toString(value))
            .round(new MathContext(12, RoundingMode.HALF_EVEN))
            .stripTrailingZeros();
    return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
  }

  // ---- the doubles -------------------------------------------------------------------------

  /**
   * Every finite double (its bits drawn at random, so every exponent is as likely), decimals of a
   * few digits (where ties are: 2.675, 0.125, 9.995), and the written-out edge cases.
   */
  @Provide
  Arbitrary<Double> doubles() {
    Arbitrary<Double> anyBits =
        Arbitraries.longs()
            .map(Double::longBitsToDouble)
            .filter(value -> !Double.isNaN(value) && !Double.isInfinite(value));
    Arbitrary<Double> shortDecimals =
        Arbitraries.longs()
            .between(-99_999, 99_999)
            .flatMap(
                digits ->
                    Arbitraries.integers()
                        .between(-25, 25)
                        .map(exponent -> Double.parseDouble(digits + "E" + exponent)));
    Arbitrary<Double> figures = Arbitraries.doubles().between(-1e22, 1e22);
    Arbitrary<Double> small = Arbitraries.doubles().between(-1000, 1000);
    return Arbitraries.frequencyOf(
        Tuple.of(4, anyBits),
        Tuple.of(4, shortDecimals),
        Tuple.of(2, figures),
        Tuple.of(2, small),
        Tuple.of(1, Arbitraries.of(edgeCases())));
  }

  /**
   * Ties at every digit position (0.5, 0.05, ..., 5e-20 and 1.5e20 ... with a 5 where each rounding
   * cuts), values just below and at powers of ten, zeros, subnormals, the extremes, integers above
   * 2^53, and the carries (9.995, 99.95, 999.5).
   */
  static List<Double> edgeCases() {
    List<Double> values = new ArrayList<>();
    for (double fixed :
        new double[] {
          0.0,
          -0.0,
          Double.MIN_VALUE,
          -Double.MIN_VALUE,
          Double.MIN_NORMAL,
          Math.nextDown(Double.MIN_NORMAL),
          Double.MAX_VALUE,
          -Double.MAX_VALUE,
          1e-300,
          -1e-300,
          1e300,
          -1e300,
          9.995,
          -9.995,
          99.95,
          999.5,
          999.4999,
          9.9949,
          0.995,
          0.125,
          2.675,
          1.005,
          0.0005,
          0.000999995,
          1e-6,
          9.99999e-7,
          1e12,
          999_999_999_999.95,
          9_007_199_254_740_993.0,
          18_014_398_509_481_985.0,
          1e20,
          1e22,
          1e23,
          123456789012.5,
          1234567890125.0,
          0.1 + 0.2,
          63469819.870000005,
        }) {
      values.add(fixed);
    }
    for (int exponent = -25; exponent <= 25; exponent++) {
      double power = Double.parseDouble("1E" + exponent);
      values.add(power);
      values.add(Math.nextDown(power));
      values.add(-Math.nextDown(power));
      values.add(Math.nextUp(power));
      for (String digits : new String[] {"5", "15", "25", "105", "995", "9995", "1000005"}) {
        values.add(Double.parseDouble(digits + "E" + exponent));
        values.add(-Double.parseDouble(digits + "E" + exponent));
      }
      // A 5 at the 13th significant digit: where the machine number's rounding cuts.
      values.add(Double.parseDouble("1.000000000005E" + exponent));
      values.add(Double.parseDouble("1.000000000015E" + exponent));
      values.add(Double.parseDouble("9.999999999995E" + exponent));
    }
    return values;
  }

  // ---- the routine against the reference ----------------------------------------------------

  @Property(tries = 20_000)
  void theDecimalIsBigDecimalsValueOf(@ForAll("doubles") double value) {
    BigDecimal reference = BigDecimal.valueOf(value).stripTrailingZeros();
    ShortestDecimal decimal = ShortestDecimal.of(value);
    assertThat(decimal.plain()).isEqualTo(plainOf(reference));
    assertThat(decimal.scale()).isEqualTo(reference.signum() == 0 ? 0 : reference.scale());
    assertThat(decimal.isNegative()).isEqualTo(reference.signum() < 0);
    assertThat(decimal.toDouble()).isEqualTo(reference.doubleValue());
  }

  @Property(tries = 10_000)
  void significantDigitsRoundAsMathContextDoes(@ForAll("doubles") double value) {
    for (int digits = 1; digits <= 17; digits++) {
      for (Ties ties : Ties.values()) {
        BigDecimal reference =
            BigDecimal.valueOf(value)
                .round(new MathContext(digits, roundingMode(ties)))
                .stripTrailingZeros();
        ShortestDecimal rounded = ShortestDecimal.of(value).toSignificantDigits(digits, ties);
        assertThat(rounded.plain())
            .as("%s to %d digits %s", value, digits, ties)
            .isEqualTo(plainOf(reference));
        assertThat(rounded.toDouble()).isEqualTo(reference.doubleValue());
        if (reference.signum() != 0) {
          assertThat(rounded.exponent()).isEqualTo(reference.precision() - reference.scale() - 1);
        }
      }
    }
  }

  @Property(tries = 10_000)
  void decimalsRoundAsSetScaleDoes(@ForAll("doubles") double value) {
    for (int decimals = 0; decimals <= 8; decimals++) {
      for (Ties ties : Ties.values()) {
        BigDecimal reference =
            BigDecimal.valueOf(value).setScale(decimals, roundingMode(ties)).stripTrailingZeros();
        ShortestDecimal rounded = ShortestDecimal.of(value).toDecimals(decimals, ties);
        assertThat(rounded.plain())
            .as("%s to %d decimals %s", value, decimals, ties)
            .isEqualTo(plainOf(reference));
        assertThat(rounded.scale()).isEqualTo(reference.signum() == 0 ? 0 : reference.scale());
        assertThat(rounded.toDouble()).isEqualTo(reference.doubleValue());
      }
    }
  }

  // ---- Display's figures against the reference ----------------------------------------------

  @Property(tries = 20_000)
  void numbersAreWhatBigDecimalWrote(@ForAll("doubles") double value) {
    if (Math.abs(value) < 1e12) {
      assertThat(Display.number(value))
          .isEqualTo(fixedByBigDecimal(value, Math.abs(value) < 10 ? 2 : 1));
    }
    // money's dollars and cents, significant's whole numbers: the same rounding, 2 and 0 places.
    assertThat(Display.fixed(value, 2)).isEqualTo(fixedByBigDecimal(value, 2));
    assertThat(Display.fixed(value, 0)).isEqualTo(fixedByBigDecimal(value, 0));
  }

  @Property(tries = 20_000)
  void significantFiguresAreWhatBigDecimalWrote(@ForAll("doubles") double value) {
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-6 && magnitude < 999.5) {
      assertThat(Display.significant(value)).isEqualTo(significantByBigDecimal(value));
    }
    if (value != 0) {
      String scientific = Display.scientific(value);
      String reference = scientificMantissaAndExponentByBigDecimal(value);
      String exponent = reference.substring(reference.indexOf(" e") + 2);
      assertThat(scientific)
          .isEqualTo(
              reference.substring(0, reference.indexOf(" e"))
                  + " × 10"
                  + Display.superscript(Integer.parseInt(exponent)));
    }
  }

  @Property(tries = 20_000)
  void preciseCoordinatesPlainAndLengthsAreWhatBigDecimalWrote(@ForAll("doubles") double value) {
    assertThat(Display.precise(value, 0, 3)).isEqualTo(preciseByBigDecimal(value, 0, 3));
    assertThat(Display.precise(value, 2, 6)).isEqualTo(preciseByBigDecimal(value, 2, 6));
    assertThat(Display.coordinate(value)).isEqualTo(coordinateByBigDecimal(value));
    assertThat(Display.plain(value)).isEqualTo(plainByBigDecimal(value));
    assertThat(ShortestDecimal.of(value).writtenLength())
        .isEqualTo(writtenLengthByBigDecimal(value));
  }

  @Test
  void everyEdgeCaseAgrees() {
    for (double value : edgeCases()) {
      theDecimalIsBigDecimalsValueOf(value);
      significantDigitsRoundAsMathContextDoes(value);
      decimalsRoundAsSetScaleDoes(value);
      numbersAreWhatBigDecimalWrote(value);
      significantFiguresAreWhatBigDecimalWrote(value);
      preciseCoordinatesPlainAndLengthsAreWhatBigDecimalWrote(value);
    }
  }

  /** NaN and the infinities are refused as before: no output may contain them. */
  @Test
  void nonFiniteFiguresAreStillRefused() {
    for (double value :
        new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> Display.number(value)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> Display.significant(value))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> Display.scientific(value)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> Display.precise(value, 0, 3))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> Display.coordinate(value)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> Display.plain(value)).isInstanceOf(IllegalStateException.class);
    }
  }

  /** The carries and ties written out, as a reader checks them by hand. */
  @Test
  void carriesAndTies() {
    // 9.995 is the double 9.99499999999999957...; its shortest decimal 9.995 rounds half up.
    assertThat(Display.number(9.995)).isEqualTo("10.00");
    assertThat(Display.significant(9.995)).isEqualTo("10.0");
    assertThat(Display.significant(99.95)).isEqualTo("100");
    assertThat(Display.scientific(9.995e-9)).isEqualTo("1.00 × 10⁻⁸");
    assertThat(Display.number(-0.004)).isEqualTo("0.00");
    assertThat(Display.number(-0.0)).isEqualTo("0.00");
    assertThat(Display.number(-2.675)).isEqualTo("-2.68");
    assertThat(Display.coordinate(-0.004)).isEqualTo("0");
    assertThat(Display.coordinate(1200)).isEqualTo("1200");
    // Half to even: 0.125 to two decimals is 0.12, 0.375 is 0.38.
    assertThat(Display.precise(0.125, 0, 2)).isEqualTo("0.12");
    assertThat(Display.precise(0.375, 0, 2)).isEqualTo("0.38");
    assertThat(Display.plain(1.000000000005)).isEqualTo("1");
    assertThat(Display.plain(1.000000000015)).isEqualTo("1.00000000002");
    assertThat(Display.plain(Double.MIN_VALUE)).isEqualTo("0." + "0".repeat(323) + "49");
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static String plainOf(BigDecimal stripped) {
    if (stripped.signum() == 0) {
      return "0";
    }
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static RoundingMode roundingMode(Ties ties) {
    return ties == Ties.UP ? RoundingMode.HALF_UP : RoundingMode.HALF_EVEN;
  }
}

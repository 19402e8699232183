package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * {@link Display#plain} (CSV, tables' canonical figures) writes what {@link Display#decimal} (the
 * JSON writer's BigDecimal) holds: one rule for every machine number.
 */
class DisplayPlainTest {

  @Property(tries = 20_000)
  void plainAgreesWithTheJsonNumber(@ForAll @DoubleRange(min = -1e22, max = 1e22) double value) {
    assertThat(Display.plain(value)).isEqualTo(Display.decimal(value).toPlainString());
  }

  @Property(tries = 20_000)
  void plainAgreesWithTheJsonNumberOnRawBits(@ForAll long bits) {
    double value = Double.longBitsToDouble(bits);
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return;
    }
    assertThat(Display.plain(value)).isEqualTo(Display.decimal(value).toPlainString());
  }

  @Test
  void edgesOfDoubleToStringsFormats() {
    for (double value :
        new double[] {
          0.0,
          -0.0,
          1e-3,
          9.99e-4,
          1e7,
          9_999_999.5,
          100.0,
          -100.0,
          0.1,
          1234567.0,
          1e20,
          5e-324,
          Double.MAX_VALUE
        }) {
      assertThat(Display.plain(value))
          .as(Double.toString(value))
          .isEqualTo(Display.decimal(value).toPlainString());
    }
    assertThat(Display.plain(100.0)).isEqualTo("100");
    assertThat(Display.plain(1e20)).isEqualTo("100000000000000000000");
  }

  @Test
  void machineNumbersKeepTwelveSignificantDigits() {
    // The noise of binary arithmetic goes; the figure stays.
    assertThat(Display.plain(63469819.870000005)).isEqualTo("63469819.87");
    assertThat(Display.plain(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(Display.plain(512798420000000100.0)).isEqualTo("512798420000000000");
    assertThat(Display.plain(1234567.891234567)).isEqualTo("1234567.89123");
    assertThat(Display.plain(-0.000123456789012345)).isEqualTo("-0.000123456789012");
    // Twelve digits and fewer are written as they are.
    assertThat(Display.plain(123456789012.0)).isEqualTo("123456789012");
    assertThat(Display.plain(0.0012)).isEqualTo("0.0012");
    // Half to even at the twelfth digit.
    assertThat(Display.plain(1.00000000000500)).isEqualTo("1");
    assertThat(Display.plain(1.00000000001500)).isEqualTo("1.00000000002");
  }

  /** Rounded to 12 digits, a figure is within a relative 5e-12 of the double computed. */
  @Property(tries = 5_000)
  void aMachineNumberIsTheFigureToTwelveDigits(
      @ForAll @DoubleRange(min = -1e22, max = 1e22) double value) {
    double read = Double.parseDouble(Display.plain(value));
    assertThat(Math.abs(read - value)).isLessThanOrEqualTo(Math.abs(value) * 5e-12);
    assertThat(Display.decimal(value).stripTrailingZeros().precision())
        .isLessThanOrEqualTo(Display.MACHINE_DIGITS);
  }
}

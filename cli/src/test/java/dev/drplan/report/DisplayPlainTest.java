package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** {@link Display#plain}'s fast path writes what the BigDecimal route writes. */
class DisplayPlainTest {

  @Property(tries = 20_000)
  void theFastPathAgreesWithTheBigDecimalRoute(
      @ForAll @DoubleRange(min = -1e22, max = 1e22) double value) {
    assertThat(Display.plain(value)).isEqualTo(Display.decimal(value).toPlainString());
  }

  @Property(tries = 20_000)
  void theFastPathAgreesOnRawBits(@ForAll long bits) {
    double value = Double.longBitsToDouble(bits);
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return;
    }
    assertThat(Display.plain(value)).isEqualTo(Display.decimal(value).toPlainString());
  }

  @Test
  void edgesOfTheFastPath() {
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
}

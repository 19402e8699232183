package dev.drplan.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The rule every machine number drplan writes (CSV, JSON, probe reports) follows, in one place:
 * rounded to {@value #DIGITS} significant digits, half to even, as the shortest decimal without
 * exponent. The model computes in 64-bit floating point from inputs known to a few digits, so the
 * digits beyond the twelfth are the noise of binary arithmetic ({@code 63469819.870000005} is
 * {@code 63469819.87}). docs/model.md states the rule in its Output contract.
 */
public final class MachineNumber {

  /** How many significant digits a machine number keeps. */
  public static final int DIGITS = 12;

  private static final MathContext ROUNDING = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

  private MachineNumber() {}

  /**
   * A finite {@code value} rounded by the rule, with no trailing zeros and a scale of at least 0
   * ({@code 1e20} is {@code 100000000000000000000}, {@code 0.1 + 0.2} is {@code 0.3}).
   */
  public static BigDecimal of(double value) {
    if (value == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal rounded =
        new BigDecimal(Double.toString(value)).round(ROUNDING).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }
}

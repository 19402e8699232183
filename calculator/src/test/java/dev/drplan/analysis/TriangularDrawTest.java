package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.junit.jupiter.api.Test;

/**
 * {@link TriangularDraw} against commons-math3's {@link TriangularDistribution}, whose inverse
 * distribution function drew every triangular input before: the same bits at every uniform p.
 */
class TriangularDrawTest {

  private static long bitsOfCommonsMath(double min, double mode, double max, double p) {
    return Double.doubleToRawLongBits(
        new TriangularDistribution(null, min, mode, max).inverseCumulativeProbability(p));
  }

  private static long bits(double min, double mode, double max, double p) {
    return Double.doubleToRawLongBits(new TriangularDraw(min, mode, max).at(p));
  }

  @Property(tries = 3_000)
  void drawsTheBitsOfCommonsMath(
      @ForAll("mins") double min,
      @ForAll("widths") double width,
      @ForAll("modeShares") double modeShare,
      @ForAll("uniforms") double p) {
    double max = min + width;
    double mode = Math.min(max, min + modeShare * width);
    if (!(min < max) || Double.isInfinite(max)) {
      return; // not a triangular distribution (width lost in min's rounding, or beyond a double)
    }
    assertThat(bits(min, mode, max, p))
        .as("min %s, mode %s, max %s, p %s", min, mode, max, p)
        .isEqualTo(bitsOfCommonsMath(min, mode, max, p));
  }

  /**
   * m · 10^e: a mantissa of 16 digits in [1, 10) and a power of ten from {@code from} to {@code
   * to}.
   */
  private static Arbitrary<Double> magnitudes(int from, int to) {
    return Combinators.combine(
            Arbitraries.doubles().between(1, 10).ofScale(15),
            Arbitraries.integers().between(from, to))
        .as((mantissa, exponent) -> mantissa * Math.pow(10, exponent));
  }

  @Provide
  Arbitrary<Double> mins() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e6, 1e6).ofScale(9),
        magnitudes(-300, 300),
        magnitudes(-300, 300).map(m -> -m),
        Arbitraries.of(0.0, -0.0, 1.2, 0.25, 1e15, -1e15));
  }

  @Provide
  Arbitrary<Double> widths() {
    return Arbitraries.oneOf(
        magnitudes(-12, 6), magnitudes(6, 300), Arbitraries.of(Double.MIN_VALUE, 0.35, 1.0));
  }

  /** 0 (mode at min), 1 (mode at max), or any share between. */
  @Provide
  Arbitrary<Double> modeShares() {
    return Arbitraries.oneOf(
        Arbitraries.of(0.0, 1.0, 0.5), Arbitraries.doubles().between(0, 1).ofScale(17));
  }

  /**
   * 0, 1, or a uniform number as a generator gives it (a multiple of 2^-52 below 1), or any double
   * in [0, 1].
   */
  @Provide
  Arbitrary<Double> uniforms() {
    return Arbitraries.oneOf(
        Arbitraries.of(0.0, 1.0, 0x1.0p-52, 1 - 0x1.0p-52, 0.5),
        Arbitraries.longs().between(0, (1L << 52) - 1).map(bits -> bits * 0x1.0p-52),
        Arbitraries.doubles().between(0, 1).ofScale(17));
  }

  /** At p equal to the share below the mode the draw takes the upper branch, as commons-math's. */
  @Test
  void theShareBelowTheModeTakesTheUpperBranch() {
    double min = 0.25;
    double mode = 0.45;
    double max = 0.6;
    double belowMode = (mode - min) / (max - min);
    for (double p : new double[] {Math.nextDown(belowMode), belowMode, Math.nextUp(belowMode)}) {
      assertThat(bits(min, mode, max, p)).isEqualTo(bitsOfCommonsMath(min, mode, max, p));
    }
    assertThat(new TriangularDraw(min, mode, max).at(belowMode))
        .isEqualTo(max - Math.sqrt((1 - belowMode) * (max - min) * (max - mode)));
  }

  /** The ends: p = 0 gives min exactly (its sign kept), p = 1 gives max. */
  @Test
  void theEndsAreMinAndMax() {
    assertThat(Double.doubleToRawLongBits(new TriangularDraw(-0.0, 0.5, 1).at(0)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(new TriangularDraw(-1e308, 0, 1e308).at(0)).isEqualTo(-1e308);
    assertThat(new TriangularDraw(1, 1, 2).at(0)).isEqualTo(1);
    assertThat(new TriangularDraw(1, 2, 2).at(1)).isEqualTo(2);
    assertThat(bits(-1e308, 0, 1e308, 1)).isEqualTo(bitsOfCommonsMath(-1e308, 0, 1e308, 1));
  }
}

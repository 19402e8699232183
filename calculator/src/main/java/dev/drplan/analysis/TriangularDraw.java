package dev.drplan.analysis;

/**
 * A triangular distribution's draw from one uniform number: its inverse distribution function with
 * the differences of its parameters computed once instead of at every draw (docs/model.md, "Monte
 * Carlo").
 *
 * <p>For min a, mode c and max b, a uniform p below (c − a)/(b − a) maps to a + √(p (b − a)(c −
 * a)), any other to b − √((1 − p)(b − a)(b − c)); p = 0 maps to a and p = 1 to b. Each product is
 * taken in that order, (p (b − a)) (c − a), and each difference is the one a fresh computation
 * would give, so a draw has the bits of commons-math3's {@code
 * TriangularDistribution.inverseCumulativeProbability}, which {@link Distribution.Triangular}'s
 * draws used before (held equal by {@code TriangularDrawTest}).
 */
final class TriangularDraw {
  private final double min;
  private final double max;

  /** b − a. */
  private final double width;

  /** c − a. */
  private final double rise;

  /** b − c. */
  private final double fall;

  /** (c − a)/(b − a): the probability below the mode. */
  private final double belowMode;

  TriangularDraw(double min, double mode, double max) {
    this.min = min;
    this.max = max;
    this.width = max - min;
    this.rise = mode - min;
    this.fall = max - mode;
    this.belowMode = rise / width;
  }

  /** The value at uniform {@code p} in [0, 1]. */
  double at(double p) {
    if (p == 0) {
      // Not a + √0: that is +0.0 for a = −0.0, and NaN when (b − a) overflows.
      return min;
    }
    if (p == 1) {
      // Never drawn (a uniform draw is below 1); stated for the same reasons.
      return max;
    }
    if (p < belowMode) {
      return min + Math.sqrt(p * width * rise);
    }
    return max - Math.sqrt((1 - p) * width * fall);
  }
}

package dev.drplan.model;

/** Whole-number rounding of real-valued counts (boxes, VMs, appliances, objects). */
final class Counts {
  private Counts() {}

  /**
   * The smallest whole number not below {@code x}, forgiving the last bits of floating-point noise
   * around a positive whole number: 20.000000000001 boxes are 20 boxes, not 21. A positive need is
   * never 0, however small (1e-15 of a VM is one VM): only a need of 0 or less needs nothing.
   */
  static long ceil(double x) {
    if (x <= 0) {
      return 0;
    }
    if (!(x < 0x1p62)) {
      // The scenario's limits keep every count below 10^17 (dev.drplan.schema.DataLimit); a count
      // beyond a long is a broken limit, never to be clamped into a wrong figure.
      throw new ArithmeticException("a count of " + x + " does not fit a whole number");
    }
    double nearest = Math.rint(x);
    // Noise is snapped to a positive whole number only: snapping to 0 would drop a real need.
    if (nearest >= 1 && Math.abs(x - nearest) <= 1e-9 * nearest) {
      return (long) nearest;
    }
    return (long) Math.ceil(x);
  }
}

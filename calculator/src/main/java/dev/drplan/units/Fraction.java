package dev.drplan.units;

/**
 * A dimensionless share or rate of change, stored as a plain ratio (0.8 for "80%").
 *
 * <p>Finite, and at least -1 (a growth of -100% would erase the data; shares are never below 0).
 * Which range a particular input admits (a share in [0, 1], a growth above -1) is checked where
 * that input is read, since the record serves both. {@link #toString()} is canonical: the ratio as
 * a plain decimal, which the scenario parser reads back.
 */
public record Fraction(double value) implements Comparable<Fraction> {

  public static final Fraction ZERO = new Fraction(0);
  public static final Fraction ONE = new Fraction(1);

  public Fraction {
    Quantities.requireFinite(value, "value");
    if (value < -1) {
      throw new IllegalArgumentException("value must be at least -1 (-100%), was " + value);
    }
  }

  public static Fraction of(double ratio) {
    return new Fraction(ratio);
  }

  public static Fraction ofPercent(double percent) {
    return new Fraction(percent / 100);
  }

  public double percent() {
    return value * 100;
  }

  /** One minus this fraction: the share that remains. */
  public double complement() {
    return 1 - value;
  }

  @Override
  public int compareTo(Fraction other) {
    return Double.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Double.toString(value);
  }
}

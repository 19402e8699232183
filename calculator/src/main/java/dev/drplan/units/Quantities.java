package dev.drplan.units;

/** Shared checks for the quantity records: one place that says what a legal magnitude is. */
final class Quantities {
  private Quantities() {}

  /** Rejects NaN, infinities and negatives, naming the argument. */
  static double requireNonNegativeFinite(double value, String argument) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(argument + " must be a finite number, was " + value);
    }
    if (value < 0) {
      throw new IllegalArgumentException(argument + " must not be negative, was " + value);
    }
    return value;
  }

  /** Rejects NaN and infinities, naming the argument. */
  static double requireFinite(double value, String argument) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(argument + " must be a finite number, was " + value);
    }
    return value;
  }
}

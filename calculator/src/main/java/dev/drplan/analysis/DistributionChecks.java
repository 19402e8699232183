package dev.drplan.analysis;

import java.util.Locale;

/**
 * Parameter checks of {@link Distribution}, with messages naming the distribution and parameter.
 */
final class DistributionChecks {
  private DistributionChecks() {}

  static void finite(String distribution, String parameter, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          distribution + ": " + parameter + " must be a finite number, was " + value);
    }
  }

  static void ordered(String distribution, double min, double mode, double max) {
    if (!(min < max)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s: min must be below max, was min %s, max %s",
              distribution,
              min,
              max));
    }
    if (!(min <= mode && mode <= max)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s: mode must be between min and max, was min %s, mode %s, max %s",
              distribution,
              min,
              mode,
              max));
    }
  }

  static double probability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1], was " + p);
    }
    return p;
  }
}

package dev.drplan.scenario;

import dev.drplan.units.Fraction;
import java.util.Objects;

/**
 * One on-prem purchase being proposed (minimum, phase-one, ...).
 *
 * @param usableEfficiency override of the D-box model's usable share, or {@code null} for the
 *     model's default
 */
public record Configuration(String name, int cboxes, int dboxes, Fraction usableEfficiency) {
  public Configuration {
    Objects.requireNonNull(name, "name");
    if (cboxes < 1) {
      throw new IllegalArgumentException("cboxes must be at least 1, was " + cboxes);
    }
    if (dboxes < 1) {
      throw new IllegalArgumentException("dboxes must be at least 1, was " + dboxes);
    }
  }

  /** A copy with another cboxes. */
  public Configuration withCboxes(int newCboxes) {
    return new Configuration(name, newCboxes, dboxes, usableEfficiency);
  }

  /** A copy with another dboxes. */
  public Configuration withDboxes(int newDboxes) {
    return new Configuration(name, cboxes, newDboxes, usableEfficiency);
  }

  /** A copy with another usableEfficiency. */
  public Configuration withUsableEfficiency(Fraction newUsableEfficiency) {
    return new Configuration(name, cboxes, dboxes, newUsableEfficiency);
  }
}

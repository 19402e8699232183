package dev.drplan.scenario;

import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import java.util.Objects;

/**
 * A D-box (capacity enclosure) model.
 *
 * @param name catalog name, or "inline"
 * @param rawSize raw capacity of one box
 * @param usableEfficiency usable share of raw (erasure coding and reserve together)
 */
public record DBoxSpec(String name, DataSize rawSize, Fraction usableEfficiency) {
  public DBoxSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rawSize, "rawSize");
    Objects.requireNonNull(usableEfficiency, "usableEfficiency");
  }

  public DBoxSpec withRawSize(DataSize newRawSize) {
    return new DBoxSpec(name, newRawSize, usableEfficiency);
  }

  public DBoxSpec withUsableEfficiency(Fraction newUsableEfficiency) {
    return new DBoxSpec(name, rawSize, newUsableEfficiency);
  }
}

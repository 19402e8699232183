package dev.drplan.scenario;

import dev.drplan.units.Fraction;
import java.util.List;
import java.util.Objects;

/**
 * The on-prem cluster and the configurations proposed for it (spec/scenario-format.md, "primary").
 */
public record Primary(
    DBoxSpec dbox, CBoxSpec cbox, Fraction fillLimit, List<Configuration> configurations) {
  public Primary {
    Objects.requireNonNull(dbox, "dbox");
    Objects.requireNonNull(cbox, "cbox");
    Objects.requireNonNull(fillLimit, "fillLimit");
    configurations = List.copyOf(configurations);
  }
}

package dev.drplan.scenario;

import dev.drplan.units.Fraction;
import java.util.List;
import java.util.Objects;

/**
 * The on-prem cluster and the configurations proposed for it (docs/scenario-format.md, "primary").
 */
public record Primary(
    DBoxSpec dbox, CBoxSpec cbox, Fraction fillLimit, List<Configuration> configurations) {
  public Primary {
    Objects.requireNonNull(dbox, "dbox");
    Objects.requireNonNull(cbox, "cbox");
    Objects.requireNonNull(fillLimit, "fillLimit");
    configurations = List.copyOf(configurations);
  }

  /** A copy with another cbox. */
  public Primary withCbox(CBoxSpec newCbox) {
    return new Primary(dbox, newCbox, fillLimit, configurations);
  }

  /** A copy with another configurations. */
  public Primary withConfigurations(List<Configuration> newConfigurations) {
    return new Primary(dbox, cbox, fillLimit, newConfigurations);
  }

  /** A copy with another dbox. */
  public Primary withDbox(DBoxSpec newDbox) {
    return new Primary(newDbox, cbox, fillLimit, configurations);
  }

  /** A copy with another fillLimit. */
  public Primary withFillLimit(Fraction newFillLimit) {
    return new Primary(dbox, cbox, newFillLimit, configurations);
  }
}

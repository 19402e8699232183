package dev.drplan.scenario;

import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.List;
import java.util.Objects;

/**
 * The on-prem cluster and the configurations proposed for it (docs/scenario-format.md, "primary").
 *
 * @param dboxPrice the price of one D-box; {@code null} when the scenario gives none
 * @param cboxPrice the price of one C-box; {@code null} when the scenario gives none
 * @param leadTime how long from order to a D-box in service (docs/model.md §2)
 */
public record Primary(
    DBoxSpec dbox,
    CBoxSpec cbox,
    Fraction fillLimit,
    List<Configuration> configurations,
    Money dboxPrice,
    Money cboxPrice,
    TimeSpan leadTime) {
  public Primary {
    Objects.requireNonNull(dbox, "dbox");
    Objects.requireNonNull(cbox, "cbox");
    Objects.requireNonNull(fillLimit, "fillLimit");
    Objects.requireNonNull(leadTime, "leadTime");
    configurations = List.copyOf(configurations);
  }

  /** A primary whose boxes are not priced, ordered without lead time. */
  public Primary(
      DBoxSpec dbox, CBoxSpec cbox, Fraction fillLimit, List<Configuration> configurations) {
    this(dbox, cbox, fillLimit, configurations, null, null, TimeSpan.ZERO);
  }

  /** Whether both box prices are given, so on-prem spend can be computed (§2). */
  public boolean priced() {
    return dboxPrice != null && cboxPrice != null;
  }

  /** A copy with another cbox. */
  public Primary withCbox(CBoxSpec newCbox) {
    return new Primary(dbox, newCbox, fillLimit, configurations, dboxPrice, cboxPrice, leadTime);
  }

  /** A copy with another configurations. */
  public Primary withConfigurations(List<Configuration> newConfigurations) {
    return new Primary(dbox, cbox, fillLimit, newConfigurations, dboxPrice, cboxPrice, leadTime);
  }

  /** A copy with another dbox. */
  public Primary withDbox(DBoxSpec newDbox) {
    return new Primary(newDbox, cbox, fillLimit, configurations, dboxPrice, cboxPrice, leadTime);
  }

  /** A copy with another fillLimit. */
  public Primary withFillLimit(Fraction newFillLimit) {
    return new Primary(dbox, cbox, newFillLimit, configurations, dboxPrice, cboxPrice, leadTime);
  }

  /** A copy with another dboxPrice. */
  public Primary withDboxPrice(Money newPrice) {
    return new Primary(dbox, cbox, fillLimit, configurations, newPrice, cboxPrice, leadTime);
  }

  /** A copy with another cboxPrice. */
  public Primary withCboxPrice(Money newPrice) {
    return new Primary(dbox, cbox, fillLimit, configurations, dboxPrice, newPrice, leadTime);
  }

  /** A copy with another leadTime. */
  public Primary withLeadTime(TimeSpan newLeadTime) {
    return new Primary(dbox, cbox, fillLimit, configurations, dboxPrice, cboxPrice, newLeadTime);
  }
}

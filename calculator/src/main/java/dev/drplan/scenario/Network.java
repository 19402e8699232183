package dev.drplan.scenario;

import dev.drplan.units.DataRate;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/**
 * The link between the primary site and the cloud region (docs/scenario-format.md, "network").
 *
 * @param circuits number of circuits ("4" of "4 x 100 Gbps")
 * @param lineRate line rate of one circuit
 * @param efficiency achievable share of line rate for bulk copy
 * @param drShare share of the link DR traffic may use
 * @param monthlyPortCost money per circuit per month
 */
public record Network(
    int circuits,
    DataRate lineRate,
    Fraction efficiency,
    Fraction drShare,
    TimeSpan rtt,
    Money monthlyPortCost) {
  public Network {
    Objects.requireNonNull(lineRate, "lineRate");
    Objects.requireNonNull(efficiency, "efficiency");
    Objects.requireNonNull(drShare, "drShare");
    Objects.requireNonNull(rtt, "rtt");
    Objects.requireNonNull(monthlyPortCost, "monthlyPortCost");
    if (circuits < 0) {
      throw new IllegalArgumentException("circuits must not be negative, was " + circuits);
    }
  }

  /** A copy with another circuits. */
  public Network withCircuits(int newCircuits) {
    return new Network(newCircuits, lineRate, efficiency, drShare, rtt, monthlyPortCost);
  }

  /** A copy with another drShare. */
  public Network withDrShare(Fraction newDrShare) {
    return new Network(circuits, lineRate, efficiency, newDrShare, rtt, monthlyPortCost);
  }

  /** A copy with another efficiency. */
  public Network withEfficiency(Fraction newEfficiency) {
    return new Network(circuits, lineRate, newEfficiency, drShare, rtt, monthlyPortCost);
  }

  /** A copy with another lineRate. */
  public Network withLineRate(DataRate newLineRate) {
    return new Network(circuits, newLineRate, efficiency, drShare, rtt, monthlyPortCost);
  }

  /** A copy with another monthlyPortCost. */
  public Network withMonthlyPortCost(Money newMonthlyPortCost) {
    return new Network(circuits, lineRate, efficiency, drShare, rtt, newMonthlyPortCost);
  }
}

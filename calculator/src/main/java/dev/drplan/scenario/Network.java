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
 * @param vlanAttachmentCapacity the most one VLAN attachment carries
 * @param vlanAttachmentHourly the price of one VLAN attachment per hour; {@code null} when not
 *     priced
 */
public record Network(
    int circuits,
    DataRate lineRate,
    Fraction efficiency,
    Fraction drShare,
    TimeSpan rtt,
    Money monthlyPortCost,
    DataRate vlanAttachmentCapacity,
    Money vlanAttachmentHourly) {

  /** The largest VLAN attachment Google offers, the default capacity of one. */
  public static final DataRate LARGEST_VLAN_ATTACHMENT = DataRate.ofGigabitsPerSecond(50);

  public Network {
    Objects.requireNonNull(lineRate, "lineRate");
    Objects.requireNonNull(efficiency, "efficiency");
    Objects.requireNonNull(drShare, "drShare");
    Objects.requireNonNull(rtt, "rtt");
    Objects.requireNonNull(monthlyPortCost, "monthlyPortCost");
    Objects.requireNonNull(vlanAttachmentCapacity, "vlanAttachmentCapacity");
    if (circuits < 0) {
      throw new IllegalArgumentException("circuits must not be negative, was " + circuits);
    }
    if (vlanAttachmentCapacity.isZero()) {
      throw new IllegalArgumentException("vlanAttachmentCapacity must be positive");
    }
  }

  /** A link whose VLAN attachments are the largest offered and not priced. */
  public Network(
      int circuits,
      DataRate lineRate,
      Fraction efficiency,
      Fraction drShare,
      TimeSpan rtt,
      Money monthlyPortCost) {
    this(
        circuits,
        lineRate,
        efficiency,
        drShare,
        rtt,
        monthlyPortCost,
        LARGEST_VLAN_ATTACHMENT,
        null);
  }

  /** A copy with other VLAN attachments. */
  public Network withVlanAttachments(DataRate newCapacity, Money newHourly) {
    return new Network(
        circuits, lineRate, efficiency, drShare, rtt, monthlyPortCost, newCapacity, newHourly);
  }

  /** A copy with another vlanAttachmentCapacity. */
  public Network withVlanAttachmentCapacity(DataRate newCapacity) {
    return withVlanAttachments(newCapacity, vlanAttachmentHourly);
  }

  /** A copy with another vlanAttachmentHourly. */
  public Network withVlanAttachmentHourly(Money newHourly) {
    return withVlanAttachments(vlanAttachmentCapacity, newHourly);
  }

  /** A copy with another circuits. */
  public Network withCircuits(int newCircuits) {
    return new Network(
        newCircuits,
        lineRate,
        efficiency,
        drShare,
        rtt,
        monthlyPortCost,
        vlanAttachmentCapacity,
        vlanAttachmentHourly);
  }

  /** A copy with another drShare. */
  public Network withDrShare(Fraction newDrShare) {
    return new Network(
        circuits,
        lineRate,
        efficiency,
        newDrShare,
        rtt,
        monthlyPortCost,
        vlanAttachmentCapacity,
        vlanAttachmentHourly);
  }

  /** A copy with another efficiency. */
  public Network withEfficiency(Fraction newEfficiency) {
    return new Network(
        circuits,
        lineRate,
        newEfficiency,
        drShare,
        rtt,
        monthlyPortCost,
        vlanAttachmentCapacity,
        vlanAttachmentHourly);
  }

  /** A copy with another lineRate. */
  public Network withLineRate(DataRate newLineRate) {
    return new Network(
        circuits,
        newLineRate,
        efficiency,
        drShare,
        rtt,
        monthlyPortCost,
        vlanAttachmentCapacity,
        vlanAttachmentHourly);
  }

  /** A copy with another monthlyPortCost. */
  public Network withMonthlyPortCost(Money newMonthlyPortCost) {
    return new Network(
        circuits,
        lineRate,
        efficiency,
        drShare,
        rtt,
        newMonthlyPortCost,
        vlanAttachmentCapacity,
        vlanAttachmentHourly);
  }
}

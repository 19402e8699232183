package dev.drplan.model;

import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Network;
import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;

/** Cloud footprint and cost (docs/model.md §7). */
public final class CloudCost {
  private CloudCost() {}

  /** Billed hours in a month: 365.25 · 24 / 12 = 730.5 h (§7). */
  public static final double HOURS_PER_MONTH =
      TimeSpan.SECONDS_PER_MONTH / TimeSpan.SECONDS_PER_HOUR;

  /**
   * Local SSD a namespace-in-cloud cluster needs for logical size L: L / reduction_ratio / (1 −
   * protection_overhead) / fill_limit (§7).
   */
  public static DataSize rawSsdNeeded(NamespaceInCloud option, DataSize logical) {
    return logical.dividedBy(ssdDivisor(option));
  }

  /** VMs for logical size L: ceil(raw SSD needed / local SSD per VM) (§7). */
  public static long nodes(NamespaceInCloud option, DataSize logical) {
    return nodes(logical.bytes(), ssdDivisor(option), option.machine().localSsd().bytes());
  }

  /**
   * reduction_ratio · (1 − protection_overhead) · fill_limit, the divisor of {@link #rawSsdNeeded}.
   */
  static double ssdDivisor(NamespaceInCloud option) {
    return option.reductionRatio()
        * option.protectionOverhead().complement()
        * option.fillLimit().value();
  }

  /** {@link #nodes} in canonical doubles, for the month-by-month loop: ceil(L / divisor / SSD). */
  static long nodes(double logicalBytes, double ssdDivisor, double localSsdBytes) {
    return Counts.ceil(logicalBytes / ssdDivisor / localSsdBytes);
  }

  /** nodes · hourly · (1 − commitment_discount) · 730.5 h (§7). */
  public static Money namespaceMonthly(NamespaceInCloud option, long nodes) {
    return Money.ofUsd(
        namespaceMonthly(
            option.machine().hourly().usd(), nodes, option.commitmentDiscount().complement()));
  }

  /** {@link #namespaceMonthly} in canonical doubles, for the month-by-month loop. */
  static double namespaceMonthly(double hourlyUsd, long nodes, double undiscounted) {
    return hourlyUsd * (nodes * undiscounted * HOURS_PER_MONTH);
  }

  /** Clusters needed when one holds at most max_nodes VMs: ceil(nodes / max_nodes) (§7). */
  public static long clusters(NamespaceInCloud option, long nodes) {
    return Counts.ceil((double) nodes / option.maxNodes());
  }

  /**
   * What a data copy stores at logical size L: L + D · overwrite_share · max(retention, the class's
   * minimum storage duration), D the daily change. Replaced data is kept for the retention, and at
   * least billed for the class minimum (§7).
   */
  public static DataSize stored(Dataset dataset, DataCopy option, DataSize logical) {
    return DataSize.ofBytes(
        storedBytes(
            logical.bytes(),
            dataset.dailyChange().value(),
            dataset.overwriteShare().value(),
            keptDays(option)));
  }

  /** max(retention, the class's minimum storage duration), in days (§7). */
  static double keptDays(DataCopy option) {
    return TimeSpan.max(option.retention(), option.prices().minStorageDuration()).days();
  }

  /** {@link #stored} in canonical doubles: L + L · daily_change · overwrite_share · kept days. */
  static double storedBytes(
      double logicalBytes, double dailyChange, double overwriteShare, double keptDays) {
    return logicalBytes + logicalBytes * dailyChange * overwriteShare * keptDays;
  }

  /** At-rest cost of a month: stored GiB · price per GiB-month (GCS bills per GiB) (§7). */
  public static Money storageMonthly(DataCopy option, DataSize stored) {
    return Money.ofUsd(storageMonthly(option.prices().storagePerGibMonth().usd(), stored.bytes()));
  }

  /** {@link #storageMonthly} in canonical doubles. */
  static double storageMonthly(double perGibMonthUsd, double storedBytes) {
    return perGibMonthUsd * (storedBytes / DataSize.GIB);
  }

  /** Objects written to hold {@code data}: data / object_size (§7). */
  public static double objectsFor(DataCopy option, DataSize data) {
    return objectsFor(data.bytes(), option.objectSize().bytes());
  }

  /** {@link #objectsFor} in canonical doubles. */
  static double objectsFor(double dataBytes, double objectBytes) {
    return Math.ceil(dataBytes / objectBytes * (1 - 1e-12));
  }

  /**
   * Class A cost of a month's incremental copies: the month's change (D · 30.4375 d) in objects,
   * per 1,000 (§7).
   */
  public static Money writesMonthly(Dataset dataset, DataCopy option, DataSize logical) {
    return Money.ofUsd(
        writesMonthly(
            option.prices().classAPer1000().usd(),
            logical.bytes(),
            dataset.dailyChange().value(),
            option.objectSize().bytes()));
  }

  /** {@link #writesMonthly} in canonical doubles. */
  static double writesMonthly(
      double classAPer1000Usd, double logicalBytes, double dailyChange, double objectBytes) {
    double monthChange = logicalBytes * dailyChange * MONTH_DAYS;
    return classAPer1000Usd * (objectsFor(monthChange, objectBytes) / 1000);
  }

  private static final double MONTH_DAYS = TimeSpan.ONE_MONTH.days();

  /** The seed's object writes, a one-time cost: L0 / object_size objects, per 1,000 (§7). */
  public static Money seedWrites(DataCopy option, DataSize l0) {
    return option.prices().classAPer1000().times(objectsFor(option, l0) / 1000);
  }

  /**
   * Transfer-appliance fees, a one-time cost: appliance loads · fee per use; none when the seed
   * goes over the network (§4, §7).
   */
  public static Money applianceFees(DataCopy option, long appliances) {
    return option.seed().byNetwork()
        ? Money.ZERO
        : option.seed().appliance().fee().times(appliances);
  }

  /** One-time cost of a data copy: the seed's object writes plus the appliance fees (§7). */
  public static Money oneTime(DataCopy option, DataSize l0, long appliances) {
    return seedWrites(option, l0).plus(applianceFees(option, appliances));
  }

  /**
   * The horizon cost: the sum of the monthly costs over every month of the horizon plus the
   * one-time costs (§7).
   */
  public static Money horizonCost(MonthlyCosts monthly, Money oneTime) {
    return monthly.total().plus(oneTime);
  }

  /** Network ports, for every option: circuits · monthly_port_cost (§7). */
  public static Money portsMonthly(Network network) {
    return network.monthlyPortCost().times(network.circuits());
  }

  /** Months billed over the horizon: ceil(H / 1 month), a partial month billed whole (§7). */
  public static int months(TimeSpan horizon) {
    return (int) Math.max(1, Counts.ceil(horizon.months()));
  }
}

package dev.drplan.model;

import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Network;
import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;

/** Cloud footprint and cost (spec/model.md §7). */
public final class CloudCost {
  private CloudCost() {}

  /** Billed hours in a month: 365.25 · 24 / 12 = 730.5 h (§7). */
  public static final double HOURS_PER_MONTH = TimeSpan.SECONDS_PER_MONTH / TimeSpan.SECONDS_PER_HOUR;

  /**
   * Local SSD a namespace-in-cloud cluster needs for logical size L: L / reduction_ratio / (1 −
   * protection_overhead) / fill_limit (§7).
   */
  public static DataSize rawSsdNeeded(NamespaceInCloud option, DataSize logical) {
    return logical.dividedBy(
        option.reductionRatio()
            * option.protectionOverhead().complement()
            * option.fillLimit().value());
  }

  /** VMs for logical size L: ceil(raw SSD needed / local SSD per VM) (§7). */
  public static long nodes(NamespaceInCloud option, DataSize logical) {
    return Counts.ceil(rawSsdNeeded(option, logical).ratioTo(option.machine().localSsd()));
  }

  /** nodes · hourly · (1 − commitment_discount) · 730.5 h (§7). */
  public static Money namespaceMonthly(NamespaceInCloud option, long nodes) {
    return option
        .machine()
        .hourly()
        .times(nodes * option.commitmentDiscount().complement() * HOURS_PER_MONTH);
  }

  /** Clusters needed when one holds at most max_nodes VMs: ceil(nodes / max_nodes) (§7). */
  public static long clusters(NamespaceInCloud option, long nodes) {
    return Counts.ceil((double) nodes / option.maxNodes());
  }

  /**
   * What a data copy stores at logical size L: L + D · overwrite_share · max(retention, the
   * class's minimum storage duration), D the daily change. Replaced data is kept for the
   * retention, and at least billed for the class minimum (§7).
   */
  public static DataSize stored(Dataset dataset, DataCopy option, DataSize logical) {
    TimeSpan kept = TimeSpan.max(option.retention(), option.prices().minStorageDuration());
    DataSize replacedPerDay =
        DataGrowth.dailyChange(dataset, logical).times(dataset.overwriteShare().value());
    return logical.plus(replacedPerDay.times(kept.days()));
  }

  /** At-rest cost of a month: stored GiB · price per GiB-month (GCS bills per GiB) (§7). */
  public static Money storageMonthly(DataCopy option, DataSize stored) {
    return option.prices().storagePerGibMonth().times(stored.gibibytes());
  }

  /** Objects written to hold {@code data}: data / object_size (§7). */
  public static double objectsFor(DataCopy option, DataSize data) {
    return Math.ceil(data.ratioTo(option.objectSize()) * (1 - 1e-12));
  }

  /**
   * Class A cost of a month's incremental copies: the month's change (D · 30.4375 d) in objects,
   * per 1,000 (§7).
   */
  public static Money writesMonthly(Dataset dataset, DataCopy option, DataSize logical) {
    DataSize monthChange = DataGrowth.dailyChange(dataset, logical).times(TimeSpan.ONE_MONTH.days());
    return option.prices().classAPer1000().times(objectsFor(option, monthChange) / 1000);
  }

  /** The seed's object writes, a one-time cost: L0 / object_size objects, per 1,000 (§7). */
  public static Money seedWrites(DataCopy option, DataSize l0) {
    return option.prices().classAPer1000().times(objectsFor(option, l0) / 1000);
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

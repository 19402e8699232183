package dev.drplan.model;

import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.GcsPrices;
import dev.drplan.scenario.InputOrigin;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataSize;
import dev.drplan.units.Money;

/**
 * What an option costs over the horizon, line by line (docs/model.md §6, §7): each recurring line's
 * monthly run rate at day one and at the end of the horizon, its sum over the months, the one-time
 * lines and the lines of one recovery event. Each month bills the integral of the run rate over the
 * month (a partial last month its share): exact for the lines proportional to L, whose integral is
 * closed form; a namespace's VMs, a step function of L, are billed at the month's average size.
 *
 * <p>Costs depend on the option and the data, not on the configuration, so the evaluation computes
 * them once per option. The loops read every month-invariant input once and allocate nothing per
 * month.
 */
final class CostLedger {
  private CostLedger() {}

  /**
   * The costs of one option.
   *
   * @param monthly the sum of the recurring lines, month by month
   * @param lines every line
   * @param nodesMax for a namespace, the most VMs any month (or either end) needs; else 0
   * @param storedEnd for a data copy, what the bucket stores at H; else {@code null}
   * @param notPriced the note naming the lines without a price, or {@code null}: the same for every
   *     pair of the option
   */
  record OptionCosts(
      MonthlyCosts monthly,
      LineCosts lines,
      long nodesMax,
      DataSize storedEnd,
      Reason notPriced,
      CostResult cost,
      Money eventCost) {

    OptionCosts(MonthlyCosts monthly, LineCosts lines, long nodesMax, DataSize storedEnd) {
      this(
          monthly,
          lines,
          nodesMax,
          storedEnd,
          FeasibilityRules.notPriced(lines),
          CostResult.of(monthly, lines),
          Money.ofUsd(lines.eventTotal()));
    }
  }

  static OptionCosts of(Timeline timeline, DrOption option) {
    return option instanceof NamespaceInCloud
        ? namespace(timeline, (NamespaceInCloud) option)
        : dataCopy(timeline, (DataCopy) option);
  }

  private static OptionCosts namespace(Timeline timeline, NamespaceInCloud option) {
    LineCosts lines = new LineCosts();
    double divisor = CloudCost.ssdDivisor(option);
    double ssd = option.machine().localSsd().bytes();
    double vmPerNode =
        CloudCost.namespaceMonthly(
            option.machine().hourly().usd(), 1, option.commitmentDiscount().complement());
    Money licence = option.licencePerTbMonth();
    double licencePerNode =
        licence == null ? 0 : licence.usd() * CloudCost.licensedBytesPerNode(option) / DataSize.TB;
    lines.applies(CostLine.VMS, true).applies(CostLine.LICENCE, licence != null);
    double[] fixed = network(lines, timeline);

    double l0 = timeline.logicalStart().bytes();
    double lh = timeline.logicalEnd().bytes();
    long nodesStart = CloudCost.nodes(l0, divisor, ssd);
    long nodesEnd = CloudCost.nodes(lh, divisor, ssd);
    lines.start(CostLine.VMS, nodesStart * vmPerNode);
    lines.end(CostLine.VMS, nodesEnd * vmPerNode);
    if (licence != null) {
      lines.start(CostLine.LICENCE, CloudCost.licenceMonthly(option, nodesStart).usd());
      lines.end(CostLine.LICENCE, CloudCost.licenceMonthly(option, nodesEnd).usd());
    }

    long nodesMax = Math.max(nodesStart, nodesEnd);
    double[] logical = timeline.logicalBytesAtMonthStart;
    double[] monthly = new double[timeline.months];
    double perNode = vmPerNode + licencePerNode;
    double flat = fixed[0] + fixed[1];
    double nodeMonths = 0;
    for (int m = 0; m < timeline.months; m++) {
      double share = timeline.monthShare(m);
      // The month's average size: its integral of L over its length; a month too short for a
      // double to divide by (a horizon of a few nanoseconds) has the size at its start.
      double days = share * Timeline.MONTH_DAYS;
      double average = days > 0 ? logical[m] * timeline.monthGrowthIntegral(m) / days : logical[m];
      long nodes = CloudCost.nodes(average, divisor, ssd);
      nodesMax = Math.max(nodesMax, nodes);
      nodeMonths += share * nodes;
      monthly[m] = share * (nodes * perNode + flat);
    }
    double shares = timeline.monthShares();
    lines.addRecurring(CostLine.VMS, nodeMonths * vmPerNode);
    lines.addRecurring(CostLine.LICENCE, nodeMonths * licencePerNode);
    lines.addRecurring(CostLine.PORTS, fixed[0] * shares);
    lines.addRecurring(CostLine.VLAN_ATTACHMENTS, fixed[1] * shares);
    Money egress = CloudCost.recoveryEgressPerGib(option);
    lines.applies(CostLine.EGRESS, egress != null);
    if (egress != null) {
      lines.event(CostLine.EGRESS, RecoveryTime.perGib(recovered(timeline), egress).usd());
    }
    return new OptionCosts(new MonthlyCosts(monthly), lines, nodesMax, null);
  }

  private static OptionCosts dataCopy(Timeline timeline, DataCopy option) {
    LineCosts lines = new LineCosts();
    Dataset dataset = timeline.scenario.dataset();
    GcsPrices prices = option.prices();
    double perGib = prices.storagePerGibMonth().usd();
    double classA = prices.classAPer1000().usd();
    double change = dataset.dailyChange().value();
    double objectBytes = option.objectSize().bytes();
    Money fee = option.copyEngine().transferFeePerGib();
    double feePerGib = fee == null ? 0 : fee.usd();
    Money hosts = CloudCost.hostsMonthly(option.copyEngine());
    Money replication = CloudCost.replicationPerGib(timeline.scenario, option);
    double replicationPerGib = replication == null ? 0 : replication.usd();
    lines
        .applies(CostLine.STORAGE, true)
        .applies(CostLine.EARLY_DELETION, true)
        .applies(CostLine.OPERATIONS, true)
        .applies(CostLine.TRANSFER_FEE, fee != null)
        .applies(CostLine.COPY_ENGINE_HOSTS, hosts != null);
    if (CloudCost.replicates(option)) {
      lines.applies(CostLine.REPLICATION, replication != null);
    }
    double hostsMonthly = hosts == null ? 0 : hosts.usd();
    double[] fixed = network(lines, timeline);

    BucketSeries bucket =
        timeline.bucketSeries(option.retention().days(), prices.minStorageDuration().days());
    double l0 = timeline.logicalStart().bytes();
    double lh = timeline.logicalEnd().bytes();
    lines.start(CostLine.STORAGE, CloudCost.storageMonthly(perGib, bucket.storedStart));
    lines.end(CostLine.STORAGE, CloudCost.storageMonthly(perGib, bucket.storedEnd));
    lines.start(CostLine.EARLY_DELETION, 0);
    lines.end(
        CostLine.EARLY_DELETION,
        CloudCost.earlyDeletionMonthly(option, DataSize.ofBytes(bucket.earlyEnd)).usd());
    lines.start(CostLine.OPERATIONS, CloudCost.writesMonthly(classA, l0, change, objectBytes));
    lines.end(CostLine.OPERATIONS, CloudCost.writesMonthly(classA, lh, change, objectBytes));
    lines.start(CostLine.TRANSFER_FEE, CloudCost.transferFeeMonthly(feePerGib, l0, change));
    lines.end(CostLine.TRANSFER_FEE, CloudCost.transferFeeMonthly(feePerGib, lh, change));
    // Replication copies every change written to the bucket to its other region: per GiB, the
    // transfer fee's rule at the replication price.
    lines.start(CostLine.REPLICATION, CloudCost.transferFeeMonthly(replicationPerGib, l0, change));
    lines.end(CostLine.REPLICATION, CloudCost.transferFeeMonthly(replicationPerGib, lh, change));
    lines.start(CostLine.COPY_ENGINE_HOSTS, hostsMonthly);
    lines.end(CostLine.COPY_ENGINE_HOSTS, hostsMonthly);

    // Storage and early deletion bill per GiB of the bucket's month integrals; writes and the fee
    // per byte of the month's integral of L; the rest a flat amount per whole month.
    double storagePerByte = CloudCost.storageMonthly(perGib, 1);
    double writesPerByte = CloudCost.writesMonthly(classA, 1, change, objectBytes);
    double feePerByte = CloudCost.transferFeeMonthly(feePerGib, 1, change);
    double replicationPerByte = CloudCost.transferFeeMonthly(replicationPerGib, 1, change);
    double perLogicalByte = writesPerByte + feePerByte + replicationPerByte;
    double flat = hostsMonthly + fixed[0] + fixed[1];
    double[] monthly = new double[timeline.months];
    for (int m = 0; m < timeline.months; m++) {
      monthly[m] =
          storagePerByte * bucket.billed[m]
              + perLogicalByte * bucket.logical[m]
              + flat * timeline.monthShare(m);
    }
    double shares = timeline.monthShares();
    lines.addRecurring(CostLine.STORAGE, storagePerByte * bucket.storedSum);
    lines.addRecurring(CostLine.EARLY_DELETION, storagePerByte * bucket.earlySum);
    lines.addRecurring(CostLine.OPERATIONS, writesPerByte * bucket.logicalSum);
    lines.addRecurring(CostLine.TRANSFER_FEE, feePerByte * bucket.logicalSum);
    lines.addRecurring(CostLine.REPLICATION, replicationPerByte * bucket.logicalSum);
    lines.addRecurring(CostLine.COPY_ENGINE_HOSTS, hostsMonthly * shares);
    lines.addRecurring(CostLine.PORTS, fixed[0] * shares);
    lines.addRecurring(CostLine.VLAN_ATTACHMENTS, fixed[1] * shares);

    lines.oneTime(
        CostLine.OPERATIONS,
        CloudCost.seedWrites(option, CloudCost.seedWritten(dataset, option)).usd());
    Money seedFee = CloudCost.seedTransferFee(option, CloudCost.seedMoved(dataset, option));
    lines.oneTime(CostLine.TRANSFER_FEE, seedFee == null ? 0 : seedFee.usd());
    // The seed is written to the bucket, and replicated, like every later change.
    lines.oneTime(
        CostLine.REPLICATION,
        replicationPerGib * CloudCost.seedWritten(dataset, option).gibibytes());
    if (option.seed().byAppliance()) {
      long loads = SeedTime.applianceLoads(timeline.logicalStart(), option.seed().appliance());
      boolean priced = !zeroPlaceholder(timeline.scenario, option, "fee", "shipping");
      lines.applies(CostLine.APPLIANCES, priced);
      if (priced) {
        lines.oneTime(CostLine.APPLIANCES, CloudCost.applianceFees(option, loads).usd());
      }
    }
    if (option.seed().fromExistingCopy() && option.seed().existingCopy().moves()) {
      lines.applies(CostLine.EXISTING_COPY_EGRESS, true);
      lines.oneTime(
          CostLine.EXISTING_COPY_EGRESS, CloudCost.existingCopyEgress(dataset, option).usd());
    }

    DataSize recovered = recovered(timeline);
    lines.applies(CostLine.RETRIEVAL, true);
    lines.event(CostLine.RETRIEVAL, RecoveryTime.perGib(recovered, prices.retrievalPerGib()).usd());
    // Restored to the primary, the scope leaves Google now; run in the cloud, it leaves on failback
    // (the namespace's rule): either way one event pays its egress.
    lines.applies(CostLine.EGRESS, true);
    lines.event(
        CostLine.EGRESS,
        RecoveryTime.perGib(recovered, CloudCost.recoveryEgressPerGib(option)).usd());
    return new OptionCosts(new MonthlyCosts(monthly), lines, 0, DataSize.ofBytes(bucket.storedEnd));
  }

  /**
   * Whether one of the option's appliance {@code keys} is a catalog placeholder of 0: a price no
   * source gives, so the line is not priced rather than silently zero (§7).
   */
  private static boolean zeroPlaceholder(Scenario scenario, DataCopy option, String... keys) {
    for (String key : keys) {
      InputOrigin origin = scenario.origin("options." + option.name() + ".appliance." + key);
      Money value =
          key.equals("fee")
              ? option.seed().appliance().fee()
              : option.seed().appliance().shipping();
      if (origin != null && origin.placeholder() && value != null && value.usd() == 0) {
        return true;
      }
    }
    return false;
  }

  /** The data one recovery event brings back: recovery_scope · L(H) (§6). */
  private static DataSize recovered(Timeline timeline) {
    return RecoveryTime.recoveredBytes(
        timeline.scenario.objectives().recoveryScope(), timeline.logicalEnd());
  }

  /**
   * Marks the network lines every option pays, sets their run rates, and returns their monthly
   * amounts {ports, VLAN attachments} (0 when not priced).
   */
  private static double[] network(LineCosts lines, Timeline timeline) {
    double ports = timeline.portsMonthly;
    boolean priced = !Double.isNaN(timeline.vlanMonthly);
    double attachments = priced ? timeline.vlanMonthly : 0;
    lines.applies(CostLine.PORTS, true).applies(CostLine.VLAN_ATTACHMENTS, priced);
    lines.start(CostLine.PORTS, ports);
    lines.end(CostLine.PORTS, ports);
    lines.start(CostLine.VLAN_ATTACHMENTS, attachments);
    lines.end(CostLine.VLAN_ATTACHMENTS, attachments);
    return new double[] {ports, attachments};
  }
}

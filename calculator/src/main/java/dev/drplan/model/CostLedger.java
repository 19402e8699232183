package dev.drplan.model;

import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.GcsPrices;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Network;
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
   */
  record OptionCosts(MonthlyCosts monthly, LineCosts lines, long nodesMax) {}

  static OptionCosts of(Timeline timeline, DrOption option) {
    return option instanceof NamespaceInCloud
        ? namespace(timeline, (NamespaceInCloud) option)
        : dataCopy(timeline, (DataCopy) option);
  }

  private static OptionCosts namespace(Timeline timeline, NamespaceInCloud option) {
    LineCosts lines = new LineCosts();
    Network network = timeline.scenario.network();
    double divisor = CloudCost.ssdDivisor(option);
    double ssd = option.machine().localSsd().bytes();
    double vmPerNode =
        CloudCost.namespaceMonthly(
            option.machine().hourly().usd(), 1, option.commitmentDiscount().complement());
    Money licence = option.licencePerTbMonth();
    double licencePerNode =
        licence == null ? 0 : licence.usd() * CloudCost.licensedBytesPerNode(option) / DataSize.TB;
    lines.applies(CostLine.VMS, true).applies(CostLine.LICENCE, licence != null);
    double[] fixed = network(lines, network);

    double l0 = timeline.logicalStart().bytes();
    double lh = timeline.logicalEnd().bytes();
    long nodesStart = CloudCost.nodes(l0, divisor, ssd);
    long nodesEnd = CloudCost.nodes(lh, divisor, ssd);
    lines.start(CostLine.VMS, nodesStart * vmPerNode);
    lines.end(CostLine.VMS, nodesEnd * vmPerNode);
    lines.start(CostLine.LICENCE, nodesStart * licencePerNode);
    lines.end(CostLine.LICENCE, nodesEnd * licencePerNode);

    long nodesMax = Math.max(nodesStart, nodesEnd);
    double[] logical = timeline.logicalBytesAtMonthStart;
    double[] monthly = new double[timeline.months];
    for (int m = 0; m < timeline.months; m++) {
      double share = timeline.monthShare(m);
      // The month's average size: its integral of L over its length.
      double average = logical[m] * timeline.monthGrowthIntegral(m) / (share * Timeline.MONTH_DAYS);
      long nodes = CloudCost.nodes(average, divisor, ssd);
      nodesMax = Math.max(nodesMax, nodes);
      double vms = share * nodes * vmPerNode;
      double licensed = share * nodes * licencePerNode;
      lines.addRecurring(CostLine.VMS, vms);
      lines.addRecurring(CostLine.LICENCE, licensed);
      monthly[m] = vms + (licence == null ? 0 : licensed) + addFixed(lines, fixed, share);
    }
    Money egress = option.egressPerGib();
    lines.applies(CostLine.EGRESS, egress != null);
    if (egress != null) {
      lines.event(CostLine.EGRESS, recovered(timeline).gibibytes() * egress.usd());
    }
    return new OptionCosts(new MonthlyCosts(monthly), lines, nodesMax);
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
    lines
        .applies(CostLine.STORAGE, true)
        .applies(CostLine.EARLY_DELETION, true)
        .applies(CostLine.OPERATIONS, true)
        .applies(CostLine.TRANSFER_FEE, fee != null)
        .applies(CostLine.COPY_ENGINE_HOSTS, hosts != null);
    double hostsMonthly = hosts == null ? 0 : hosts.usd();
    double[] fixed = network(lines, timeline.scenario.network());

    CopyBucket bucket = CloudCost.bucket(timeline, option);
    double l0 = timeline.logicalStart().bytes();
    double lh = timeline.logicalEnd().bytes();
    double h = timeline.horizonDays;
    lines.start(CostLine.STORAGE, CloudCost.storageMonthly(perGib, bucket.stored(0, l0)));
    lines.end(CostLine.STORAGE, CloudCost.storageMonthly(perGib, bucket.stored(h, lh)));
    lines.start(CostLine.EARLY_DELETION, 0);
    lines.end(
        CostLine.EARLY_DELETION, CloudCost.storageMonthly(perGib, bucket.earlyDeletion(h, lh)));
    lines.start(CostLine.OPERATIONS, CloudCost.writesMonthly(classA, l0, change, objectBytes));
    lines.end(CostLine.OPERATIONS, CloudCost.writesMonthly(classA, lh, change, objectBytes));
    lines.start(CostLine.TRANSFER_FEE, CloudCost.transferFeeMonthly(feePerGib, l0, change));
    lines.end(CostLine.TRANSFER_FEE, CloudCost.transferFeeMonthly(feePerGib, lh, change));
    lines.start(CostLine.COPY_ENGINE_HOSTS, hostsMonthly);
    lines.end(CostLine.COPY_ENGINE_HOSTS, hostsMonthly);

    // Per byte of a month's integral of L (in month-averages): what writes and fees bill.
    double writesPerByte = CloudCost.writesMonthly(classA, 1, change, objectBytes);
    double feePerByte = CloudCost.transferFeeMonthly(feePerGib, 1, change);
    double[] logical = timeline.logicalBytesAtMonthStart;
    double[] monthly = new double[timeline.months];
    double[] integral = new double[3];
    for (int m = 0; m < timeline.months; m++) {
      double share = timeline.monthShare(m);
      bucket.month(timeline.monthStartDays(m), timeline.monthEndDays(m), logical[m], integral);
      double storage = CloudCost.storageMonthly(perGib, integral[0] + integral[1]);
      double early = CloudCost.storageMonthly(perGib, integral[2]);
      double writes = writesPerByte * integral[0];
      double transfer = feePerByte * integral[0];
      double movers = share * hostsMonthly;
      lines.addRecurring(CostLine.STORAGE, storage);
      lines.addRecurring(CostLine.EARLY_DELETION, early);
      lines.addRecurring(CostLine.OPERATIONS, writes);
      lines.addRecurring(CostLine.TRANSFER_FEE, transfer);
      lines.addRecurring(CostLine.COPY_ENGINE_HOSTS, movers);
      monthly[m] = storage + early + writes + transfer + movers + addFixed(lines, fixed, share);
    }

    lines.oneTime(
        CostLine.OPERATIONS,
        CloudCost.seedWrites(option, CloudCost.seedWritten(dataset, option)).usd());
    Money seedFee = CloudCost.seedTransferFee(option, CloudCost.seedMoved(dataset, option));
    lines.oneTime(CostLine.TRANSFER_FEE, seedFee == null ? 0 : seedFee.usd());
    if (option.seed().byAppliance()) {
      long loads = SeedTime.applianceLoads(timeline.logicalStart(), option.seed().appliance());
      lines.applies(CostLine.APPLIANCES, true);
      lines.oneTime(CostLine.APPLIANCES, CloudCost.applianceFees(option, loads).usd());
    }
    if (option.seed().fromExistingCopy() && option.seed().existingCopy().moves()) {
      lines.applies(CostLine.EXISTING_COPY_EGRESS, true);
      lines.oneTime(
          CostLine.EXISTING_COPY_EGRESS, CloudCost.existingCopyEgress(dataset, option).usd());
    }

    double recovered = recovered(timeline).gibibytes();
    lines.applies(CostLine.RETRIEVAL, true);
    lines.event(CostLine.RETRIEVAL, recovered * prices.retrievalPerGib().usd());
    if (option.recovery().restoresToPrimary()) {
      lines.applies(CostLine.EGRESS, true);
      lines.event(CostLine.EGRESS, recovered * prices.egressPerGib().usd());
    }
    return new OptionCosts(new MonthlyCosts(monthly), lines, 0);
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
  private static double[] network(LineCosts lines, Network network) {
    double ports = CloudCost.portsMonthly(network).usd();
    Money vlan = CloudCost.vlanMonthly(network);
    double attachments = vlan == null ? 0 : vlan.usd();
    lines.applies(CostLine.PORTS, true).applies(CostLine.VLAN_ATTACHMENTS, vlan != null);
    lines.start(CostLine.PORTS, ports);
    lines.end(CostLine.PORTS, ports);
    lines.start(CostLine.VLAN_ATTACHMENTS, attachments);
    lines.end(CostLine.VLAN_ATTACHMENTS, attachments);
    return new double[] {ports, attachments};
  }

  /** Adds a month's share of the network lines and returns their sum. */
  private static double addFixed(LineCosts lines, double[] fixed, double share) {
    double ports = share * fixed[0];
    double attachments = share * fixed[1];
    lines.addRecurring(CostLine.PORTS, ports);
    lines.addRecurring(CostLine.VLAN_ATTACHMENTS, attachments);
    return ports + attachments;
  }
}

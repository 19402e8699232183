package dev.drplan.model;

import dev.drplan.scenario.ApplianceSpec;
import dev.drplan.scenario.CopyEngine;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.ExistingCopy;
import dev.drplan.scenario.InputOrigin;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Network;
import dev.drplan.scenario.Scenario;
import dev.drplan.schema.ScenarioSchema;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;

/**
 * Cloud footprint and the formula of each cost line (docs/model.md §7): every line is a monthly run
 * rate at a logical size L, or a one-time amount. {@link CostLedger} integrates the run rates over
 * the months of the horizon; the typed methods here are what {@code drplan explain} derives and the
 * tests check, and the loops call the canonical-double forms beside them.
 */
public final class CloudCost {
  private CloudCost() {}

  /** Billed hours in a month: 365.25 · 24 / 12 = 730.5 h (§7). */
  public static final double HOURS_PER_MONTH =
      TimeSpan.SECONDS_PER_MONTH / TimeSpan.SECONDS_PER_HOUR;

  /** A decimal terabyte, the unit a licence per TB-month counts. */
  private static final double TB = DataSize.TB;

  // ------------------------------------------------------------------ namespace in the cloud

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

  /** The VMs line: nodes · hourly · (1 − commitment_discount) · 730.5 h a month (§7). */
  public static Money namespaceMonthly(NamespaceInCloud option, long nodes) {
    return Money.ofUsd(
        namespaceMonthly(
            option.machine().hourly().usd(), nodes, option.commitmentDiscount().complement()));
  }

  /** {@link #namespaceMonthly} in canonical doubles, for the month-by-month loop. */
  static double namespaceMonthly(double hourlyUsd, long nodes, double undiscounted) {
    return hourlyUsd * (nodes * undiscounted * HOURS_PER_MONTH);
  }

  /**
   * The capacity a licence per usable TB counts: nodes · local_ssd · (1 − protection_overhead), the
   * usable SSD of the VMs (§7).
   */
  public static DataSize licensedCapacity(NamespaceInCloud option, long nodes) {
    return DataSize.ofBytes(licensedBytesPerNode(option) * nodes);
  }

  static double licensedBytesPerNode(NamespaceInCloud option) {
    return option.machine().localSsd().bytes() * option.protectionOverhead().complement();
  }

  /**
   * The licence line: TB(licensed capacity) · licence_per_tb_month a month; {@code null} when the
   * scenario gives no licence price (§7).
   */
  public static Money licenceMonthly(NamespaceInCloud option, long nodes) {
    Money price = option.licencePerTbMonth();
    return price == null ? null : price.times(licensedCapacity(option, nodes).bytes() / TB);
  }

  /** Clusters needed when one holds at most max_nodes VMs: ceil(nodes / max_nodes) (§7). */
  public static long clusters(NamespaceInCloud option, long nodes) {
    return Counts.ceil((double) nodes / option.maxNodes());
  }

  // ---------------------------------------------------------------------------- data copy

  /** The bucket model of {@code option} over {@code timeline}'s data (§7). */
  static CopyBucket bucket(Timeline timeline, DataCopy option) {
    return new CopyBucket(
        timeline.turnover,
        timeline.logicalStart().bytes(),
        option.retention().days(),
        option.prices().minStorageDuration().days(),
        timeline.fullMonthGrowthIntegral,
        timeline.fullMonthDecay,
        timeline.fullMonthDecayIntegral);
  }

  /** What a data copy stores at the end of the horizon: L(H) + K(H), the retained versions (§7). */
  public static DataSize storedEnd(Timeline timeline, DataCopy option) {
    return DataSize.ofBytes(
        bucket(timeline, option).stored(timeline.horizonDays, timeline.logicalEnd().bytes()));
  }

  /**
   * The storage line: GiB(stored) · storage_per_gib_month a month, stored = L + the retained
   * versions (§7). GCS bills per GiB (2^30 bytes).
   */
  public static Money storageMonthly(DataCopy option, DataSize stored) {
    return Money.ofUsd(storageMonthly(option.prices().storagePerGibMonth().usd(), stored.bytes()));
  }

  /** {@link #storageMonthly} in canonical doubles. */
  static double storageMonthly(double perGibMonthUsd, double storedBytes) {
    return perGibMonthUsd * (storedBytes / DataSize.GIB);
  }

  /**
   * The early-deletion line: GiB(byte-days billed per day) · storage_per_gib_month a month. A day's
   * deletions bill ρ · L(s) · unexpired(s) byte-days (§7, {@link CopyBucket}), and a GiB-month
   * price over a month of days is that many GiB at the monthly price.
   */
  public static Money earlyDeletionMonthly(DataCopy option, DataSize byteDaysPerDay) {
    return storageMonthly(option, byteDaysPerDay);
  }

  /** Objects written to hold {@code data}: ceil(data / object_size) (§7). */
  public static double objectsFor(DataCopy option, DataSize data) {
    return objectsFor(data.bytes(), option.objectSize().bytes());
  }

  /** {@link #objectsFor} in canonical doubles. */
  static double objectsFor(double dataBytes, double objectBytes) {
    return Math.ceil(dataBytes / objectBytes * (1 - 1e-12));
  }

  /**
   * The operations line: a month's change, D · 30.4375 d, written as objects of object_size, per
   * 1,000 at class_a_per_1000 (§7). Averaged over the month, so not rounded to whole objects.
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
    return classAPer1000Usd
        * (logicalBytes * dailyChange * Timeline.MONTH_DAYS / objectBytes)
        / 1000;
  }

  /**
   * The transfer-fee line: GiB(D · 30.4375 d) · transfer_fee_per_gib a month, every change moved by
   * the tool; {@code null} when the fee is not known (§7).
   */
  public static Money transferFeeMonthly(Dataset dataset, DataCopy option, DataSize logical) {
    Money fee = option.copyEngine().transferFeePerGib();
    return fee == null
        ? null
        : Money.ofUsd(
            transferFeeMonthly(fee.usd(), logical.bytes(), dataset.dailyChange().value()));
  }

  /** {@link #transferFeeMonthly} in canonical doubles. */
  static double transferFeeMonthly(double feePerGibUsd, double logicalBytes, double dailyChange) {
    return feePerGibUsd * (logicalBytes * dailyChange * Timeline.MONTH_DAYS / DataSize.GIB);
  }

  /**
   * Whether the bucket replicates between regions (a dual- or multi-region location, whose prices
   * carry replication_per_gib), so that the replication line applies (§7).
   */
  public static boolean replicates(DataCopy option) {
    return option.prices().replicationPerGib() != null;
  }

  /**
   * The price per GiB written of the bucket's inter-region replication when the line is priced;
   * {@code null} when the bucket does not replicate, or when the price is the catalog's placeholder
   * of 0 (Google's price was not found): the line is then not priced, never silently zero (§7).
   */
  public static Money replicationPerGib(Scenario scenario, DataCopy option) {
    Money price = option.prices().replicationPerGib();
    if (price == null) {
      return null;
    }
    InputOrigin origin =
        scenario.origin(
            "options." + option.name() + ".prices." + ScenarioSchema.REPLICATION_PER_GIB.key());
    return origin != null && origin.placeholder() && price.usd() == 0 ? null : price;
  }

  /** The copy-engine hosts line: hosts · hostMonthly(engine); {@code null} when not priced (§7). */
  public static Money hostsMonthly(CopyEngine engine) {
    Money perHost = hostMonthly(engine);
    return perHost == null ? null : perHost.times(engine.hosts());
  }

  /**
   * What one mover host costs a month (§7): host_monthly_cost as given, or a cloud VM's
   * host_machine hourly · 730.5 h; {@code null} when the scenario prices the hosts neither way.
   */
  public static Money hostMonthly(CopyEngine engine) {
    if (engine.hostMachine() != null) {
      return engine.hostMachine().hourly().times(HOURS_PER_MONTH);
    }
    return engine.hostMonthlyCost();
  }

  /** The seed's object writes, a one-time cost: ceil(written / object_size) per 1,000 (§7). */
  public static Money seedWrites(DataCopy option, DataSize written) {
    return option.prices().classAPer1000().times(objectsFor(option, written) / 1000);
  }

  /** The transfer tool's fee on what the seed moves: GiB(moved) · fee; {@code null} if unknown. */
  public static Money seedTransferFee(DataCopy option, DataSize moved) {
    Money fee = option.copyEngine().transferFeePerGib();
    return fee == null ? null : fee.times(moved.gibibytes());
  }

  /** What the seed's object writes cover: the day-one data, or an existing copy's changes (§4). */
  public static DataSize seedWritten(Dataset dataset, DataCopy option) {
    ExistingCopy existing = option.seed().existingCopy();
    if (existing == null) {
      return dataset.logicalSize();
    }
    DataSize changes = SeedTime.changedSince(dataset, existing);
    return existing.moves() ? dataset.logicalSize().plus(changes) : changes;
  }

  /** What the transfer tool moves for the seed: none by appliance, the changes of a copy (§4). */
  public static DataSize seedMoved(Dataset dataset, DataCopy option) {
    if (option.seed().byAppliance()) {
      return DataSize.ZERO;
    }
    ExistingCopy existing = option.seed().existingCopy();
    return existing == null ? dataset.logicalSize() : SeedTime.changedSince(dataset, existing);
  }

  /**
   * Transfer-appliance fees, a one-time cost: appliance loads · (fee + shipping); none unless the
   * seed is by appliance (§4, §7).
   */
  public static Money applianceFees(DataCopy option, long appliances) {
    ApplianceSpec appliance = option.seed().appliance();
    return appliance == null ? Money.ZERO : appliance.perUse().times(appliances);
  }

  /**
   * Egress out of the cloud that holds an existing copy, a one-time cost: GiB(L0) ·
   * copy_egress_per_gib when the copy moves in; none when it already is in the bucket (§4).
   */
  public static Money existingCopyEgress(Dataset dataset, DataCopy option) {
    ExistingCopy existing = option.seed().existingCopy();
    return existing == null || !existing.moves()
        ? Money.ZERO
        : existing.egressPerGib().times(dataset.logicalSize().gibibytes());
  }

  // ------------------------------------------------------------------------------- recovery

  /**
   * The egress price one recovery event pays per GiB of the recovery scope (§6): a data copy always
   * pays it, now when it restores to the primary, or on failback after running in the cloud; a
   * namespace on its failback. {@code null} when the option gives no price (the line is then not
   * priced). The price listing of every report asks here, so that it lists the egress price beside
   * exactly the options the model bills it to.
   */
  public static Money recoveryEgressPerGib(DrOption option) {
    return option instanceof DataCopy
        ? ((DataCopy) option).prices().egressPerGib()
        : ((NamespaceInCloud) option).egressPerGib();
  }

  // ------------------------------------------------------------------------------- network

  /** The ports line, for every option: circuits · monthly_port_cost (§7). */
  public static Money portsMonthly(Network network) {
    return network.monthlyPortCost().times(network.circuits());
  }

  /**
   * The DR share of the link at line rate: line_rate · circuits · dr_share (§7). What the wire
   * carries for DR, before efficiency: an attachment's capacity caps the bits on the wire, so the
   * goodput of §3 would undercount the attachments by the efficiency.
   */
  public static DataRate drWireRate(Network network) {
    return network.lineRate().times(network.circuits() * network.drShare().value());
  }

  /**
   * VLAN attachments needed for the DR share of the link: ceil(dr_wire / vlan_attachment_capacity),
   * dr_wire = line_rate · circuits · dr_share (§7).
   */
  public static long vlanAttachments(Network network) {
    return Counts.ceil(
        drWireRate(network).bytesPerSecond() / network.vlanAttachmentCapacity().bytesPerSecond());
  }

  /**
   * The VLAN attachments line: attachments · vlan_attachment_hourly · 730.5 h a month; {@code null}
   * when not priced (§7).
   */
  public static Money vlanMonthly(Network network) {
    Money hourly = network.vlanAttachmentHourly();
    return hourly == null ? null : hourly.times(vlanAttachments(network) * HOURS_PER_MONTH);
  }

  // ------------------------------------------------------------------------------- horizon

  /**
   * The horizon cost: the sum of the monthly costs over every month of the horizon plus the
   * one-time costs (§7).
   */
  public static Money horizonCost(MonthlyCosts monthly, Money oneTime) {
    return monthly.total().plus(oneTime);
  }

  /** Months billed over the horizon: ceil(H / 1 month); a partial last month bills its share. */
  public static int months(TimeSpan horizon) {
    return (int) Math.max(1, Counts.ceil(horizon.months()));
  }
}

package dev.drplan.model;

import static dev.drplan.model.Formula.input;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.ValueKind;
import dev.drplan.scenario.HostMachine;
import dev.drplan.scenario.InputOrigin;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The figures of one (configuration, option) pair (docs/model.md §3–§7), in the order {@code drplan
 * explain} derives them: each is read from the pair's {@link OptionResult}, or, for the steps
 * between inputs and results that no report prints ({@link #reported()} false), computed from the
 * {@link Subject}. Each names the method that computes it.
 */
public enum PairFigure implements Figure {
  /** {@link CloudCost#rawSsdNeeded} at L(H); a step of the node count. */
  RAW_SSD_NEEDED_BYTES_END(
      "raw_ssd_needed_bytes_end",
      ValueKind.SIZE,
      "§7",
      step(s -> CloudCost.rawSsdNeeded(s.namespace(), s.logicalEnd())),
      Formula.when(
          Subject::isNamespace,
          "raw SSD = L(H) / reduction_ratio / (1 − protection_overhead) / fill_limit",
          input("L(H)", Subject::logicalEnd),
          input("reduction_ratio", s -> s.namespace().reductionRatio()),
          input("protection_overhead", s -> s.namespace().protectionOverhead()),
          input("fill_limit", s -> s.namespace().fillLimit()))),
  /** {@link CloudCost#nodes} at L0. */
  NODES_START(
      "nodes_start",
      ValueKind.COUNT,
      "§7",
      OptionResult::nodesStart,
      Formula.when(
          Subject::isNamespace,
          "nodes = ceil(raw SSD needed(L0) / local_ssd)",
          input("L0", Subject::logicalStart),
          input(
              "local_ssd",
              s -> s.namespace().machine().name(),
              s -> s.namespace().machine().localSsd()))),
  /** {@link CloudCost#nodes} at L(H). */
  NODES_END(
      "nodes_end",
      ValueKind.COUNT,
      "§7",
      OptionResult::nodesEnd,
      Formula.when(
          Subject::isNamespace,
          "nodes = ceil(raw SSD needed(L(H)) / local_ssd)",
          input("L(H)", Subject::logicalEnd),
          input(
              "local_ssd",
              s -> s.namespace().machine().name(),
              s -> s.namespace().machine().localSsd()))),
  /** {@link CloudCost#clusters} for the most VMs any month needs. */
  CLUSTERS_END("clusters_end", ValueKind.COUNT, "§7", OptionResult::clustersEnd),
  /** {@link ReplicationRate#cloudNodes} or {@link ReplicationRate#copyEngine}. */
  TARGET_BYTES_PER_SECOND(
      "target_bytes_per_second",
      ValueKind.RATE,
      "§3",
      r -> r.replication().target(),
      Formula.when(
          Subject::isNamespace,
          "target = nodes(0) · node network rate",
          input("nodes(0)", s -> s.result().nodesStart()),
          input(
              "network",
              s -> s.namespace().machine().name(),
              s -> s.namespace().machine().network())),
      Formula.of(
          "copy engine = hosts · min(streams_per_host · per_stream, host_nic)",
          input("hosts", s -> s.copy().copyEngine().hosts()),
          input("streams_per_host", s -> s.copy().copyEngine().streamsPerHost()),
          input("per_stream", s -> s.copy().copyEngine().perStream()),
          input("host_nic", s -> s.copy().copyEngine().hostNic()))),
  /** Appliance loads, in {@link SeedTime#byAppliance}; zero over the network. */
  APPLIANCES(
      "appliances",
      ValueKind.COUNT,
      "§4",
      r -> r.seed().appliances(),
      Formula.when(
          Subject::seedsByAppliance,
          "loads = ceil(L0 / capacity)",
          input("L0", Subject::logicalStart),
          input(
              "capacity",
              s -> s.copy().seed().appliance().name(),
              s -> s.copy().seed().appliance().capacity()))),
  /** Shipping time, in {@link SeedTime#byAppliance}; zero over the network. */
  APPLIANCE_SHIPPING_SECONDS(
      "appliance_shipping_seconds",
      ValueKind.DURATION,
      "§4",
      r -> r.seed().shippingTime(),
      Formula.when(
          Subject::seedsByAppliance,
          "shipping = ceil(loads / in_flight) · round_trip",
          input("loads", s -> s.result().seed().appliances()),
          input("in_flight", s -> s.copy().seed().appliance().inFlight()),
          input("round_trip", s -> s.copy().seed().appliance().roundTrip()))),
  /** r of {@link Turnover}: the growth as a continuous rate per day; a step of the bucket. */
  GROWTH_PER_DAY(
      "growth_per_day",
      ValueKind.FRACTION,
      "§1",
      step(s -> Fraction.of(s.timeline().turnover().growth())),
      Formula.when(
          s -> !s.isNamespace(),
          "r = ln(1 + g) / 365.25 d",
          input("g", s -> s.dataset().annualGrowth()))),
  /** ρ of {@link Turnover}: overwritten plus deleted per day; a step of the bucket. */
  REMOVED_PER_DAY(
      "removed_per_day",
      ValueKind.FRACTION,
      "§1",
      step(s -> Fraction.of(s.timeline().turnover().removed())),
      Formula.when(
          s -> !s.isNamespace(),
          "ρ = daily_change · overwrite_share + max(0, daily_change · (1 − overwrite_share) − r)",
          input("daily_change", s -> s.dataset().dailyChange()),
          input("overwrite_share", s -> s.dataset().overwriteShare()),
          input("r", PairFigure::growthPerDay))),
  /** {@link CloudCost#storedEnd}: L(H) plus the versions retained at H. */
  STORED_BYTES_END(
      "stored_bytes_end",
      ValueKind.SIZE,
      "§7",
      OptionResult::storedEnd,
      Formula.when(
          s -> !s.isNamespace(),
          "stored(H) = L(H) · (1 + ρ · (1 − e^(−r · min(H, retention))) / r)",
          input("L(H)", Subject::logicalEnd),
          input("ρ", PairFigure::removedPerDay),
          input("r", PairFigure::growthPerDay),
          input("H", s -> s.scenario().horizon()),
          input("retention", s -> s.copy().retention()))),
  /** {@link CopyBucket#unexpired} at s = H − retention; a step of the early-deletion line. */
  UNEXPIRED_SECONDS_END(
      "unexpired_seconds_end",
      ValueKind.DURATION,
      "§7",
      step(PairFigure::unexpiredEnd),
      Formula.when(
          PairFigure::deletesByTheEnd,
          "unexpired(s) = M − (1 − e^(−λ · min(s, M))) / λ, M = max(0, min_storage_duration −"
              + " retention), λ = r + ρ",
          input("s", PairFigure::deletionAgeEnd),
          input("min_storage_duration", s -> s.copy().prices().minStorageDuration()),
          input("retention", s -> s.copy().retention()),
          input("r", PairFigure::growthPerDay),
          input("ρ", PairFigure::removedPerDay))),
  /** Seed object writes, in {@link CloudCost#seedWrites}: the one-time part of OPERATIONS. */
  SEED_WRITES_COST_USD(
      "seed_writes_cost_usd",
      ValueKind.MONEY,
      "§7",
      step(s -> s.result().costLines().oneTime(CostLine.OPERATIONS)),
      Formula.when(
          s -> !s.isNamespace(),
          "ceil(written / object_size) / 1000 · class_a_per_1000",
          input("written", s -> CloudCost.seedWritten(s.dataset(), s.copy())),
          input("object_size", s -> s.copy().objectSize()),
          input("class_a_per_1000", s -> s.copy().prices().classAPer1000()))),
  /** The tool's fee on the seed, in {@link CloudCost#seedTransferFee}. */
  SEED_TRANSFER_FEE_USD(
      "seed_transfer_fee_usd",
      ValueKind.MONEY,
      "§7",
      step(s -> s.result().costLines().oneTime(CostLine.TRANSFER_FEE)),
      Formula.when(
          s -> s.priced(CostLine.TRANSFER_FEE),
          "GiB(moved) · fee_per_gib",
          input("moved", s -> CloudCost.seedMoved(s.dataset(), s.copy())),
          input("fee_per_gib", s -> s.copy().copyEngine().transferFeePerGib()))),
  /** {@link CloudCost#applianceFees}. */
  APPLIANCES_COST_USD(
      "appliances_cost_usd",
      ValueKind.MONEY,
      "§4",
      step(s -> s.result().costLines().oneTime(CostLine.APPLIANCES)),
      Formula.when(
          Subject::seedsByAppliance,
          "appliances · (fee + shipping)",
          input("appliances", s -> s.result().seed().appliances()),
          input(
              "fee",
              s -> s.copy().seed().appliance().name(),
              s -> price(s, "appliance.fee", s.copy().seed().appliance().fee())),
          input(
              "shipping",
              s -> price(s, "appliance.shipping", s.copy().seed().appliance().shipping())))),
  /** {@link CloudCost#existingCopyEgress}. */
  EXISTING_COPY_EGRESS_USD(
      "existing_copy_egress_usd",
      ValueKind.MONEY,
      "§4",
      step(s -> s.result().costLines().oneTime(CostLine.EXISTING_COPY_EGRESS)),
      Formula.when(
          s -> s.priced(CostLine.EXISTING_COPY_EGRESS),
          "GiB(L0) · copy_egress_per_gib",
          input("L0", Subject::logicalStart),
          input("copy_egress_per_gib", s -> s.copy().seed().existingCopy().egressPerGib()))),
  /** The sum of the one-time lines, in {@link CostResult}. */
  ONE_TIME_COST_USD(
      "one_time_cost_usd", ValueKind.MONEY, "§7", OptionResult::oneTimeCost, oneTimeSum()),
  /**
   * {@link RecoveryTime#restoreToPrimary}; the cloud start time of a copy run in the cloud, the
   * failover time of a namespace: each pair's explain shows the RTO its verdict compares (§6).
   */
  RTO_SECONDS(
      "rto_seconds",
      ValueKind.DURATION,
      "§6",
      OptionResult::rto,
      Formula.when(
          Subject::restoresToPrimary,
          "RTO = recovery_scope · L(H) / R_restore",
          input("recovery_scope", s -> s.scenario().objectives().recoveryScope()),
          input("L(H)", Subject::logicalEnd),
          input("R_restore", s -> s.result().restore().rate()),
          input("restore bottleneck", s -> s.result().restore().bottleneck().id())),
      Formula.when(
          s -> !s.isNamespace(),
          "RTO = cloud_start_time (the workloads start in the cloud and read the copy in place)",
          input("cloud_start_time", s -> s.copy().recovery().cloudStartTime())),
      Formula.when(
          Subject::isNamespace,
          "RTO = failover_time (clients switch over to the cloud cluster)",
          input("failover_time", s -> s.namespace().failoverTime()))),
  /** The event lines of {@link CostLedger}: retrieval and egress (§6). */
  RECOVERY_EVENT_COST_USD(
      "recovery_event_cost_usd",
      ValueKind.MONEY,
      "§6",
      OptionResult::recoveryEventCost,
      Formula.when(
          Subject::restoresToPrimary,
          "GiB(recovery_scope · L(H)) · (retrieval_per_gib + egress_per_gib)",
          recoveryEventInputs(s -> s.copy().prices().egressPerGib())),
      Formula.when(
          s -> !s.isNamespace(),
          "GiB(recovery_scope · L(H)) · (retrieval_per_gib + egress_per_gib) (read in place, then"
              + " failback to the primary)",
          recoveryEventInputs(s -> s.copy().prices().egressPerGib())),
      Formula.when(
          s -> s.priced(CostLine.EGRESS),
          "GiB(recovery_scope · L(H)) · egress_per_gib (failback to the primary)",
          input(
              "recovered",
              s ->
                  RecoveryTime.recoveredBytes(
                      s.scenario().objectives().recoveryScope(), s.logicalEnd())),
          input("egress_per_gib", s -> s.namespace().egressPerGib()))),
  /** {@link ReplicationRate#network}. */
  NETWORK_BYTES_PER_SECOND(
      "network_bytes_per_second",
      ValueKind.RATE,
      "§3",
      r -> r.replication().network(),
      Formula.of(
          "network = circuits · line_rate · efficiency · dr_share",
          input("circuits", s -> s.scenario().network().circuits()),
          input("line_rate", s -> s.scenario().network().lineRate()),
          input("efficiency", s -> s.scenario().network().efficiency()),
          input("dr_share", s -> s.scenario().network().drShare()))),
  /** The configuration's {@link PrimaryFit#replicationEgress}, as a candidate of R. */
  PRIMARY_BYTES_PER_SECOND(
      "primary_bytes_per_second", ValueKind.RATE, "§3", r -> r.replication().primary()),
  /** {@link ReplicationRate#bottleneck}. */
  REPLICATION_BYTES_PER_SECOND(
      "replication_bytes_per_second",
      ValueKind.RATE,
      "§3",
      r -> r.replication().rate(),
      Formula.of(
          "R = min(network, primary egress, target ingest)",
          input("network", s -> s.result().replication().network()),
          input("primary egress", s -> s.result().replication().primary()),
          input("target ingest", s -> s.result().replication().target()),
          input("bottleneck", s -> s.result().replication().bottleneck().id()))),
  /** {@link DataGrowth#averageChangeRate} at L0; a step of the seed. */
  CHANGE_RATE_START_BYTES_PER_SECOND(
      "change_rate_start_bytes_per_second",
      ValueKind.RATE,
      "§1",
      step(s -> DataGrowth.averageChangeRate(s.dataset(), s.logicalStart())),
      Formula.of(
          "d(0) = daily_change · L0 / 86,400 s",
          input("daily_change", s -> s.dataset().dailyChange()),
          input("L0", Subject::logicalStart))),
  /** {@link SeedTime#overNetwork} or {@link SeedTime#byAppliance}. */
  SEED_SECONDS(
      "seed_seconds",
      ValueKind.DURATION,
      "§4",
      r -> r.seed().time(),
      Formula.when(
          s -> s.result().seed().shippingTime().seconds() > 0,
          "T_seed = shipping + d(0) · shipping / (R − d(0))",
          seedInputs()),
      Formula.when(
          Subject::seedsFromExistingCopy,
          "T_seed = min(L0, daily_change · L0 · copy_age / 1 d) / (R − d(0))",
          input("L0", Subject::logicalStart),
          input("daily_change", s -> s.dataset().dailyChange()),
          input("copy_age", s -> s.copy().seed().existingCopy().age()),
          input("R", s -> s.result().replication().rate()),
          input("d(0)", s -> DataGrowth.averageChangeRate(s.dataset(), s.logicalStart()))),
      Formula.of("T_seed = L0 / (R − d(0))", seedInputs())),
  /** By how much R falls short of d(0) when the seed never converges, in {@link SeedTime}. */
  SEED_SHORTFALL_BYTES_PER_SECOND(
      "seed_shortfall_bytes_per_second", ValueKind.RATE, "§4", r -> r.seed().shortfall()),
  /** {@link DataGrowth#peakChangeRate} at {@link DataGrowth#largestOver}; a step of the RPO. */
  PEAK_CHANGE_RATE_BYTES_PER_SECOND(
      "peak_change_rate_bytes_per_second",
      ValueKind.RATE,
      "§1",
      step(PairFigure::peakChangeRate),
      Formula.of(
          "d_peak = peak_factor · daily_change · max(L0, L(H)) / 86,400 s",
          input("peak_factor", s -> s.dataset().peakFactor()),
          input("daily_change", s -> s.dataset().dailyChange()),
          input("max(L0, L(H))", PairFigure::largestLogical))),
  /** {@link RecoveryPoint#rpo}. */
  RPO_SECONDS(
      "rpo_seconds",
      ValueKind.DURATION,
      "§5",
      OptionResult::rpo,
      Formula.of(
          "RPO = I + d_peak · I / R",
          input("I", Subject::replicationInterval),
          input("d_peak", PairFigure::peakChangeRate),
          input("R", s -> s.result().replication().rate()))),
  /** {@link RecoveryPoint#longestIntervalMeeting}. */
  RPO_MAX_INTERVAL_SECONDS(
      "rpo_max_interval_seconds",
      ValueKind.DURATION,
      "§5",
      OptionResult::longestIntervalMeetingRpo,
      Formula.of(
          "longest I meeting the objective = rpo_objective / (1 + d_peak / R)",
          input("rpo_objective", s -> s.scenario().objectives().rpo()),
          input("d_peak", PairFigure::peakChangeRate),
          input("R", s -> s.result().replication().rate()))),
  /** The restore rate of restore-to-primary, by {@link ReplicationRate#bottleneck}. */
  RESTORE_BYTES_PER_SECOND(
      "restore_bytes_per_second",
      ValueKind.RATE,
      "§6",
      r -> r.restore() == null ? null : r.restore().rate()),
  /** The storage line at H, {@link CloudCost#storageMonthly} of stored(H). */
  STORAGE_COST_USD_END(
      "storage_cost_usd_end",
      ValueKind.MONEY,
      "§7",
      step(s -> s.result().costLines().end(CostLine.STORAGE)),
      Formula.when(
          s -> !s.isNamespace(),
          "GiB(stored(H)) · storage_per_gib_month",
          input("stored(H)", s -> s.result().storedEnd()),
          input("storage_per_gib_month", s -> s.copy().prices().storagePerGibMonth()))),
  /** The early-deletion line at H, {@link CloudCost#earlyDeletionMonthly}. */
  EARLY_DELETION_COST_USD_END(
      "early_deletion_cost_usd_end",
      ValueKind.MONEY,
      "§7",
      step(s -> s.result().costLines().end(CostLine.EARLY_DELETION)),
      Formula.when(
          PairFigure::deletesByTheEnd,
          "GiB(ρ · L(H − retention) · unexpired(H − retention) / 1 d) · storage_per_gib_month",
          input("ρ", PairFigure::removedPerDay),
          input(
              "L(H − retention)",
              s ->
                  DataGrowth.logicalAt(
                      s.dataset(), TimeSpan.ofDays(PairFigure.deletionAgeEnd(s).days()))),
          input("unexpired(H − retention)", PairFigure::unexpiredEnd),
          input("storage_per_gib_month", s -> s.copy().prices().storagePerGibMonth()))),
  /** The operations line at H, {@link CloudCost#writesMonthly}. */
  OPERATIONS_COST_USD_END(
      "operations_cost_usd_end",
      ValueKind.MONEY,
      "§7",
      step(s -> s.result().costLines().end(CostLine.OPERATIONS)),
      Formula.when(
          s -> !s.isNamespace(),
          "D(H) · 30.4375 d / object_size / 1000 · class_a_per_1000",
          input("D(H)", s -> DataGrowth.dailyChange(s.dataset(), s.logicalEnd())),
          input("object_size", s -> s.copy().objectSize()),
          input("class_a_per_1000", s -> s.copy().prices().classAPer1000()))),
  /** The transfer-fee line at H, {@link CloudCost#transferFeeMonthly}. */
  TRANSFER_FEE_USD_END(
      "transfer_fee_usd_end",
      ValueKind.MONEY,
      "§7",
      step(s -> s.result().costLines().end(CostLine.TRANSFER_FEE)),
      Formula.when(
          s -> s.priced(CostLine.TRANSFER_FEE),
          "GiB(D(H) · 30.4375 d) · fee_per_gib",
          input("D(H)", s -> DataGrowth.dailyChange(s.dataset(), s.logicalEnd())),
          input("fee_per_gib", s -> s.copy().copyEngine().transferFeePerGib()))),
  /** The copy-engine hosts line, {@link CloudCost#hostsMonthly}. */
  COPY_ENGINE_HOSTS_COST_USD(
      "copy_engine_hosts_cost_usd",
      ValueKind.MONEY,
      "§7",
      step(s -> s.result().costLines().end(CostLine.COPY_ENGINE_HOSTS)),
      Formula.when(
              s ->
                  s.priced(CostLine.COPY_ENGINE_HOSTS)
                      && s.copy().copyEngine().hostMachine() != null,
              "hosts · hourly · 730.5 h  (hourly: {source})",
              input("hosts", s -> s.copy().copyEngine().hosts()),
              input(
                  "hourly",
                  s -> s.copy().copyEngine().hostMachine().name(),
                  s -> s.copy().copyEngine().hostMachine().hourly()))
          .filling("source", s -> hostMachineSource(s.copy().copyEngine().hostMachine())),
      Formula.when(
          s -> s.priced(CostLine.COPY_ENGINE_HOSTS),
          "hosts · host_monthly_cost",
          input("hosts", s -> s.copy().copyEngine().hosts()),
          input("host_monthly_cost", s -> s.copy().copyEngine().hostMonthlyCost()))),
  /** The VMs line at H, {@link CloudCost#namespaceMonthly}. */
  VMS_COST_USD_END(
      "vms_cost_usd_end",
      ValueKind.MONEY,
      "§7",
      step(s -> s.result().costLines().end(CostLine.VMS)),
      Formula.when(
          Subject::isNamespace,
          "nodes(L(H)) · hourly · (1 − commitment_discount) · 730.5 h",
          input("nodes(L(H))", s -> s.result().nodesEnd()),
          input(
              "hourly", s -> s.namespace().machine().name(), s -> s.namespace().machine().hourly()),
          input("commitment_discount", s -> s.namespace().commitmentDiscount()))),
  /** The licence line at H, {@link CloudCost#licenceMonthly}. */
  LICENCE_COST_USD_END(
      "licence_cost_usd_end",
      ValueKind.MONEY,
      "§7",
      step(s -> s.result().costLines().end(CostLine.LICENCE)),
      Formula.when(
          s -> s.priced(CostLine.LICENCE),
          "TB(nodes(L(H)) · local_ssd · (1 − protection_overhead)) · licence_per_tb_month",
          input("nodes(L(H))", s -> s.result().nodesEnd()),
          input("local_ssd", s -> s.namespace().machine().localSsd()),
          input("protection_overhead", s -> s.namespace().protectionOverhead()),
          input("licence_per_tb_month", s -> s.namespace().licencePerTbMonth()))),
  /** The ports line, {@link CloudCost#portsMonthly}. */
  PORTS_COST_USD(
      "ports_cost_usd",
      ValueKind.MONEY,
      "§7",
      step(s -> s.result().costLines().end(CostLine.PORTS)),
      Formula.of(
          "circuits · monthly_port_cost",
          input("circuits", s -> s.scenario().network().circuits()),
          input("monthly_port_cost", s -> s.scenario().network().monthlyPortCost()))),
  /** {@link CloudCost#vlanAttachments}; a step of the VLAN attachments line. */
  VLAN_ATTACHMENTS(
      "vlan_attachments",
      ValueKind.COUNT,
      "§7",
      step(s -> CloudCost.vlanAttachments(s.scenario().network())),
      Formula.of(
          "attachments = ceil(line_rate · circuits · dr_share / vlan_attachment_capacity)",
          input("line_rate", s -> s.scenario().network().lineRate()),
          input("circuits", s -> s.scenario().network().circuits()),
          input("dr_share", s -> s.scenario().network().drShare()),
          input("vlan_attachment_capacity", s -> s.scenario().network().vlanAttachmentCapacity()))),
  /** The VLAN attachments line, {@link CloudCost#vlanMonthly}. */
  VLAN_ATTACHMENTS_COST_USD(
      "vlan_attachments_cost_usd",
      ValueKind.MONEY,
      "§7",
      step(s -> s.result().costLines().end(CostLine.VLAN_ATTACHMENTS)),
      Formula.when(
          s -> s.priced(CostLine.VLAN_ATTACHMENTS),
          "attachments · vlan_attachment_hourly · 730.5 h",
          input("attachments", s -> CloudCost.vlanAttachments(s.scenario().network())),
          input("vlan_attachment_hourly", s -> s.scenario().network().vlanAttachmentHourly()))),
  /** The sum of the recurring lines' run rates on day one, in {@link CostResult}. */
  MONTHLY_COST_USD_START(
      "monthly_cost_usd_start",
      ValueKind.MONEY,
      "§7",
      OptionResult::monthlyCostStart,
      lineSum("monthly at L0 = Σ of the recurring lines at L0", LineCosts::start)),
  /** The sum of the recurring lines' run rates at the end of the horizon, in {@link CostResult}. */
  MONTHLY_COST_USD_END(
      "monthly_cost_usd_end",
      ValueKind.MONEY,
      "§7",
      OptionResult::monthlyCostEnd,
      lineSum("monthly at L(H) = Σ of the recurring lines at L(H)", LineCosts::end)),
  /** Σ of every month's cost, line by line, in {@link CostLedger}. */
  RECURRING_COST_USD(
      "recurring_cost_usd",
      ValueKind.MONEY,
      "§7",
      step(s -> s.result().monthlyCosts().total()),
      lineSum("Σ monthly = Σ of each recurring line over the months", LineCosts::recurring)),
  /** {@link CloudCost#horizonCost}. */
  HORIZON_COST_USD(
      "horizon_cost_usd",
      ValueKind.MONEY,
      "§7",
      OptionResult::horizonCost,
      Formula.of(
              "horizon cost = Σ monthly cost over {months} months + one-time",
              input("Σ monthly", s -> s.result().monthlyCosts().total()),
              input("one-time", s -> s.result().oneTimeCost()))
          .filling("months", s -> s.timeline().months()));

  private final Definition definition;
  private final Function<OptionResult, ?> read;
  private final Function<Subject, ?> step;

  /** A figure of the result. */
  PairFigure(
      String id,
      ValueKind kind,
      String section,
      Function<OptionResult, ?> read,
      Formula... formulas) {
    this(id, kind, section, read, null, formulas);
  }

  /** Where a mover VM's hourly price comes from: the catalog's source and date, or the scenario. */
  private static String hostMachineSource(HostMachine machine) {
    return machine.source() == null ? "the scenario's own price" : machine.source();
  }

  /** A step of a derivation, computed from the subject. */
  PairFigure(String id, ValueKind kind, String section, Step step, Formula... formulas) {
    this(id, kind, section, null, step.compute, formulas);
  }

  PairFigure(
      String id,
      ValueKind kind,
      String section,
      Function<OptionResult, ?> read,
      Function<Subject, ?> step,
      Formula[] formulas) {
    this.definition = new Definition(id, kind, section, List.of(formulas));
    this.read = read;
    this.step = step;
  }

  /** How a figure that no result holds is computed, for explain. */
  private static final class Step {
    final Function<Subject, ?> compute;

    Step(Function<Subject, ?> compute) {
      this.compute = compute;
    }
  }

  private static Step step(Function<Subject, ?> compute) {
    return new Step(compute);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  @Override
  public String label() {
    switch (this) {
      case RAW_SSD_NEEDED_BYTES_END:
        return "raw SSD needed at the end";
      case NODES_START:
        return "VMs at the start";
      case NODES_END:
        return "VMs at the end";
      case CLUSTERS_END:
        return "clusters at the end";
      case TARGET_BYTES_PER_SECOND:
        return "rate the cloud side takes in";
      case APPLIANCES:
        return "transfer appliance loads";
      case APPLIANCE_SHIPPING_SECONDS:
        return "appliance shipping time";
      case STORED_BYTES_END:
        return "stored in the cloud at the end";
      case ONE_TIME_COST_USD:
        return "one-time cost";
      case RTO_SECONDS:
        return "recovery time (RTO)";
      case RECOVERY_EVENT_COST_USD:
        return "cost per recovery event";
      case NETWORK_BYTES_PER_SECOND:
        return "network rate for DR";
      case PRIMARY_BYTES_PER_SECOND:
        return "replication egress of the primary";
      case REPLICATION_BYTES_PER_SECOND:
        return "replication rate";
      case CHANGE_RATE_START_BYTES_PER_SECOND:
        return "change rate on day one";
      case SEED_SECONDS:
        return "first full copy";
      case SEED_SHORTFALL_BYTES_PER_SECOND:
        return "shortfall of the first copy";
      case PEAK_CHANGE_RATE_BYTES_PER_SECOND:
        return "peak change rate";
      case RPO_SECONDS:
        return "recovery point (RPO)";
      case RPO_MAX_INTERVAL_SECONDS:
        return "longest copy interval that meets the RPO";
      case RESTORE_BYTES_PER_SECOND:
        return "restore rate";
      case MONTHLY_COST_USD_START:
        return "monthly cost at the start";
      case MONTHLY_COST_USD_END:
        return "monthly cost at the end";
      case HORIZON_COST_USD:
        return "horizon cost";
      case GROWTH_PER_DAY:
        return "growth per day";
      case REMOVED_PER_DAY:
        return "data overwritten or deleted per day";
      case UNEXPIRED_SECONDS_END:
        return "minimum storage time a version deleted at the end still owes";
      case SEED_WRITES_COST_USD:
        return "object writes of the first copy";
      case SEED_TRANSFER_FEE_USD:
        return "transfer fee on the first copy";
      case APPLIANCES_COST_USD:
        return "transfer appliance fees and shipping";
      case EXISTING_COPY_EGRESS_USD:
        return "egress of the existing copy";
      case STORAGE_COST_USD_END:
        return "storage per month at the end";
      case EARLY_DELETION_COST_USD_END:
        return "early deletion per month at the end";
      case OPERATIONS_COST_USD_END:
        return "object writes per month at the end";
      case TRANSFER_FEE_USD_END:
        return "transfer fee per month at the end";
      case COPY_ENGINE_HOSTS_COST_USD:
        return "mover hosts per month";
      case VMS_COST_USD_END:
        return "VMs per month at the end";
      case LICENCE_COST_USD_END:
        return "licence per month at the end";
      case PORTS_COST_USD:
        return "Interconnect ports per month";
      case VLAN_ATTACHMENTS:
        return "VLAN attachments";
      case VLAN_ATTACHMENTS_COST_USD:
        return "VLAN attachments per month";
      case RECURRING_COST_USD:
        return "recurring cost over the horizon";
      default:
        return null;
    }
  }

  /**
   * Whether the pair's result holds this figure (and the reports print it); otherwise it is a step
   * of a derivation that only explain shows.
   */
  public boolean reported() {
    return read != null;
  }

  /**
   * The typed figure of {@code result}; {@code null} when it cannot exist.
   *
   * @throws IllegalStateException for a figure that is not {@link #reported()}
   */
  public Object value(OptionResult result) {
    if (read == null) {
      throw new IllegalStateException(id() + " is a step of explain, not a figure of the result");
    }
    return read.apply(result);
  }

  /**
   * The figure in its canonical unit, NaN when it cannot exist: what the analyses read per sample,
   * without allocating.
   */
  public double canonical(OptionResult result) {
    return Figure.canonical(value(result));
  }

  /** Every figure the reports print, in this enum's order. */
  public static List<PairFigure> reportedFigures() {
    List<PairFigure> figures = new ArrayList<>();
    for (PairFigure figure : values()) {
      if (figure.reported()) {
        figures.add(figure);
      }
    }
    return figures;
  }

  Derivation derive(Subject subject) {
    return Formula.derive(
        this, formulas(), subject, s -> read != null ? read.apply(s.result()) : step.apply(s));
  }

  private static Formula.Input[] recoveryEventInputs(Function<Subject, Object> egress) {
    return new Formula.Input[] {
      input(
          "recovered",
          s ->
              RecoveryTime.recoveredBytes(
                  s.scenario().objectives().recoveryScope(), s.logicalEnd())),
      input("retrieval_per_gib", s -> s.copy().prices().retrievalPerGib()),
      input("egress_per_gib", egress)
    };
  }

  private static Formula.Input[] seedInputs() {
    return new Formula.Input[] {
      input("L0", Subject::logicalStart),
      input("R", s -> s.result().replication().rate()),
      input("d(0)", s -> DataGrowth.averageChangeRate(s.dataset(), s.logicalStart())),
      input("shipping", s -> s.result().seed().shippingTime())
    };
  }

  /**
   * A sum over the recurring lines of the pair's kind, each printed as an input named by its line
   * ({@code null} when not priced, which adds nothing).
   */
  private static Formula[] lineSum(String text, BiFunction<LineCosts, CostLine, Money> part) {
    return new Formula[] {
      Formula.when(Subject::isNamespace, text, lineInputs(part, namespaceLines())),
      Formula.of(text, lineInputs(part, dataCopyLines()))
    };
  }

  // Built in a method: the enum's constants are created before its static fields.
  private static CostLine[] namespaceLines() {
    return new CostLine[] {
      CostLine.VMS, CostLine.LICENCE, CostLine.PORTS, CostLine.VLAN_ATTACHMENTS
    };
  }

  private static CostLine[] dataCopyLines() {
    return new CostLine[] {
      CostLine.STORAGE,
      CostLine.EARLY_DELETION,
      CostLine.OPERATIONS,
      CostLine.TRANSFER_FEE,
      CostLine.REPLICATION,
      CostLine.COPY_ENGINE_HOSTS,
      CostLine.PORTS,
      CostLine.VLAN_ATTACHMENTS
    };
  }

  private static Formula.Input[] lineInputs(
      BiFunction<LineCosts, CostLine, Money> part, CostLine[] lines) {
    Formula.Input[] inputs = new Formula.Input[lines.length];
    for (int i = 0; i < lines.length; i++) {
      CostLine line = lines[i];
      inputs[i] = input(line.id(), s -> shown(s, line, part));
    }
    return inputs;
  }

  /** What explain prints for a line is not priced, instead of an amount. */
  static final String NOT_PRICED = "not priced";

  /**
   * A price of the option's {@code key} as explain prints it: the amount; for a catalog placeholder
   * of 0, {@link #NOT_PRICED} and its entry, since the line reads it as no price, not as free (§7,
   * CostLedger).
   */
  private static Object price(Subject subject, String key, Money price) {
    InputOrigin origin = subject.scenario().origin("options." + subject.copy().name() + "." + key);
    if (origin != null && origin.placeholder() && price != null && price.usd() == 0) {
      return NOT_PRICED + " (" + Catalog.PLACEHOLDER_FIGURE + " " + origin.catalogPath() + ")";
    }
    return price;
  }

  /**
   * The one-time cost as the sum of the one-time part of every line that can carry one ({@link
   * CostLine#oneTime}), each an input named by its {@link CostLine#oneTimeLabel}: "one-time = seed
   * writes + seed transfer fee + seed replication + appliances + copy egress".
   */
  private static Formula oneTimeSum() {
    List<String> names = new ArrayList<>();
    List<Formula.Input> parts = new ArrayList<>();
    for (CostLine line : CostLine.oneTime()) {
      names.add(line.oneTimeLabel());
      parts.add(input(line.oneTimeLabel(), s -> shown(s, line, LineCosts::oneTime)));
    }
    return Formula.when(
        s -> !s.isNamespace(),
        "one-time = " + String.join(" + ", names),
        parts.toArray(new Formula.Input[0]));
  }

  /**
   * A part of a line as explain prints it: the amount; $0 when the line does not apply to the pair;
   * {@link #NOT_PRICED} when it applies without a price (it adds nothing).
   */
  private static Object shown(
      Subject subject, CostLine line, BiFunction<LineCosts, CostLine, Money> part) {
    LineCosts lines = subject.result().costLines();
    if (!lines.applies(line)) {
      return Money.ZERO;
    }
    return lines.priced(line) ? part.apply(lines, line) : NOT_PRICED;
  }

  private static Fraction growthPerDay(Subject subject) {
    return Fraction.of(subject.timeline().turnover().growth());
  }

  private static Fraction removedPerDay(Subject subject) {
    return Fraction.of(subject.timeline().turnover().removed());
  }

  /** s = H − retention: when the versions deleted at H were removed. */
  private static TimeSpan deletionAgeEnd(Subject subject) {
    return TimeSpan.ofDays(subject.scenario().horizon().days() - subject.copy().retention().days());
  }

  /** Whether a data copy deletes versions by the end of the horizon (H ≥ retention). */
  private static boolean deletesByTheEnd(Subject subject) {
    return !subject.isNamespace()
        && subject.scenario().horizon().compareTo(subject.copy().retention()) >= 0;
  }

  private static TimeSpan unexpiredEnd(Subject subject) {
    return TimeSpan.ofDays(
        CloudCost.bucket(subject.timeline(), subject.copy())
            .unexpired(deletionAgeEnd(subject).days()));
  }

  private static DataSize largestLogical(Subject subject) {
    return DataGrowth.largestOver(subject.dataset(), subject.scenario().horizon());
  }

  private static Object peakChangeRate(Subject subject) {
    return DataGrowth.peakChangeRate(subject.dataset(), largestLogical(subject));
  }
}

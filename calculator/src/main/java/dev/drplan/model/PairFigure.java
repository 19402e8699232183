package dev.drplan.model;

import static dev.drplan.model.Formula.input;

import dev.drplan.catalog.ValueKind;
import dev.drplan.scenario.DataCopy;
import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import java.util.ArrayList;
import java.util.List;
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
  /** {@link CloudCost#stored} at L(H). */
  STORED_BYTES_END(
      "stored_bytes_end",
      ValueKind.SIZE,
      "§7",
      OptionResult::storedEnd,
      Formula.when(
          s -> !s.isNamespace(),
          "stored = L(H) + D(H) · overwrite_share · max(retention, min_storage_duration)",
          input("L(H)", Subject::logicalEnd),
          input("D(H)", s -> DataGrowth.dailyChange(s.dataset(), s.logicalEnd())),
          input("overwrite_share", s -> s.dataset().overwriteShare()),
          input("retention", s -> s.copy().retention()),
          input("min_storage_duration", s -> s.copy().prices().minStorageDuration()))),
  /** {@link CloudCost#oneTime}. */
  ONE_TIME_COST_USD(
      "one_time_cost_usd",
      ValueKind.MONEY,
      "§7",
      OptionResult::oneTimeCost,
      Formula.when(
          s -> !s.isNamespace(),
          "one-time = ceil(L0 / object_size) / 1000 · class_a_per_1000 + appliances · fee",
          input("L0", Subject::logicalStart),
          input("object_size", s -> s.copy().objectSize()),
          input("class_a_per_1000", s -> s.copy().prices().classAPer1000()),
          input("appliances", s -> s.result().seed().appliances()),
          input("fee", PairFigure::applianceFee))),
  /** {@link RecoveryTime#restoreToPrimary}; the failover or cloud start time otherwise. */
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
          input("restore bottleneck", s -> s.result().restore().bottleneck().id()))),
  /** {@link RecoveryTime#eventCost}. */
  RECOVERY_EVENT_COST_USD(
      "recovery_event_cost_usd",
      ValueKind.MONEY,
      "§6",
      OptionResult::recoveryEventCost,
      Formula.when(
          Subject::restoresToPrimary,
          "GiB(recovery_scope · L(H)) · (retrieval_per_gib + egress_per_gib)",
          recoveryEventInputs()),
      Formula.when(
          s -> !s.isNamespace(),
          "GiB(recovery_scope · L(H)) · retrieval_per_gib (read in place, no egress)",
          recoveryEventInputs())),
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
  /** The recurring cost of the first month, in {@link CloudCost}. */
  MONTHLY_COST_USD_START(
      "monthly_cost_usd_start",
      ValueKind.MONEY,
      "§7",
      OptionResult::monthlyCostStart,
      monthlyCostFormulas(0)),
  /** The recurring cost of the last month, in {@link CloudCost}. */
  MONTHLY_COST_USD_END(
      "monthly_cost_usd_end",
      ValueKind.MONEY,
      "§7",
      OptionResult::monthlyCostEnd,
      monthlyCostFormulas(-1)),
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
        return "VMs in the first month";
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
        return "monthly cost, first month";
      case MONTHLY_COST_USD_END:
        return "monthly cost, last month";
      case HORIZON_COST_USD:
        return "horizon cost";
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

  private static Formula.Input[] recoveryEventInputs() {
    return new Formula.Input[] {
      input(
          "recovered",
          s ->
              RecoveryTime.recoveredBytes(
                  s.scenario().objectives().recoveryScope(), s.logicalEnd())),
      input("retrieval_per_gib", s -> s.copy().prices().retrievalPerGib()),
      input("egress_per_gib", s -> s.copy().prices().egressPerGib())
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
   * The recurring cost of month {@code month} (0 the first, -1 the last) of a namespace and of a
   * data copy, with every input the formula names.
   */
  private static Formula[] monthlyCostFormulas(int month) {
    Function<Subject, Integer> index = s -> month < 0 ? s.timeline().months() - 1 : month;
    Function<Subject, DataSize> logical = s -> s.timeline().logicalAtMonth(index.apply(s));
    Formula.Input monthNumber = input("month", s -> index.apply(s) + 1);
    Formula.Input size = input("L", logical);
    Formula.Input ports = input("ports", s -> CloudCost.portsMonthly(s.scenario().network()));
    return new Formula[] {
      Formula.when(
          Subject::isNamespace,
          "nodes(L) · hourly · (1 − commitment_discount) · 730.5 h + circuits ·"
              + " monthly_port_cost",
          monthNumber,
          size,
          ports,
          input("nodes(L)", s -> CloudCost.nodes(s.namespace(), logical.apply(s))),
          input("hourly", s -> s.namespace().machine().hourly()),
          input("commitment_discount", s -> s.namespace().commitmentDiscount())),
      Formula.of(
          "GiB(stored(L)) · storage_per_gib_month + objects(D · 30.4375 d) / 1000 ·"
              + " class_a_per_1000 + circuits · monthly_port_cost",
          monthNumber,
          size,
          ports,
          input("stored(L)", s -> CloudCost.stored(s.dataset(), s.copy(), logical.apply(s))),
          input("storage_per_gib_month", s -> s.copy().prices().storagePerGibMonth()),
          input("D", s -> DataGrowth.dailyChange(s.dataset(), logical.apply(s))),
          input("object_size", s -> s.copy().objectSize()),
          input("class_a_per_1000", s -> s.copy().prices().classAPer1000()))
    };
  }

  private static Money applianceFee(Subject subject) {
    DataCopy copy = subject.copy();
    return copy.seed().byNetwork() ? Money.ZERO : copy.seed().appliance().fee();
  }

  private static DataSize largestLogical(Subject subject) {
    return DataGrowth.largestOver(subject.dataset(), subject.scenario().horizon());
  }

  private static Object peakChangeRate(Subject subject) {
    return DataGrowth.peakChangeRate(subject.dataset(), largestLogical(subject));
  }
}

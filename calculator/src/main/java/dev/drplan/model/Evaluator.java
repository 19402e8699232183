package dev.drplan.model;

import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Objectives;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a scenario: every configuration sized (§2), every (configuration, option) pair through
 * §3–§7, and the verdict (§8). Pure: records in, records out.
 */
public final class Evaluator {
  private Evaluator() {}

  /** GCS's largest object, whatever the write method: 5 TiB. */
  public static final DataSize MAX_OBJECT_SIZE = DataSize.ofTebibytes(5);

  /** A GCS bucket's initial write capacity before autoscaling, per request-rate guidance. */
  public static final double INITIAL_WRITES_PER_SECOND = 1_000;

  /** Request rates may double at most this often above the initial capacity. */
  public static final TimeSpan RAMP_DOUBLING_TIME = TimeSpan.ofMinutes(20);

  /** Evaluates every pair of the scenario and recommends one. */
  public static Evaluation evaluate(Scenario scenario) {
    Timeline timeline = new Timeline(scenario);
    List<ConfigurationResult> configurations = new ArrayList<>();
    List<OptionResult> results = new ArrayList<>();
    // The recurring costs of an option do not depend on the configuration (§7): computed once per
    // option and shared by its pairs (MonthlyCosts never exposes its array).
    List<DrOption> options = scenario.options();
    RecurringCosts[] costs = new RecurringCosts[options.size()];
    for (Configuration configuration : scenario.primary().configurations()) {
      ConfigurationResult sized = sizeConfiguration(timeline, configuration, Trace.NONE);
      configurations.add(sized);
      for (int i = 0; i < options.size(); i++) {
        if (costs[i] == null) {
          costs[i] = recurringCosts(timeline, options.get(i));
        }
        results.add(evaluatePair(timeline, sized, options.get(i), costs[i], Trace.NONE));
      }
    }
    Recommendation recommendation = Verdict.recommend(configurations, results, scenario.horizon());
    return new Evaluation(
        scenario.name(),
        scenario.horizon(),
        timeline.logicalStart(),
        timeline.logicalEnd(),
        configurations,
        results,
        recommendation);
  }

  /**
   * Evaluates one pair with every step written to {@code trace}, for {@code drplan explain}.
   *
   * @throws IllegalArgumentException if the scenario has no such configuration or option
   */
  public static OptionResult explain(
      Scenario scenario, String configurationName, String optionName, Trace trace) {
    Timeline timeline = new Timeline(scenario);
    Configuration configuration = null;
    for (Configuration candidate : scenario.primary().configurations()) {
      if (candidate.name().equals(configurationName)) {
        configuration = candidate;
      }
    }
    DrOption option = null;
    for (DrOption candidate : scenario.options()) {
      if (candidate.name().equals(optionName)) {
        option = candidate;
      }
    }
    if (configuration == null || option == null) {
      throw new IllegalArgumentException(
          "no pair (" + configurationName + ", " + optionName + ") in " + scenario.name());
    }
    if (trace.enabled()) {
      trace.step(
          Derivation.of(
              "logical_bytes_end",
              "§1",
              "L(H) = L0 · (1 + g)^(H / 1 y)",
              timeline.logicalEnd(),
              "L0",
              timeline.logicalStart(),
              "g",
              scenario.dataset().annualGrowth(),
              "H",
              scenario.horizon()));
    }
    return evaluatePair(timeline, sizeConfiguration(timeline, configuration, trace), option, trace);
  }

  static ConfigurationResult sizeConfiguration(
      Timeline timeline, Configuration configuration, Trace trace) {
    Scenario scenario = timeline.scenario;
    return PrimaryFit.size(
        scenario.dataset(), scenario.primary(), configuration, scenario.horizon(), trace);
  }

  static OptionResult evaluatePair(
      Timeline timeline, ConfigurationResult configuration, DrOption option, Trace trace) {
    return evaluatePair(timeline, configuration, option, recurringCosts(timeline, option), trace);
  }

  private static OptionResult evaluatePair(
      Timeline timeline,
      ConfigurationResult configuration,
      DrOption option,
      RecurringCosts costs,
      Trace trace) {
    if (option instanceof NamespaceInCloud) {
      return namespace(timeline, configuration, (NamespaceInCloud) option, costs, trace);
    }
    return dataCopy(timeline, configuration, (DataCopy) option, costs, trace);
  }

  /**
   * The recurring cost of every month of the horizon (§7), and for a namespace the most VMs any
   * month needs: figures of the option and the data alone, the same for every configuration.
   */
  private record RecurringCosts(MonthlyCosts monthly, long nodesMax) {}

  private static RecurringCosts recurringCosts(Timeline timeline, DrOption option) {
    // The loops call CloudCost's formulas in canonical doubles with the month-invariant inputs
    // read once; the figures are those of its typed methods, to the bit.
    Scenario scenario = timeline.scenario;
    double ports = CloudCost.portsMonthly(scenario.network()).usd();
    double[] logical = timeline.logicalBytesAtMonthStart;
    double[] monthly = new double[timeline.months];
    if (option instanceof NamespaceInCloud) {
      NamespaceInCloud namespace = (NamespaceInCloud) option;
      double divisor = CloudCost.ssdDivisor(namespace);
      double ssd = namespace.machine().localSsd().bytes();
      double hourly = namespace.machine().hourly().usd();
      double undiscounted = namespace.commitmentDiscount().complement();
      long nodesMax = 0;
      for (int m = 0; m < timeline.months; m++) {
        long nodes = CloudCost.nodes(logical[m], divisor, ssd);
        nodesMax = Math.max(nodesMax, nodes);
        monthly[m] = CloudCost.namespaceMonthly(hourly, nodes, undiscounted) + ports;
      }
      return new RecurringCosts(new MonthlyCosts(monthly), nodesMax);
    }
    DataCopy copy = (DataCopy) option;
    double dailyChange = scenario.dataset().dailyChange().value();
    double overwrite = scenario.dataset().overwriteShare().value();
    double keptDays = CloudCost.keptDays(copy);
    double perGib = copy.prices().storagePerGibMonth().usd();
    double classA = copy.prices().classAPer1000().usd();
    double objectBytes = copy.objectSize().bytes();
    for (int m = 0; m < timeline.months; m++) {
      double stored = CloudCost.storedBytes(logical[m], dailyChange, overwrite, keptDays);
      monthly[m] =
          CloudCost.storageMonthly(perGib, stored)
              + CloudCost.writesMonthly(classA, logical[m], dailyChange, objectBytes)
              + ports;
    }
    return new RecurringCosts(new MonthlyCosts(monthly), 0);
  }

  private static OptionResult namespace(
      Timeline timeline,
      ConfigurationResult configuration,
      NamespaceInCloud option,
      RecurringCosts costs,
      Trace trace) {
    long nodesStart = CloudCost.nodes(option, timeline.logicalStart());
    long nodesEnd = CloudCost.nodes(option, timeline.logicalEnd());
    DataRate target = ReplicationRate.cloudNodes(nodesStart, option.machine());
    RateChoice replication =
        ReplicationRate.bottleneck(
            timeline.network, configuration.replicationEgress(), target, Bottleneck.CLOUD_NODES);
    SeedResult seed =
        SeedTime.overNetwork(timeline.logicalStart(), replication.rate(), timeline.changeRateStart);

    MonthlyCosts monthly = costs.monthly();
    long nodesMax = Math.max(Math.max(nodesStart, nodesEnd), costs.nodesMax());
    long clusters = CloudCost.clusters(option, nodesMax);

    List<Reason> reasons = new ArrayList<>();
    List<Reason> notes = new ArrayList<>();
    if (nodesMax > option.maxNodes()) {
      reasons.add(
          Reason.of(
              ReasonCode.TOO_MANY_NODES,
              "nodes",
              nodesMax,
              "max_nodes",
              (long) option.maxNodes(),
              "clusters",
              clusters));
    }
    if (trace.enabled()) {
      trace.step(
          Derivation.of(
              "raw_ssd_needed_bytes_end",
              "§7",
              "raw SSD = L(H) / reduction_ratio / (1 − protection_overhead) / fill_limit",
              CloudCost.rawSsdNeeded(option, timeline.logicalEnd()),
              "L(H)",
              timeline.logicalEnd(),
              "reduction_ratio",
              option.reductionRatio(),
              "protection_overhead",
              option.protectionOverhead(),
              "fill_limit",
              option.fillLimit()));
      trace.step(
          Derivation.of(
              "nodes_start",
              "§7",
              "nodes = ceil(raw SSD needed(L0) / local_ssd)",
              nodesStart,
              "L0",
              timeline.logicalStart(),
              "local_ssd (" + option.machine().name() + ")",
              option.machine().localSsd()));
      trace.step(
          Derivation.of(
              "nodes_end",
              "§7",
              "nodes = ceil(raw SSD needed(L(H)) / local_ssd)",
              nodesEnd,
              "L(H)",
              timeline.logicalEnd(),
              "local_ssd (" + option.machine().name() + ")",
              option.machine().localSsd()));
      trace.step(
          Derivation.of(
              "target_ingest_bytes_per_second",
              "§3",
              "target = nodes(0) · node network rate",
              target,
              "nodes(0)",
              nodesStart,
              "network (" + option.machine().name() + ")",
              option.machine().network()));
    }
    return finish(
        timeline,
        configuration,
        option,
        replication,
        seed,
        option.replicationInterval(),
        option.failoverTime(),
        null,
        null,
        nodesStart,
        nodesEnd,
        clusters,
        monthly,
        Money.ZERO,
        Money.ZERO,
        reasons,
        notes,
        trace);
  }

  private static OptionResult dataCopy(
      Timeline timeline,
      ConfigurationResult configuration,
      DataCopy option,
      RecurringCosts costs,
      Trace trace) {
    Scenario scenario = timeline.scenario;
    Objectives objectives = scenario.objectives();
    DataRate movers = ReplicationRate.copyEngine(option.copyEngine());
    RateChoice replication =
        ReplicationRate.bottleneck(
            timeline.network, configuration.replicationEgress(), movers, Bottleneck.COPY_ENGINE);
    SeedResult seed =
        option.seed().byNetwork()
            ? SeedTime.overNetwork(
                timeline.logicalStart(), replication.rate(), timeline.changeRateStart)
            : SeedTime.byAppliance(
                timeline.logicalStart(),
                option.seed().appliance(),
                replication.rate(),
                timeline.changeRateStart);

    DataSize recovered =
        RecoveryTime.recoveredBytes(objectives.recoveryScope(), timeline.logicalEnd());
    RateChoice restore = null;
    TimeSpan rto;
    if (option.recovery().restoresToPrimary()) {
      // The same bottleneck rule in the other direction (§6): the movers read, the link carries
      // and the primary's C-nodes take the data in at their replication rate. The model gives
      // each the same rate both ways, so the restore choice is the replication choice.
      restore = replication;
      rto = RecoveryTime.restoreToPrimary(recovered, restore.rate());
    } else {
      rto = option.recovery().cloudStartTime();
    }
    Money recoveryCost =
        RecoveryTime.eventCost(recovered, option.prices(), option.recovery().restoresToPrimary());

    MonthlyCosts monthly = costs.monthly();
    Money seedWrites = CloudCost.seedWrites(option, timeline.logicalStart());
    Money applianceFees =
        option.seed().byNetwork()
            ? Money.ZERO
            : option.seed().appliance().fee().times(seed.appliances());
    Money oneTime = seedWrites.plus(applianceFees);
    DataSize storedEnd = CloudCost.stored(scenario.dataset(), option, timeline.logicalEnd());

    List<Reason> reasons = new ArrayList<>();
    List<Reason> notes = new ArrayList<>();
    if (option.objectSize().compareTo(MAX_OBJECT_SIZE) > 0) {
      reasons.add(
          Reason.of(
              ReasonCode.OBJECT_TOO_LARGE,
              "object_size",
              option.objectSize(),
              "max_object_size",
              MAX_OBJECT_SIZE));
    }
    double writesPerSecond = replication.rate().bytesPerSecond() / option.objectSize().bytes();
    if (writesPerSecond > INITIAL_WRITES_PER_SECOND) {
      double doublings =
          Math.ceil(
              StrictMath.log(writesPerSecond / INITIAL_WRITES_PER_SECOND) / StrictMath.log(2));
      notes.add(
          Reason.of(
              ReasonCode.REQUEST_RATE_RAMP,
              "writes_per_second",
              writesPerSecond,
              "ramp_time",
              RAMP_DOUBLING_TIME.times(doublings)));
    }
    if (!option.seed().byNetwork()) {
      notes.add(
          Reason.of(
              ReasonCode.APPLIANCE_LOADS,
              "appliances",
              seed.appliances(),
              "batches",
              seed.batches(),
              "in_flight",
              (long) option.seed().appliance().inFlight()));
    }
    if (trace.enabled()) {
      trace.step(
          Derivation.of(
              "target_ingest_bytes_per_second",
              "§3",
              "copy engine = hosts · min(streams_per_host · per_stream, host_nic)",
              movers,
              "hosts",
              option.copyEngine().hosts(),
              "streams_per_host",
              option.copyEngine().streamsPerHost(),
              "per_stream",
              option.copyEngine().perStream(),
              "host_nic",
              option.copyEngine().hostNic()));
      if (!option.seed().byNetwork()) {
        trace.step(
            Derivation.of(
                "appliance_loads",
                "§4",
                "loads = ceil(L0 / capacity)",
                seed.appliances(),
                "L0",
                timeline.logicalStart(),
                "capacity (" + option.seed().appliance().name() + ")",
                option.seed().appliance().capacity()));
        trace.step(
            Derivation.of(
                "appliance_shipping_seconds",
                "§4",
                "shipping = ceil(loads / in_flight) · round_trip",
                seed.shippingTime(),
                "loads",
                seed.appliances(),
                "in_flight",
                option.seed().appliance().inFlight(),
                "round_trip",
                option.seed().appliance().roundTrip()));
      }
      trace.step(
          Derivation.of(
              "stored_bytes_end",
              "§7",
              "stored = L(H) + D(H) · overwrite_share · max(retention, min_storage_duration)",
              storedEnd,
              "L(H)",
              timeline.logicalEnd(),
              "D(H)",
              DataGrowth.dailyChange(scenario.dataset(), timeline.logicalEnd()),
              "overwrite_share",
              scenario.dataset().overwriteShare(),
              "retention",
              option.retention(),
              "min_storage_duration",
              option.prices().minStorageDuration()));
      trace.step(
          Derivation.of(
              "one_time_cost_usd",
              "§7",
              "one-time = ceil(L0 / object_size) / 1000 · class_a_per_1000 + appliances · fee",
              oneTime,
              "L0",
              timeline.logicalStart(),
              "object_size",
              option.objectSize(),
              "class_a_per_1000",
              option.prices().classAPer1000(),
              "appliances",
              seed.appliances(),
              "fee",
              option.seed().byNetwork() ? Money.ZERO : option.seed().appliance().fee()));
      if (option.recovery().restoresToPrimary()) {
        trace.step(
            Derivation.of(
                "rto_seconds",
                "§6",
                "RTO = recovery_scope · L(H) / R_restore",
                rto,
                "recovery_scope",
                objectives.recoveryScope(),
                "L(H)",
                timeline.logicalEnd(),
                "R_restore",
                restore.rate(),
                "restore bottleneck",
                restore.bottleneck().id()));
      }
      trace.step(
          Derivation.of(
              "recovery_event_cost_usd",
              "§6",
              option.recovery().restoresToPrimary()
                  ? "GiB(recovery_scope · L(H)) · (retrieval_per_gib + egress_per_gib)"
                  : "GiB(recovery_scope · L(H)) · retrieval_per_gib (read in place, no egress)",
              recoveryCost,
              "recovered",
              recovered,
              "retrieval_per_gib",
              option.prices().retrievalPerGib(),
              "egress_per_gib",
              option.prices().egressPerGib()));
    }
    return finish(
        timeline,
        configuration,
        option,
        replication,
        seed,
        option.replicationInterval(),
        rto,
        restore,
        storedEnd,
        null,
        null,
        null,
        monthly,
        oneTime,
        recoveryCost,
        reasons,
        notes,
        trace);
  }

  /** The checks and figures every kind shares: seed, RPO, RTO against the objectives (§4–§8). */
  private static OptionResult finish(
      Timeline timeline,
      ConfigurationResult configuration,
      DrOption option,
      RateChoice replication,
      SeedResult seed,
      TimeSpan interval,
      TimeSpan rto,
      RateChoice restore,
      DataSize storedEnd,
      Long nodesStart,
      Long nodesEnd,
      Long clusters,
      MonthlyCosts costs,
      Money oneTime,
      Money recoveryCost,
      List<Reason> reasons,
      List<Reason> notes,
      Trace trace) {
    Objectives objectives = timeline.scenario.objectives();
    DataRate peak = timeline.peakChangeRateWorst;
    TimeSpan rpo = RecoveryPoint.rpo(interval, peak, replication.rate());
    TimeSpan longestInterval =
        RecoveryPoint.longestIntervalMeeting(objectives.rpo(), peak, replication.rate());

    List<Reason> blocking = new ArrayList<>();
    if (replication.rate().isZero()) {
      blocking.add(
          Reason.of(ReasonCode.NO_REPLICATION_RATE, "bottleneck", replication.bottleneck().id()));
    }
    if (!seed.converges()) {
      blocking.add(
          Reason.of(
              ReasonCode.SEED_NEVER_CONVERGES,
              "replication_rate",
              replication.rate(),
              "bottleneck",
              replication.bottleneck().id(),
              "change_rate",
              timeline.changeRateStart,
              "shortfall",
              seed.shortfall()));
    } else if (seed.time().compareTo(objectives.maxSeed()) > 0) {
      blocking.add(
          Reason.of(
              ReasonCode.SEED_TOO_LONG, "seed", seed.time(), "max_seed", objectives.maxSeed()));
    }
    if (rpo == null) {
      blocking.add(
          Reason.of(
              ReasonCode.RPO_BACKLOG_GROWS,
              "peak_change_rate",
              peak,
              "replication_rate",
              replication.rate(),
              "bottleneck",
              replication.bottleneck().id()));
    } else if (rpo.compareTo(objectives.rpo()) > 0) {
      blocking.add(
          longestInterval == null
              ? Reason.of(ReasonCode.RPO_UNREACHABLE, "rpo", rpo, "rpo_objective", objectives.rpo())
              : Reason.of(
                  ReasonCode.RPO_MISSED,
                  "rpo",
                  rpo,
                  "rpo_objective",
                  objectives.rpo(),
                  "max_interval",
                  longestInterval));
    }
    if (rto == null || rto.compareTo(objectives.rto()) > 0) {
      blocking.add(Reason.of(ReasonCode.RTO_MISSED, "rto", rto, "rto_objective", objectives.rto()));
    }
    blocking.addAll(reasons);

    List<Reason> allNotes = new ArrayList<>(notes);
    if (!configuration.fitsNow()) {
      allNotes.add(
          Reason.of(
              ReasonCode.CONFIGURATION_TOO_SMALL, "configuration", configuration.configuration()));
    } else if (!configuration.fitsHorizon()) {
      allNotes.add(
          Reason.of(
              ReasonCode.CONFIGURATION_FILLS,
              "configuration",
              configuration.configuration(),
              "time_to_full",
              configuration.timeToFull(),
              "horizon",
              timeline.horizon()));
    }

    Money horizonCost = costs.total().plus(oneTime);
    if (trace.enabled()) {
      trace.step(
          Derivation.of(
              "network_bytes_per_second",
              "§3",
              "network = circuits · line_rate · efficiency · dr_share",
              replication.network(),
              "circuits",
              timeline.scenario.network().circuits(),
              "line_rate",
              timeline.scenario.network().lineRate(),
              "efficiency",
              timeline.scenario.network().efficiency(),
              "dr_share",
              timeline.scenario.network().drShare()));
      trace.step(
          Derivation.of(
              "replication_bytes_per_second",
              "§3",
              "R = min(network, primary egress, target ingest)",
              replication.rate(),
              "network",
              replication.network(),
              "primary egress",
              replication.primary(),
              "target ingest",
              replication.target(),
              "bottleneck",
              replication.bottleneck().id()));
      trace.step(
          Derivation.of(
              "change_rate_start_bytes_per_second",
              "§1",
              "d(0) = daily_change · L0 / 86,400 s",
              timeline.changeRateStart,
              "daily_change",
              timeline.scenario.dataset().dailyChange(),
              "L0",
              timeline.logicalStart()));
      trace.step(
          Derivation.of(
              "seed_seconds",
              "§4",
              seed.shippingTime().seconds() > 0
                  ? "T_seed = shipping + d(0) · shipping / (R − d(0))"
                  : "T_seed = L0 / (R − d(0))",
              seed.time(),
              "L0",
              timeline.logicalStart(),
              "R",
              replication.rate(),
              "d(0)",
              timeline.changeRateStart,
              "shipping",
              seed.shippingTime()));
      trace.step(
          Derivation.of(
              "peak_change_rate_bytes_per_second",
              "§1",
              "d_peak = peak_factor · daily_change · max(L0, L(H)) / 86,400 s",
              peak,
              "peak_factor",
              timeline.scenario.dataset().peakFactor(),
              "daily_change",
              timeline.scenario.dataset().dailyChange(),
              "max(L0, L(H))",
              DataGrowth.largestOver(timeline.scenario.dataset(), timeline.horizon())));
      trace.step(
          Derivation.of(
              "rpo_seconds",
              "§5",
              "RPO = I + d_peak · I / R",
              rpo,
              "I",
              interval,
              "d_peak",
              peak,
              "R",
              replication.rate()));
      trace.step(
          Derivation.of(
              "rpo_max_interval_seconds",
              "§5",
              "longest I meeting the objective = rpo_objective / (1 + d_peak / R)",
              longestInterval,
              "rpo_objective",
              objectives.rpo(),
              "d_peak",
              peak,
              "R",
              replication.rate()));
      trace.step(
          Derivation.of(
              "monthly_cost_usd_start",
              "§7",
              costFormula(option),
              costs.first(),
              "month",
              1,
              "L",
              timeline.logicalAtMonth(0),
              "ports",
              CloudCost.portsMonthly(timeline.scenario.network())));
      trace.step(
          Derivation.of(
              "monthly_cost_usd_end",
              "§7",
              costFormula(option),
              costs.last(),
              "month",
              timeline.months,
              "L",
              timeline.logicalAtMonth(timeline.months - 1),
              "ports",
              CloudCost.portsMonthly(timeline.scenario.network())));
      trace.step(
          Derivation.of(
              "horizon_cost_usd",
              "§7",
              "horizon cost = Σ monthly cost over " + timeline.months + " months + one-time",
              horizonCost,
              "Σ monthly",
              costs.total(),
              "one-time",
              oneTime));
    }
    return new OptionResult(
        configuration.configuration(),
        option.name(),
        option.kind(),
        blocking.isEmpty(),
        blocking,
        allNotes,
        replication,
        seed,
        rpo,
        longestInterval,
        rto,
        restore,
        storedEnd,
        nodesStart,
        nodesEnd,
        clusters,
        costs,
        oneTime,
        horizonCost,
        recoveryCost);
  }

  private static String costFormula(DrOption option) {
    return option instanceof NamespaceInCloud
        ? "nodes(L) · hourly · (1 − commitment_discount) · 730.5 h + circuits · monthly_port_cost"
        : "GiB(stored(L)) · storage_per_gib_month + objects(D · 30.4375 d) / 1000 ·"
            + " class_a_per_1000 + circuits · monthly_port_cost";
  }
}

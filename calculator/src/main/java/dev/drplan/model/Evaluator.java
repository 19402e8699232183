package dev.drplan.model;

import dev.drplan.model.backlog.ProfileReplay;
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
import java.util.function.Function;

/**
 * Evaluates a scenario: every configuration sized (§2), every (configuration, option) pair through
 * §3–§7 in parts, and the verdict (§8). Pure: records in, records out. The formulas live in the
 * class of their section; this class only wires them, and {@link PairFigure} says which figure each
 * part holds and how {@code drplan explain} derives it.
 */
public final class Evaluator {
  private Evaluator() {}

  /**
   * Evaluates every pair of the scenario and recommends one, the recovery point by §5's closed form
   * only: a change profile, if the scenario has one, is not replayed. What the analyses call,
   * thousands of times a run ({@code simulate}, {@code sweep}, {@code solve}, {@code sensitivity}).
   */
  public static Evaluation evaluate(Scenario scenario) {
    return evaluate(scenario, null);
  }

  /**
   * Evaluates every pair of the scenario and recommends one, replaying the scenario's change
   * profile, when it has one, at each pair's replication rate (§5, "The backlog"): the pair's RPO
   * verdict then rests on the replay, met for objectives.rpo_compliance of the time, instead of on
   * the closed form. What {@code compare}, {@code explain} and {@code report} call. Without a
   * profile it is {@link #evaluate(Scenario)}.
   */
  public static Evaluation evaluateWithBacklog(Scenario scenario) {
    return evaluateWithBacklog(scenario, new BacklogMemo());
  }

  /**
   * {@link #evaluateWithBacklog(Scenario)} for many variants of one scenario (remedies, the checks
   * of uncertain inputs): the returned function keeps the parts of the replay that do not depend on
   * a pair's replication rate from one call to the next, so that a variant that changes only
   * circuits, hosts or boxes replays just its queue. Its results are those of {@link
   * #evaluateWithBacklog(Scenario)}; one thread.
   */
  public static Function<Scenario, Evaluation> withBacklogShared() {
    BacklogMemo memo = new BacklogMemo();
    return scenario -> evaluateWithBacklog(scenario, memo);
  }

  private static Evaluation evaluateWithBacklog(Scenario scenario, BacklogMemo memo) {
    ProfileReplay replay = memo.replay(scenario);
    return evaluate(scenario, replay == null ? null : new PairBacklogs(replay, scenario, memo));
  }

  private static Evaluation evaluate(Scenario scenario, PairBacklogs backlogs) {
    Timeline timeline = new Timeline(scenario);
    List<ConfigurationResult> configurations = new ArrayList<>();
    List<OptionResult> results = new ArrayList<>();
    // The costs of an option do not depend on the configuration (§6, §7): computed once per option
    // and shared by its pairs (MonthlyCosts and LineCosts never expose their arrays).
    List<DrOption> options = scenario.options();
    CostLedger.OptionCosts[] costs = new CostLedger.OptionCosts[options.size()];
    DataSize[] logicalAtYearEnds =
        PrimaryFit.logicalAtYearEnds(scenario.dataset(), scenario.horizon());
    for (Configuration configuration : scenario.primary().configurations()) {
      ConfigurationResult sized =
          PrimaryFit.size(
              scenario.dataset(),
              scenario.primary(),
              configuration,
              scenario.horizon(),
              logicalAtYearEnds);
      configurations.add(sized);
      // The configuration's notes are the same for each of its pairs: made once.
      List<Reason> configurationNotes = new ArrayList<>(2);
      add(configurationNotes, FeasibilityRules.configurationTooSmall(sized));
      add(configurationNotes, FeasibilityRules.configurationFills(sized, timeline.horizon()));
      for (int i = 0; i < options.size(); i++) {
        if (costs[i] == null) {
          costs[i] = CostLedger.of(timeline, options.get(i));
        }
        results.add(
            evaluatePair(timeline, sized, configurationNotes, options.get(i), costs[i], backlogs));
      }
    }
    Recommendation recommendation =
        Verdict.qualifyOnPremSpend(
            Verdict.recommend(configurations, results, scenario.horizon()), scenario);
    return new Evaluation(
        scenario.name(),
        scenario.horizon(),
        timeline.logicalStart(),
        timeline.logicalEnd(),
        configurations,
        results,
        recommendation,
        backlogs == null ? null : backlogs.replay());
  }

  private static OptionResult evaluatePair(
      Timeline timeline,
      ConfigurationResult configuration,
      List<Reason> configurationNotes,
      DrOption option,
      CostLedger.OptionCosts costs,
      PairBacklogs backlogs) {
    if (option instanceof NamespaceInCloud) {
      return namespace(
          timeline, configuration, configurationNotes, (NamespaceInCloud) option, costs, backlogs);
    }
    return dataCopy(
        timeline, configuration, configurationNotes, (DataCopy) option, costs, backlogs);
  }

  /** A namespace on cloud VMs: the VMs are the target (§3), failover is the recovery (§6). */
  private static OptionResult namespace(
      Timeline timeline,
      ConfigurationResult configuration,
      List<Reason> configurationNotes,
      NamespaceInCloud option,
      CostLedger.OptionCosts costs,
      PairBacklogs backlogs) {
    long nodesStart = CloudCost.nodes(option, timeline.logicalStart());
    long nodesEnd = CloudCost.nodes(option, timeline.logicalEnd());
    long nodesMax = Math.max(Math.max(nodesStart, nodesEnd), costs.nodesMax());
    long clusters = CloudCost.clusters(option, nodesMax);
    RateChoice replication =
        ReplicationRate.bottleneck(
            timeline.network,
            configuration.replicationEgress(),
            ReplicationRate.cloudNodes(nodesStart, option.machine()),
            Bottleneck.CLOUD_NODES);
    SeedResult seed =
        SeedTime.overNetwork(timeline.logicalStart(), replication.rate(), timeline.changeRateStart);
    RecoveryPointResult point = recoveryPoint(timeline, option.replicationInterval(), replication);
    PairBacklog backlog =
        backlogs == null
            ? null
            : backlogs.of(option.replicationInterval(), replication, Bottleneck.CLOUD_NODES);
    RecoveryResult recovery = new RecoveryResult(option.failoverTime(), null, costs.eventCost());

    List<Reason> reasons = sharedReasons(timeline, replication, seed, point, backlog, recovery);
    add(reasons, FeasibilityRules.tooManyNodes(nodesMax, option.maxNodes(), clusters));
    List<Reason> notes = new ArrayList<>();
    add(notes, costs.notPriced());
    notes.addAll(configurationNotes);
    return new OptionResult(
        configuration.configuration(),
        option.name(),
        option.kind(),
        reasons,
        notes,
        replication,
        seed,
        point,
        recovery,
        Footprint.nodes(nodesStart, nodesEnd, clusters),
        costs.cost(),
        backlog);
  }

  /**
   * A copy in Cloud Storage: the copy engine is the target (§3), the seed goes over the network or
   * by appliance (§4), recovery restores to the primary or runs in the cloud (§6).
   */
  private static OptionResult dataCopy(
      Timeline timeline,
      ConfigurationResult configuration,
      List<Reason> configurationNotes,
      DataCopy option,
      CostLedger.OptionCosts costs,
      PairBacklogs backlogs) {
    RateChoice replication =
        ReplicationRate.bottleneck(
            timeline.network,
            configuration.replicationEgress(),
            ReplicationRate.copyEngine(option.copyEngine()),
            Bottleneck.COPY_ENGINE);
    SeedResult seed = seed(timeline, option, replication);
    RecoveryPointResult point = recoveryPoint(timeline, option.replicationInterval(), replication);
    PairBacklog backlog =
        backlogs == null
            ? null
            : backlogs.of(option.replicationInterval(), replication, Bottleneck.COPY_ENGINE);
    RecoveryResult recovery = recovery(timeline, option, replication, costs.eventCost());

    List<Reason> reasons = sharedReasons(timeline, replication, seed, point, backlog, recovery);
    add(reasons, FeasibilityRules.objectTooLarge(option.objectSize()));
    List<Reason> notes = new ArrayList<>();
    add(notes, FeasibilityRules.requestRateRamp(replication.rate(), option.objectSize()));
    add(notes, FeasibilityRules.applianceLoads(seed, option.seed().appliance()));
    add(
        notes,
        FeasibilityRules.existingCopyMoveNotTimed(
            timeline.logicalStart(),
            option.seed().existingCopy(),
            CloudCost.existingCopyEgress(timeline.scenario.dataset(), option)));
    // The turnover's notes are the same for every data-copy pair: made once, by the timeline.
    add(notes, timeline.impliedDeletions);
    add(notes, timeline.newDataBelowGrowth);
    add(notes, costs.notPriced());
    add(notes, FeasibilityRules.recoveryComputeNotPriced(option.recovery()));
    notes.addAll(configurationNotes);
    return new OptionResult(
        configuration.configuration(),
        option.name(),
        option.kind(),
        reasons,
        notes,
        replication,
        seed,
        point,
        recovery,
        Footprint.stored(costs.storedEnd()),
        costs.cost(),
        backlog);
  }

  /** The seed of a data copy: over the network, by appliance, or from an existing copy (§4). */
  private static SeedResult seed(Timeline timeline, DataCopy option, RateChoice replication) {
    if (option.seed().byAppliance()) {
      return SeedTime.byAppliance(
          timeline.logicalStart(),
          option.seed().appliance(),
          replication.rate(),
          timeline.changeRateStart);
    }
    if (option.seed().fromExistingCopy()) {
      return SeedTime.fromExistingCopy(
          SeedTime.changedSince(timeline.scenario.dataset(), option.seed().existingCopy()),
          replication.rate(),
          timeline.changeRateStart);
    }
    return SeedTime.overNetwork(
        timeline.logicalStart(), replication.rate(), timeline.changeRateStart);
  }

  /** The RPO at the interval and the longest interval meeting the objective, at peak (§5). */
  private static RecoveryPointResult recoveryPoint(
      Timeline timeline, TimeSpan interval, RateChoice replication) {
    DataRate peak = timeline.peakChangeRateWorst;
    return new RecoveryPointResult(
        RecoveryPoint.rpo(interval, peak, replication.rate()),
        RecoveryPoint.longestIntervalMeeting(
            timeline.scenario.objectives().rpo(), peak, replication.rate()));
  }

  /**
   * A data copy's recovery (§6). Restoring to the primary applies the same bottleneck rule in the
   * other direction: the movers read, the link carries and the primary's C-nodes take the data in
   * at their replication rate. The model gives each the same rate both ways, so the restore choice
   * is the replication choice. Running in the cloud takes the cloud start time.
   */
  private static RecoveryResult recovery(
      Timeline timeline, DataCopy option, RateChoice replication, Money eventCost) {
    DataSize recovered =
        RecoveryTime.recoveredBytes(
            timeline.scenario.objectives().recoveryScope(), timeline.logicalEnd());
    if (option.recovery().restoresToPrimary()) {
      return new RecoveryResult(
          RecoveryTime.restoreToPrimary(recovered, replication.rate()), replication, eventCost);
    }
    return new RecoveryResult(option.recovery().cloudStartTime(), null, eventCost);
  }

  /**
   * The rules every kind shares, in the order the reasons are reported (§3–§6, §8). With a replayed
   * change profile the RPO's rules are the replay's (§5, "The backlog"), which measure what the
   * closed form assumes with one peak rate.
   */
  private static List<Reason> sharedReasons(
      Timeline timeline,
      RateChoice replication,
      SeedResult seed,
      RecoveryPointResult point,
      PairBacklog backlog,
      RecoveryResult recovery) {
    Objectives objectives = timeline.scenario.objectives();
    List<Reason> reasons = new ArrayList<>();
    add(reasons, FeasibilityRules.noReplicationRate(replication));
    add(reasons, FeasibilityRules.seedNeverConverges(seed, replication, timeline.changeRateStart));
    add(reasons, FeasibilityRules.seedTooLong(seed, objectives.maxSeed()));
    if (backlog == null) {
      add(
          reasons,
          FeasibilityRules.rpoBacklogGrows(point, timeline.peakChangeRateWorst, replication));
      add(reasons, FeasibilityRules.rpoMissed(point, objectives.rpo()));
      add(reasons, FeasibilityRules.rpoUnreachable(point, objectives.rpo()));
    } else {
      add(reasons, FeasibilityRules.rpoReplayBeyondDataLimit(backlog));
      add(reasons, FeasibilityRules.backlogNeverCatchesUp(backlog, replication));
      add(reasons, FeasibilityRules.rpoComplianceMissed(backlog, objectives, replication));
      add(
          reasons,
          FeasibilityRules.rpoComplianceBeyondCircuits(
              backlog, objectives, timeline.scenario.network()));
    }
    add(reasons, FeasibilityRules.rtoMissed(recovery.rto(), objectives.rto()));
    return reasons;
  }

  private static void add(List<Reason> reasons, Reason reason) {
    if (reason != null) {
      reasons.add(reason);
    }
  }
}

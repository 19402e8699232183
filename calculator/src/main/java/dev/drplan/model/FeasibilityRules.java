package dev.drplan.model;

import dev.drplan.catalog.Catalog;
import dev.drplan.model.backlog.CompliantRate;
import dev.drplan.model.backlog.ProfileReplay;
import dev.drplan.scenario.ApplianceSpec;
import dev.drplan.scenario.ExistingCopy;
import dev.drplan.scenario.InputOrigin;
import dev.drplan.scenario.Network;
import dev.drplan.scenario.Objectives;
import dev.drplan.scenario.Recovery;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.List;

/**
 * What makes a (configuration, option) pair infeasible, and what its reader should know (docs/
 * model.md §8): one rule per method, each returning its {@link Reason}, or {@code null} when the
 * rule has nothing to say. The evaluator asks every rule in this order.
 */
public final class FeasibilityRules {
  private FeasibilityRules() {}

  /** GCS's largest object, whatever the write method: 5 TiB. */
  public static final DataSize MAX_OBJECT_SIZE = DataSize.ofTebibytes(5);

  /** A GCS bucket's initial write capacity before autoscaling, per request-rate guidance. */
  public static final double INITIAL_WRITES_PER_SECOND = 1_000;

  /** Request rates may double at most this often above the initial capacity. */
  public static final TimeSpan RAMP_DOUBLING_TIME = TimeSpan.ofMinutes(20);

  /** Nothing can be copied when the replication rate is zero (§3). */
  public static Reason noReplicationRate(RateChoice replication) {
    if (!replication.rate().isZero()) {
      return null;
    }
    return Reason.of(ReasonCode.NO_REPLICATION_RATE, "bottleneck", replication.bottleneck().id());
  }

  /**
   * The first copy never converges when R ≤ d(0); the reason says by how much R falls short (§4).
   */
  public static Reason seedNeverConverges(
      SeedResult seed, RateChoice replication, DataRate changeRateStart) {
    if (seed.converges()) {
      return null;
    }
    return Reason.of(
        ReasonCode.SEED_NEVER_CONVERGES,
        "replication_rate",
        replication.rate(),
        "bottleneck",
        replication.bottleneck().id(),
        "change_rate",
        changeRateStart,
        "shortfall",
        seed.shortfall());
  }

  /** A first copy that converges must finish within max_seed (§4). */
  public static Reason seedTooLong(SeedResult seed, TimeSpan maxSeed) {
    if (!seed.converges() || seed.time().compareTo(maxSeed) <= 0) {
      return null;
    }
    return Reason.of(ReasonCode.SEED_TOO_LONG, "seed", seed.time(), "max_seed", maxSeed);
  }

  /**
   * Incremental copies fall behind without bound when d_peak ≥ R, the busiest hour's rate taken as
   * held (the closed form's worst case): there is no RPO (§5); a change profile's replay judges the
   * real pattern instead (§5, the backlog).
   */
  public static Reason rpoBacklogGrows(
      RecoveryPointResult point, DataRate peakChangeRate, RateChoice replication) {
    if (point.rpo() != null) {
      return null;
    }
    return Reason.of(
        ReasonCode.RPO_BACKLOG_GROWS,
        "peak_change_rate",
        peakChangeRate,
        "replication_rate",
        replication.rate(),
        "bottleneck",
        replication.bottleneck().id());
  }

  /**
   * The RPO at the configured interval is above the objective, and a shorter interval would meet
   * it: the reason names the longest that does (§5).
   */
  public static Reason rpoMissed(RecoveryPointResult point, TimeSpan objective) {
    if (!above(point.rpo(), objective) || point.longestIntervalMeeting() == null) {
      return null;
    }
    return Reason.of(
        ReasonCode.RPO_MISSED,
        "rpo",
        point.rpo(),
        "rpo_objective",
        objective,
        "max_interval",
        point.longestIntervalMeeting());
  }

  /** The RPO is above the objective and no interval, however short, meets it (§5). */
  public static Reason rpoUnreachable(RecoveryPointResult point, TimeSpan objective) {
    if (!above(point.rpo(), objective) || point.longestIntervalMeeting() != null) {
      return null;
    }
    return Reason.of(ReasonCode.RPO_UNREACHABLE, "rpo", point.rpo(), "rpo_objective", objective);
  }

  /**
   * With a replayed change profile, the replay's sizes and rates stay within what drplan computes,
   * 1,000 EB and 1,000 EB/s (§5, "The backlog"): beyond, its figures are null and this reason says
   * why. The RPO cannot then be judged, so the pair is not feasible.
   */
  public static Reason rpoReplayBeyondDataLimit(PairBacklog backlog) {
    if (!backlog.beyondDataLimit()) {
      return null;
    }
    return Reason.of(
        ReasonCode.RPO_REPLAY_BEYOND_DATA_LIMIT,
        "data_limit",
        DataSize.ofBytes(ProfileReplay.LARGEST_BYTES));
  }

  /**
   * With a replayed change profile, copies slower than its average change rate fall behind for good
   * (§5, "The backlog"); the reason says by how much.
   */
  public static Reason backlogNeverCatchesUp(PairBacklog backlog, RateChoice replication) {
    if (backlog.catchesUp()) {
      return null;
    }
    return Reason.of(
        ReasonCode.RPO_NEVER_CATCHES_UP,
        "average_change_rate",
        backlog.simulated().averageArrival(),
        "replication_rate",
        replication.rate(),
        "bottleneck",
        replication.bottleneck().id(),
        "shortfall",
        backlog.simulated().shortfall());
  }

  /**
   * With a replayed change profile, the RPO objective must be met for at least rpo_compliance of
   * the replayed time (§5, "The backlog"); the reason names the rate that would meet it, or says
   * that none does at this interval. When a limit other than the network (the primary's egress, the
   * copy engine, the cloud nodes) is below that rate, circuits alone cannot reach it, and the
   * reason names that limit and its rate instead of a circuit count. Copies that never catch up are
   * {@link #backlogNeverCatchesUp}'s, and a rate beyond any number of circuits {@link
   * #rpoComplianceBeyondCircuits}'s.
   */
  public static Reason rpoComplianceMissed(
      PairBacklog backlog, Objectives objectives, RateChoice replication) {
    if (backlog.simulated() == null
        || !backlog.catchesUp()
        || backlog.meetsCompliance()
        || backlog.beyondAnyCircuits()) {
      return null;
    }
    CompliantRate needed = backlog.compliance();
    if (!needed.reachable()) {
      return Reason.of(
          ReasonCode.RPO_COMPLIANCE_UNREACHABLE,
          "rpo_objective",
          objectives.rpo(),
          "within_objective",
          backlog.simulated().withinObjective(),
          "rpo_compliance",
          needed.target(),
          "best_possible",
          needed.bestPossible());
    }
    if (backlog.cappedBy() != null) {
      return Reason.of(
          ReasonCode.RPO_COMPLIANCE_CAPPED,
          "rpo_objective",
          objectives.rpo(),
          "within_objective",
          backlog.simulated().withinObjective(),
          "rpo_compliance",
          needed.target(),
          "needed_rate",
          needed.rate(),
          "bottleneck",
          backlog.cappedBy().id(),
          "capped_rate",
          backlog.cappedBy() == Bottleneck.PRIMARY ? replication.primary() : replication.target());
    }
    return Reason.of(
        ReasonCode.RPO_COMPLIANCE_MISSED,
        "rpo_objective",
        objectives.rpo(),
        "within_objective",
        backlog.simulated().withinObjective(),
        "rpo_compliance",
        needed.target(),
        "needed_rate",
        needed.rate(),
        "circuits",
        backlog.circuits());
  }

  /**
   * With a replayed change profile, the rate that meets rpo_compliance must be one some number of
   * circuits carries (§5, "The backlog"): beyond what a long counts, the circuits figure is null
   * and this reason says why. The pair's own rate, at most a million circuits, is then far below
   * it.
   */
  public static Reason rpoComplianceBeyondCircuits(
      PairBacklog backlog, Objectives objectives, Network network) {
    if (!backlog.beyondAnyCircuits()) {
      return null;
    }
    // What one circuit gives DR, as the circuits figure divides by: line rate · efficiency ·
    // dr_share (§3).
    DataRate perCircuit = ReplicationRate.network(network.withCircuits(1));
    return Reason.of(
        ReasonCode.RPO_COMPLIANCE_BEYOND_CIRCUITS,
        "needed_rate",
        backlog.compliance().rate(),
        "rpo_objective",
        objectives.rpo(),
        "rpo_compliance",
        objectives.rpoCompliance(),
        "circuit_rate",
        perCircuit);
  }

  /** The RTO must be within the objective; a recovery that cannot happen misses it (§6). */
  public static Reason rtoMissed(TimeSpan rto, TimeSpan objective) {
    if (rto != null && rto.compareTo(objective) <= 0) {
      return null;
    }
    return Reason.of(ReasonCode.RTO_MISSED, "rto", rto, "rto_objective", objective);
  }

  /**
   * A namespace needs at most max_nodes VMs in its largest month; the reason says how many clusters
   * it would take (§7).
   */
  public static Reason tooManyNodes(long nodesMax, int maxNodes, long clusters) {
    if (nodesMax <= maxNodes) {
      return null;
    }
    return Reason.of(
        ReasonCode.TOO_MANY_NODES,
        "nodes",
        nodesMax,
        "max_nodes",
        (long) maxNodes,
        "clusters",
        clusters);
  }

  /** A data copy's objects must fit GCS's largest object, {@link #MAX_OBJECT_SIZE} (§7). */
  public static Reason objectTooLarge(DataSize objectSize) {
    if (objectSize.compareTo(MAX_OBJECT_SIZE) <= 0) {
      return null;
    }
    return Reason.of(
        ReasonCode.OBJECT_TOO_LARGE, "object_size", objectSize, "max_object_size", MAX_OBJECT_SIZE);
  }

  /**
   * A note when the seed writes more objects per second (R / object_size) than a new bucket takes:
   * the ramp doubles the rate every {@link #RAMP_DOUBLING_TIME} from {@link
   * #INITIAL_WRITES_PER_SECOND}, so it takes ceil(log2(writes / initial)) doublings (§4).
   */
  public static Reason requestRateRamp(DataRate replication, DataSize objectSize) {
    double writesPerSecond = replication.bytesPerSecond() / objectSize.bytes();
    if (writesPerSecond <= INITIAL_WRITES_PER_SECOND) {
      return null;
    }
    double doublings =
        Math.ceil(StrictMath.log(writesPerSecond / INITIAL_WRITES_PER_SECOND) / StrictMath.log(2));
    return Reason.of(
        ReasonCode.REQUEST_RATE_RAMP,
        "writes_per_second",
        writesPerSecond,
        "ramp_time",
        RAMP_DOUBLING_TIME.times(doublings));
  }

  /**
   * A note of how the appliance seed goes: loads, shipped in_flight at a time, in batches; none for
   * a seed over the network (§4).
   */
  public static Reason applianceLoads(SeedResult seed, ApplianceSpec appliance) {
    if (appliance == null) {
      return null;
    }
    return Reason.of(
        ReasonCode.APPLIANCE_LOADS,
        "appliances",
        seed.appliances(),
        "batches",
        seed.batches(),
        "in_flight",
        (long) appliance.inFlight());
  }

  /**
   * A note on a copy whose recovery runs the workloads in the cloud: the compute they run on there
   * is not priced, so its recovery-event cost is the data's alone, retrieval and failback egress
   * (§6); none for a restore to the primary.
   */
  public static Reason recoveryComputeNotPriced(Recovery recovery) {
    return recovery.restoresToPrimary() ? null : RECOVERY_COMPUTE_NOT_PRICED;
  }

  private static final Reason RECOVERY_COMPUTE_NOT_PRICED =
      Reason.of(ReasonCode.RECOVERY_COMPUTE_NOT_PRICED);

  /**
   * A note when an existing copy must move from another cloud into the bucket: the move (L0 at
   * GiB(L0) · copy_egress_per_gib) is paid but not timed, since the seed counts only the changes
   * since the copy was taken (§4); none otherwise.
   */
  public static Reason existingCopyMoveNotTimed(
      DataSize moved, ExistingCopy existing, Money egress) {
    if (existing == null || !existing.moves()) {
      return null;
    }
    return Reason.of(
        ReasonCode.EXISTING_COPY_MOVE_NOT_TIMED, "moved", moved, "copy_egress", egress);
  }

  /** A note when the configuration cannot hold the day-one data under its fill limit (§2). */
  public static Reason configurationTooSmall(ConfigurationResult configuration) {
    if (configuration.fitsNow()) {
      return null;
    }
    return Reason.of(
        ReasonCode.CONFIGURATION_TOO_SMALL, "configuration", configuration.configuration());
  }

  /**
   * A note when the configuration holds the day-one data but reaches its fill limit inside the
   * horizon (§2).
   */
  public static Reason configurationFills(ConfigurationResult configuration, TimeSpan horizon) {
    if (!configuration.fitsNow() || configuration.fitsHorizon()) {
      return null;
    }
    return Reason.of(
        ReasonCode.CONFIGURATION_FILLS,
        "configuration",
        configuration.configuration(),
        "time_to_full",
        configuration.timeToFull(),
        "horizon",
        horizon);
  }

  private static boolean above(TimeSpan figure, TimeSpan objective) {
    return figure != null && figure.compareTo(objective) > 0;
  }

  /**
   * A note when the new data of the daily change exceeds the growth: the difference is deleted, and
   * the note says how much (§1).
   */
  public static Reason impliedDeletions(Turnover turnover, DataSize l0) {
    if (turnover.deleted() <= 0) {
      return null;
    }
    return Reason.of(
        ReasonCode.IMPLIED_DELETIONS,
        "added",
        turnover.addedPerYear(),
        "growth",
        turnover.growthPerYear(),
        "deleted",
        turnover.deletedPerYear(),
        "deleted_per_day",
        l0.times(turnover.deleted()));
  }

  /** A note when the daily change's new data cannot make the stated growth (§1). */
  public static Reason newDataBelowGrowth(Turnover turnover) {
    if (!turnover.newBelowGrowth()) {
      return null;
    }
    return Reason.of(
        ReasonCode.NEW_DATA_BELOW_GROWTH,
        "added",
        turnover.addedPerYear(),
        "growth",
        turnover.growthPerYear());
  }

  /**
   * A note naming the cost lines that apply to the pair but have no price in the scenario: a
   * licence not given, a transfer tool not named, hosts not priced (§7).
   */
  public static Reason notPriced(LineCosts lines) {
    int mask = lines.notPricedMask();
    if (mask == 0) {
      return null;
    }
    // A note is immutable and depends on the set of lines alone: one per set, however many
    // evaluations ask (a Monte Carlo run asks millions of times), found by the set's bits. Two
    // threads may both make the first note of a set; they are equal, and either is kept.
    Reason note = NOT_PRICED_NOTES.get(mask);
    if (note == null) {
      note = Reason.of(ReasonCode.NOT_PRICED, "lines", new NotPriced(lines.notPriced()));
      NOT_PRICED_NOTES.set(mask, note);
    }
    return note;
  }

  private static final java.util.concurrent.atomic.AtomicReferenceArray<Reason> NOT_PRICED_NOTES =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(1 << CostLine.all().length);

  /**
   * The lines of a not-priced note, each with what the scenario would need to give; written out
   * only when a report shows it, never on the evaluation's path.
   */
  public record NotPriced(List<CostLine> lines) {
    public NotPriced {
      lines = List.copyOf(lines);
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      for (CostLine line : lines) {
        if (text.length() > 0) {
          text.append(", ");
        }
        text.append(line.label()).append(" (").append(NOT_PRICED_BECAUSE.get(line)).append(')');
      }
      return text.toString();
    }
  }

  /**
   * A note when a blocking reason of the pair rests on an uncertain input: at {@code flip} the
   * reason would go (or come), with {@code figure} at {@code figureValue}, and the pair would be
   * feasible or not (§8). Besides its template's figures it carries the reason's code, whether it
   * held, and the catalog entry, so that a customer's wording need not read the engine's.
   */
  public static Reason verdictRestsOn(
      ReasonCode code,
      boolean heldBefore,
      String key,
      Object value,
      InputOrigin origin,
      Object flip,
      boolean feasibleAtFlip,
      String figure,
      Object figureValue) {
    return Reason.of(
        ReasonCode.VERDICT_RESTS_ON,
        "finding",
        (heldBefore ? "" : "that it does not hold: ") + FINDING.getOrDefault(code, code.id()),
        "key",
        key,
        "value",
        value,
        "origin",
        originText(origin),
        "flip",
        flip,
        "change",
        heldBefore ? "no longer hold" : "hold",
        "figure_name",
        figure,
        "figure_value",
        figureValue,
        "pair_then",
        feasibleAtFlip
            ? "the pair would then be feasible"
            : heldBefore
                ? "the pair would stay infeasible for another reason"
                : "the pair would then be infeasible",
        "feasible_then",
        feasibleAtFlip,
        "failure",
        code,
        "held",
        heldBefore,
        "entry",
        origin.catalogPath(),
        "placeholder",
        origin.placeholder());
  }

  /** Where an input came from, in the engine's words: "a catalog placeholder (appliances...)". */
  private static String originText(InputOrigin origin) {
    return Catalog.uncertaintyInSentence(origin.placeholder()) + " (" + origin.catalogPath() + ")";
  }

  /** What each blocking reason finds, in words. */
  private static final java.util.Map<ReasonCode, String> FINDING =
      java.util.Map.of(
          ReasonCode.SEED_TOO_LONG,
          "that the first copy takes longer than max_seed",
          ReasonCode.SEED_NEVER_CONVERGES,
          "that the first copy never converges",
          ReasonCode.RTO_MISSED,
          "that the RTO misses its objective",
          ReasonCode.RPO_MISSED,
          "that the RPO misses its objective",
          ReasonCode.RPO_UNREACHABLE,
          "that no interval meets the RPO objective",
          ReasonCode.RPO_BACKLOG_GROWS,
          "that incremental copies fall behind at the busiest hour's rate held",
          ReasonCode.TOO_MANY_NODES,
          "that the VMs exceed max_nodes",
          ReasonCode.NO_REPLICATION_RATE,
          "that nothing can be copied",
          ReasonCode.OBJECT_TOO_LARGE,
          "that the objects are too large");

  /**
   * The reason of a recommendation that changes within the range of uncertain inputs: the nearest
   * changes, nearest first (§8, "Where the recommendation changes"); {@code atBaseValues} when the
   * scenario has distributions, whose base values every figure is at.
   */
  public static Reason recommendationRestsOn(
      java.util.List<RecommendationFlip> flips, boolean atBaseValues) {
    return Reason.of(
        ReasonCode.RECOMMENDATION_RESTS_ON,
        "flips",
        java.util.List.copyOf(flips),
        "at_base_values",
        atBaseValues);
  }

  /** What the scenario would need to give for a line to be priced. */
  private static final java.util.Map<CostLine, String> NOT_PRICED_BECAUSE =
      java.util.Map.of(
          CostLine.LICENCE, "no licence_per_tb_month",
          CostLine.COPY_ENGINE_HOSTS, "no copy_engine.host_monthly_cost or host_machine_type",
          CostLine.TRANSFER_FEE, "copy_engine.tool not named, or its fee_per_gib not known",
          CostLine.REPLICATION,
              "replication_per_gib is a catalog placeholder of 0: Google's price was not found",
          CostLine.VLAN_ATTACHMENTS, "no network.vlan_attachment_hourly",
          CostLine.EGRESS, "no egress_per_gib",
          CostLine.APPLIANCES, "appliance fee or shipping is a catalog placeholder of 0");
}

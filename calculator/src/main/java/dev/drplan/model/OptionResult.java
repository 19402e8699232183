package dev.drplan.model;

import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.List;

/**
 * One DR option evaluated against one primary configuration (docs/model.md §3–§8), in parts: the
 * replication rate (§3), the seed (§4), the recovery point (§5), the recovery (§6), the footprint
 * and the costs (§7), and the verdict's reasons (§8). A figure that cannot exist (the seed of a
 * copy that never converges) is {@code null}, with a reason. {@link PairFigure} names every figure.
 *
 * @param reasons what makes the pair infeasible; empty when feasible
 * @param notes what the reader should know that does not make it infeasible
 * @param backlog the recovery point replayed over the scenario's change profile (§5, "The
 *     backlog"); {@code null} without a profile or without a replay
 */
public record OptionResult(
    String configuration,
    String option,
    String kind,
    List<Reason> reasons,
    List<Reason> notes,
    RateChoice replication,
    SeedResult seed,
    RecoveryPointResult recoveryPoint,
    RecoveryResult recovery,
    Footprint footprint,
    CostResult cost,
    PairBacklog backlog) {

  public OptionResult {
    reasons = List.copyOf(reasons);
    notes = List.copyOf(notes);
  }

  /** This result with other notes, everything else the same. */
  public OptionResult withNotes(List<Reason> otherNotes) {
    return new OptionResult(
        configuration,
        option,
        kind,
        reasons,
        otherNotes,
        replication,
        seed,
        recoveryPoint,
        recovery,
        footprint,
        cost,
        backlog);
  }

  /** This result with other blocking reasons, everything else the same. */
  public OptionResult withReasons(List<Reason> otherReasons) {
    return new OptionResult(
        configuration,
        option,
        kind,
        otherReasons,
        notes,
        replication,
        seed,
        recoveryPoint,
        recovery,
        footprint,
        cost,
        backlog);
  }

  /** Whether no reason makes the pair infeasible (§8). */
  public boolean feasible() {
    return reasons.isEmpty();
  }

  /**
   * The RPO at the configured interval; {@code null} when the backlog grows at the peak rate (§5).
   */
  public TimeSpan rpo() {
    return recoveryPoint.rpo();
  }

  /** The longest interval that meets the RPO objective, or {@code null} (§5). */
  public TimeSpan longestIntervalMeetingRpo() {
    return recoveryPoint.longestIntervalMeeting();
  }

  /** Recovery time; {@code null} when nothing can be restored (§6). */
  public TimeSpan rto() {
    return recovery.rto();
  }

  /** The restore rate and its bottleneck, for restore-to-primary; else {@code null} (§6). */
  public RateChoice restore() {
    return recovery.restore();
  }

  /** The cost of one recovery event (§6). */
  public Money recoveryEventCost() {
    return recovery.eventCost();
  }

  /** What a data copy stores at the end of the horizon; {@code null} for a namespace (§7). */
  public DataSize storedEnd() {
    return footprint.storedEnd();
  }

  /** VMs of a namespace on day one; {@code null} for a data copy (§7). */
  public Long nodesStart() {
    return footprint.nodesStart();
  }

  /** VMs of a namespace at the end of the horizon; {@code null} for a data copy (§7). */
  public Long nodesEnd() {
    return footprint.nodesEnd();
  }

  /** Clusters those VMs need under max_nodes; {@code null} for a data copy (§7). */
  public Long clustersEnd() {
    return footprint.clustersEnd();
  }

  /** Recurring cost of every month of the horizon, first to last (§7). */
  public MonthlyCosts monthlyCosts() {
    return cost.monthly();
  }

  /** Every cost line of the pair (§6, §7). */
  public LineCosts costLines() {
    return cost.lines();
  }

  /** The one-time cost lines: the seed's writes and transfer fee, appliances, copy egress (§7). */
  public Money oneTimeCost() {
    return cost.oneTime();
  }

  /** The sum of the monthly costs plus the one-time costs (§7). */
  public Money horizonCost() {
    return cost.horizon();
  }

  /** The monthly run rate of the recurring lines on day one, at L0 (§7). */
  public Money monthlyCostStart() {
    return cost.start();
  }

  /** The monthly run rate of the recurring lines at the end of the horizon, at L(H) (§7). */
  public Money monthlyCostEnd() {
    return cost.end();
  }
}

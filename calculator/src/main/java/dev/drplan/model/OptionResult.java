package dev.drplan.model;

import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.List;

/**
 * One DR option evaluated against one primary configuration (spec/model.md §3–§8). A figure that
 * cannot exist (the seed of a copy that never converges) is {@code null}, with a reason.
 *
 * @param reasons what makes the pair infeasible; empty when feasible
 * @param notes what the reader should know that does not make it infeasible
 * @param replication the replication rate and its bottleneck (§3)
 * @param seed the first full copy (§4)
 * @param rpo the recovery point at the configured interval, at the largest data of the horizon
 *     (§5); {@code null} when the backlog grows without bound
 * @param longestIntervalMeetingRpo the longest interval that meets the RPO objective, or {@code
 *     null} (§5)
 * @param rto recovery time (§6); {@code null} when nothing can be restored
 * @param restore the restore rate and its bottleneck, for restore-to-primary; else {@code null}
 * @param storedEnd what a data copy stores at the end of the horizon; {@code null} for a namespace
 * @param nodesStart VMs of a namespace on day one; {@code null} for a data copy
 * @param nodesEnd VMs of a namespace at the end of the horizon; {@code null} for a data copy
 * @param clustersEnd clusters those VMs need under max_nodes; {@code null} for a data copy
 * @param monthlyCosts recurring cost of every month of the horizon, first to last
 * @param oneTimeCost the seed's object writes and appliance fees
 * @param horizonCost the sum of the monthly costs plus the one-time costs
 * @param recoveryEventCost the cost of one recovery event (§6)
 */
public record OptionResult(
    String configuration,
    String option,
    String kind,
    boolean feasible,
    List<Reason> reasons,
    List<Reason> notes,
    RateChoice replication,
    SeedResult seed,
    TimeSpan rpo,
    TimeSpan longestIntervalMeetingRpo,
    TimeSpan rto,
    RateChoice restore,
    DataSize storedEnd,
    Long nodesStart,
    Long nodesEnd,
    Long clustersEnd,
    MonthlyCosts monthlyCosts,
    Money oneTimeCost,
    Money horizonCost,
    Money recoveryEventCost) {

  public OptionResult {
    reasons = List.copyOf(reasons);
    notes = List.copyOf(notes);
  }

  /** Recurring cost of the first month. */
  public Money monthlyCostStart() {
    return monthlyCosts.first();
  }

  /** Recurring cost of the last month of the horizon. */
  public Money monthlyCostEnd() {
    return monthlyCosts.last();
  }
}

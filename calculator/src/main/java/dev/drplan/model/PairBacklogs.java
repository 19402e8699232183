package dev.drplan.model;

import dev.drplan.model.backlog.BacklogResult;
import dev.drplan.model.backlog.ComplianceSearch;
import dev.drplan.model.backlog.CompliantRate;
import dev.drplan.model.backlog.ProfileReplay;
import dev.drplan.model.backlog.SnapshotDeltas;
import dev.drplan.scenario.Objectives;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import dev.drplan.units.TimeSpan;

/**
 * The backlog replay of one evaluation (docs/model.md §5, "The backlog"): the profile placed on the
 * plan once, and for each replication interval its snapshot deltas and compliance search, cut once
 * and shared by the pairs that copy at that interval (they depend on the interval, not on the
 * rate), through a {@link BacklogMemo} that may outlive the evaluation. One thread.
 */
final class PairBacklogs {
  private final ProfileReplay replay;
  private final Scenario scenario;
  private final BacklogMemo memo;

  PairBacklogs(ProfileReplay replay, Scenario scenario, BacklogMemo memo) {
    this.replay = replay;
    this.scenario = scenario;
    this.memo = memo;
  }

  ProfileReplay replay() {
    return replay;
  }

  /**
   * The pair's replay: its copies every {@code interval} at {@code replication}'s rate, and the
   * rate, circuits and any other limit of the compliance target; {@code targetKind} names the cloud
   * side's limit.
   */
  PairBacklog of(TimeSpan interval, RateChoice replication, Bottleneck targetKind) {
    Objectives objectives = scenario.objectives();
    SnapshotDeltas cut = memo.deltas(replay, interval);
    ComplianceSearch search = memo.search(cut, objectives.rpo(), objectives.rpoCompliance());
    BacklogResult simulated =
        replication.rate().isZero() ? null : memo.queue(cut, replication.rate(), objectives.rpo());
    CompliantRate compliance = search.smallestRate();
    Long circuits = null;
    Bottleneck cappedBy = null;
    if (compliance.reachable()) {
      circuits = search.circuits(scenario.network());
      DataRate needed = compliance.rate();
      if (replication.primary().compareTo(replication.target()) <= 0) {
        cappedBy = needed.compareTo(replication.primary()) > 0 ? Bottleneck.PRIMARY : null;
      } else {
        cappedBy = needed.compareTo(replication.target()) > 0 ? targetKind : null;
      }
    }
    return PairBacklog.heldToDataLimit(replay, simulated, compliance, circuits, cappedBy);
  }
}

package dev.drplan.model;

import dev.drplan.model.backlog.BacklogResult;
import dev.drplan.model.backlog.BacklogSimulation;
import dev.drplan.model.backlog.ComplianceSearch;
import dev.drplan.model.backlog.ProfileReplay;
import dev.drplan.model.backlog.SnapshotDeltas;
import dev.drplan.scenario.ChangeProfileSpec;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of a backlog replay (docs/model.md §5, "The backlog") that do not depend on a pair's
 * replication rate, kept across the evaluations of variants of one scenario: the profile placed on
 * the plan, its snapshot deltas at each interval and each interval's compliance search; and the
 * latest queues simulated, by rate. Each is keyed by every input it reads, so a variant that
 * changes one of them (the data, the horizon, an interval, the RPO objective or rpo_compliance)
 * gets its own; one that changes only what sets the replication rate (circuits, hosts, boxes)
 * reuses the cut and the search, and one that leaves the rate as it was (VMs per cluster, recovery
 * scope) reuses the queue too. Without this, the remedies of walmart's options with a year of
 * minutes replay it thousands of times. One thread.
 */
final class BacklogMemo {
  private record ReplayKey(ChangeProfileSpec spec, Dataset dataset, TimeSpan horizon) {}

  private record DeltasKey(ProfileReplay replay, TimeSpan interval) {}

  private record SearchKey(SnapshotDeltas deltas, TimeSpan objective, Fraction target) {}

  private record QueueKey(SnapshotDeltas deltas, DataRate rate, TimeSpan objective) {}

  /**
   * How many simulated queues are kept: enough for every rate a remedy search of one pair visits
   * again, while a queue of millions of snapshots (its series is kept for the charts) is not kept
   * by the hundred.
   */
  private static final int QUEUES_KEPT = 16;

  private final Map<ReplayKey, ProfileReplay> replays = new HashMap<>();
  private final Map<DeltasKey, SnapshotDeltas> deltas = new HashMap<>();
  private final Map<SearchKey, ComplianceSearch> searches = new HashMap<>();
  private final Map<QueueKey, BacklogResult> queues =
      new LinkedHashMap<>(QUEUES_KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<QueueKey, BacklogResult> eldest) {
          return size() > QUEUES_KEPT;
        }
      };

  /** {@code scenario}'s profile placed on its plan ({@link ProfileReplay#of}); null without one. */
  ProfileReplay replay(Scenario scenario) {
    if (scenario.changeProfile() == null) {
      return null;
    }
    return replays.computeIfAbsent(
        new ReplayKey(scenario.changeProfile(), scenario.dataset(), scenario.horizon()),
        key -> ProfileReplay.of(scenario));
  }

  /** The replay's snapshot deltas every {@code interval}. */
  SnapshotDeltas deltas(ProfileReplay replay, TimeSpan interval) {
    return deltas.computeIfAbsent(new DeltasKey(replay, interval), key -> replay.deltas(interval));
  }

  /** The queue of {@code cut} copied at {@code rate} ({@link BacklogSimulation#run}). */
  BacklogResult queue(SnapshotDeltas cut, DataRate rate, TimeSpan objective) {
    return queues.computeIfAbsent(
        new QueueKey(cut, rate, objective), key -> BacklogSimulation.run(cut, rate, objective));
  }

  /** The compliance search over {@code cut} for the objective and its target share. */
  ComplianceSearch search(SnapshotDeltas cut, TimeSpan objective, Fraction target) {
    return searches.computeIfAbsent(
        new SearchKey(cut, objective, target), key -> new ComplianceSearch(cut, objective, target));
  }
}

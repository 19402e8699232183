package dev.drplan.model;

import dev.drplan.model.backlog.BacklogResult;
import dev.drplan.model.backlog.CompliantRate;
import java.util.Objects;

/**
 * One pair's recovery point replayed over the scenario's change profile (docs/model.md §5, "The
 * backlog"): the queue of incremental copies at the pair's replication rate, and the rate (and
 * circuits) that would meet the RPO objective for rpo_compliance of the time. {@link BacklogFigure}
 * names its figures.
 *
 * @param simulated the replay at the pair's replication rate R; {@code null} when R is zero
 * @param compliance the smallest replication rate meeting the objective for rpo_compliance of the
 *     replayed time, at the option's interval (the same for every configuration)
 * @param circuits how many circuits of the scenario's line rate (at its efficiency and DR share)
 *     carry that rate; {@code null} when no rate meets the target, or when that rate is beyond any
 *     number of circuits ({@link #beyondAnyCircuits()})
 * @param cappedBy the limit other than the network that is below that rate, so that more circuits
 *     alone would not reach it: {@link Bottleneck#PRIMARY}, {@link Bottleneck#COPY_ENGINE} or
 *     {@link Bottleneck#CLOUD_NODES}; {@code null} when there is none, or no rate meets the target
 */
public record PairBacklog(
    BacklogResult simulated, CompliantRate compliance, Long circuits, Bottleneck cappedBy) {

  public PairBacklog {
    Objects.requireNonNull(compliance, "compliance");
  }

  /** Whether the copies keep up with the profile's average change rate; true without a replay. */
  public boolean catchesUp() {
    return simulated == null || simulated.catchesUp();
  }

  /**
   * Whether a rate meets the target but no number of circuits carries it: it would take more
   * circuits than a long counts, so {@link #circuits()} is {@code null} rather than a clamped
   * count.
   */
  public boolean beyondAnyCircuits() {
    return compliance.reachable() && circuits == null;
  }

  /** Whether the RPO objective is met for at least rpo_compliance of the replayed time. */
  public boolean meetsCompliance() {
    return simulated != null && simulated.withinObjective().compareTo(compliance.target()) >= 0;
  }
}

package dev.drplan.model;

import dev.drplan.model.backlog.BacklogResult;
import dev.drplan.model.backlog.CompliantRate;
import dev.drplan.model.backlog.ProfileReplay;
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
 * @param beyondDataLimit whether the replay went beyond the data limit ({@link #heldToDataLimit}):
 *     its simulation, rate and circuits are then {@code null}, and the reason {@code
 *     rpo-replay-beyond-data-limit} says why
 */
public record PairBacklog(
    BacklogResult simulated,
    CompliantRate compliance,
    Long circuits,
    Bottleneck cappedBy,
    boolean beyondDataLimit) {

  public PairBacklog {
    Objects.requireNonNull(compliance, "compliance");
    if (beyondDataLimit && (simulated != null || compliance.reachable() || circuits != null)) {
      throw new IllegalArgumentException("a replay beyond the data limit has no figures");
    }
  }

  /**
   * The replay as computed, or, when a figure it would report is beyond what drplan computes, the
   * replay without figures (docs/model.md §5, "The backlog"): an interval's scaled change or the
   * largest backlog above {@link ProfileReplay#LARGEST_BYTES}, or the rate the compliance target
   * needs above {@link ProfileReplay#LARGEST_BYTES_PER_SECOND}. A sampled, swept or remedied
   * variant of a scenario gets there (the loader refuses a scenario that does as written); its
   * figures are then null with a reason, never a number beyond the limit.
   */
  static PairBacklog heldToDataLimit(
      ProfileReplay replay,
      BacklogResult simulated,
      CompliantRate compliance,
      Long circuits,
      Bottleneck cappedBy) {
    boolean beyond =
        !replay.withinDataLimit()
            || (simulated != null
                && simulated.largestBacklog().bytes() > ProfileReplay.LARGEST_BYTES)
            || (compliance.reachable()
                && compliance.rate().bytesPerSecond() > ProfileReplay.LARGEST_BYTES_PER_SECOND);
    if (!beyond) {
      return new PairBacklog(simulated, compliance, circuits, cappedBy, false);
    }
    CompliantRate withoutRate =
        new CompliantRate(compliance.target(), compliance.bestPossible(), null, null, null);
    return new PairBacklog(null, withoutRate, null, null, true);
  }

  /**
   * Whether the copies keep up with the profile's average change rate; true without a replay at the
   * pair's rate (R zero, or {@link #beyondDataLimit()}, where reports print none).
   */
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

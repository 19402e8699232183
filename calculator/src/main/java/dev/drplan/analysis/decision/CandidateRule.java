package dev.drplan.analysis.decision;

/**
 * Which alternatives are candidates of a decision, and how their infeasible samples count: stated
 * once and applied to every alternative. (Not to be confused with the model's {@code
 * dev.drplan.model.FeasibilityRules}, which decide whether one pair is feasible in one scenario.)
 *
 * <p>Two parts, applied in this order:
 *
 * <ol>
 *   <li><b>Exclusion.</b> An alternative feasible in fewer than {@code minimumFeasibleShare} of the
 *       samples is not a candidate at all: it is left out of the decision, with and without
 *       information. This is the chance constraint of a recommendation "under a stated confidence"
 *       (e.g. 0.9: only alternatives feasible in at least 90% of futures may be proposed).
 *   <li><b>Penalty.</b> In each sample where a remaining alternative is infeasible, its value is
 *       lowered by {@code penaltyUsd} (USD), e.g. the price of the remedy that would make it
 *       feasible, or a stated cost of missing the objective.
 * </ol>
 *
 * <p>After both, every remaining alternative has one value per sample (its utility), and the value
 * of information is computed on those utilities alone. The rule is fixed before any information
 * arrives, so knowing more can only help: EVPI and EVPPI are never negative. With {@link #IGNORE}
 * (share 0, penalty 0), feasibility does not count at all.
 *
 * @param minimumFeasibleShare in [0, 1]
 * @param penaltyUsd finite, at least 0, in USD
 */
public record CandidateRule(double minimumFeasibleShare, double penaltyUsd) {

  /** Feasibility does not count: every alternative is a candidate, every value as given. */
  public static final CandidateRule IGNORE = new CandidateRule(0, 0);

  public CandidateRule {
    if (!(minimumFeasibleShare >= 0 && minimumFeasibleShare <= 1)) {
      throw new IllegalArgumentException(
          "the minimum feasible share must be between 0 and 1, was " + minimumFeasibleShare);
    }
    if (!(Double.isFinite(penaltyUsd) && penaltyUsd >= 0)) {
      throw new IllegalArgumentException(
          "the penalty for an infeasible sample must be a finite number of USD, at least 0, was "
              + penaltyUsd);
    }
  }

  /** Every alternative is a candidate; an infeasible sample costs {@code penaltyUsd} (USD). */
  public static CandidateRule penalty(double penaltyUsd) {
    return new CandidateRule(0, penaltyUsd);
  }

  /**
   * Only alternatives feasible in at least {@code minimumFeasibleShare} of the samples are
   * candidates; their infeasible samples keep their values.
   */
  public static CandidateRule exclude(double minimumFeasibleShare) {
    return new CandidateRule(minimumFeasibleShare, 0);
  }

  /** The value that counts in the decision for a sample of {@code valueUsd} (USD). */
  double utilityUsd(double valueUsd, boolean feasible) {
    return feasible ? valueUsd : valueUsd - penaltyUsd;
  }
}

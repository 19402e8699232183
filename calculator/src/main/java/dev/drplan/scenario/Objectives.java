package dev.drplan.scenario;

import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/**
 * Recovery objectives (docs/scenario-format.md, "objectives").
 *
 * @param rpoCompliance the share of time the RPO objective must be met when a change profile is
 *     replayed (docs/model.md §5, "The backlog"); above 0 and at most 1
 * @param confidence the share of sampled futures in which a pair must be feasible for {@code drplan
 *     decide} to recommend it (docs/model.md, "Deciding under uncertainty"); not used by the model
 *     of §1–§8
 */
public record Objectives(
    TimeSpan rpo,
    TimeSpan rto,
    Fraction recoveryScope,
    TimeSpan maxSeed,
    Fraction rpoCompliance,
    Fraction confidence) {

  /** The share of time the RPO objective must be met when the scenario does not say: 99%. */
  public static final Fraction DEFAULT_RPO_COMPLIANCE = Fraction.of(0.99);

  /** {@code objectives.confidence} when the scenario does not say: 90%. */
  public static final Fraction DEFAULT_CONFIDENCE = Fraction.of(0.9);

  public Objectives {
    Objects.requireNonNull(rpo, "rpo");
    Objects.requireNonNull(rto, "rto");
    Objects.requireNonNull(recoveryScope, "recoveryScope");
    Objects.requireNonNull(maxSeed, "maxSeed");
    Objects.requireNonNull(rpoCompliance, "rpoCompliance");
    Objects.requireNonNull(confidence, "confidence");
    if (!(rpoCompliance.value() > 0 && rpoCompliance.value() <= 1)) {
      throw new IllegalArgumentException(
          "rpoCompliance must be above 0 and at most 1, was " + rpoCompliance);
    }
  }

  /**
   * Objectives with the default RPO compliance ({@link #DEFAULT_RPO_COMPLIANCE}) and confidence
   * ({@link #DEFAULT_CONFIDENCE}).
   */
  public Objectives(TimeSpan rpo, TimeSpan rto, Fraction recoveryScope, TimeSpan maxSeed) {
    this(rpo, rto, recoveryScope, maxSeed, DEFAULT_RPO_COMPLIANCE, DEFAULT_CONFIDENCE);
  }

  /** A copy with another maxSeed. */
  public Objectives withMaxSeed(TimeSpan newMaxSeed) {
    return new Objectives(rpo, rto, recoveryScope, newMaxSeed, rpoCompliance, confidence);
  }

  /** A copy with another recoveryScope. */
  public Objectives withRecoveryScope(Fraction newRecoveryScope) {
    return new Objectives(rpo, rto, newRecoveryScope, maxSeed, rpoCompliance, confidence);
  }

  /** A copy with another rpo. */
  public Objectives withRpo(TimeSpan newRpo) {
    return new Objectives(newRpo, rto, recoveryScope, maxSeed, rpoCompliance, confidence);
  }

  /** A copy with another rto. */
  public Objectives withRto(TimeSpan newRto) {
    return new Objectives(rpo, newRto, recoveryScope, maxSeed, rpoCompliance, confidence);
  }

  /** A copy with another rpoCompliance. */
  public Objectives withRpoCompliance(Fraction newRpoCompliance) {
    return new Objectives(rpo, rto, recoveryScope, maxSeed, newRpoCompliance, confidence);
  }

  /** A copy with another confidence. */
  public Objectives withConfidence(Fraction newConfidence) {
    return new Objectives(rpo, rto, recoveryScope, maxSeed, rpoCompliance, newConfidence);
  }
}

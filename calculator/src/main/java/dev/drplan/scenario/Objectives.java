package dev.drplan.scenario;

import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/**
 * Recovery objectives (docs/scenario-format.md, "objectives").
 *
 * @param rpoCompliance the share of time the RPO objective must be met when a change profile is
 *     replayed (docs/model.md §5, "The backlog"); above 0 and at most 1
 */
public record Objectives(
    TimeSpan rpo, TimeSpan rto, Fraction recoveryScope, TimeSpan maxSeed, Fraction rpoCompliance) {

  /** The share of time the RPO objective must be met when the scenario does not say: 99%. */
  public static final Fraction DEFAULT_RPO_COMPLIANCE = Fraction.of(0.99);

  public Objectives {
    Objects.requireNonNull(rpo, "rpo");
    Objects.requireNonNull(rto, "rto");
    Objects.requireNonNull(recoveryScope, "recoveryScope");
    Objects.requireNonNull(maxSeed, "maxSeed");
    Objects.requireNonNull(rpoCompliance, "rpoCompliance");
    if (!(rpoCompliance.value() > 0 && rpoCompliance.value() <= 1)) {
      throw new IllegalArgumentException(
          "rpoCompliance must be above 0 and at most 1, was " + rpoCompliance);
    }
  }

  /** Objectives with the default RPO compliance, {@link #DEFAULT_RPO_COMPLIANCE}. */
  public Objectives(TimeSpan rpo, TimeSpan rto, Fraction recoveryScope, TimeSpan maxSeed) {
    this(rpo, rto, recoveryScope, maxSeed, DEFAULT_RPO_COMPLIANCE);
  }

  /** A copy with another maxSeed. */
  public Objectives withMaxSeed(TimeSpan newMaxSeed) {
    return new Objectives(rpo, rto, recoveryScope, newMaxSeed, rpoCompliance);
  }

  /** A copy with another recoveryScope. */
  public Objectives withRecoveryScope(Fraction newRecoveryScope) {
    return new Objectives(rpo, rto, newRecoveryScope, maxSeed, rpoCompliance);
  }

  /** A copy with another rpo. */
  public Objectives withRpo(TimeSpan newRpo) {
    return new Objectives(newRpo, rto, recoveryScope, maxSeed, rpoCompliance);
  }

  /** A copy with another rto. */
  public Objectives withRto(TimeSpan newRto) {
    return new Objectives(rpo, newRto, recoveryScope, maxSeed, rpoCompliance);
  }

  /** A copy with another rpoCompliance. */
  public Objectives withRpoCompliance(Fraction newRpoCompliance) {
    return new Objectives(rpo, rto, recoveryScope, maxSeed, newRpoCompliance);
  }
}

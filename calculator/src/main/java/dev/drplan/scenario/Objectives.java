package dev.drplan.scenario;

import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/**
 * Recovery objectives (docs/scenario-format.md, "objectives").
 *
 * @param confidence the share of sampled futures in which a pair must be feasible for {@code drplan
 *     decide} to recommend it (docs/model.md, "Deciding under uncertainty"); not used by the model
 *     of §1–§8
 */
public record Objectives(
    TimeSpan rpo, TimeSpan rto, Fraction recoveryScope, TimeSpan maxSeed, Fraction confidence) {

  /** {@code objectives.confidence} when the scenario does not say: 90%. */
  public static final Fraction DEFAULT_CONFIDENCE = Fraction.of(0.9);

  public Objectives {
    Objects.requireNonNull(rpo, "rpo");
    Objects.requireNonNull(rto, "rto");
    Objects.requireNonNull(recoveryScope, "recoveryScope");
    Objects.requireNonNull(maxSeed, "maxSeed");
    Objects.requireNonNull(confidence, "confidence");
  }

  /** Objectives with the default confidence, {@link #DEFAULT_CONFIDENCE}. */
  public Objectives(TimeSpan rpo, TimeSpan rto, Fraction recoveryScope, TimeSpan maxSeed) {
    this(rpo, rto, recoveryScope, maxSeed, DEFAULT_CONFIDENCE);
  }

  /** A copy with another maxSeed. */
  public Objectives withMaxSeed(TimeSpan newMaxSeed) {
    return new Objectives(rpo, rto, recoveryScope, newMaxSeed, confidence);
  }

  /** A copy with another recoveryScope. */
  public Objectives withRecoveryScope(Fraction newRecoveryScope) {
    return new Objectives(rpo, rto, newRecoveryScope, maxSeed, confidence);
  }

  /** A copy with another rpo. */
  public Objectives withRpo(TimeSpan newRpo) {
    return new Objectives(newRpo, rto, recoveryScope, maxSeed, confidence);
  }

  /** A copy with another rto. */
  public Objectives withRto(TimeSpan newRto) {
    return new Objectives(rpo, newRto, recoveryScope, maxSeed, confidence);
  }
}

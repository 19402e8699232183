package dev.drplan.scenario;

import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/** Recovery objectives (docs/scenario-format.md, "objectives"). */
public record Objectives(TimeSpan rpo, TimeSpan rto, Fraction recoveryScope, TimeSpan maxSeed) {
  public Objectives {
    Objects.requireNonNull(rpo, "rpo");
    Objects.requireNonNull(rto, "rto");
    Objects.requireNonNull(recoveryScope, "recoveryScope");
    Objects.requireNonNull(maxSeed, "maxSeed");
  }

  /** A copy with another maxSeed. */
  public Objectives withMaxSeed(TimeSpan newMaxSeed) {
    return new Objectives(rpo, rto, recoveryScope, newMaxSeed);
  }

  /** A copy with another recoveryScope. */
  public Objectives withRecoveryScope(Fraction newRecoveryScope) {
    return new Objectives(rpo, rto, newRecoveryScope, maxSeed);
  }

  /** A copy with another rpo. */
  public Objectives withRpo(TimeSpan newRpo) {
    return new Objectives(newRpo, rto, recoveryScope, maxSeed);
  }

  /** A copy with another rto. */
  public Objectives withRto(TimeSpan newRto) {
    return new Objectives(rpo, newRto, recoveryScope, maxSeed);
  }
}

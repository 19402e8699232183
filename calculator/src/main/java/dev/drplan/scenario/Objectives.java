package dev.drplan.scenario;

import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/** Recovery objectives (spec/scenario-format.md, "objectives"). */
public record Objectives(TimeSpan rpo, TimeSpan rto, Fraction recoveryScope, TimeSpan maxSeed) {
  public Objectives {
    Objects.requireNonNull(rpo, "rpo");
    Objects.requireNonNull(rto, "rto");
    Objects.requireNonNull(recoveryScope, "recoveryScope");
    Objects.requireNonNull(maxSeed, "maxSeed");
  }
}

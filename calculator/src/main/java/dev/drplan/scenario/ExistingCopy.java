package dev.drplan.scenario;

import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/**
 * A copy of the data that already exists in a public cloud and becomes the first DR copy
 * (docs/scenario-format.md, {@code seed: existing-copy}; docs/model.md §4).
 *
 * @param age how old the copy is on day one: the changes of that time still have to be sent
 * @param egressPerGib what the cloud holding the copy charges per GiB to move it into the DR
 *     bucket; {@code null} when the copy already is in that bucket and does not move
 */
public record ExistingCopy(TimeSpan age, Money egressPerGib) {
  public ExistingCopy {
    Objects.requireNonNull(age, "age");
  }

  /** Whether the copy moves in from another cloud (its objects are written into the bucket). */
  public boolean moves() {
    return egressPerGib != null;
  }

  public ExistingCopy withAge(TimeSpan newAge) {
    return new ExistingCopy(newAge, egressPerGib);
  }

  public ExistingCopy withEgressPerGib(Money newEgressPerGib) {
    return new ExistingCopy(age, newEgressPerGib);
  }
}

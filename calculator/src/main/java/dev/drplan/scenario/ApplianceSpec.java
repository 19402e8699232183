package dev.drplan.scenario;

import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/**
 * A transfer appliance model for offline seeding.
 *
 * @param name catalog name, or "inline"
 * @param capacity usable capacity of one appliance
 * @param roundTrip time from order to data landed in the bucket, for one batch
 * @param inFlight appliances in use at once
 * @param fee fee per appliance use
 */
public record ApplianceSpec(
    String name, DataSize capacity, TimeSpan roundTrip, int inFlight, Money fee) {
  public ApplianceSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(roundTrip, "roundTrip");
    Objects.requireNonNull(fee, "fee");
    if (capacity.isZero()) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    if (inFlight < 1) {
      throw new IllegalArgumentException("inFlight must be at least 1, was " + inFlight);
    }
  }

  /** A copy with another number of appliances in flight. */
  public ApplianceSpec withInFlight(int newInFlight) {
    return new ApplianceSpec(name, capacity, roundTrip, newInFlight, fee);
  }
}

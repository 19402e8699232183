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
 * @param fee usage fee per appliance use
 * @param shipping shipping per appliance use, both ways
 */
public record ApplianceSpec(
    String name, DataSize capacity, TimeSpan roundTrip, int inFlight, Money fee, Money shipping) {
  public ApplianceSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(roundTrip, "roundTrip");
    Objects.requireNonNull(fee, "fee");
    Objects.requireNonNull(shipping, "shipping");
    if (capacity.isZero()) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    if (inFlight < 1) {
      throw new IllegalArgumentException("inFlight must be at least 1, was " + inFlight);
    }
  }

  /** An appliance whose shipping is included in its fee. */
  public ApplianceSpec(
      String name, DataSize capacity, TimeSpan roundTrip, int inFlight, Money fee) {
    this(name, capacity, roundTrip, inFlight, fee, Money.ZERO);
  }

  /** What one use of an appliance costs: usage fee plus shipping. */
  public Money perUse() {
    return fee.plus(shipping);
  }

  public ApplianceSpec withCapacity(DataSize newCapacity) {
    return new ApplianceSpec(name, newCapacity, roundTrip, inFlight, fee, shipping);
  }

  public ApplianceSpec withRoundTrip(TimeSpan newRoundTrip) {
    return new ApplianceSpec(name, capacity, newRoundTrip, inFlight, fee, shipping);
  }

  public ApplianceSpec withInFlight(int newInFlight) {
    return new ApplianceSpec(name, capacity, roundTrip, newInFlight, fee, shipping);
  }

  public ApplianceSpec withFee(Money newFee) {
    return new ApplianceSpec(name, capacity, roundTrip, inFlight, newFee, shipping);
  }

  public ApplianceSpec withShipping(Money newShipping) {
    return new ApplianceSpec(name, capacity, roundTrip, inFlight, fee, newShipping);
  }
}

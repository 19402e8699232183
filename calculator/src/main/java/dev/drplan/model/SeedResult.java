package dev.drplan.model;

import dev.drplan.units.DataRate;
import dev.drplan.units.TimeSpan;

/**
 * The first full copy (docs/model.md §4).
 *
 * @param time the seed time; {@code null} when the copy never converges
 * @param shortfall by how much R falls short of the change rate when it never converges, else zero
 * @param appliances appliance loads (0 when seeding over the network)
 * @param batches appliance batches (0 when seeding over the network)
 * @param shippingTime batches · round trip (zero over the network)
 */
public record SeedResult(
    TimeSpan time, DataRate shortfall, long appliances, long batches, TimeSpan shippingTime) {

  public boolean converges() {
    return time != null;
  }
}

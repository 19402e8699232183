package dev.drplan.model;

import dev.drplan.scenario.ApplianceSpec;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;

/** Seeding: the time to build the first full copy (docs/model.md §4). */
public final class SeedTime {
  private SeedTime() {}

  /**
   * Over the network, changes keep arriving while the copy runs: T_seed = L0 / (R − d(0)). When R ≤
   * d(0) the copy never converges and the shortfall d(0) − R is reported instead (§4).
   */
  public static SeedResult overNetwork(DataSize l0, DataRate replication, DataRate change) {
    if (replication.compareTo(change) <= 0) {
      return new SeedResult(null, change.minusFloored(replication), 0, 0, TimeSpan.ZERO);
    }
    return new SeedResult(
        l0.at(replication.minusFloored(change)), DataRate.ZERO, 0, 0, TimeSpan.ZERO);
  }

  /**
   * By transfer appliance: ceil(L0 / capacity) loads, in batches of {@code in_flight}, each batch
   * one round trip; the changes that arrived meanwhile, d(0) · shipping time, then catch up over
   * the network at R − d(0) (§4).
   */
  public static SeedResult byAppliance(
      DataSize l0, ApplianceSpec appliance, DataRate replication, DataRate change) {
    long loads = Counts.ceil(l0.ratioTo(appliance.capacity()));
    long batches = Counts.ceil((double) loads / appliance.inFlight());
    TimeSpan shipping = appliance.roundTrip().times(batches);
    if (replication.compareTo(change) <= 0) {
      return new SeedResult(null, change.minusFloored(replication), loads, batches, shipping);
    }
    DataSize arrivedMeanwhile = change.over(shipping);
    TimeSpan catchUp = arrivedMeanwhile.at(replication.minusFloored(change));
    return new SeedResult(shipping.plus(catchUp), DataRate.ZERO, loads, batches, shipping);
  }
}

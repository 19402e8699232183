package dev.drplan.model;

import dev.drplan.scenario.ApplianceSpec;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.ExistingCopy;
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
    long loads = applianceLoads(l0, appliance);
    long batches = Counts.ceil((double) loads / appliance.inFlight());
    TimeSpan shipping = appliance.roundTrip().times(batches);
    if (replication.compareTo(change) <= 0) {
      return new SeedResult(null, change.minusFloored(replication), loads, batches, shipping);
    }
    DataSize arrivedMeanwhile = change.over(shipping);
    TimeSpan catchUp = arrivedMeanwhile.at(replication.minusFloored(change));
    return new SeedResult(shipping.plus(catchUp), DataRate.ZERO, loads, batches, shipping);
  }

  /** Appliance loads for the day-one data: ceil(L0 / capacity) (§4). */
  public static long applianceLoads(DataSize l0, ApplianceSpec appliance) {
    return Counts.ceil(l0.ratioTo(appliance.capacity()));
  }

  /**
   * What changed since an existing copy was taken: min(L0, D(0) · age), the day-one change rate
   * over the copy's age, at most the whole data (§4).
   */
  public static DataSize changedSince(Dataset dataset, ExistingCopy copy) {
    return DataSize.ofBytes(
        changedSince(
            dataset.logicalSize().bytes(), dataset.dailyChange().value(), copy.age().days()));
  }

  /**
   * {@link #changedSince(Dataset, ExistingCopy)} in bytes, from L0 in bytes, the daily change as a
   * share of L and the copy's age in days (also the sampling path's, {@link SamplingEvaluator}).
   */
  static double changedSince(double logicalBytes, double dailyChange, double ageDays) {
    double changed = logicalBytes * dailyChange * ageDays;
    return changed < logicalBytes ? changed : logicalBytes;
  }

  /**
   * From an existing copy: no first full copy, only the changes since the copy was taken, sent
   * while new changes keep arriving: T_seed = changed / (R − d(0)); never when R ≤ d(0) (§4).
   */
  public static SeedResult fromExistingCopy(
      DataSize changed, DataRate replication, DataRate change) {
    if (replication.compareTo(change) <= 0) {
      return new SeedResult(null, change.minusFloored(replication), 0, 0, TimeSpan.ZERO);
    }
    return new SeedResult(
        changed.at(replication.minusFloored(change)), DataRate.ZERO, 0, 0, TimeSpan.ZERO);
  }
}

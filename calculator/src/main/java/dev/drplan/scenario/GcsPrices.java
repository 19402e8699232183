package dev.drplan.scenario;

import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/**
 * The prices one data-copy option pays, from the catalog or inline. GCS bills storage, retrieval
 * and egress per GiB (2^30 bytes).
 *
 * @param storagePerGibMonth at-rest price per GiB-month
 * @param classAPer1000 price of 1,000 class A operations (object writes)
 * @param retrievalPerGib fee per GiB read back
 * @param egressPerGib fee per GiB leaving the cloud on restore
 * @param minStorageDuration billed minimum storage duration of the class
 */
public record GcsPrices(
    Money storagePerGibMonth,
    Money classAPer1000,
    Money retrievalPerGib,
    Money egressPerGib,
    TimeSpan minStorageDuration) {
  public GcsPrices {
    Objects.requireNonNull(storagePerGibMonth, "storagePerGibMonth");
    Objects.requireNonNull(classAPer1000, "classAPer1000");
    Objects.requireNonNull(retrievalPerGib, "retrievalPerGib");
    Objects.requireNonNull(egressPerGib, "egressPerGib");
    Objects.requireNonNull(minStorageDuration, "minStorageDuration");
  }

  /** A copy with another classAPer1000. */
  public GcsPrices withClassAPer1000(Money newClassAPer1000) {
    return new GcsPrices(
        storagePerGibMonth, newClassAPer1000, retrievalPerGib, egressPerGib, minStorageDuration);
  }

  /** A copy with another egressPerGib. */
  public GcsPrices withEgressPerGib(Money newEgressPerGib) {
    return new GcsPrices(
        storagePerGibMonth, classAPer1000, retrievalPerGib, newEgressPerGib, minStorageDuration);
  }

  /** A copy with another minStorageDuration. */
  public GcsPrices withMinStorageDuration(TimeSpan newMinStorageDuration) {
    return new GcsPrices(
        storagePerGibMonth, classAPer1000, retrievalPerGib, egressPerGib, newMinStorageDuration);
  }

  /** A copy with another retrievalPerGib. */
  public GcsPrices withRetrievalPerGib(Money newRetrievalPerGib) {
    return new GcsPrices(
        storagePerGibMonth, classAPer1000, newRetrievalPerGib, egressPerGib, minStorageDuration);
  }

  /** A copy with another storagePerGibMonth. */
  public GcsPrices withStoragePerGibMonth(Money newStoragePerGibMonth) {
    return new GcsPrices(
        newStoragePerGibMonth, classAPer1000, retrievalPerGib, egressPerGib, minStorageDuration);
  }
}

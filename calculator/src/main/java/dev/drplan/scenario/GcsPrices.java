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
 * @param replicationPerGib fee per GiB written for the inter-region replication of a dual- or
 *     multi-region bucket; {@code null} for a region, which does not replicate
 */
public record GcsPrices(
    Money storagePerGibMonth,
    Money classAPer1000,
    Money retrievalPerGib,
    Money egressPerGib,
    TimeSpan minStorageDuration,
    Money replicationPerGib) {
  public GcsPrices {
    Objects.requireNonNull(storagePerGibMonth, "storagePerGibMonth");
    Objects.requireNonNull(classAPer1000, "classAPer1000");
    Objects.requireNonNull(retrievalPerGib, "retrievalPerGib");
    Objects.requireNonNull(egressPerGib, "egressPerGib");
    Objects.requireNonNull(minStorageDuration, "minStorageDuration");
  }

  /** The prices of a bucket in one region, which pays no inter-region replication. */
  public GcsPrices(
      Money storagePerGibMonth,
      Money classAPer1000,
      Money retrievalPerGib,
      Money egressPerGib,
      TimeSpan minStorageDuration) {
    this(
        storagePerGibMonth, classAPer1000, retrievalPerGib, egressPerGib, minStorageDuration, null);
  }

  /** A copy with another replicationPerGib. */
  public GcsPrices withReplicationPerGib(Money newReplicationPerGib) {
    return new GcsPrices(
        storagePerGibMonth,
        classAPer1000,
        retrievalPerGib,
        egressPerGib,
        minStorageDuration,
        newReplicationPerGib);
  }

  /** A copy with another classAPer1000. */
  public GcsPrices withClassAPer1000(Money newClassAPer1000) {
    return new GcsPrices(
        storagePerGibMonth,
        newClassAPer1000,
        retrievalPerGib,
        egressPerGib,
        minStorageDuration,
        replicationPerGib);
  }

  /** A copy with another egressPerGib. */
  public GcsPrices withEgressPerGib(Money newEgressPerGib) {
    return new GcsPrices(
        storagePerGibMonth,
        classAPer1000,
        retrievalPerGib,
        newEgressPerGib,
        minStorageDuration,
        replicationPerGib);
  }

  /** A copy with another minStorageDuration. */
  public GcsPrices withMinStorageDuration(TimeSpan newMinStorageDuration) {
    return new GcsPrices(
        storagePerGibMonth,
        classAPer1000,
        retrievalPerGib,
        egressPerGib,
        newMinStorageDuration,
        replicationPerGib);
  }

  /** A copy with another retrievalPerGib. */
  public GcsPrices withRetrievalPerGib(Money newRetrievalPerGib) {
    return new GcsPrices(
        storagePerGibMonth,
        classAPer1000,
        newRetrievalPerGib,
        egressPerGib,
        minStorageDuration,
        replicationPerGib);
  }

  /** A copy with another storagePerGibMonth. */
  public GcsPrices withStoragePerGibMonth(Money newStoragePerGibMonth) {
    return new GcsPrices(
        newStoragePerGibMonth,
        classAPer1000,
        retrievalPerGib,
        egressPerGib,
        minStorageDuration,
        replicationPerGib);
  }
}

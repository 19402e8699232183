package dev.drplan.scenario;

import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/**
 * A copy of the data as objects in a GCS bucket (docs/scenario-format.md, "kind: data-copy").
 *
 * @param objectSize size of each copied object; when the scenario says {@code files} the loader
 *     puts {@code dataset.average_file_size} here and sets {@code objectPerFile}
 * @param objectPerFile whether objects are one per file
 */
public record DataCopy(
    String name,
    StorageClass storageClass,
    String location,
    GcsPrices prices,
    DataSize objectSize,
    boolean objectPerFile,
    TimeSpan retention,
    Seeding seed,
    CopyEngine copyEngine,
    TimeSpan replicationInterval,
    Recovery recovery)
    implements DrOption {

  public static final String KIND = "data-copy";

  public DataCopy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(storageClass, "storageClass");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(prices, "prices");
    Objects.requireNonNull(objectSize, "objectSize");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(copyEngine, "copyEngine");
    Objects.requireNonNull(replicationInterval, "replicationInterval");
    Objects.requireNonNull(recovery, "recovery");
    if (objectSize.isZero()) {
      throw new IllegalArgumentException("objectSize must be positive");
    }
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** A copy with another copy engine (for {@code drplan validate}). */
  public DataCopy withCopyEngine(CopyEngine engine) {
    return new DataCopy(
        name,
        storageClass,
        location,
        prices,
        objectSize,
        objectPerFile,
        retention,
        seed,
        engine,
        replicationInterval,
        recovery);
  }

  /** A copy with another prices. */
  public DataCopy withPrices(GcsPrices newPrices) {
    return new DataCopy(
        name,
        storageClass,
        location,
        newPrices,
        objectSize,
        objectPerFile,
        retention,
        seed,
        copyEngine,
        replicationInterval,
        recovery);
  }

  /** A copy with another recovery. */
  public DataCopy withRecovery(Recovery newRecovery) {
    return new DataCopy(
        name,
        storageClass,
        location,
        prices,
        objectSize,
        objectPerFile,
        retention,
        seed,
        copyEngine,
        replicationInterval,
        newRecovery);
  }

  /** A copy with another replicationInterval. */
  public DataCopy withReplicationInterval(TimeSpan newReplicationInterval) {
    return new DataCopy(
        name,
        storageClass,
        location,
        prices,
        objectSize,
        objectPerFile,
        retention,
        seed,
        copyEngine,
        newReplicationInterval,
        recovery);
  }

  /** A copy with another seed. */
  public DataCopy withSeed(Seeding newSeed) {
    return new DataCopy(
        name,
        storageClass,
        location,
        prices,
        objectSize,
        objectPerFile,
        retention,
        newSeed,
        copyEngine,
        replicationInterval,
        recovery);
  }

  /** A copy with another retention. */
  public DataCopy withRetention(TimeSpan newRetention) {
    return new DataCopy(
        name,
        storageClass,
        location,
        prices,
        objectSize,
        objectPerFile,
        newRetention,
        seed,
        copyEngine,
        replicationInterval,
        recovery);
  }

  /** A copy with objects of {@code newObjectSize}, one per file when {@code perFile}. */
  public DataCopy withObjectSize(DataSize newObjectSize, boolean perFile) {
    return new DataCopy(
        name,
        storageClass,
        location,
        prices,
        newObjectSize,
        perFile,
        retention,
        seed,
        copyEngine,
        replicationInterval,
        recovery);
  }
}

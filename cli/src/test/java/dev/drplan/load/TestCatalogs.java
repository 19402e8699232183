package dev.drplan.load;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.catalog.UnknownCatalogEntryException;
import dev.drplan.catalog.ValueKind;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A small catalog for loader tests, built directly from entries (the built-in resource is another
 * module's concern). Named {@code test-2026}, alias {@code test-2025}.
 */
public final class TestCatalogs {
  private TestCatalogs() {}

  static final String NAME = "test-2026";
  static final String ALIAS = "test-2025";
  static final String AS_OF = "2026-01-15";

  /** Raw size of the fixture D-box: 22 drives of 61.44 TB. */
  static final double DBOX_RAW_BYTES = 22 * 61.44e12;

  static Catalog catalog() {
    List<CatalogEntry> entries = new ArrayList<>();
    add(entries, "dboxes.ceres-df3060.raw_size", ValueKind.SIZE, DataSize.ofBytes(DBOX_RAW_BYTES));
    add(entries, "dboxes.ceres-df3060.usable_efficiency", ValueKind.FRACTION, Fraction.of(0.88));
    add(entries, "cboxes.cbox-4node.nodes", ValueKind.COUNT, 4L);
    add(
        entries,
        "cboxes.cbox-4node.per_node_replication",
        ValueKind.RATE,
        DataRate.ofBytesPerSecond(4e9));
    add(
        entries,
        "machines.z3-highmem-88-highlssd.local_ssd",
        ValueKind.SIZE,
        DataSize.ofGibibytes(36_000));
    add(
        entries,
        "machines.z3-highmem-88-highlssd.network",
        ValueKind.RATE,
        DataRate.ofGigabitsPerSecond(100));
    add(entries, "machines.z3-highmem-88-highlssd.hourly", ValueKind.MONEY, Money.ofUsd(13.0));
    add(
        entries,
        "gcs.archive.us-central1.storage_per_gib_month",
        ValueKind.MONEY,
        Money.ofUsd(0.0012));
    add(entries, "gcs.archive.us-central1.class_a_per_1000", ValueKind.MONEY, Money.ofUsd(0.05));
    add(entries, "gcs.archive.us-central1.class_b_per_1000", ValueKind.MONEY, Money.ofUsd(0.5));
    add(entries, "gcs.archive.us-central1.retrieval_per_gib", ValueKind.MONEY, Money.ofUsd(0.05));
    add(
        entries,
        "gcs.archive.us-central1.min_storage_duration",
        ValueKind.DURATION,
        TimeSpan.ofDays(365));
    add(entries, "egress.interconnect-north-america.per_gib", ValueKind.MONEY, Money.ofUsd(0.02));
    add(entries, "appliances.ta300.capacity", ValueKind.SIZE, DataSize.ofTerabytes(300));
    add(entries, "appliances.ta300.round_trip", ValueKind.DURATION, TimeSpan.ofDays(14));
    add(entries, "appliances.ta300.in_flight", ValueKind.COUNT, 10L);
    add(entries, "appliances.ta300.fee", ValueKind.MONEY, Money.ofUsd(2500));
    return new Catalog(NAME, AS_OF, entries);
  }

  private static void add(List<CatalogEntry> entries, String path, ValueKind kind, Object value) {
    entries.add(
        new CatalogEntry(path, kind, value, "https://example.test/" + path, AS_OF, false, ""));
  }

  /** A source that knows the fixture under its name and alias. */
  public static CatalogSource source() {
    return new CatalogSource() {
      @Override
      public Catalog load(String name) {
        if (name.equals(NAME) || name.equals(ALIAS)) {
          return catalog();
        }
        throw new UnknownCatalogEntryException("catalog", name, names());
      }

      @Override
      public List<String> names() {
        return List.of(NAME, ALIAS);
      }
    };
  }

  public static ScenarioLoader loader() {
    return new ScenarioLoader(source());
  }
}

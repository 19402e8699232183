package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.catalog.UnknownCatalogEntryException;
import dev.drplan.scenario.GcsPrices;
import dev.drplan.scenario.StorageClass;
import dev.drplan.schema.CatalogSchema;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {

  private static final CatalogReader READER = CatalogReader.builtIn();
  private static final Pattern ISO_DATE =
      Pattern.compile("[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?");

  private static Catalog gcp() {
    return READER.load("gcp-2026");
  }

  private static double money(String path) {
    return gcp().get(path, Money.class).usd();
  }

  /** A malformed bundled catalog is a build-breaking bug: every entry is sourced, dated, typed. */
  @Test
  void everyBundledCatalogIsCompleteAndSourced() {
    assertThat(READER.catalogNames()).isNotEmpty();
    for (String name : READER.catalogNames()) {
      Catalog catalog = READER.load(name);
      assertThat(catalog.name()).isEqualTo(name);
      assertThat(catalog.asOf()).matches(ISO_DATE);
      assertThat(catalog.entries()).isNotEmpty();
      for (CatalogEntry entry : catalog.entries()) {
        assertThat(entry.source()).as(entry.path()).startsWith("https://");
        assertThat(entry.asOf()).as(entry.path()).matches(ISO_DATE);
        assertThat(entry.asOf().compareTo(catalog.asOf())).as(entry.path()).isLessThanOrEqualTo(0);
        assertThat(entry.value()).as(entry.path()).isInstanceOf(entry.kind().valueType());
        CatalogSchema.Field row = CatalogSchema.field(entry.path());
        assertThat(row).as(entry.path()).isNotNull();
        assertThat(row.kind()).as(entry.path()).isEqualTo(entry.kind());
        assertThat(row.domain().admits(entry.kind().canonical(entry.value())))
            .as(entry.path())
            .isTrue();
        if (entry.uncertain()) {
          assertThat(entry.note()).as(entry.path()).isNotBlank();
        }
      }
      // Every named item resolves through the engine's lookups.
      catalog.namesUnder("dboxes").forEach(catalog::dbox);
      catalog.namesUnder("cboxes").forEach(catalog::cbox);
      catalog.namesUnder("machines").forEach(catalog::machine);
      catalog.namesUnder("appliances").forEach(catalog::appliance);
      for (StorageClass storageClass : StorageClass.values()) {
        for (String location : catalog.namesUnder("gcs." + storageClass.id())) {
          assertThat(catalog.gcsPrices(storageClass, location)).isNotNull();
        }
      }
      assertThat(catalog.find(Catalog.DEFAULT_EGRESS)).isNotNull();
    }
  }

  @Test
  void gcsCoversEveryClassInTheRequiredLocations() {
    for (StorageClass storageClass : StorageClass.values()) {
      assertThat(gcp().namesUnder("gcs." + storageClass.id()))
          .contains("us-central1", "us-east1", "us", "nam4");
    }
  }

  @Test
  void archivePricesInIowaAndTheDualRegion() {
    assertThat(money("gcs.archive.us-central1.storage_per_gib_month")).isEqualTo(0.0012);
    // nam4 is billed in both of its regions: twice the per-region dual-region SKU.
    assertThat(money("gcs.archive.nam4.storage_per_gib_month")).isEqualTo(2 * 0.0014);
    assertThat(money("gcs.standard.nam4.storage_per_gib_month")).isEqualTo(2 * 0.022);
    // The page lists GiB-hours; the catalog holds GiB-months of 730 h.
    assertThat(money("gcs.standard.us-central1.storage_per_gib_month"))
        .isCloseTo(0.000027397 * 730, within(1e-6));

    GcsPrices prices = gcp().gcsPrices(StorageClass.ARCHIVE, "us-central1");
    assertThat(prices.storagePerGibMonth().usd()).isEqualTo(0.0012);
    assertThat(prices.retrievalPerGib().usd()).isEqualTo(0.05);
    assertThat(prices.egressPerGib().usd()).isEqualTo(0.02);
    assertThat(prices.minStorageDuration().seconds()).isEqualTo(365 * 86_400.0);
    assertThat(prices.classAPer1000().usd()).isEqualTo(0.05);
  }

  @Test
  void onlyStandardRegionalOperationPricesAreCertain() {
    assertThat(gcp().find("gcs.standard.us-central1.class_a_per_1000").uncertain()).isFalse();
    assertThat(gcp().find("gcs.standard.us-central1.class_b_per_1000").uncertain()).isFalse();
    assertThat(money("gcs.standard.us-central1.class_a_per_1000")).isEqualTo(0.005);
    for (CatalogEntry entry : gcp().entries()) {
      boolean operation = entry.path().endsWith("_per_1000");
      boolean standardRegional =
          entry.path().startsWith("gcs.standard.us-central1.")
              || entry.path().startsWith("gcs.standard.us-east1.");
      if (operation && !standardRegional) {
        assertThat(entry.uncertain()).as(entry.path()).isTrue();
      }
    }
    // Older wording: 0.10 per 10,000 operations.
    assertThat(money("gcs.coldline.us-central1.class_a_per_1000")).isEqualTo(0.10 / 10);
  }

  @Test
  void dboxRawSizeIsDrivesTimesDriveSize() {
    assertThat(gcp().dbox("ceres-df3060").rawSize().bytes()).isCloseTo(22 * 61.44e12, within(1.0));
    assertThat(gcp().dbox("ceres-df3015").rawSize().bytes()).isCloseTo(22 * 15.36e12, within(1.0));
    assertThat(gcp().dbox("mavericks-df5615").rawSize().bytes())
        .isCloseTo(44 * 15.36e12, within(1.0));
    assertThat(gcp().dbox("mavericks-df5630").rawSize().bytes())
        .isCloseTo(44 * 30.72e12, within(1.0));
    // Default usable share: the sheet's 6-box cluster, 1784.87 TB usable of 2027.52 TB raw.
    Fraction efficiency = gcp().dbox("ceres-df3060").usableEfficiency();
    assertThat(efficiency.value()).isEqualTo(0.88);
    assertThat(efficiency.value()).isCloseTo(1784.87 / 2027.52, within(0.001));
    assertThat(gcp().find("dboxes.ceres-df3060.usable_efficiency").uncertain()).isTrue();
  }

  @Test
  void cboxHasFourNodesAndAConservativeRate() {
    assertThat(gcp().cbox("cbox-4node").nodes()).isEqualTo(4);
    DataRate perNode = gcp().cbox("cbox-4node").perNodeReplication();
    assertThat(perNode.bytesPerSecond()).isEqualTo(2.8e9);
    assertThat(perNode.bytesPerSecond()).isLessThanOrEqualTo(8.5e9 / 3);
    assertThat(gcp().find("cboxes.cbox-4node.per_node_replication").uncertain()).isTrue();
  }

  @Test
  void z3ShapesCarrySsdNetworkAndPrices() {
    assertThat(gcp().machine("z3-highmem-88-highlssd").localSsd().bytes())
        .isEqualTo(36_000 * Math.pow(2, 30));
    assertThat(gcp().machine("z3-highmem-88-highlssd").hourly().usd()).isEqualTo(13.0);
    assertThat(gcp().machine("z3-highmem-88-highlssd").network().bytesPerSecond())
        .isEqualTo(62e9 / 8);
    assertThat(gcp().machine("z3-highmem-88-standardlssd").localSsd().bytes())
        .isEqualTo(18_000 * Math.pow(2, 30));
    assertThat(gcp().machine("z3-highmem-176-standardlssd").network().bytesPerSecond())
        .isEqualTo(100e9 / 8);
    assertThat(gcp().get("machines.z3-highmem-176-standardlssd.vcpus", Long.class)).isEqualTo(176L);
    assertThat(money("machines.z3-highmem-88-highlssd.monthly_3y_commitment")).isEqualTo(4270.51);
    assertThat(gcp().namesUnder("machines")).hasSize(12);
    assertThat(gcp().find("machines.z3-highmem-14-standardlssd.network").uncertain()).isTrue();
  }

  @Test
  void interconnectPortsAreHourlyTimesTheModelsMonth() {
    // The price page's hourly rate × 730.5 h, the month every cost is billed in (not its 730 h).
    assertThat(money("interconnect.dedicated-10g.monthly_port_cost"))
        .isCloseTo(2.328 * 730.5, within(1e-9));
    assertThat(money("interconnect.dedicated-100g.monthly_port_cost"))
        .isCloseTo(23.28 * 730.5, within(1e-9));
    assertThat(money("interconnect.dedicated-400g.monthly_port_cost"))
        .isCloseTo(85.0 * 730.5, within(1e-9));
    assertThat(gcp().get("interconnect.dedicated-400g.line_rate", DataRate.class).bytesPerSecond())
        .isEqualTo(400e9 / 8);
  }

  @Test
  void egressTiersAndTheDefaultRestoreEgress() {
    assertThat(money("egress.internet-premium-0-1tib.per_gib")).isEqualTo(0.12);
    assertThat(money("egress.internet-premium-1-10tib.per_gib")).isEqualTo(0.11);
    assertThat(money("egress.internet-premium-over-10tib.per_gib")).isEqualTo(0.08);
    assertThat(money(Catalog.DEFAULT_EGRESS)).isEqualTo(0.02);
    assertThat(gcp().find(Catalog.DEFAULT_EGRESS).uncertain()).isTrue();
  }

  @Test
  void appliancesAreDecimalSizedPlaceholders() {
    assertThat(gcp().appliance("ta300").capacity().bytes()).isEqualTo(300e12);
    assertThat(gcp().appliance("ta40").capacity().bytes()).isEqualTo(40e12);
    assertThat(gcp().appliance("ta300").roundTrip().seconds())
        .isEqualTo((3 + 3 + 3 + 5) * 86_400.0);
    assertThat(gcp().appliance("ta300").inFlight()).isEqualTo(1);
    for (String field : new String[] {"round_trip", "in_flight", "fee"}) {
      assertThat(gcp().find("appliances.ta300." + field).uncertain()).isTrue();
    }
  }

  @Test
  void theSpecsCatalogNameIsAnAlias() {
    Catalog viaAlias = READER.load("gcp-2025");
    assertThat(viaAlias.name()).isEqualTo("gcp-2026");
    assertThat(viaAlias.entries()).hasSameSizeAs(gcp().entries());
    assertThat(READER.aliases("gcp-2026")).containsExactly("gcp-2025");
    assertThat(READER.names()).contains("gcp-2026", "gcp-2025");
  }

  @Test
  void anUnknownCatalogNameListsTheValidOnes() {
    assertThatThrownBy(() -> READER.load("aws-2026"))
        .isInstanceOf(UnknownCatalogEntryException.class)
        .hasMessageContaining("\"aws-2026\"")
        .hasMessageContaining("gcp-2026")
        .hasMessageContaining("gcp-2025");
  }

  private static final String HEADER =
      "catalog: test\n"
          + "as_of: 2026-01-02\n"
          + "sources:\n"
          + "  s: {url: https://example.com/prices, as_of: 2026-01-02}\n";

  private static String leaf(String value) {
    return "dboxes:\n  box:\n    raw_size: {value: "
        + value
        + ", source: s, as_of: 2026-01-01, uncertain: false}\n"
        + "    usable_efficiency: {value: 88%, source: s, as_of: 2026-01-01, uncertain: true, note: guess}\n";
  }

  @Test
  void aSmallValidDocumentParses() {
    Catalog catalog = CatalogReader.parse("test.yaml", HEADER + leaf("1351.68 TB"));
    assertThat(catalog.dbox("box").rawSize()).isEqualTo(DataSize.ofTerabytes(1351.68));
    assertThat(catalog.find("dboxes.box.raw_size").source())
        .isEqualTo("https://example.com/prices");
    assertThat(catalog.find("dboxes.box.usable_efficiency").uncertain()).isTrue();
  }

  @Test
  void malformedDocumentsNameTheEntryAndTheProblem() {
    assertThatThrownBy(() -> CatalogReader.parse("t.yaml", HEADER + leaf("1351.68 Gbps")))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageContaining("t.yaml: dboxes.box.raw_size.value: expected a size");
    assertThatThrownBy(
            () ->
                CatalogReader.parse(
                    "t.yaml", HEADER + leaf("1351.68 TB").replace("source: s,", "source: x,")))
        .hasMessageContaining("unknown source tag \"x\"");
    assertThatThrownBy(
            () ->
                CatalogReader.parse(
                    "t.yaml", HEADER + leaf("1 TB").replace(", uncertain: false", "")))
        .hasMessageContaining("dboxes.box.raw_size.uncertain: expected true or false");
    assertThatThrownBy(
            () -> CatalogReader.parse("t.yaml", HEADER + leaf("1 TB").replace(", note: guess", "")))
        .hasMessageContaining("needs a note");
    assertThatThrownBy(
            () ->
                CatalogReader.parse(
                    "t.yaml", HEADER + leaf("1 TB").replace("2026-01-01", "Jan 2026")))
        .hasMessageContaining("expected an ISO date");
    assertThatThrownBy(
            () ->
                CatalogReader.parse(
                    "t.yaml", HEADER + leaf("1 TB").replace("raw_size:", "raw_sise:")))
        .hasMessageContaining("dboxes.box.raw_sise: unknown key");
    assertThatThrownBy(
            () -> CatalogReader.parse("t.yaml", HEADER + leaf("1 TB").replace("dboxes:", "dbox:")))
        .hasMessageContaining("unknown top-level key");
    assertThatThrownBy(
            () ->
                CatalogReader.parse(
                    "t.yaml", HEADER + leaf("1 TB").replace("value: 88%", "value: 188%")))
        .hasMessageContaining("expected a share from 10% to 100%, found 188%");
    assertThatThrownBy(
            () ->
                CatalogReader.parse(
                    "t.yaml",
                    HEADER.replace("as_of: 2026-01-02\n", "as_of: 2025-01-02\n") + leaf("1 TB")))
        .hasMessageContaining("later than the catalog's as_of");
    assertThatThrownBy(() -> CatalogReader.parse("t.yaml", HEADER + "gcs:\n  glacier: {}\n"))
        .hasMessageContaining("unknown storage class");
    assertThatThrownBy(
            () ->
                CatalogReader.parse(
                    "t.yaml",
                    HEADER
                        + "dboxes:\n  box:\n    raw_size: {value: 1 TB, source: s, as_of: 2026, uncertain: false}\n"))
        .hasMessageContaining("dboxes.box: missing \"usable_efficiency\"");
    assertThatThrownBy(() -> CatalogReader.parse("t.yaml", HEADER + leaf("1 TB") + "dboxes: {}\n"))
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void durationAndMoneyUseTheParserConventions() {
    assertThat(gcp().get("gcs.nearline.us.min_storage_duration", TimeSpan.class).seconds())
        .isEqualTo(30 * 86_400.0);
    assertThat(gcp().get("gcs.standard.us.retrieval_per_gib", Money.class)).isEqualTo(Money.ZERO);
  }
}

package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.catalog.ValueKind;
import dev.drplan.load.CatalogReader;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogListingTest {

  private static final Catalog GCP = CatalogReader.builtIn().load("gcp-2026");
  private static final String URL = "https://example.com/source";

  private static CatalogEntry entry(String path, ValueKind kind, Object value, boolean uncertain) {
    return new CatalogEntry(
        path, kind, value, URL, "2026-07-30", uncertain, uncertain ? "a guess" : "");
  }

  private static final Catalog SMALL =
      new Catalog(
          "small",
          "2026-07-30",
          List.of(
              entry(
                  "dboxes.ceres-df3060.raw_size",
                  ValueKind.SIZE,
                  DataSize.ofBytes(22 * 61.44e12),
                  false),
              entry(
                  "dboxes.ceres-df3060.usable_efficiency",
                  ValueKind.FRACTION,
                  Fraction.ofPercent(88),
                  true),
              entry(
                  "machines.z3.local_ssd",
                  ValueKind.SIZE,
                  DataSize.ofBytes(36_000 * Math.pow(2, 30)),
                  false),
              entry(
                  "machines.z3.network",
                  ValueKind.RATE,
                  DataRate.ofBytesPerSecond(62e9 / 8),
                  false),
              entry("machines.z3.hourly", ValueKind.MONEY, Money.ofUsd(13.0), false),
              entry("machines.z3.vcpus", ValueKind.COUNT, 88L, false),
              entry(
                  "gcs.archive.us-central1.storage_per_gib_month",
                  ValueKind.MONEY,
                  Money.ofUsd(0.0012),
                  false),
              entry(
                  "gcs.archive.us-central1.min_storage_duration",
                  ValueKind.DURATION,
                  TimeSpan.ofSeconds(365 * 86_400.0),
                  false),
              entry(
                  "interconnect.dedicated-100g.monthly_port_cost",
                  ValueKind.MONEY,
                  Money.ofUsd(23.28 * 730),
                  false)));

  private static String lineOf(String listing, String path) {
    for (String line : listing.split("\n")) {
      if (line.startsWith(path + " ")) {
        return line;
      }
    }
    throw new AssertionError("no line for " + path + " in\n" + listing);
  }

  @Test
  void anUncertainFigureIsMarkedUncertainAndAPlaceholderPlaceholder() {
    // One vocabulary with compare, explain and the report (docs/model.md §8, "Uncertain
    // figures"): how many appliances may be in flight is a placeholder no source gives; the
    // Archive class-A price in the multi-region is sourced, but uncertain.
    String listing = CatalogListing.render(GCP, null);
    assertThat(lineOf(listing, "appliances.ta300.in_flight"))
        .contains("  placeholder  ")
        .doesNotContain("uncertain");
    assertThat(lineOf(listing, "gcs.standard.us.class_a_per_1000"))
        .contains("  uncertain  ")
        .doesNotContain("placeholder");
    assertThat(lineOf(listing, "gcs.standard.us-central1.class_a_per_1000"))
        .doesNotContain("uncertain")
        .doesNotContain("placeholder");
  }

  @Test
  void valuesAreShownInHumanUnits() {
    String listing = CatalogListing.render(SMALL, null);
    assertThat(listing).startsWith("catalog small, as of 2026-07-30: 9 entries\n");
    assertThat(lineOf(listing, "dboxes.ceres-df3060.raw_size"))
        .contains("1,351.68  TB")
        .contains(URL);
    assertThat(lineOf(listing, "dboxes.ceres-df3060.usable_efficiency"))
        .contains("88  %")
        .contains("uncertain");
    assertThat(lineOf(listing, "machines.z3.local_ssd"))
        .contains("36,000  GiB")
        .doesNotContain("uncertain");
    assertThat(lineOf(listing, "machines.z3.network")).contains("62  Gbps");
    assertThat(lineOf(listing, "machines.z3.hourly")).contains("$13.00  per hour");
    assertThat(lineOf(listing, "machines.z3.vcpus")).contains("88  vCPUs");
    assertThat(lineOf(listing, "gcs.archive.us-central1.storage_per_gib_month"))
        .contains("$0.0012  per GiB-month");
    assertThat(lineOf(listing, "gcs.archive.us-central1.min_storage_duration"))
        .contains("365  d")
        .contains("2026-07-30");
    assertThat(lineOf(listing, "interconnect.dedicated-100g.monthly_port_cost"))
        .contains("$16,994.40  per month");
  }

  @Test
  void notesFollowTheirEntryWhenAsked() {
    String listing = CatalogListing.render(SMALL, "efficiency", true);
    assertThat(listing).contains("uncertain  " + URL + "\n    a guess\n");
    assertThat(CatalogListing.render(SMALL, "efficiency")).doesNotContain("a guess");
  }

  @Test
  void aSubstringFilterSelectsByPath() {
    List<CatalogEntry> selected = CatalogListing.select(GCP, "df3060");
    assertThat(selected)
        .extracting(CatalogEntry::path)
        .containsExactly("dboxes.ceres-df3060.raw_size", "dboxes.ceres-df3060.usable_efficiency");
    String listing = CatalogListing.render(GCP, "DF3060");
    assertThat(listing).contains("2 of " + GCP.entries().size() + " entries match \"DF3060\"");
    assertThat(lineOf(listing, "dboxes.ceres-df3060.raw_size")).contains("1,351.68  TB");
  }

  @Test
  void aGlobFilterMatchesTheWholePath() {
    assertThat(CatalogListing.select(GCP, "gcs.*.nam4.storage_per_gib_month"))
        .extracting(CatalogEntry::path)
        .containsExactly(
            "gcs.standard.nam4.storage_per_gib_month",
            "gcs.nearline.nam4.storage_per_gib_month",
            "gcs.coldline.nam4.storage_per_gib_month",
            "gcs.archive.nam4.storage_per_gib_month");
    assertThat(CatalogListing.select(GCP, "machines.z3-highmem-88-????lssd.hourly")).hasSize(1);
    // Per class: storage, class A, class B, retrieval, minimum duration and replication.
    assertThat(CatalogListing.select(GCP, "nam4")).hasSize(4 * 6);
    String listing = CatalogListing.render(GCP, "gcs.archive.nam4.storage_per_gib_month");
    assertThat(listing).contains("$0.0028  per GiB-month");
  }

  @Test
  void noMatchSaysSoWithoutATable() {
    assertThat(CatalogListing.render(GCP, "no-such-thing"))
        .isEqualTo(
            "catalog gcp-2026, as of "
                + GCP.asOf()
                + ": 0 of "
                + GCP.entries().size()
                + " entries match \"no-such-thing\"\n");
  }

  @Test
  void numbersKeepEnoughDecimalsAndNoMore() {
    assertThat(Display.precise(0.000027397, 2, 9)).isEqualTo("0.000027397");
    assertThat(Display.precise(1699.44, 2, 9)).isEqualTo("1,699.44");
    assertThat(Display.precise(22 * 61.44e12 / 1e12, 0, 6)).isEqualTo("1,351.68");
    assertThat(Display.precise(400, 0, 3)).isEqualTo("400");
  }

  /**
   * A placeholder price of 0 (no source gives the appliance fee) is listed as not priced, never as
   * $0.00, which reads as free; a sourced price of 0 (retrieval from Standard) stays $0.00.
   */
  @Test
  void aPlaceholderPriceOfZeroIsNotPriced() {
    String fee = CatalogListing.render(GCP, "appliances.ta300.fee");
    assertThat(fee)
        .containsPattern("appliances\\.ta300\\.fee +not priced +2025")
        .doesNotContain("$0");
    assertThat(CatalogListing.render(GCP, "gcs.standard.us-central1.retrieval_per_gib"))
        .containsPattern("retrieval_per_gib +\\$0\\.00 +per GiB");
  }
}

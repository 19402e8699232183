package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.model.CostLine;
import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.scenario.ApplianceSpec;
import dev.drplan.scenario.CBoxSpec;
import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.CopyEngine;
import dev.drplan.scenario.DBoxSpec;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.GcsPrices;
import dev.drplan.scenario.HostMachine;
import dev.drplan.scenario.InputOrigin;
import dev.drplan.scenario.MachineSpec;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Network;
import dev.drplan.scenario.Objectives;
import dev.drplan.scenario.Primary;
import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.Seeding;
import dev.drplan.scenario.StorageClass;
import dev.drplan.scenario.TransferTool;
import dev.drplan.schema.ScenarioSchema;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Good scenarios load to exactly the records the hand-worked arithmetic gives. */
class ScenarioLoaderTest {

  static final double GIB = 1024.0 * 1024 * 1024;
  static final double MIB = 1024.0 * 1024;
  static final double DAY = 86_400;
  static final double HOUR = 3_600;
  static final double YEAR = 365.25 * DAY;

  static String resource(String name) {
    try {
      return Files.readString(
          Path.of("src/test/resources/scenarios", name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Scenario load(String text) {
    return TestCatalogs.loader().load("full.yaml", text);
  }

  @Test
  void aDualRegionCopyTakesTheCatalogsReplicationPlaceholderAndARegionNone() {
    Scenario walmart = dev.drplan.report.ProposalFixtures.walmart();
    for (DrOption option : walmart.options()) {
      if (!(option instanceof DataCopy)) {
        continue;
      }
      DataCopy copy = (DataCopy) option;
      String key = "options." + copy.name() + ".prices.replication_per_gib";
      if (copy.location().equals("nam4")) {
        assertThat(copy.prices().replicationPerGib()).isEqualTo(Money.ZERO);
        assertThat(walmart.origin(key).placeholder()).isTrue();
        assertThat(walmart.origin(key).catalogPath())
            .isEqualTo("gcs.archive.nam4.replication_per_gib");
      } else {
        assertThat(copy.prices().replicationPerGib()).as(copy.name()).isNull();
        assertThat(walmart.origin(key)).isNull();
      }
    }
  }

  @Test
  void fullScenarioLoadsToTheExactRecords() {
    Scenario scenario =
        TestCatalogs.loader().load(Path.of("src/test/resources/scenarios/full.yaml"));

    GcsPrices archive =
        new GcsPrices(
            Money.ofUsd(0.0011), // overridden in the scenario
            Money.ofUsd(0.05),
            Money.ofUsd(0.05),
            Money.ofUsd(0.02), // egress.interconnect-north-america.per_gib
            TimeSpan.ofSeconds(365 * DAY));
    Scenario expected =
        new Scenario(
            "walmart-big-data-dr",
            "Walmart big-data DR, phase one",
            TimeSpan.ofSeconds(5 * YEAR),
            "test-2026", // the alias test-2025 resolves to it
            "2026-01-15",
            new Dataset(
                DataSize.ofBytes(500e15),
                Fraction.of(20 / 100.0),
                Fraction.of(0.5 / 100),
                3,
                Fraction.of(40 / 100.0),
                DataSize.ofBytes(64 * MIB),
                1.5),
            new Primary(
                new DBoxSpec("ceres-df3060", DataSize.ofBytes(22 * 61.44e12), Fraction.of(0.88)),
                new CBoxSpec("cbox-4node", 4, DataRate.ofBytesPerSecond(4e9)),
                Fraction.of(90 / 100.0),
                List.of(
                    new Configuration("minimum", 4, 20, null),
                    new Configuration("phase-one", 8, 60, Fraction.of(85 / 100.0)))),
            new Network(
                4,
                DataRate.ofBytesPerSecond(100e9 / 8),
                Fraction.of(80 / 100.0),
                Fraction.of(50 / 100.0),
                TimeSpan.ofSeconds(30 * 1e-3),
                Money.ofUsd(5000)),
            new Objectives(
                TimeSpan.ofSeconds(4 * HOUR),
                TimeSpan.ofSeconds(3 * DAY),
                Fraction.of(10 / 100.0),
                TimeSpan.ofSeconds(180 * DAY)),
            List.of(
                new NamespaceInCloud(
                    "vast-on-cloud",
                    new MachineSpec(
                        "z3-highmem-88-highlssd",
                        DataSize.ofBytes(36_000 * GIB),
                        DataRate.ofBytesPerSecond(100e9 / 8),
                        Money.ofUsd(11.2)), // overridden in the scenario
                    Fraction.of(25 / 100.0),
                    1.5, // the primary's reduction ratio
                    200,
                    Fraction.of(90 / 100.0), // the primary's fill limit
                    Fraction.of(37 / 100.0),
                    TimeSpan.ofSeconds(HOUR),
                    TimeSpan.ofSeconds(30 * 60),
                    null, // no licence given
                    Money.ofUsd(0.02)), // failback egress: egress.interconnect-north-america
                new DataCopy(
                    "gcs-archive",
                    StorageClass.ARCHIVE,
                    "us-central1",
                    archive,
                    DataSize.ofBytes(256 * MIB),
                    false,
                    TimeSpan.ofSeconds(30 * DAY),
                    Seeding.byAppliance(
                        new ApplianceSpec(
                            "ta300",
                            DataSize.ofBytes(300e12),
                            TimeSpan.ofSeconds(14 * DAY),
                            10,
                            Money.ofUsd(2500))),
                    new CopyEngine(
                        16,
                        32,
                        DataRate.ofBytesPerSecond(100e6),
                        DataRate.ofBytesPerSecond(100e9 / 8)),
                    TimeSpan.ofSeconds(4 * HOUR),
                    Recovery.RESTORE_TO_PRIMARY),
                new DataCopy(
                    "gcs-archive-per-file",
                    StorageClass.ARCHIVE,
                    "us-central1",
                    new GcsPrices(
                        archive.storagePerGibMonth(),
                        archive.classAPer1000(),
                        archive.retrievalPerGib(),
                        Money.ofUsd(0.05), // inline over the catalog's
                        archive.minStorageDuration()),
                    DataSize.ofBytes(64 * MIB), // dataset.average_file_size
                    true,
                    TimeSpan.ofSeconds(90 * DAY),
                    Seeding.NETWORK,
                    new CopyEngine(
                        8,
                        16,
                        DataRate.ofBytesPerSecond(50e6),
                        DataRate.ofBytesPerSecond(50e9 / 8)),
                    TimeSpan.ofSeconds(DAY),
                    Recovery.runInCloud(TimeSpan.ofSeconds(12 * HOUR)))));

    assertThat(scenario.dataset()).isEqualTo(expected.dataset());
    assertThat(scenario.primary()).isEqualTo(expected.primary());
    assertThat(scenario.network()).isEqualTo(expected.network());
    assertThat(scenario.objectives()).isEqualTo(expected.objectives());
    assertThat(scenario.options()).containsExactlyElementsOf(expected.options());
    assertThat(scenario.withOrigins(List.of())).isEqualTo(expected);
    // What came from the catalog is recorded, with the entry's uncertain flag; an override is the
    // scenario's own decision, so it is certain.
    assertThat(scenario.origin("options.gcs-archive.appliance.capacity"))
        .isEqualTo(
            new InputOrigin(
                "options.gcs-archive.appliance.capacity",
                "appliances.ta300.capacity",
                scenario.origin("options.gcs-archive.appliance.capacity").uncertain(),
                false));
    assertThat(scenario.origin("options.vast-on-cloud.machine.hourly").uncertain()).isFalse();
    assertThat(scenario.origin("options.gcs-archive.prices.egress_per_gib").catalogPath())
        .isEqualTo("egress.interconnect-north-america.per_gib");
    assertThat(scenario.origin("options.gcs-archive-per-file.prices.egress_per_gib")).isNull();
  }

  @Test
  void inlineScenarioWithoutCatalogTakesEveryDefault() {
    Scenario scenario =
        new ScenarioLoader(CatalogSource.none()).load("inline.yaml", resource("inline.yaml"));

    assertThat(scenario.catalogName()).isNull();
    assertThat(scenario.catalogAsOf()).isNull();
    assertThat(scenario.description()).isEmpty();
    assertThat(scenario.horizon()).isEqualTo(TimeSpan.ofSeconds(3 * YEAR));
    assertThat(scenario.dataset())
        .isEqualTo(
            new Dataset(
                DataSize.ofBytes(2 * 1024 * 1024 * GIB),
                Fraction.of(-5 / 100.0),
                Fraction.of(0.01),
                1, // peak_factor default
                Fraction.ZERO, // overwrite_share default
                null, // no average_file_size
                1)); // reduction_ratio default
    assertThat(scenario.primary())
        .isEqualTo(
            new Primary(
                new DBoxSpec("inline", DataSize.ofBytes(1351.68e12), Fraction.of(88 / 100.0)),
                new CBoxSpec("inline", 4, DataRate.ofBytesPerSecond(4e9)),
                Fraction.of(0.8),
                List.of(new Configuration("only", 1, 2, null))));
    assertThat(scenario.network())
        .isEqualTo(
            new Network(
                1,
                DataRate.ofBytesPerSecond(10e9 / 8),
                Fraction.of(90 / 100.0),
                Fraction.ONE,
                TimeSpan.ofSeconds(2 * 1e-3),
                Money.ZERO)); // monthly_port_cost default
    assertThat(scenario.objectives())
        .isEqualTo(
            new Objectives(
                TimeSpan.ofSeconds(15 * 60),
                TimeSpan.ofSeconds(DAY),
                Fraction.ONE, // recovery_scope default
                TimeSpan.ofSeconds(30 * DAY)));
    assertThat(scenario.options())
        .containsExactly(
            new NamespaceInCloud(
                "cloud-namespace",
                new MachineSpec(
                    "inline",
                    DataSize.ofBytes(36_000 * GIB),
                    DataRate.ofBytesPerSecond(100e9 / 8),
                    Money.ofUsd(13.0)),
                Fraction.of(0.2),
                1, // the primary's reduction ratio, itself the default
                50,
                Fraction.of(0.8), // the primary's fill limit
                Fraction.ZERO, // commitment_discount default
                TimeSpan.ofSeconds(10 * 60),
                TimeSpan.ofSeconds(5 * 60)),
            new DataCopy(
                "bucket",
                StorageClass.COLDLINE,
                "europe-west4",
                new GcsPrices(
                    Money.ofUsd(0.004),
                    Money.ofUsd(0.02),
                    Money.ofUsd(0.02),
                    Money.ofUsd(0.08),
                    TimeSpan.ofSeconds(90 * DAY)),
                DataSize.ofBytes(64 * MIB),
                false,
                TimeSpan.ZERO,
                Seeding.byAppliance(
                    new ApplianceSpec(
                        "inline",
                        DataSize.ofBytes(300e12),
                        TimeSpan.ofSeconds(14 * DAY),
                        2,
                        Money.ZERO)),
                new CopyEngine(
                    2, 8, DataRate.ofBytesPerSecond(200e6), DataRate.ofBytesPerSecond(25e9 / 8)),
                TimeSpan.ofSeconds(HOUR),
                Recovery.runInCloud(TimeSpan.ofSeconds(6 * HOUR))));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "logical_size: 500 PB | logical_size: 500000 TB",
        "logical_size: 500 PB | logical_size: 0.5 EB",
        "logical_size: 500 PB | logical_size: 5e17 B",
        "logical_size: 500 PB | logical_size: \"500 PB\"",
        "average_file_size: 64 MiB | average_file_size: 65536 KiB",
        "average_file_size: 64 MiB | average_file_size: 67108864 B",
        "circuits: 4 x 100 Gbps | circuits: 4 x 12.5 GB/s",
        "circuits: 4 x 100 Gbps | circuits: 4 x 100000 Mbps",
        "circuits: 4 x 100 Gbps | circuits: 4x100Gbps",
        "horizon: 5 y | horizon: 1826.25 d",
        "horizon: 5 y | horizon: 260.89285714285714 w",
        "daily_change: 0.5% | daily_change: 0.005",
        "fill_limit: 90% | fill_limit: 0.9",
        "rpo: 4 h | rpo: 240 min",
        "rpo: 4 h | rpo: 14400 s",
      })
  void theSameFigureInAnotherUnitLoadsTheSameValue(String original, String replacement) {
    String text = resource("full.yaml");
    assertThat(text).contains(original);
    Scenario base = load(text);
    Scenario other = load(text.replace(original, replacement));
    if (replacement.contains(" w")) {
      assertThat(other.horizon().seconds()).isCloseTo(base.horizon().seconds(), within(1e-6));
    } else {
      assertThat(other).isEqualTo(base);
    }
  }

  @Test
  void binaryAndDecimalSpellingsOfOneSizeAgreeToRounding() {
    String text = resource("full.yaml");
    Scenario base = load(text);
    // 500e15 / 2^30 GiB, written with 14 significant digits
    Scenario binary =
        load(text.replace("logical_size: 500 PB", "logical_size: 465661287.30774 GiB"));
    assertThat(binary.dataset().logicalSize().bytes())
        .isCloseTo(base.dataset().logicalSize().bytes(), within(500e15 * 1e-12));
  }

  @Test
  void hundredExabytesAndDoublingForTenYearsLoad() {
    String text =
        resource("full.yaml")
            .replace("logical_size: 500 PB", "logical_size: 100 EB")
            .replace("annual_growth: 20%", "annual_growth: 100%")
            .replace("horizon: 5 y", "horizon: 10 y");
    Scenario scenario = load(text);
    assertThat(scenario.dataset().logicalSize().bytes()).isEqualTo(100e18);
    assertThat(scenario.dataset().annualGrowth().value()).isEqualTo(1.0);
    assertThat(scenario.horizon().seconds()).isEqualTo(10 * YEAR);
    double end =
        scenario.dataset().logicalSize().bytes()
            * Math.pow(1 + scenario.dataset().annualGrowth().value(), 10);
    assertThat(end).isEqualTo(100e18 * 1024).isFinite();
  }

  @Test
  void catalogNamesAnAliasAndTheScenarioRecordsTheCatalogsOwnName() {
    Scenario scenario =
        load(resource("full.yaml").replace("catalog: test-2025", "catalog: test-2026"));
    assertThat(scenario.catalogName()).isEqualTo("test-2026");
    assertThat(scenario.catalogAsOf()).isEqualTo("2026-01-15");
  }

  @Test
  void loadsFromAFileAndFromBytesAlike() throws IOException {
    Path file = Path.of("src/test/resources/scenarios/full.yaml");
    assertThat(TestCatalogs.loader().load(file))
        .isEqualTo(TestCatalogs.loader().load("x.yaml", Files.readAllBytes(file)));
  }

  @Test
  void aByteOrderMarkIsIgnored() {
    String text = resource("inline.yaml");
    ScenarioLoader loader = new ScenarioLoader(CatalogSource.none());
    assertThat(loader.load("bom.yaml", "\uFEFF" + text)).isEqualTo(loader.load("plain.yaml", text));
  }

  /**
   * Mover hosts as cloud VMs: a catalog machine type is priced at the catalog's hourly price, with
   * its origin and source, and its line is hosts · hourly · 730.5 h; one defined inline takes its
   * hourly price as given.
   */
  @Test
  void moverHostsAsCatalogVmsArePricedByTheHour() {
    Scenario vms =
        new ScenarioLoader(CatalogReader.builtIn())
            .load(Path.of("src/test/resources/scenarios/vm-movers.yaml"));
    CopyEngine fromCatalog = ((DataCopy) vms.options().get(1)).copyEngine();
    assertThat(fromCatalog.hostMonthlyCost()).isNull();
    assertThat(fromCatalog.hostMachine())
        .isEqualTo(
            new HostMachine(
                "z3-highmem-8-highlssd",
                Money.ofUsd(1.152),
                "catalog gcp-2026, https://github.com/Cyclenerd/google-cloud-pricing-cost-calculator,"
                    + " as of 2026-07-30"));
    assertThat(vms.origin("options.gcs-nearline.copy_engine.host_machine.hourly"))
        .isEqualTo(
            new InputOrigin(
                "options.gcs-nearline.copy_engine.host_machine.hourly",
                "machines.z3-highmem-8-highlssd.hourly",
                false,
                false));
    CopyEngine inline = ((DataCopy) vms.options().get(2)).copyEngine();
    assertThat(inline.hostMachine())
        .isEqualTo(new HostMachine(ScenarioSchema.INLINE, Money.ofUsd(3.885), null));
    int priced = 0;
    for (OptionResult result : Evaluator.evaluate(vms).results()) {
      priced += result.option().startsWith("gcs-") ? 1 : 0;
      if (result.option().equals("gcs-nearline")) {
        assertThat(result.costLines().end(CostLine.COPY_ENGINE_HOSTS).usd())
            .isCloseTo(2 * 1.152 * 730.5, within(1e-9));
      } else if (result.option().equals("gcs-archive-appliance-seed")) {
        assertThat(result.costLines().end(CostLine.COPY_ENGINE_HOSTS).usd())
            .isCloseTo(2 * 3.885 * 730.5, within(1e-9));
      }
    }
    assertThat(priced).as("both copies on both configurations").isEqualTo(4);
  }

  /**
   * The new cost inputs of walmart.yaml on the built-in catalog: what the scenario gives, what the
   * catalog fills in, and the origin of each catalog figure.
   */
  @Test
  void theCostInputsOfWalmartComeFromTheScenarioOrTheCatalogWithTheirOrigin() {
    Scenario walmart =
        new ScenarioLoader(CatalogReader.builtIn())
            .load(Path.of("../scenarios/walmart.yaml").toAbsolutePath().normalize());
    // Storage Transfer Service agents: the catalog's $0.0125 per GiB, an uncertain figure.
    DataCopy archive = (DataCopy) walmart.options().get(1);
    assertThat(archive.copyEngine().tool()).isEqualTo(TransferTool.STORAGE_TRANSFER_AGENTS);
    assertThat(archive.copyEngine().transferFeePerGib()).isEqualTo(Money.ofUsd(0.0125));
    assertThat(archive.copyEngine().hostMonthlyCost()).isEqualTo(Money.ofUsd(2838));
    assertThat(walmart.origin("options.gcs-archive.copy_engine.fee_per_gib"))
        .isEqualTo(
            new InputOrigin(
                "options.gcs-archive.copy_engine.fee_per_gib",
                "transfer.storage-transfer-agents.per_gib",
                true,
                false));
    // VLAN attachments: 50 Gbps at $0.50 an hour from the catalog.
    assertThat(walmart.network().vlanAttachmentCapacity())
        .isEqualTo(DataRate.ofBytesPerSecond(50e9 / 8));
    assertThat(walmart.network().vlanAttachmentHourly()).isEqualTo(Money.ofUsd(0.5));
    assertThat(walmart.origin("network.vlan_attachment_hourly").uncertain()).isTrue();
    // The namespace fails back at the catalog's Interconnect egress; no licence is given.
    NamespaceInCloud namespace = (NamespaceInCloud) walmart.options().get(0);
    assertThat(namespace.egressPerGib()).isEqualTo(Money.ofUsd(0.02));
    assertThat(namespace.licencePerTbMonth()).isNull();
    // Appliances: the catalog's placeholders, flagged as such.
    InputOrigin inFlight = walmart.origin("options.gcs-archive-appliance-seed.appliance.in_flight");
    assertThat(inFlight.placeholder()).isTrue();
    assertThat(
            walmart.origin("options.gcs-archive-appliance-seed.appliance.shipping").placeholder())
        .isTrue();
    // The existing copy: 30 days old, moved in at $0.08 per GiB.
    DataCopy kept = (DataCopy) walmart.options().get(6);
    assertThat(kept.seed().existingCopy().age()).isEqualTo(TimeSpan.ofDays(30));
    assertThat(kept.seed().existingCopy().egressPerGib()).isEqualTo(Money.ofUsd(0.08));
    // On-prem prices and lead time, as the scenario gives them.
    assertThat(walmart.primary().dboxPrice()).isEqualTo(Money.ofUsd(950_000));
    assertThat(walmart.primary().leadTime()).isEqualTo(TimeSpan.ofDays(90));
  }

  /**
   * A scenario that leaves monthly_port_cost out pays the catalog's port of its line rate ($23.28
   * an hour x 730.5 h for 100G), recorded as the catalog's; a line rate no catalog circuit has
   * keeps the documented 0.
   */
  @Test
  void anOmittedPortCostIsTheCatalogsPortOfTheLineRate() throws IOException {
    String walmart =
        Files.readString(Path.of("../scenarios/walmart.yaml").toAbsolutePath().normalize())
            .replaceAll("(?m)^  monthly_port_cost:.*$", "");
    ScenarioLoader loader = new ScenarioLoader(CatalogReader.builtIn());
    Scenario priced = loader.load("walmart.yaml", walmart);
    assertThat(priced.network().monthlyPortCost().usd()).isCloseTo(23.28 * 730.5, within(1e-9));
    assertThat(priced.origin("network.monthly_port_cost").catalogPath())
        .isEqualTo("interconnect.dedicated-100g.monthly_port_cost");
    Scenario odd = loader.load("walmart.yaml", walmart.replace("8 x 100 Gbps", "8 x 40 Gbps"));
    assertThat(odd.network().monthlyPortCost()).isEqualTo(Money.ZERO);
  }

  @Test
  void aToolThatChargesNothingHasAFeeOfZeroAndNoToolIsNotPriced() {
    String text = resource("full.yaml");
    Scenario untold = load(text);
    assertThat(((DataCopy) untold.options().get(1)).copyEngine().transferFeePerGib()).isNull();
    Scenario rclone =
        load(text.replace("copy_engine: { hosts: 16,", "copy_engine: { tool: rclone, hosts: 16,"));
    assertThat(((DataCopy) rclone.options().get(1)).copyEngine().transferFeePerGib())
        .isEqualTo(Money.ZERO);
  }
}

package dev.drplan.model;

import dev.drplan.scenario.ApplianceSpec;
import dev.drplan.scenario.CBoxSpec;
import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.CopyEngine;
import dev.drplan.scenario.DBoxSpec;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.ExistingCopy;
import dev.drplan.scenario.GcsPrices;
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
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.List;

/** Hand-built scenarios for the model's tests; every figure is written where it is used. */
final class Fixtures {
  private Fixtures() {}

  static Dataset dataset(double petabytes, double growth, double dailyChange) {
    return new Dataset(
        DataSize.ofPetabytes(petabytes),
        Fraction.of(growth),
        Fraction.of(dailyChange),
        1.0,
        Fraction.ZERO,
        DataSize.ofMebibytes(64),
        1.0);
  }

  static Primary primary(int minimumDboxes, int phaseOneDboxes) {
    return new Primary(
        new DBoxSpec("ceres-df3060", DataSize.ofTerabytes(22 * 61.44), Fraction.of(0.88)),
        new CBoxSpec("cbox-4node", 4, DataRate.ofGigabytesPerSecond(4)),
        Fraction.of(0.9),
        List.of(
            new Configuration("minimum", 4, minimumDboxes, null),
            new Configuration("phase-one", 4, phaseOneDboxes, null)));
  }

  static Network network(int circuits, double gbps) {
    return new Network(
        circuits,
        DataRate.ofGigabitsPerSecond(gbps),
        Fraction.of(0.8),
        Fraction.ONE,
        TimeSpan.ofSeconds(0.03),
        Money.ofUsd(16_994));
  }

  static Objectives objectives() {
    return new Objectives(
        TimeSpan.ofHours(4), TimeSpan.ofDays(30), Fraction.ONE, TimeSpan.ofDays(365));
  }

  static MachineSpec z3() {
    return new MachineSpec(
        "z3-highmem-88-highlssd",
        DataSize.ofGibibytes(36_000),
        DataRate.ofGigabitsPerSecond(62),
        Money.ofUsd(13.0));
  }

  static NamespaceInCloud namespace(int maxNodes) {
    return new NamespaceInCloud(
        "vast-on-z3",
        z3(),
        Fraction.of(0.1),
        1.0,
        maxNodes,
        Fraction.of(0.9),
        Fraction.ZERO,
        TimeSpan.ofMinutes(15),
        TimeSpan.ofMinutes(30));
  }

  static GcsPrices archivePrices() {
    return new GcsPrices(
        Money.ofUsd(0.0012),
        Money.ofUsd(0.05),
        Money.ofUsd(0.05),
        Money.ofUsd(0.02),
        TimeSpan.ofDays(365));
  }

  static CopyEngine movers(int hosts) {
    return new CopyEngine(
        hosts, 16, DataRate.ofMegabytesPerSecond(200), DataRate.ofGigabitsPerSecond(100));
  }

  static DataCopy archiveCopy(String name, Seeding seeding, Recovery recovery) {
    return new DataCopy(
        name,
        StorageClass.ARCHIVE,
        "us-central1",
        archivePrices(),
        DataSize.ofMebibytes(256),
        false,
        TimeSpan.ofDays(30),
        seeding,
        movers(32),
        TimeSpan.ofHours(1),
        recovery);
  }

  /**
   * {@link #archiveCopy} over the network, restoring to the primary, with objects of {@code size}.
   */
  static DataCopy archiveCopyWithObjects(DataSize size) {
    return new DataCopy(
        "gcs-archive",
        StorageClass.ARCHIVE,
        "us-central1",
        archivePrices(),
        size,
        false,
        TimeSpan.ofDays(30),
        Seeding.NETWORK,
        movers(32),
        TimeSpan.ofHours(1),
        Recovery.RESTORE_TO_PRIMARY);
  }

  static ApplianceSpec ta300() {
    return new ApplianceSpec(
        "ta300", DataSize.ofTerabytes(300), TimeSpan.ofDays(14), 10, Money.ofUsd(0));
  }

  /**
   * 10 PB growing 30% a year with 0.5% daily change, against a namespace, an archive copy seeded
   * over the network that restores to the primary, and one seeded by ta300 appliances that runs in
   * the cloud: every kind, seed and recovery.
   */
  static Scenario everyKindOfOption() {
    return scenario(
        dataset(10, 0.30, 0.005),
        List.of(
            namespace(1_000),
            archiveCopy("gcs-archive", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY),
            archiveCopy(
                "gcs-archive-ta",
                Seeding.byAppliance(ta300()),
                Recovery.runInCloud(TimeSpan.ofDays(2)))));
  }

  /**
   * {@link #everyKindOfOption} with every cost line priced: 20% of the daily change overwrites, the
   * namespace has a licence and failback egress, the archive copy moves by Storage Transfer Service
   * agents on priced hosts, the appliances have shipping, a fourth option keeps a copy from another
   * cloud, the VLAN attachments are priced and so are the boxes, with a lead time.
   */
  static Scenario everyCostLine() {
    DataCopy sts =
        archiveCopy("gcs-archive", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY)
            .withCopyEngine(
                new CopyEngine(
                    32,
                    16,
                    DataRate.ofMegabytesPerSecond(200),
                    DataRate.ofGigabitsPerSecond(100),
                    TransferTool.STORAGE_TRANSFER_AGENTS,
                    Money.ofUsd(0.0125),
                    Money.ofUsd(1_500)));
    DataCopy kept =
        archiveCopy(
            "gcs-archive-kept",
            Seeding.fromExistingCopy(new ExistingCopy(TimeSpan.ofDays(30), Money.ofUsd(0.02))),
            Recovery.RESTORE_TO_PRIMARY);
    return scenario(
            dataset(10, 0.30, 0.005).withOverwriteShare(Fraction.of(0.2)),
            List.of(
                namespace(1_000)
                    .withLicencePerTbMonth(Money.ofUsd(10))
                    .withEgressPerGib(Money.ofUsd(0.02)),
                sts,
                archiveCopy(
                    "gcs-archive-ta",
                    Seeding.byAppliance(ta300().withShipping(Money.ofUsd(500))),
                    Recovery.runInCloud(TimeSpan.ofDays(2))),
                kept))
        .withNetwork(
            network(4, 100).withVlanAttachments(DataRate.ofGigabitsPerSecond(50), Money.ofUsd(0.5)))
        .withPrimary(
            primary(20, 60)
                .withDboxPrice(Money.ofUsd(400_000))
                .withCboxPrice(Money.ofUsd(150_000))
                .withLeadTime(TimeSpan.ofDays(90)));
  }

  static Scenario scenario(Dataset dataset, List<DrOption> options) {
    return new Scenario(
        "test",
        "",
        TimeSpan.ofYears(5),
        "test-catalog",
        "2026-09-20",
        dataset,
        primary(20, 60),
        network(4, 100),
        objectives(),
        options);
  }
}

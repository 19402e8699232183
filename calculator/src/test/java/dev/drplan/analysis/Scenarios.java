package dev.drplan.analysis;

import dev.drplan.scenario.ApplianceSpec;
import dev.drplan.scenario.CBoxSpec;
import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.CopyEngine;
import dev.drplan.scenario.DBoxSpec;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.DrOption;
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
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.List;

/** Hand-built scenarios for the analysis tests; every figure is written where it is used. */
final class Scenarios {
  private Scenarios() {}

  /**
   * The shape of scenarios/walmart.yaml built in code: 2 configurations x 5 options x 60 months,
   * catalog figures written out (prices as in the model tests' fixtures).
   */
  static Scenario walmart() {
    Dataset dataset =
        new Dataset(
            DataSize.ofPetabytes(80),
            Fraction.of(0.45),
            Fraction.of(0.005),
            1.5,
            Fraction.of(0.2),
            DataSize.ofMebibytes(128),
            1.5);
    Primary primary =
        new Primary(
            new DBoxSpec("ceres-df3060", DataSize.ofTerabytes(22 * 61.44), Fraction.of(0.88)),
            new CBoxSpec("cbox-4node", 4, DataRate.ofGigabytesPerSecond(4)),
            Fraction.of(0.9),
            List.of(
                new Configuration("minimum", 16, 56, null),
                new Configuration("phase-one", 16, 120, null)));
    Network network =
        new Network(
            8,
            DataRate.ofGigabitsPerSecond(100),
            Fraction.of(0.8),
            Fraction.ONE,
            TimeSpan.ofSeconds(0.03),
            Money.ofUsd(16_994));
    Objectives objectives =
        new Objectives(
            TimeSpan.ofHours(4), TimeSpan.ofDays(7), Fraction.of(0.1), TimeSpan.ofDays(180));
    NamespaceInCloud vast =
        new NamespaceInCloud(
            "vast-on-z3",
            new MachineSpec(
                "z3-highmem-88-highlssd",
                DataSize.ofGibibytes(36_000),
                DataRate.ofGigabitsPerSecond(100),
                Money.ofUsd(13.0)),
            Fraction.of(0.1),
            1.5,
            250,
            Fraction.of(0.9),
            Fraction.of(0.37),
            TimeSpan.ofHours(1),
            TimeSpan.ofHours(1));
    GcsPrices archive =
        new GcsPrices(
            Money.ofUsd(0.0012),
            Money.ofUsd(0.05),
            Money.ofUsd(0.05),
            Money.ofUsd(0.12),
            TimeSpan.ofDays(365));
    GcsPrices coldline =
        new GcsPrices(
            Money.ofUsd(0.004),
            Money.ofUsd(0.02),
            Money.ofUsd(0.02),
            Money.ofUsd(0.12),
            TimeSpan.ofDays(90));
    GcsPrices archiveNam4 =
        new GcsPrices(
            Money.ofUsd(0.0024),
            Money.ofUsd(0.05),
            Money.ofUsd(0.05),
            Money.ofUsd(0.12),
            TimeSpan.ofDays(365));
    CopyEngine movers =
        new CopyEngine(
            32, 16, DataRate.ofMegabytesPerSecond(200), DataRate.ofGigabitsPerSecond(100));
    ApplianceSpec ta300 =
        new ApplianceSpec(
            "ta300", DataSize.ofTerabytes(300), TimeSpan.ofDays(14), 10, Money.ofUsd(0));
    List<DrOption> options =
        List.of(
            vast,
            new DataCopy(
                "gcs-archive",
                StorageClass.ARCHIVE,
                "us-central1",
                archive,
                DataSize.ofMebibytes(256),
                false,
                TimeSpan.ofDays(30),
                Seeding.NETWORK,
                movers,
                TimeSpan.ofHours(1),
                Recovery.RESTORE_TO_PRIMARY),
            new DataCopy(
                "gcs-coldline",
                StorageClass.COLDLINE,
                "us-central1",
                coldline,
                DataSize.ofMebibytes(256),
                false,
                TimeSpan.ofDays(30),
                Seeding.NETWORK,
                movers,
                TimeSpan.ofHours(1),
                Recovery.RESTORE_TO_PRIMARY),
            new DataCopy(
                "gcs-archive-nam4-run-in-cloud",
                StorageClass.ARCHIVE,
                "nam4",
                archiveNam4,
                DataSize.ofMebibytes(128),
                true,
                TimeSpan.ofDays(30),
                Seeding.NETWORK,
                movers,
                TimeSpan.ofHours(1),
                Recovery.runInCloud(TimeSpan.ofDays(2))),
            new DataCopy(
                "gcs-archive-appliance-seed",
                StorageClass.ARCHIVE,
                "us-central1",
                archive,
                DataSize.ofMebibytes(256),
                false,
                TimeSpan.ofDays(30),
                Seeding.byAppliance(ta300),
                movers,
                TimeSpan.ofHours(1),
                Recovery.RESTORE_TO_PRIMARY));
    return new Scenario(
        "walmart-big-data-dr",
        "",
        TimeSpan.ofYears(5),
        "test",
        "2026-01-01",
        dataset,
        primary,
        network,
        objectives,
        options);
  }

  /**
   * A small scenario whose figures are easy by hand: one configuration (4 C-boxes of 4 nodes at 4
   * GB/s, 64 GB/s egress), one archive data copy seeded over the network with movers of 32 x 16 x
   * 200 MB/s = 102.4 GB/s, and {@code circuits} x 100 Gbps at 80% (10 GB/s each), so R = circuits x
   * 10 GB/s up to 6 circuits. No growth, no overwrite, peak factor 1.
   */
  static Scenario simple(double petabytes, double dailyChange, int circuits) {
    Dataset dataset =
        new Dataset(
            DataSize.ofPetabytes(petabytes),
            Fraction.ZERO,
            Fraction.of(dailyChange),
            1.0,
            Fraction.ZERO,
            null,
            1.0);
    Primary primary =
        new Primary(
            new DBoxSpec("d", DataSize.ofPetabytes(1), Fraction.of(0.8)),
            new CBoxSpec("c", 4, DataRate.ofGigabytesPerSecond(4)),
            Fraction.of(0.9),
            List.of(new Configuration("minimum", 4, 20, null)));
    Network network =
        new Network(
            circuits,
            DataRate.ofGigabitsPerSecond(100),
            Fraction.of(0.8),
            Fraction.ONE,
            TimeSpan.ofSeconds(0.03),
            Money.ofUsd(1_000));
    Objectives objectives =
        new Objectives(
            TimeSpan.ofHours(4), TimeSpan.ofDays(30), Fraction.of(0.1), TimeSpan.ofDays(180));
    GcsPrices archive =
        new GcsPrices(
            Money.ofUsd(0.0012),
            Money.ofUsd(0.05),
            Money.ofUsd(0.05),
            Money.ofUsd(0.12),
            TimeSpan.ofDays(365));
    CopyEngine movers =
        new CopyEngine(
            32, 16, DataRate.ofMegabytesPerSecond(200), DataRate.ofGigabitsPerSecond(100));
    DataCopy copy =
        new DataCopy(
            "gcs-archive",
            StorageClass.ARCHIVE,
            "us-central1",
            archive,
            DataSize.ofMebibytes(256),
            false,
            TimeSpan.ofDays(30),
            Seeding.NETWORK,
            movers,
            TimeSpan.ofHours(1),
            Recovery.RESTORE_TO_PRIMARY);
    return new Scenario(
        "simple",
        "",
        TimeSpan.ofYears(5),
        null,
        null,
        dataset,
        primary,
        network,
        objectives,
        List.of(copy));
  }
}

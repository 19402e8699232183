package dev.drplan.report;

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

/**
 * Hand-built scenarios for the report and command tests, until the YAML loader lands: 10 PB growing
 * 30% a year, two configurations, and four options, one of which (a single slow mover) never
 * finishes its first copy, so that figures that cannot exist are exercised.
 */
public final class TestScenarios {
  private TestScenarios() {}

  /** The copy engine of {@link #trickle()}: 1 host, 1 stream of 1 MB/s. */
  public static final DataRate TRICKLE_RATE = DataRate.ofMegabytesPerSecond(1);

  public static Scenario walmartLike() {
    return scenario(
        List.of(
            namespace(),
            archive("gcs-archive", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY),
            archive(
                "gcs-archive-ta",
                Seeding.byAppliance(ta300()),
                Recovery.runInCloud(TimeSpan.ofDays(2))),
            trickle()));
  }

  /** Only the option that never converges: nothing is feasible. */
  public static Scenario nothingFeasible() {
    return scenario(List.of(trickle()));
  }

  static Scenario scenario(List<DrOption> options) {
    Dataset dataset =
        new Dataset(
            DataSize.ofPetabytes(10),
            Fraction.of(0.30),
            Fraction.of(0.005),
            1.5,
            Fraction.of(0.2),
            DataSize.ofMebibytes(64),
            1.0);
    Primary primary =
        new Primary(
            new DBoxSpec("ceres-df3060", DataSize.ofTerabytes(22 * 61.44), Fraction.of(0.88)),
            new CBoxSpec("cbox-4node", 4, DataRate.ofGigabytesPerSecond(4)),
            Fraction.of(0.9),
            List.of(
                new Configuration("minimum", 4, 10, null),
                new Configuration("phase-one", 4, 40, null)));
    Network network =
        new Network(
            4,
            DataRate.ofGigabitsPerSecond(100),
            Fraction.of(0.8),
            Fraction.ONE,
            TimeSpan.ofSeconds(0.03),
            Money.ofUsd(16_994));
    Objectives objectives =
        new Objectives(
            TimeSpan.ofHours(4), TimeSpan.ofDays(30), Fraction.ONE, TimeSpan.ofDays(365));
    return new Scenario(
        "test-big-data-dr",
        "A hand-built scenario, for tests.",
        TimeSpan.ofYears(5),
        "gcp-test",
        "2026-09-20",
        dataset,
        primary,
        network,
        objectives,
        options);
  }

  static NamespaceInCloud namespace() {
    MachineSpec z3 =
        new MachineSpec(
            "z3-highmem-88-highlssd",
            DataSize.ofGibibytes(36_000),
            DataRate.ofGigabitsPerSecond(62),
            Money.ofUsd(13.0));
    return new NamespaceInCloud(
        "vast-on-z3",
        z3,
        Fraction.of(0.1),
        1.0,
        1_000,
        Fraction.of(0.9),
        Fraction.ZERO,
        TimeSpan.ofMinutes(15),
        TimeSpan.ofMinutes(30));
  }

  static DataCopy archive(String name, Seeding seeding, Recovery recovery) {
    return archive(
        name,
        seeding,
        recovery,
        new CopyEngine(
            32, 16, DataRate.ofMegabytesPerSecond(200), DataRate.ofGigabitsPerSecond(100)));
  }

  static DataCopy archive(String name, Seeding seeding, Recovery recovery, CopyEngine movers) {
    GcsPrices prices =
        new GcsPrices(
            Money.ofUsd(0.0012),
            Money.ofUsd(0.05),
            Money.ofUsd(0.05),
            Money.ofUsd(0.02),
            TimeSpan.ofDays(365));
    return new DataCopy(
        name,
        StorageClass.ARCHIVE,
        "us-central1",
        prices,
        DataSize.ofMebibytes(256),
        false,
        TimeSpan.ofDays(30),
        seeding,
        movers,
        TimeSpan.ofHours(1),
        recovery);
  }

  /** A data copy whose single 1 MB/s stream is slower than the 578.7 MB/s change rate. */
  static DataCopy trickle() {
    return archive(
        "gcs-trickle",
        Seeding.NETWORK,
        Recovery.RESTORE_TO_PRIMARY,
        new CopyEngine(1, 1, TRICKLE_RATE, DataRate.ofGigabitsPerSecond(1)));
  }

  static ApplianceSpec ta300() {
    return new ApplianceSpec(
        "ta300", DataSize.ofTerabytes(300), TimeSpan.ofDays(14), 10, Money.ofUsd(0));
  }
}

package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.scenario.CopyEngine;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.HostMachine;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Seeding;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import org.junit.jupiter.api.Test;

class CloudCostTest {

  private static NamespaceInCloud rawOnly() {
    return new NamespaceInCloud(
        "raw",
        Fixtures.z3(),
        Fraction.ZERO,
        1.0,
        100_000,
        Fraction.ONE,
        Fraction.ZERO,
        TimeSpan.ofMinutes(15),
        TimeSpan.ofMinutes(30));
  }

  @Test
  void fiveHundredPetabytesOnThirtySixThousandGibibyteVmsIs12936OfThem() {
    // 500e15 / (36,000 * 2^30) = 12,935.04 -> 12,936
    assertThat(CloudCost.nodes(rawOnly(), DataSize.ofPetabytes(500))).isEqualTo(12_936);
  }

  @Test
  void protectionReductionAndFillScaleTheRawNeed() {
    NamespaceInCloud option = Fixtures.namespace(1000);
    assertThat(CloudCost.rawSsdNeeded(option, DataSize.ofPetabytes(1)).bytes())
        .isCloseTo(1e15 / 1.0 / (1 - 0.1) / 0.9, within(1.0));
  }

  @Test
  void namespaceMonthIsNodesTimesHourlyTimes730Point5() {
    assertThat(CloudCost.HOURS_PER_MONTH).isEqualTo(365.25 * 24 / 12);
    assertThat(CloudCost.namespaceMonthly(rawOnly(), 12_936).usd())
        .isCloseTo(12_936 * 13.0 * 730.5, within(1e-6));
    NamespaceInCloud discounted =
        new NamespaceInCloud(
            "d",
            Fixtures.z3(),
            Fraction.ZERO,
            1.0,
            10,
            Fraction.ONE,
            Fraction.of(0.37),
            TimeSpan.ZERO,
            TimeSpan.ZERO);
    assertThat(CloudCost.namespaceMonthly(discounted, 10).usd())
        .isCloseTo(10 * 13.0 * (1 - 0.37) * 730.5, within(1e-9));
  }

  @Test
  void moverHostsAsCloudVmsAreHostsTimesHourlyTimes730Point5() {
    CopyEngine vms =
        new CopyEngine(
                24, 16, DataRate.ofMegabytesPerSecond(200), DataRate.ofGigabitsPerSecond(100))
            .withHostMachine(new HostMachine("z3-highmem-8-highlssd", Money.ofUsd(1.152), null));
    assertThat(CloudCost.hostMonthly(vms).usd()).isCloseTo(1.152 * 730.5, within(1e-9));
    assertThat(CloudCost.hostsMonthly(vms).usd()).isCloseTo(24 * 1.152 * 730.5, within(1e-9));
  }

  @Test
  void moverHostsPricedByTheMonthAreHostsTimesTheirMonthlyCost() {
    CopyEngine onPrem =
        new CopyEngine(
                24, 16, DataRate.ofMegabytesPerSecond(200), DataRate.ofGigabitsPerSecond(100))
            .withHostMonthlyCost(Money.ofUsd(2_838));
    assertThat(CloudCost.hostsMonthly(onPrem).usd()).isCloseTo(24 * 2_838.0, within(1e-9));
    CopyEngine unpriced = onPrem.withHostMonthlyCost(null);
    assertThat(CloudCost.hostsMonthly(unpriced)).isNull();
  }

  @Test
  void clustersRoundUp() {
    assertThat(CloudCost.clusters(Fixtures.namespace(1000), 12_936)).isEqualTo(13);
  }

  @Test
  void storageIsBilledPerGibibyte() {
    DataCopy archive = Fixtures.archiveCopy("a", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY);
    assertThat(CloudCost.storageMonthly(archive, DataSize.ofPetabytes(500)).usd())
        .isCloseTo(500e15 / Math.pow(2, 30) * 0.0012, within(1e-6));
    // The reference's figure: 465,661,287 GiB x $0.0012 = $558,794 a month.
    assertThat(CloudCost.storageMonthly(archive, DataSize.ofPetabytes(500)).usd())
        .isCloseTo(558_794, within(1.0));
  }

  @Test
  void writesAreObjectsPerThousandTimesClassA() {
    DataCopy archive = Fixtures.archiveCopy("a", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY);
    // 1 PB in 256 MiB objects: ceil(1e15 / 2^28) = 3,725,291 objects.
    assertThat(CloudCost.objectsFor(archive, DataSize.ofPetabytes(1)))
        .isEqualTo(Math.ceil(1e15 / Math.pow(2, 28)));
    assertThat(CloudCost.seedWrites(archive, DataSize.ofPetabytes(1)).usd())
        .isCloseTo(Math.ceil(1e15 / Math.pow(2, 28)) / 1000 * 0.05, within(1e-9));
    Dataset dataset = Fixtures.dataset(100, 0.3, 0.01);
    double monthChange = 100e15 * 0.01 * 30.4375;
    // A month's writes are an average over the month: not rounded to whole objects.
    assertThat(CloudCost.writesMonthly(dataset, archive, DataSize.ofPetabytes(100)).usd())
        .isCloseTo(monthChange / Math.pow(2, 28) / 1000 * 0.05, within(1e-6));
  }

  @Test
  void portsAreCircuitsTimesMonthlyCost() {
    assertThat(CloudCost.portsMonthly(Fixtures.network(4, 100)).usd()).isEqualTo(4 * 16_994.0);
  }

  @Test
  void horizonMonthsRoundUp() {
    assertThat(CloudCost.months(TimeSpan.ofYears(5))).isEqualTo(60);
    assertThat(CloudCost.months(TimeSpan.ofMonths(1.5))).isEqualTo(2);
    assertThat(CloudCost.months(TimeSpan.ofDays(1))).isEqualTo(1);
  }
}

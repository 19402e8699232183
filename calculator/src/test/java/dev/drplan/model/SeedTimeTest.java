package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import org.junit.jupiter.api.Test;

class SeedTimeTest {

  @Test
  void fiveHundredPetabytesOverFourHundredGigabitsAtEightyPercentTakesOnePointTwoFiveE7Seconds() {
    DataRate r = ReplicationRate.network(Fixtures.network(4, 100));
    SeedResult seed = SeedTime.overNetwork(DataSize.ofPetabytes(500), r, DataRate.ZERO);
    assertThat(seed.time().seconds()).isEqualTo(500e15 / (4 * 100e9 / 8 * 0.8));
    assertThat(seed.time().seconds()).isEqualTo(1.25e7);
  }

  @Test
  void changesArrivingDuringTheCopySlowItDown() {
    DataRate r = DataRate.ofGigabytesPerSecond(40);
    DataRate d = DataRate.ofGigabytesPerSecond(10);
    assertThat(SeedTime.overNetwork(DataSize.ofPetabytes(500), r, d).time().seconds())
        .isEqualTo(500e15 / (40e9 - 10e9));
  }

  @Test
  void aCopySlowerThanTheChangesNeverConvergesAndSaysByHowMuch() {
    SeedResult seed =
        SeedTime.overNetwork(
            DataSize.ofPetabytes(1),
            DataRate.ofGigabytesPerSecond(1),
            DataRate.ofGigabytesPerSecond(3));
    assertThat(seed.converges()).isFalse();
    assertThat(seed.time()).isNull();
    assertThat(seed.shortfall().bytesPerSecond()).isEqualTo(3e9 - 1e9);
  }

  @Test
  void appliancesShipInBatchesThenTheChangesCatchUp() {
    // 1 PB on 300 TB appliances: 4 loads; 10 in flight: 1 batch of 14 days.
    DataRate r = DataRate.ofGigabytesPerSecond(2);
    DataRate d = DataRate.ofGigabytesPerSecond(0.5);
    SeedResult seed = SeedTime.byAppliance(DataSize.ofPetabytes(1), Fixtures.ta300(), r, d);
    assertThat(seed.appliances()).isEqualTo(4);
    assertThat(seed.batches()).isEqualTo(1);
    double shipping = 14 * 86_400.0;
    assertThat(seed.time().seconds())
        .isCloseTo(shipping + 0.5e9 * shipping / (2e9 - 0.5e9), within(1e-6));
  }

  @Test
  void applianceBatchesRoundUp() {
    // 500 PB / 300 TB = 1,666.67 -> 1,667 loads; 10 at once -> 167 batches.
    SeedResult seed =
        SeedTime.byAppliance(
            DataSize.ofPetabytes(500),
            Fixtures.ta300(),
            DataRate.ofGigabytesPerSecond(40),
            DataRate.ZERO);
    assertThat(seed.appliances()).isEqualTo(1_667);
    assertThat(seed.batches()).isEqualTo(167);
    assertThat(seed.time().days()).isCloseTo(167 * 14.0, within(1e-9));
  }
}

package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.scenario.Dataset;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import org.junit.jupiter.api.Test;

class DataGrowthTest {
  private final Dataset dataset = Fixtures.dataset(100, 0.30, 0.01);

  @Test
  void growsCompoundedPerYear() {
    assertThat(DataGrowth.logicalAt(dataset, TimeSpan.ofYears(2.5)).bytes())
        .isCloseTo(100e15 * Math.pow(1.30, 2.5), within(1.0));
    assertThat(DataGrowth.logicalAt(dataset, TimeSpan.ZERO).bytes()).isEqualTo(100e15);
  }

  @Test
  void dailyChangeAndItsRates() {
    DataSize l = DataSize.ofPetabytes(100);
    assertThat(DataGrowth.dailyChange(dataset, l).bytes()).isEqualTo(100e15 * 0.01);
    assertThat(DataGrowth.averageChangeRate(dataset, l).bytesPerSecond())
        .isCloseTo(100e15 * 0.01 / 86_400, within(1e-3));
    Dataset peaky =
        new Dataset(l, Fraction.of(0.3), Fraction.of(0.01), 3.0, Fraction.ZERO, null, 1.0);
    assertThat(DataGrowth.peakChangeRate(peaky, l).bytesPerSecond())
        .isCloseTo(3 * 100e15 * 0.01 / 86_400, within(1e-3));
  }

  @Test
  void largestOverTheHorizonIsTheEndWhenGrowingAndTheStartWhenShrinking() {
    assertThat(DataGrowth.largestOver(dataset, TimeSpan.ofYears(5)).bytes())
        .isCloseTo(100e15 * Math.pow(1.3, 5), within(1.0));
    Dataset shrinking = Fixtures.dataset(100, -0.2, 0.01);
    assertThat(DataGrowth.largestOver(shrinking, TimeSpan.ofYears(5)).bytes()).isEqualTo(100e15);
  }
}

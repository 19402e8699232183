package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.Primary;
import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import org.junit.jupiter.api.Test;

class PrimaryFitTest {
  private final Primary primary = Fixtures.primary(20, 60);
  private final Dataset dataset = Fixtures.dataset(10, 0.30, 0.01);

  @Test
  void capacityIsBoxesTimesRawTimesEfficiencyTimesReduction() {
    ConfigurationResult minimum =
        PrimaryFit.size(dataset, primary, primary.configurations().get(0), TimeSpan.ofYears(5));
    assertThat(minimum.raw().bytes()).isCloseTo(20 * 22 * 61.44e12, withinPercentage(1e-9));
    assertThat(minimum.usable().bytes())
        .isCloseTo(20 * 22 * 61.44e12 * 0.88, withinPercentage(1e-9));
    assertThat(minimum.logicalCapacity().bytes())
        .isCloseTo(20 * 22 * 61.44e12 * 0.88 * 1.0, withinPercentage(1e-9));
  }

  @Test
  void timeToFullIsTheClosedForm() {
    ConfigurationResult minimum =
        PrimaryFit.size(dataset, primary, primary.configurations().get(0), TimeSpan.ofYears(5));
    double threshold = 0.9 * 20 * 22 * 61.44e12 * 0.88;
    assertThat(minimum.timeToFull().years())
        .isCloseTo(Math.log(threshold / 10e15) / Math.log(1.30), within(1e-12));
    // 21.41 PB threshold from 10 PB at 30%/y: about 2.9 years, inside a 5-year horizon.
    assertThat(minimum.fitsNow()).isTrue();
    assertThat(minimum.fitsHorizon()).isFalse();
  }

  @Test
  void configurationOverrideOfEfficiencyWins() {
    Configuration override = new Configuration("x", 4, 20, Fraction.of(0.7));
    assertThat(PrimaryFit.usableEfficiency(primary, override).value()).isEqualTo(0.7);
    assertThat(PrimaryFit.usableEfficiency(primary, primary.configurations().get(0)).value())
        .isEqualTo(0.88);
  }

  @Test
  void dayOneTooLargeFillsAtOnceAndNoGrowthNeverFills() {
    assertThat(
            PrimaryFit.timeToFull(
                Fixtures.dataset(30, 0.3, 0.01), dev.drplan.units.DataSize.ofPetabytes(20)))
        .isEqualTo(TimeSpan.ZERO);
    assertThat(
            PrimaryFit.timeToFull(
                Fixtures.dataset(10, 0, 0.01), dev.drplan.units.DataSize.ofPetabytes(20)))
        .isNull();
  }

  @Test
  void expansionAddsTheBoxesEachYearNeeds() {
    double perBox = 0.9 * 22 * 61.44e12 * 0.88;
    var steps = PrimaryFit.expansion(dataset, primary, Fraction.of(0.88), 20, TimeSpan.ofYears(3));
    assertThat(steps).hasSize(3);
    long year1 = Math.max(20, (long) Math.ceil(10e15 * 1.3 / perBox));
    long year2 = Math.max(year1, (long) Math.ceil(10e15 * 1.3 * 1.3 / perBox));
    long year3 = Math.max(year2, (long) Math.ceil(10e15 * Math.pow(1.3, 3) / perBox));
    assertThat(steps.get(0).dboxesNeeded()).isEqualTo(year1);
    assertThat(steps.get(1).dboxesNeeded()).isEqualTo(year2);
    assertThat(steps.get(2).dboxesNeeded()).isEqualTo(year3);
    assertThat(steps.get(2).dboxesToAdd()).isEqualTo(year3 - year2);
    assertThat(steps.get(0).dboxesToAdd()).isEqualTo(year1 - 20);
  }

  @Test
  void egressIsCboxesTimesNodesTimesPerNodeRate() {
    assertThat(PrimaryFit.replicationEgress(primary, 4).bytesPerSecond()).isEqualTo(4 * 4 * 4e9);
  }
}

package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.scenario.Dataset;
import dev.drplan.units.Fraction;
import org.junit.jupiter.api.Test;

/** New data, overwrites and deletions reconcile with the growth (docs/model.md §1). */
class TurnoverTest {

  private static Dataset walmart() {
    return Fixtures.dataset(80, 0.45, 0.005).withOverwriteShare(Fraction.of(0.2));
  }

  @Test
  void walmartsInputsImplyDeletionsOfMoreThanTheEstateAYear() {
    Turnover turnover = Turnover.of(walmart());
    double r = Math.log(1.45) / 365.25;
    assertThat(turnover.growth()).isCloseTo(r, within(1e-15));
    assertThat(turnover.overwritten()).isCloseTo(0.005 * 0.2, within(1e-15));
    assertThat(turnover.added()).isCloseTo(0.005 * 0.8, within(1e-15));
    assertThat(turnover.deleted()).isCloseTo(0.005 * 0.8 - r, within(1e-15));
    // 146.1% written as new data a year, 37.2% growth: 108.9% deleted.
    assertThat(turnover.addedPerYear().value()).isCloseTo(0.004 * 365.25, within(1e-12));
    assertThat(turnover.deletedPerYear().value())
        .isCloseTo(0.004 * 365.25 - Math.log(1.45), within(1e-12));
    assertThat(turnover.removed()).isCloseTo(0.001 + 0.004 - r, within(1e-15));
    // Whenever the new data covers the growth, the live data is renewed at the daily change.
    assertThat(turnover.renewal()).isCloseTo(0.005, within(1e-15));
    assertThat(turnover.newBelowGrowth()).isFalse();
  }

  @Test
  void newDataShortOfTheGrowthIsFlaggedAndTakesNoDeletions() {
    // 0.1% a day, all overwrites: nothing new, yet the estate grows 45% a year.
    Dataset short_ = Fixtures.dataset(80, 0.45, 0.001).withOverwriteShare(Fraction.of(1.0));
    Turnover turnover = Turnover.of(short_);
    assertThat(turnover.newBelowGrowth()).isTrue();
    assertThat(turnover.deleted()).isZero();
    assertThat(turnover.removed()).isCloseTo(0.001, within(1e-15));
    assertThat(turnover.renewal()).isCloseTo(Math.log(1.45) / 365.25 + 0.001, within(1e-15));
  }

  @Test
  void aShrinkingEstateDeletesWhatItWritesNewAndMore() {
    Turnover turnover = Turnover.of(Fixtures.dataset(80, -0.2, 0.002));
    assertThat(turnover.deleted()).isCloseTo(0.002 - Math.log(0.8) / 365.25, within(1e-15));
    assertThat(turnover.renewal()).isCloseTo(0.002, within(1e-15));
  }
}

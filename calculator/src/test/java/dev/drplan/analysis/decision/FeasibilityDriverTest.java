package dev.drplan.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FeasibilityDriverTest {

  /**
   * Ten futures, the input 1 to 10 (given shuffled), feasible while it is at most 4: the fifths are
   * {1, 2}, {3, 4}, ..., {9, 10}, feasible in 1, 1, 0, 0, 0 of their share. p = 0.4; between the
   * groups 2·0.6²·2 + 2·0.4²·3 = 2.4 of n·p·(1 − p) = 2.4, so η² = 1, less chance's 4/9.
   */
  @Test
  void aThresholdInputExplainsFeasibilityAndNamesBothEnds() {
    double[] values = {7, 2, 9, 4, 1, 10, 3, 6, 8, 5};
    boolean[] feasible = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      feasible[i] = values[i] <= 4;
    }
    FeasibilityDriver driver = FeasibilityDriver.of(feasible, values);
    assertThat(driver.lowestFifth()).isEqualTo(1.0);
    assertThat(driver.highestFifth()).isEqualTo(0.0);
    assertThat(driver.explained()).isCloseTo(1 - 4.0 / 9, within(1e-12));
  }

  /**
   * Feasibility alternating with the input: every fifth holds one feasible future of two, so the
   * groups explain nothing beyond chance, floored at 0.
   */
  @Test
  void anInputUnrelatedToFeasibilityExplainsNothing() {
    double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    boolean[] feasible = {true, false, true, false, true, false, true, false, true, false};
    FeasibilityDriver driver = FeasibilityDriver.of(feasible, values);
    assertThat(driver.lowestFifth()).isEqualTo(0.5);
    assertThat(driver.highestFifth()).isEqualTo(0.5);
    assertThat(driver.explained()).isZero();
  }

  /**
   * An input that takes one value in every future makes one group: the lowest and the highest are
   * the same, and it explains nothing, however feasibility varies.
   */
  @Test
  void equalValuesStayInOneGroup() {
    double[] values = {3, 3, 3, 3, 3, 3};
    boolean[] feasible = {true, true, true, false, false, false};
    FeasibilityDriver driver = FeasibilityDriver.of(feasible, values);
    assertThat(driver.lowestFifth()).isEqualTo(0.5);
    assertThat(driver.highestFifth()).isEqualTo(0.5);
    assertThat(driver.explained()).isZero();
  }

  /**
   * Two values, 0 in the first six futures and 1 in the last four, feasible exactly at 0: the ties
   * keep 0 in the first group and 1 starts where its first sample falls (rank 6, group 3), so two
   * groups, each all feasible or all not: η² = 1, less chance's 1/9.
   */
  @Test
  void tiesSpanningAFifthDoNotSplit() {
    double[] values = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1};
    boolean[] feasible = {true, true, true, true, true, true, false, false, false, false};
    FeasibilityDriver driver = FeasibilityDriver.of(feasible, values);
    assertThat(driver.lowestFifth()).isEqualTo(1.0);
    assertThat(driver.highestFifth()).isEqualTo(0.0);
    assertThat(driver.explained()).isCloseTo(1 - 1.0 / 9, within(1e-12));
  }

  @Test
  void feasibilityTheSameInEveryFutureHasNoDriver() {
    double[] values = {1, 2, 3};
    assertThat(FeasibilityDriver.of(new boolean[] {true, true, true}, values)).isNull();
    assertThat(FeasibilityDriver.of(new boolean[] {false, false, false}, values)).isNull();
  }

  @Test
  void oneValuePerSampleIsRequired() {
    assertThatThrownBy(() -> FeasibilityDriver.of(new boolean[] {true, false}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 samples, 1 values");
  }
}

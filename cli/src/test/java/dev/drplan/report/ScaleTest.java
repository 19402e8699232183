package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScaleTest {

  /** A zero on a log axis once looped for ever (ScenarioCornersTest found it): now refused. */
  @Test
  void aLogAxisRefusesZeroAndInfinityInsteadOfLoopingForEver() {
    assertThatThrownBy(() -> Scale.log(0, 100, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scale.log(1, Double.POSITIVE_INFINITY, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Scale.log(Double.MIN_VALUE, Double.MAX_VALUE, 0, 1).ticks()).hasSizeLessThan(12);
  }

  /** A flat line of costs keeps its axis at zero and above (no "$-1" tick). */
  @Test
  void aFlatLinearAxisOfNonNegativeValuesStaysAtZeroAndAbove() {
    assertThat(Scale.linear(0, 0, 0, 1).ticks()).allMatch(tick -> tick >= 0);
    assertThat(Scale.linear(5, 5, 0, 1).ticks()).allMatch(tick -> tick >= 0);
  }
}

package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.units.TimeSpan;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * A chart's axis ends at the data: it covers the data, widened to a round tick on either side and
 * by less than one tick step, and it labels both of its ends.
 */
class ScaleTest {

  private static final double DAY = TimeSpan.SECONDS_PER_DAY;
  private static final double YEAR = TimeSpan.SECONDS_PER_YEAR;

  private static double step(Scale scale) {
    List<Double> ticks = scale.ticks();
    return ticks.get(1) - ticks.get(0);
  }

  /** The seed chart's bandwidth: 1 to 32 circuits of 100 Gbps end at 3,500 Gbps, not 4,000. */
  @Test
  void aLinearAxisStopsAtTheFirstRoundTickPastTheData() {
    Scale bandwidth = Scale.linear(0, 32 * 100, 0, 100);
    assertThat(bandwidth.max()).isEqualTo(3_500);
    assertThat(step(bandwidth)).isEqualTo(500);
    assertThat(bandwidth.ticks()).startsWith(0.0).endsWith(3_500.0).hasSize(8);

    Scale monthly = Scale.linear(0, 63.5e6, 0, 100);
    assertThat(monthly.max()).isEqualTo(70e6);
    assertThat(monthly.ticks()).endsWith(70e6);
  }

  @Property
  void aLinearAxisCoversTheDataAndOvershootsByLessThanOneStep(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double low,
      @ForAll @DoubleRange(min = -2, max = 7) double widthExponent) {
    double high = low + Math.pow(10, widthExponent);
    Scale scale = Scale.linear(low, high, 0, 100);
    double step = step(scale);
    double noise = Math.max(step, Math.abs(low) + Math.abs(high)) * 1e-12;
    assertThat(scale.min()).isLessThanOrEqualTo(low + noise);
    assertThat(scale.max()).isGreaterThanOrEqualTo(high - noise);
    // Less than one step past the data, up to the float noise of a value that sits on a tick.
    assertThat(scale.max() - high).isLessThan(step * (1 + 1e-6));
    assertThat(low - scale.min()).isLessThan(step * (1 + 1e-6));
    assertThat(scale.ticks()).hasSizeBetween(4, 11);
    assertThat(scale.ticks().get(0)).isCloseTo(scale.min(), within(step * 1e-6));
    assertThat(scale.ticks().get(scale.ticks().size() - 1))
        .isCloseTo(scale.max(), within(step * 1e-6));
  }

  /**
   * The monthly cost of walmart runs from $260 k to $63.5 M: the log axis runs from $200 k to $100
   * M, the round values just outside, ticked at 1, 2 and 5 times each power of ten.
   */
  @Test
  void aLogAxisStopsAtTheRoundValuesJustOutsideTheData() {
    Scale cost = Scale.log(260.3e3, 63.5e6, 0, 100);
    assertThat(cost.min()).isEqualTo(200e3);
    assertThat(cost.max()).isEqualTo(100e6);
    assertThat(cost.ticks()).containsExactly(200e3, 500e3, 1e6, 2e6, 5e6, 10e6, 20e6, 50e6, 100e6);

    // More than three decades: the powers of ten between the ends, and the ends.
    Scale wide = Scale.log(10.5e6, 17e9, 0, 100);
    assertThat(wide.min()).isEqualTo(10e6);
    assertThat(wide.max()).isEqualTo(20e9);
    assertThat(wide.ticks()).containsExactly(10e6, 100e6, 1e9, 10e9, 20e9);

    Scale size = Scale.log(8e15, 800e15, 0, 100);
    assertThat(size.min()).isEqualTo(5e15);
    assertThat(size.max()).isEqualTo(1e18);
  }

  @Property
  void aLogAxisCoversTheDataWithinOneStepOfOneTwoFive(
      @ForAll @DoubleRange(min = -3, max = 18) double lowExponent,
      @ForAll @DoubleRange(min = 0, max = 6) double decades) {
    double low = Math.pow(10, lowExponent);
    double high = low * Math.pow(10, decades);
    Scale scale = Scale.log(low, high, 0, 100);
    assertThat(scale.min()).isLessThanOrEqualTo(low * (1 + 1e-9));
    assertThat(scale.max()).isGreaterThanOrEqualTo(high * (1 - 1e-9));
    // The next value of 1, 2, 5 is at most 2.5 times the one before.
    assertThat(scale.max() / high).isLessThanOrEqualTo(2.5 + 1e-9);
    assertThat(low / scale.min()).isLessThanOrEqualTo(2.5 + 1e-9);
    assertThat(scale.ticks().get(0)).isEqualTo(scale.min());
    assertThat(scale.ticks().get(scale.ticks().size() - 1)).isEqualTo(scale.max());
  }

  /**
   * The seed chart of walmart runs from 12.3 d to 10.9 y: its time axis ends at 20 y, the round
   * duration after 10 y, and says so.
   */
  @Test
  void aDurationAxisEndsAtTheRoundDurationAfterTheDataAndLabelsIt() {
    Scale seed = Scale.logDuration(12.3 * DAY, 10.9 * YEAR, 0, 100);
    assertThat(seed.min()).isEqualTo(7 * DAY);
    assertThat(seed.max()).isEqualTo(20 * YEAR);
    assertThat(seed.ticks()).startsWith(7 * DAY).endsWith(20 * YEAR);

    Scale many = Scale.logDuration(90, 60 * YEAR, 0, 100);
    assertThat(many.ticks()).hasSizeLessThanOrEqualTo(9).startsWith(60.0).endsWith(100 * YEAR);
  }

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

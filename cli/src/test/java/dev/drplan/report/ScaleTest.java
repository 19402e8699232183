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
 * A chart's axis ends at the data: its domain is the data's own range, never rounded out; round
 * ticks stand inside it, clear of the ends, and both ends are labelled.
 */
class ScaleTest {

  private static final double DAY = TimeSpan.SECONDS_PER_DAY;
  private static final double YEAR = TimeSpan.SECONDS_PER_YEAR;

  /**
   * The seed chart's bandwidth: 1 to 32 circuits of 100 Gbps run from 100 to 3,200 Gbps, ticked
   * every 500 (3,100 / 8 = 387.5, rounded up to a step of 5); 3,000 lies within a tenth of the axis
   * of its end ((3,200 - 3,000) / 3,100 = 6.5%) and is left to the end's label.
   */
  @Test
  void aLinearAxisEndsAtTheDataAndTicksAtRoundStepsInside() {
    Scale bandwidth = Scale.linear(100, 32 * 100, 0, 100);
    assertThat(bandwidth.min()).isEqualTo(100);
    assertThat(bandwidth.max()).isEqualTo(3_200);
    assertThat(bandwidth.ticks())
        .containsExactly(100.0, 500.0, 1_000.0, 1_500.0, 2_000.0, 2_500.0, 3_200.0);

    Scale monthly = Scale.linear(0, 63.5e6, 0, 100);
    assertThat(monthly.max()).isEqualTo(63.5e6);
    assertThat(monthly.ticks()).containsExactly(0.0, 10e6, 20e6, 30e6, 40e6, 50e6, 63.5e6);
  }

  @Property
  void aLinearAxisIsTheDatasRangeWithRoundTicksClearOfItsEnds(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double low,
      @ForAll @DoubleRange(min = -2, max = 7) double widthExponent) {
    double high = low + Math.pow(10, widthExponent);
    Scale scale = Scale.linear(low, high, 0, 100);
    assertThat(scale.min()).isEqualTo(low);
    assertThat(scale.max()).isEqualTo(high);
    List<Double> ticks = scale.ticks();
    assertThat(ticks).hasSizeBetween(4, 11).isSorted();
    assertThat(ticks.get(0)).isEqualTo(low);
    assertThat(ticks.get(ticks.size() - 1)).isEqualTo(high);
    double clearance = (high - low) * Scale.END_CLEARANCE * (1 - 1e-6);
    for (double tick : ticks.subList(1, ticks.size() - 1)) {
      assertThat(tick).isBetween(low + clearance, high - clearance);
    }
  }

  /**
   * walmart's monthly cost runs from $476 k to $65.5 M: the log axis runs exactly there, ticked at
   * 1, 2, 5 times the powers of ten inside; $500 k and $50 M lie within a tenth of the axis of an
   * end (ln(500/476) / ln(65.5e6/476e3) = 1%; ln(65.5/50) / ln(137.6) = 5.5%) and are left out.
   */
  /**
   * Values an ulp apart have the same logarithm: the axis takes them as one value (a factor of two
   * either side) instead of dividing 0 by 0 (found by ScenarioCornersTest, seed
   * -1602153320369128977: a report whose horizon costs at every data size differ in the last bit).
   */
  @Test
  void aLogAxisOfValuesAnUlpApartIsOneValue() {
    double cost = 6.0e16;
    Scale axis = Scale.log(cost, Math.nextUp(cost), 0, 100);
    assertThat(axis.pixel(cost)).isFinite();
    assertThat(axis.pixel(Math.nextUp(cost))).isFinite();
    for (double tick : axis.ticks()) {
      assertThat(axis.pixel(tick)).isFinite();
    }
    Scale time = Scale.logDuration(DAY, Math.nextUp(DAY), 0, 100);
    assertThat(time.pixel(DAY)).isFinite();
  }

  @Test
  void aLogAxisEndsAtTheData() {
    Scale cost = Scale.log(476e3, 65.5e6, 0, 100);
    assertThat(cost.min()).isEqualTo(476e3);
    assertThat(cost.max()).isEqualTo(65.5e6);
    assertThat(cost.ticks()).containsExactly(476e3, 1e6, 2e6, 5e6, 10e6, 20e6, 65.5e6);

    // More than three decades: the powers of ten inside, and the ends.
    Scale wide = Scale.log(10.5e6, 17e9, 0, 100);
    assertThat(wide.ticks()).containsExactly(10.5e6, 100e6, 1e9, 17e9);

    // The horizon-cost chart's data sizes: 8 PB to 800 PB, not 5 PB to 1 EB.
    Scale size = Scale.log(8e15, 800e15, 0, 100);
    assertThat(size.min()).isEqualTo(8e15);
    assertThat(size.max()).isEqualTo(800e15);
    // 10 PB lies 5% of the axis from its start (ln(10/8) / ln(100)) and is left out; 500 PB lies
    // 10.2% from its end (ln(800/500) / ln(100)) and stays.
    assertThat(size.ticks()).containsExactly(8e15, 20e15, 50e15, 100e15, 200e15, 500e15, 800e15);
  }

  @Property
  void aLogAxisIsTheDatasRangeWithBothEndsLabelled(
      @ForAll @DoubleRange(min = -3, max = 18) double lowExponent,
      @ForAll @DoubleRange(min = 0.01, max = 6) double decades) {
    double low = Math.pow(10, lowExponent);
    double high = low * Math.pow(10, decades);
    Scale scale = Scale.log(low, high, 0, 100);
    assertThat(scale.min()).isEqualTo(low);
    assertThat(scale.max()).isEqualTo(high);
    assertThat(scale.ticks()).isSorted().hasSizeBetween(2, 11);
    assertThat(scale.ticks().get(0)).isEqualTo(low);
    assertThat(scale.ticks().get(scale.ticks().size() - 1)).isEqualTo(high);
    assertThat(scale.pixel(low)).isEqualTo(0);
    assertThat(scale.pixel(high)).isCloseTo(100, within(1e-9));
  }

  /**
   * walmart's seed chart runs from 12.3 d to 10.9 y: its time axis ends there and labels both, with
   * the round durations between (10 y is within a tenth of the axis of 10.9 y and left out).
   */
  @Test
  void aDurationAxisEndsAtTheDataAndLabelsBothEnds() {
    Scale seed = Scale.logDuration(12.3 * DAY, 10.9 * YEAR, 0, 100);
    assertThat(seed.min()).isEqualTo(12.3 * DAY);
    assertThat(seed.max()).isEqualTo(10.9 * YEAR);
    assertThat(seed.ticks())
        .containsExactly(
            12.3 * DAY, 30 * DAY, 90 * DAY, 180 * DAY, YEAR, 2 * YEAR, 5 * YEAR, 10.9 * YEAR);

    Scale many = Scale.logDuration(90, 60 * YEAR, 0, 100);
    assertThat(many.ticks()).hasSizeLessThanOrEqualTo(10).startsWith(90.0).endsWith(60 * YEAR);
  }

  /** A zero on a log axis once looped for ever (ScenarioCornersTest found it): now refused. */
  @Test
  void aLogAxisRefusesZeroAndInfinityInsteadOfLoopingForEver() {
    assertThatThrownBy(() -> Scale.log(0, 100, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scale.log(1, Double.POSITIVE_INFINITY, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Scale.log(Double.MIN_VALUE, Double.MAX_VALUE, 0, 1).ticks()).hasSizeLessThan(12);
  }

  /**
   * Costs a rounding error apart (ScenarioCornersTest found $1e20 and the next double up): their
   * logarithms are equal, so an axis between them had length zero and every tick's pixel was 0 / 0.
   * Now they are one value, with an axis a factor of two either side of it.
   */
  @Test
  void endsARoundingErrorApartAreOneValueWithAnAxisAroundIt() {
    double low = 1e20;
    double high = Math.nextUp(low);
    assertThat(Math.log(high)).as("the premise: no log axis between them").isEqualTo(Math.log(low));

    Scale cost = Scale.log(low, high, 0, 100);
    assertThat(cost.min()).isEqualTo(low / 2);
    assertThat(cost.max()).isEqualTo(high * 2);
    assertThat(cost.pixel(low)).isCloseTo(50, within(1e-6));
    Scale seed = Scale.logDuration(low, high, 0, 100);
    assertThat(seed.min()).isEqualTo(low / 2);
    assertThat(seed.pixel(high)).isCloseTo(50, within(1e-6));
    Scale flat = Scale.linear(low, high, 0, 100);
    assertThat(flat.min()).isEqualTo(low - low * 0.1);
    assertThat(flat.max()).isEqualTo(high + low * 0.1);
    for (Scale scale : List.of(cost, seed, flat)) {
      assertThat(scale.ticks()).isSorted().hasSizeGreaterThanOrEqualTo(2);
      for (double tick : scale.ticks()) {
        assertThat(scale.pixel(tick)).isFinite().isBetween(0.0, 100.0);
      }
    }
  }

  /** A linear axis refuses ends it cannot draw between, instead of drawing NaN. */
  @Test
  void aLinearAxisRefusesInfinityAndNaN() {
    assertThatThrownBy(() -> Scale.linear(0, Double.POSITIVE_INFINITY, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scale.linear(Double.NaN, 1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scale.linear(-Double.MAX_VALUE, Double.MAX_VALUE, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A flat line of costs keeps its axis at zero and above (no "$-1" tick). */
  @Test
  void aFlatLinearAxisOfNonNegativeValuesStaysAtZeroAndAbove() {
    assertThat(Scale.linear(0, 0, 0, 1).ticks()).allMatch(tick -> tick >= 0);
    assertThat(Scale.linear(5, 5, 0, 1).ticks()).allMatch(tick -> tick >= 0);
  }
}

package dev.drplan.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class FlipPointFinderTest {

  private static final double TOLERANCE = 1e-9;

  /** The cheaper of cost_A = x and cost_B = 1 − x (USD); A on a tie. */
  private static final DoubleFunction<String> CHEAPER_OF_CROSSING_LINES =
      x -> x <= 1 - x ? "A" : "B";

  /** value(from) − value(to) = cost(to) − cost(from), for the crossing lines. */
  private static final FlipPointFinder.ValueGap CROSSING_LINES_GAP =
      (from, to) -> x -> cost(to, x) - cost(from, x);

  private static double cost(String alternative, double x) {
    return alternative.equals("A") ? x : 1 - x;
  }

  /** cost_A = x and cost_B = 1 − x are equal where x = 1 − x: x = 1/2. */
  @Test
  void crossingLinesFlipAtOneHalfByBisection() {
    FlipPoints flips = FlipPointFinder.find(CHEAPER_OF_CROSSING_LINES, 0, 1, TOLERANCE);

    assertThat(flips.recommendationAtLower()).isEqualTo("A");
    assertThat(flips.holdsOverWholeRange()).isFalse();
    assertThat(flips.points()).hasSize(1);
    FlipPoint flip = flips.points().get(0);
    assertThat(flip.from()).isEqualTo("A");
    assertThat(flip.to()).isEqualTo("B");
    assertThat(flip.at()).isCloseTo(1.0 / 2, within(TOLERANCE));
    assertThat(flip.high() - flip.low()).isLessThanOrEqualTo(TOLERANCE);
    assertThat(flip.located()).isEqualTo(FlipPoint.Located.BISECTION);
    // A grid of 17 points, then about log2(1/16 / 1e-9) ≈ 26 halvings: far fewer than a grid fine
    // enough for the same accuracy.
    assertThat(flips.evaluations()).isLessThan(17 + 30);
  }

  @Test
  void crossingLinesFlipAtOneHalfByTheValueGapsRoot() {
    FlipPoints flips =
        FlipPointFinder.find(CHEAPER_OF_CROSSING_LINES, CROSSING_LINES_GAP, 0, 1, 4, TOLERANCE);

    assertThat(flips.points()).hasSize(1);
    FlipPoint flip = flips.points().get(0);
    assertThat(flip.located()).isEqualTo(FlipPoint.Located.VALUE_GAP_ROOT);
    assertThat(flip.at()).isCloseTo(1.0 / 2, within(TOLERANCE));
    assertThat(flip.low()).isLessThanOrEqualTo(0.5);
    assertThat(flip.high()).isGreaterThanOrEqualTo(0.5);
  }

  /** cost_B = cost_A + 0.1 everywhere: A is always cheaper. */
  @Test
  void aConstantOffsetHoldsOverTheWholeRange() {
    FlipPoints flips = FlipPointFinder.find(x -> x <= x + 0.1 ? "A" : "B", 0, 1, TOLERANCE);
    assertThat(flips.holdsOverWholeRange()).isTrue();
    assertThat(flips.points()).isEmpty();
    assertThat(flips.recommendationAtLower()).isEqualTo("A");
    assertThat(flips.evaluations()).isEqualTo(FlipPointFinder.DEFAULT_GRID_POINTS);
    assertThat(FlipPoints.HOLDS_OVER_WHOLE_RANGE).isEqualTo("holds over the whole range");
  }

  /**
   * Three recommendations within one grid step (the grid is only the two ends): A below 0.3, B up
   * to 0.7, C above. Both changes are found.
   */
  @Test
  void twoChangesWithinOneGridStepAreBothFound() {
    FlipPoints flips =
        FlipPointFinder.find(
            x -> x < 0.3 ? "A" : x < 0.7 ? "B" : "C", FlipPointFinder.ValueGap.NONE, 0, 1, 2, 1e-6);
    assertThat(flips.points()).hasSize(2);
    assertThat(flips.points().get(0).from()).isEqualTo("A");
    assertThat(flips.points().get(0).to()).isEqualTo("B");
    assertThat(flips.points().get(0).at()).isCloseTo(0.3, within(1e-6));
    assertThat(flips.points().get(1).from()).isEqualTo("B");
    assertThat(flips.points().get(1).to()).isEqualTo("C");
    assertThat(flips.points().get(1).at()).isCloseTo(0.7, within(1e-6));
  }

  /**
   * The cheaper alternative A stops being feasible at x = 0.3, where its cost is still below B's:
   * the recommendation changes where the value gap has no root. The root (at 0.5) fails the check
   * that the recommendation changes there, so bisection finds 0.3.
   */
  @Test
  void aChangeOfFeasibilityIsFoundByBisectionEvenWithAValueGap() {
    DoubleFunction<String> recommendation = x -> x < 0.3 ? "A" : "B";
    FlipPoints flips = FlipPointFinder.find(recommendation, CROSSING_LINES_GAP, 0, 1, 5, TOLERANCE);
    assertThat(flips.points()).hasSize(1);
    assertThat(flips.points().get(0).at()).isCloseTo(0.3, within(TOLERANCE));
    assertThat(flips.points().get(0).located()).isEqualTo(FlipPoint.Located.BISECTION);
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> FlipPointFinder.find(x -> "A", 1, 1, TOLERANCE))
        .hasMessage("flip points need a finite range with lower below upper, was [1.0, 1.0]");
    assertThatThrownBy(() -> FlipPointFinder.find(x -> "A", 0, 1, 0))
        .hasMessage("the tolerance must be a finite number above 0, was 0.0");
    assertThatThrownBy(
            () -> FlipPointFinder.find(x -> "A", FlipPointFinder.ValueGap.NONE, 0, 1, 1, 1e-3))
        .hasMessage("the grid needs at least 2 points, was 1");
    assertThatThrownBy(() -> FlipPointFinder.find(x -> x < 0.5 ? "A" : null, 0, 1, 1e-3))
        .hasMessageStartingWith("the recommendation at 0.5 was null");
  }

  /**
   * Two cost lines (USD) crossing at a known x* inside [lower, upper]: cost_A = a + s_A·x, cost_B
   * chosen to equal it at x* with another slope. The cheaper changes exactly at x*, found within
   * the tolerance by bisection and by the gap's root.
   */
  @Property(tries = 300)
  void flipPointsOfMonotoneCostLinesAreFoundToTolerance(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double lower,
      @ForAll @DoubleRange(min = 1e-3, max = 1e6) @Scale(6) double width,
      @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(6) double where,
      @ForAll @DoubleRange(min = -100, max = 100) double slopeA,
      @ForAll @DoubleRange(min = 0.01, max = 100) double slopeGap,
      @ForAll @DoubleRange(min = 0, max = 1e8) double level) {
    double upper = lower + width;
    double crossing = lower + where * width;
    double slopeB = slopeA + slopeGap; // B rises faster: cheaper below x*, dearer above
    DoubleFunction<Double> costA = x -> level + slopeA * (x - lower);
    DoubleFunction<Double> costB =
        x -> level + slopeA * (crossing - lower) + slopeB * (x - crossing);
    DoubleFunction<String> cheaper = x -> costB.apply(x) <= costA.apply(x) ? "B" : "A";
    FlipPointFinder.ValueGap gap =
        (from, to) ->
            x ->
                (to.equals("A") ? costA.apply(x) : costB.apply(x))
                    - (from.equals("A") ? costA.apply(x) : costB.apply(x));
    double tolerance = 1e-9 * width;
    // Rounding of the costs themselves blurs the crossing by about 1e-16 · level / slopeGap.
    double blur = 1e-15 * (level + 100 * width + Math.abs(lower) * 100) / slopeGap;

    for (FlipPointFinder.ValueGap gaps :
        new FlipPointFinder.ValueGap[] {FlipPointFinder.ValueGap.NONE, gap}) {
      FlipPoints flips = FlipPointFinder.find(cheaper, gaps, lower, upper, 9, tolerance);
      assertThat(flips.points()).hasSize(1);
      FlipPoint flip = flips.points().get(0);
      assertThat(flip.from()).isEqualTo("B");
      assertThat(flip.to()).isEqualTo("A");
      assertThat(flip.at()).isCloseTo(crossing, within(tolerance + blur));
    }
  }
}

package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * The sampling path's shortcuts that must give the reference's figures to the bit: a month's node
 * count by one product instead of three quotients (docs/model.md, "The sampling path"). The figures
 * as a whole are compared with {@link Evaluator} by MonteCarloTest and, for every bundled scenario,
 * by the cli's SimulateSamplingPathTest.
 */
class SamplingEvaluatorTest {

  /** Clear of a step, a count is Counts.ceil's; near one, the product is not trusted. */
  @Test
  void aCountClearOfTheStepsIsCeilsAndOneNearAStepIsLeftToTheQuotients() {
    assertThat(SamplingEvaluator.countClearOfSteps(1700.0)).isEqualTo(1700);
    assertThat(SamplingEvaluator.countClearOfSteps(1700.3)).isEqualTo(1701);
    assertThat(SamplingEvaluator.countClearOfSteps(1700.7)).isEqualTo(1701);
    // noise that Counts.ceil forgives: 1700 + 1e-12 is 1700
    assertThat(SamplingEvaluator.countClearOfSteps(1700 + 1e-12)).isEqualTo(1700);
    assertThat(SamplingEvaluator.countClearOfSteps(1700 - 1e-12)).isEqualTo(1700);
    // at the tolerance itself, 1700 · (1 + 1e-9), a difference in the last digits decides
    assertThat(SamplingEvaluator.countClearOfSteps(1700 + 1e-9 * 1700)).isEqualTo(-1);
    assertThat(SamplingEvaluator.countClearOfSteps(1700 - 1e-9 * 1700)).isEqualTo(-1);
    // below one whole thing, beyond 10^8, and what is no number: left to the quotients
    assertThat(SamplingEvaluator.countClearOfSteps(0.5)).isEqualTo(-1);
    assertThat(SamplingEvaluator.countClearOfSteps(0)).isEqualTo(-1);
    assertThat(SamplingEvaluator.countClearOfSteps(2e8)).isEqualTo(-1);
    assertThat(SamplingEvaluator.countClearOfSteps(Double.NaN)).isEqualTo(-1);
    assertThat(SamplingEvaluator.countClearOfSteps(Double.POSITIVE_INFINITY)).isEqualTo(-1);
  }

  /**
   * Near every step of Counts.ceil (a whole number n and its tolerance n · (1 ± 1e-9)), a quotient
   * q and the same quotient off by up to 2e-15 of itself (twice the most that computing it in
   * another order moves it) give either the same count or no answer: never another count.
   */
  @Property(tries = 2000)
  void aCountIsNeverAnotherThanTheQuotientsCount(
      @ForAll @LongRange(min = 1, max = 100_000_000) long n,
      @ForAll @DoubleRange(min = -3, max = 3) @Scale(12) double offsetInBillionths,
      @ForAll @DoubleRange(min = -2, max = 2) @Scale(6) double movedInFemtos) {
    assertTheQuotientsCountOrNone(n * (1 + offsetInBillionths * 1e-9), movedInFemtos);
  }

  /**
   * Within a few parts in 10^13 of a tolerance, n · (1 ± 1e-9), where the margin of 1e-13 · n
   * decides: the count, where one is given, is the quotient's.
   */
  @Property(tries = 2000)
  void besideAToleranceACountIsNeverAnotherThanTheQuotientsCount(
      @ForAll @LongRange(min = 1, max = 100_000_000) long n,
      @ForAll boolean above,
      @ForAll @DoubleRange(min = -3, max = 3) @Scale(9) double besideIn1e13,
      @ForAll @DoubleRange(min = -2, max = 2) @Scale(6) double movedInFemtos) {
    double tolerance = (above ? 1e-9 : -1e-9) + besideIn1e13 * 1e-13;
    assertTheQuotientsCountOrNone(n * (1 + tolerance), movedInFemtos);
  }

  /** The count of {@code quotient} moved by femtos of itself: none (-1), or the quotient's own. */
  private static void assertTheQuotientsCountOrNone(double quotient, double movedInFemtos) {
    long count = SamplingEvaluator.countClearOfSteps(quotient * (1 + movedInFemtos * 1e-15));
    if (count >= 0) {
      assertThat(count).isEqualTo(Counts.ceil(quotient));
    }
  }

  /** Exactly at a tolerance, both sides of it are within reach of another order's rounding. */
  @Property(tries = 500)
  void exactlyAtAToleranceThereIsNoAnswer(
      @ForAll @LongRange(min = 1, max = 100_000_000) long n,
      @ForAll @DoubleRange(min = -1, max = 1) @Scale(6) double movedInFemtos,
      @ForAll boolean above) {
    double atTolerance = above ? n + 1e-9 * n : n - 1e-9 * n;
    assertThat(SamplingEvaluator.countClearOfSteps(atTolerance * (1 + movedInFemtos * 1e-15)))
        .isEqualTo(-1);
  }
}

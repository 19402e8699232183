package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A clock's offset from the server's, from Date headers of whole seconds. */
class ClockSkewTest {

  private static final long T = 1_795_608_000; // 2026-11-25T12:00:00Z

  @Test
  void answersAtDifferentFractionsOfASecondNarrowTheOffsetBelowTheHeadersResolution() {
    // The worker's clock is 0.3 s behind the server's (server = local + 0.3), answers take 10 ms.
    // A request leaving at local T + 0.65 reaches the server at T + 0.955: Date T. Its bounds:
    // [T − (T + 0.66), T + 1 − (T + 0.65)] = [−0.66, 0.35].
    // Leaving at local T + 0.69: server T + 0.995, Date T: [−0.70, 0.31].
    // Leaving at local T + 0.71: server T + 1.015, Date T + 1: [1 − 0.72, 2 − 0.71] = [0.28, 1.29].
    List<ClockSkew.Observation> answers =
        List.of(
            new ClockSkew.Observation(T + 0.65, T + 0.66, T),
            new ClockSkew.Observation(T + 0.69, T + 0.70, T),
            new ClockSkew.Observation(T + 0.71, T + 0.72, T + 1));

    ClockSkew.Estimate estimate = ClockSkew.estimate(answers);

    // Intersection: [max(−0.66, −0.70, 0.28), min(0.35, 0.31, 1.29)] = [0.28, 0.31].
    assertThat(estimate.offsetSeconds()).isCloseTo((0.28 + 0.31) / 2, within(1e-6));
    assertThat(estimate.uncertaintySeconds()).isCloseTo((0.31 - 0.28) / 2, within(1e-6));
    assertThat(estimate.samples()).isEqualTo(3);
    assertThat(estimate.offsetSeconds() - estimate.uncertaintySeconds()).isLessThanOrEqualTo(0.3);
    assertThat(estimate.offsetSeconds() + estimate.uncertaintySeconds())
        .isGreaterThanOrEqualTo(0.3);
  }

  @Test
  void oneAnswerBoundsTheOffsetToAboutASecond() {
    // Local T + 10.2 to T + 10.4; Date T + 5 (the worker is about 5 s ahead): [−5.4, −4.2].
    ClockSkew.Estimate estimate =
        ClockSkew.estimate(List.of(new ClockSkew.Observation(T + 10.2, T + 10.4, T + 5)));

    assertThat(estimate.offsetSeconds()).isCloseTo((-5.4 + -4.2) / 2, within(1e-6));
    assertThat(estimate.uncertaintySeconds()).isCloseTo((-4.2 - -5.4) / 2, within(1e-6));
  }

  @Test
  void boundsThatDoNotMeetGiveTheMedianWithAWideUncertainty() {
    // A clock that stepped by 3 s between two answers: [−0.02, 0.99] and [2.98, 3.99] do not meet.
    ClockSkew.Estimate estimate =
        ClockSkew.estimate(
            List.of(
                new ClockSkew.Observation(T + 0.01, T + 0.02, T),
                new ClockSkew.Observation(T + 0.01, T + 0.02, T + 3)));

    assertThat(estimate.offsetSeconds()).isCloseTo((0.485 + 3.485) / 2, within(1e-6));
    assertThat(estimate.uncertaintySeconds()).isCloseTo(1.01 / 2 + 3.0 / 2, within(1e-6));
    assertThat(ClockSkew.estimate(List.of())).isNull();
  }

  @Test
  void theOffsetBetweenTheStartAndTheEndIsInterpolatedForAClockThatDrifts() {
    ClockSkew.Estimate start = new ClockSkew.Estimate(0.2, 0.01, 30, T);
    ClockSkew.Estimate end = new ClockSkew.Estimate(0.4, 0.01, 12, T + 100);

    assertThat(ClockSkew.offsetAt(start, end, T + 25))
        .isCloseTo(0.2 + 0.25 * (0.4 - 0.2), within(1e-9));
    assertThat(ClockSkew.offsetAt(start, end, T - 50)).isEqualTo(0.2);
    assertThat(ClockSkew.offsetAt(start, null, T + 50)).isEqualTo(0.2);
    assertThat(ClockSkew.offsetAt(null, null, T)).isZero();
  }
}

package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A stream's turn after each operation. Times are nanoseconds on an arbitrary origin: the step ends
 * at 30 s, measuring time at 9.6 s (a deadline of 12 s less cleanup's 2.4 s).
 */
class StreamTurnTest {

  private static final long SECOND = 1_000_000_000L;
  private static final long STEP_END = 30 * SECOND;
  private static final long MEASURE_UNTIL = 9_600_000_000L;

  @Test
  void withinBothTimesAndWithAShareLeftAStreamStartsAnother() {
    assertThat(StreamTurn.at(5 * SECOND, STEP_END, MEASURE_UNTIL, true))
        .isEqualTo(StreamTurn.ANOTHER);
  }

  @Test
  void anOperationThatEndedAfterMeasuringTimeCutsTheStepShort() {
    // The write answered 10 ms after measuring time: the deadline, not the step, ended it.
    assertThat(StreamTurn.at(MEASURE_UNTIL + 10_000_000L, STEP_END, MEASURE_UNTIL, true))
        .isEqualTo(StreamTurn.MEASURING_OVER);
    assertThat(StreamTurn.at(MEASURE_UNTIL, STEP_END, MEASURE_UNTIL, true))
        .isEqualTo(StreamTurn.MEASURING_OVER);
  }

  @Test
  void measuringTimeComesFirstWhenTheStepIsOverToo() {
    // A 9 s step (ended at 9 s) whose last write answered at 9.7 s, and a stream that moved its
    // share in that write: both ran into cleanup's time.
    assertThat(StreamTurn.at(9_700_000_000L, 9 * SECOND, MEASURE_UNTIL, true))
        .isEqualTo(StreamTurn.MEASURING_OVER);
    assertThat(StreamTurn.at(9_700_000_000L, STEP_END, MEASURE_UNTIL, false))
        .isEqualTo(StreamTurn.MEASURING_OVER);
  }

  @Test
  void theStepEndsOnItsOwnWhenItsTimeIsOverOrTheShareMovedWithinMeasuringTime() {
    assertThat(StreamTurn.at(9 * SECOND, 9 * SECOND, MEASURE_UNTIL, true))
        .isEqualTo(StreamTurn.STEP_OVER);
    assertThat(StreamTurn.at(3 * SECOND, STEP_END, MEASURE_UNTIL, false))
        .isEqualTo(StreamTurn.STEP_OVER);
  }

  @Test
  void timesAreComparedAcrossTheNanoTimeWrap() {
    // System.nanoTime() may be near Long.MAX_VALUE: measuring time 1 s before the wrap, now 1 s
    // after it, which a plain "now >= measureUntil" would take for long before.
    long measureUntil = Long.MAX_VALUE - SECOND;
    long now = Long.MIN_VALUE + SECOND;
    assertThat(StreamTurn.at(now, Long.MAX_VALUE, measureUntil, true))
        .isEqualTo(StreamTurn.MEASURING_OVER);
  }
}

package dev.drplan.gcs.probe;

/**
 * What a step's stream does after each operation: start another, end because its step is over, or
 * end because the run's measuring time is over.
 *
 * <p>Measuring time comes first. A step is in the report only when every one of its operations
 * ended within measuring time; one that ended after it (while cleanup's share of the deadline was
 * already running) cut the step short, even if the step's own time or share ran out meanwhile too.
 * The stream that finds this must stop the run as past its deadline itself: when every stream ends
 * that way at once, nothing else would notice before the step is taken as finished.
 */
enum StreamTurn {
  /** Start another operation. */
  ANOTHER,
  /** The step's time is over or the stream moved its share: the step ended on its own. */
  STEP_OVER,
  /** Measuring time is over: the deadline cut the step short. */
  MEASURING_OVER;

  /**
   * The turn at {@code nowNanos} ({@link System#nanoTime()}) of a step that ends at {@code
   * stepEndNanos}, in a run that measures until {@code measureUntilNanos}; {@code shareLeft} is
   * false once a stream under an object budget has moved its share.
   */
  static StreamTurn at(
      long nowNanos, long stepEndNanos, long measureUntilNanos, boolean shareLeft) {
    if (nowNanos - measureUntilNanos >= 0) {
      return MEASURING_OVER;
    }
    if (nowNanos - stepEndNanos >= 0 || !shareLeft) {
      return STEP_OVER;
    }
    return ANOTHER;
  }
}

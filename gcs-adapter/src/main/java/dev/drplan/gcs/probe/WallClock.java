package dev.drplan.gcs.probe;

import java.time.Instant;

/**
 * A run's wall clock: one reading of the system clock at the run's start, carried forward by the
 * monotonic clock, so that every absolute time a run records ({@code start_epoch_seconds} of steps
 * and of their seconds) is on one scale that an NTP step during the run cannot bend.
 *
 * @param anchor the system clock's time at {@code anchorNanos}
 * @param anchorNanos {@link System#nanoTime()} at the same moment
 */
record WallClock(Instant anchor, long anchorNanos) {

  /** The clock of a run starting now. */
  static WallClock startingNow() {
    return new WallClock(Instant.now(), System.nanoTime());
  }

  /**
   * Seconds since 1970-01-01T00:00:00Z on this machine's clock at monotonic time {@code nanos},
   * rounded to the microsecond.
   */
  double epochSeconds(long nanos) {
    double seconds = anchor.getEpochSecond() + anchor.getNano() / 1e9 + (nanos - anchorNanos) / 1e9;
    return Math.round(seconds * 1e6) / 1e6;
  }

  /** The monotonic time at which this clock reads {@code instant}. */
  long nanosAt(Instant instant) {
    long seconds = instant.getEpochSecond() - anchor.getEpochSecond();
    long nanos = instant.getNano() - anchor.getNano();
    return anchorNanos + seconds * 1_000_000_000L + nanos;
  }
}

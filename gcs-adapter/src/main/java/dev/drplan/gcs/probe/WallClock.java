package dev.drplan.gcs.probe;

import java.time.Instant;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

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
    return reading(System::nanoTime, Instant::now);
  }

  /** Readings of the two clocks taken further apart than this are read again. */
  static final long TIGHT_NANOS = 50_000;

  /** Tries at a tight reading before the tightest one so far is taken. */
  static final int TRIES = 5;

  /**
   * The two clocks read as one moment. A thread paused between two plain readings (on a loaded
   * machine, a tenth of a second) would put every time of the run off by the pause: a fleet worker
   * whose clock started 0.13 s behind reported a server clock 0.13 s ahead of its own on the same
   * machine. So the monotonic clock is read on both sides of the system clock, the system clock's
   * reading is placed at their midpoint, and a pair further apart than {@value #TIGHT_NANOS} ns is
   * read again, up to {@value #TRIES} times, keeping the tightest.
   */
  static WallClock reading(LongSupplier monotonic, Supplier<Instant> system) {
    Instant bestInstant = null;
    long bestNanos = 0;
    long bestGap = Long.MAX_VALUE;
    for (int i = 0; i < TRIES && bestGap > TIGHT_NANOS; i++) {
      long before = monotonic.getAsLong();
      Instant instant = system.get();
      long gap = monotonic.getAsLong() - before;
      if (gap < bestGap) {
        bestGap = gap;
        bestInstant = instant;
        bestNanos = before + gap / 2;
      }
    }
    return new WallClock(bestInstant, bestNanos);
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

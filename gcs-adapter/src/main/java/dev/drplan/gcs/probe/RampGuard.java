package dev.drplan.gcs.probe;

/**
 * Keeps request rates on real GCS within Google's ramp-up guidance
 * (https://cloud.google.com/storage/docs/request-rate): a bucket starts at about 1,000 object
 * writes and 5,000 reads per second; above that, the rate should at most double every 20 minutes.
 * The guard spaces request starts so that neither limit is passed, counting from the run's start,
 * and tells the step when it had to wait, because a step that was held back measured the ramp, not
 * the bucket. Against an emulator no guard applies.
 */
final class RampGuard {

  static final double INITIAL_WRITES_PER_SECOND = 1_000;
  static final double INITIAL_READS_PER_SECOND = 5_000;
  static final double DOUBLING_SECONDS = 20 * 60;

  private final boolean active;
  private final long runStartNanos;
  private long nextStartNanos;
  private boolean heldBack;

  RampGuard(boolean active, long runStartNanos) {
    this.active = active;
    this.runStartNanos = runStartNanos;
    this.nextStartNanos = runStartNanos;
  }

  /** The highest request rate the guidance allows {@code elapsedSeconds} into the run. */
  static double allowedRate(Operation operation, double elapsedSeconds) {
    double initial =
        operation == Operation.WRITE ? INITIAL_WRITES_PER_SECOND : INITIAL_READS_PER_SECOND;
    return initial * Math.pow(2, Math.floor(elapsedSeconds / DOUBLING_SECONDS));
  }

  /** Waits, if needed, until one more request of {@code operation} may start. */
  void acquire(Operation operation) throws InterruptedException {
    if (!active) {
      return;
    }
    long wait;
    synchronized (this) {
      wait = reserve(operation);
      if (wait > 0) {
        heldBack = true;
      }
    }
    sleep(wait);
  }

  /**
   * Waits, if needed, until one more delete may start. GCS counts a delete as a write, so deletes
   * take their turns with the writes; but cleanup runs while no step is measured, so a wait here
   * never marks a step as held back.
   */
  void acquireDelete() throws InterruptedException {
    if (!active) {
      return;
    }
    long wait;
    synchronized (this) {
      wait = reserve(Operation.WRITE);
    }
    sleep(wait);
  }

  /** Takes the next start slot for {@code operation}; returns the nanoseconds until it. */
  private long reserve(Operation operation) {
    long now = System.nanoTime();
    double rate = allowedRate(operation, (now - runStartNanos) / 1e9);
    long slot = Math.max(now, nextStartNanos);
    nextStartNanos = slot + (long) (1e9 / rate);
    return slot - now;
  }

  private static void sleep(long nanos) throws InterruptedException {
    if (nanos > 0) {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }
  }

  /** True once, after any request had to wait since the last call. */
  synchronized boolean takeHeldBack() {
    boolean was = heldBack;
    heldBack = false;
    return was;
  }
}

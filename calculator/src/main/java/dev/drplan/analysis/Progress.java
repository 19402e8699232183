package dev.drplan.analysis;

/**
 * Told how far a long analysis has come, for an edge that shows progress. Called from the
 * analysis's worker threads (implementations must be thread-safe and quick); {@code done} only
 * grows, and reaches {@code total} when the work is complete. Never changes a result.
 */
@FunctionalInterface
public interface Progress {

  /** Reports nothing. */
  Progress NONE = (done, total) -> {};

  /** {@code done} of {@code total} units of work (samples, sweep points) are finished. */
  void update(long done, long total);
}

package dev.drplan.gcs.probe;

import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;

/**
 * How long one step runs: for a time ({@code --duration}), or until a number of bytes has moved
 * ({@code --bytes}). Exactly one of the two is set. A step started on a time budget lets the
 * objects in flight at its end complete, so its wall time can run a little over.
 */
public record StepBudget(TimeSpan duration, DataSize bytes) {

  public StepBudget {
    if ((duration == null) == (bytes == null)) {
      throw new IllegalArgumentException("exactly one of duration and bytes must be set");
    }
  }

  public static StepBudget ofDuration(TimeSpan duration) {
    return new StepBudget(duration, null);
  }

  public static StepBudget ofBytes(DataSize bytes) {
    return new StepBudget(null, bytes);
  }

  public boolean isTimed() {
    return duration != null;
  }

  /**
   * The number of objects a byte budget asks for: the budget divided by the object size, rounded
   * up, and at least one.
   */
  public long objectCount(DataSize objectSize) {
    return Math.max(1, (long) Math.ceil(bytes.bytes() / objectSize.bytes()));
  }
}

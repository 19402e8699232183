package dev.drplan.model;

import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import java.util.Objects;

/**
 * One step of a throughput measurement, as the engine reads it: {@code streams} concurrent streams
 * moved objects of {@code objectSize}, {@code aggregate} together. The edge that reads a recorded
 * probe ({@code probe.json}) converts each of its steps into one of these; the engine decides which
 * steps speak to a plan's copy engine ({@link MeasuredThroughput#writesByObjectSize}).
 *
 * @param objects operations (objects written or read) that completed in the step
 * @param activeStreams streams that completed at least one operation: fewer than {@code streams}
 *     when some sat idle (fewer objects than streams) or failed throughout, and then the step
 *     measured fewer streams than it names
 */
public record MeasuredStep(
    Operation operation,
    DataSize objectSize,
    int streams,
    long objects,
    int activeStreams,
    DataRate aggregate) {

  /** What the step did to objects. */
  public enum Operation {
    /** Uploads: what a copy engine does while seeding and replicating. */
    WRITE,
    /** Downloads. */
    READ
  }

  public MeasuredStep {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(objectSize, "objectSize");
    Objects.requireNonNull(aggregate, "aggregate");
    if (activeStreams < 0 || activeStreams > streams) {
      throw new IllegalArgumentException(
          "activeStreams must be from 0 to streams (" + streams + "), was " + activeStreams);
    }
  }

  /** True when every stream of the step completed at least one operation. */
  public boolean everyStreamRan() {
    return activeStreams == streams;
  }
}

package dev.drplan.gcs.probe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.util.List;
import java.util.Map;

/**
 * What one step (an operation at one object size with one number of streams) measured. Field names
 * carry their units; in JSON they are written in snake case (see gcs-adapter/README.md).
 *
 * @param operation what the step did (written as {@code write} or {@code read})
 * @param uploadMethod the upload method of a write step; {@code null} for reads
 * @param bytes bytes of the operations that completed
 * @param objects operations (objects written or read) that completed
 * @param failedOperations operations that failed after the client's retries
 * @param activeStreams streams that completed at least one operation; fewer than {@code streams}
 *     when some sat idle or failed throughout ({@code null} in reports written before this count
 *     existed: see {@link #streamsThatRan()})
 * @param startEpochSeconds when the step began, in seconds since the epoch on the worker's clock
 *     ({@code null} in reports of schema drplan-probe/1)
 * @param wallSeconds from the step's start to the end of its last operation
 * @param aggregateThroughputBytesPerSecond {@code bytes / wallSeconds}
 * @param perStreamThroughputBytesPerSecond the mean over streams of each stream's bytes over the
 *     time from the step's start to the end of that stream's last operation
 * @param latencyKind {@code request} (a whole upload) or {@code time_to_first_byte} (reads)
 * @param latencyHistogram every completed operation's latency in {@link LatencyHistogram}'s
 *     buckets, so that many workers' latencies can be merged ({@code null} in drplan-probe/1
 *     reports)
 * @param errors failed attempts by kind, including those that were retried
 * @param retries attempts repeated by the client's retry strategy, by the kind of failure
 * @param operationsRetried operations that needed at least one retry
 * @param verifiedObjects objects whose CRC32C matched (what was sent or received against what the
 *     server reports)
 * @param checksumMismatches objects whose CRC32C did not match
 * @param timeSeries bytes moved in each second of the step (bytes of retried attempts included);
 *     the last entry covers the step's last, partial second, so a step that moved bytes has at
 *     least one
 */
public record StepResult(
    Operation operation,
    double objectSizeBytes,
    int streams,
    String uploadMethod,
    double bytes,
    long objects,
    long failedOperations,
    Integer activeStreams,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double startEpochSeconds,
    double wallSeconds,
    double aggregateThroughputBytesPerSecond,
    double perStreamThroughputBytesPerSecond,
    double perStreamMinThroughputBytesPerSecond,
    double perStreamMaxThroughputBytesPerSecond,
    String latencyKind,
    Percentiles.Summary latency,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<LatencyHistogram.Bucket> latencyHistogram,
    Map<String, Long> errors,
    Map<String, Long> retries,
    long operationsRetried,
    long verifiedObjects,
    long checksumMismatches,
    List<Second> timeSeries,
    List<String> warnings) {

  public static final String LATENCY_REQUEST = "request";
  public static final String LATENCY_TIME_TO_FIRST_BYTE = "time_to_first_byte";

  /**
   * One second of a step (the last may be shorter).
   *
   * @param second its number in the step, from 1
   * @param startEpochSeconds when it began, in seconds since the epoch on the worker's clock
   *     ({@code null} in drplan-probe/1 reports)
   * @param durationSeconds how long it lasted: about 1, less for the last ({@code null} in
   *     drplan-probe/1 reports)
   * @param throughputBytesPerSecond {@code bytes / durationSeconds}
   */
  public record Second(
      int second,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double startEpochSeconds,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double durationSeconds,
      double bytes,
      double throughputBytesPerSecond,
      long objectsCompleted) {}

  public StepResult {
    errors = errors == null ? Map.of() : Map.copyOf(errors);
    retries = retries == null ? Map.of() : Map.copyOf(retries);
    timeSeries = timeSeries == null ? List.of() : List.copyOf(timeSeries);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    latency = latency == null ? Percentiles.Summary.EMPTY : latency;
    latencyHistogram = latencyHistogram == null ? null : List.copyOf(latencyHistogram);
  }

  @JsonIgnore
  public DataSize objectSize() {
    return DataSize.ofBytes(objectSizeBytes);
  }

  @JsonIgnore
  public DataRate aggregateThroughput() {
    return DataRate.ofBytesPerSecond(aggregateThroughputBytesPerSecond);
  }

  @JsonIgnore
  public DataRate perStreamThroughput() {
    return DataRate.ofBytesPerSecond(perStreamThroughputBytesPerSecond);
  }

  @JsonIgnore
  public TimeSpan wallTime() {
    return TimeSpan.ofSeconds(wallSeconds);
  }

  /**
   * Streams that completed at least one operation: {@code active_streams}, or, for a report written
   * before it existed, what its figures allow: at most {@code objects} when there were fewer
   * objects than streams, one fewer than {@code streams} when the slowest stream moved nothing.
   */
  @JsonIgnore
  public int streamsThatRan() {
    if (activeStreams != null) {
      return activeStreams;
    }
    if (objects < streams) {
      return (int) objects;
    }
    return perStreamMinThroughputBytesPerSecond > 0 ? streams : streams - 1;
  }

  /** All failed attempts of the step. */
  @JsonIgnore
  public long errorCount() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }

  /** All retries of the step. */
  @JsonIgnore
  public long retryCount() {
    return retries.values().stream().mapToLong(Long::longValue).sum();
  }
}

package dev.drplan.gcs.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Collects one step's measurements while its streams run, and turns them into a {@link StepResult}.
 * Each stream records into its own slot; the per-second sampler reads the running byte count.
 *
 * <p>The time series: each point covers the time from the previous point's end (the step's start
 * for the first) to the moment it was taken, as measured, not as scheduled (a sampler that runs
 * late on a loaded machine makes a longer point, not a wrong rate). {@link #closeSeries} ends it at
 * the step's end with the last, partial second, so the points' bytes add up to every byte the step
 * moved, and a step that moved bytes has at least one point.
 */
final class StepMeter {

  private final Operation operation;
  private final double objectSizeBytes;
  private final int streams;
  private final String uploadMethod;
  private final long startNanos;
  private final WallClock clock;

  private final LongAdder bytesMoving = new LongAdder();
  private final AtomicLong objectsCompleted = new AtomicLong();
  private final StreamSlot[] slots;
  private final List<StepResult.Second> timeSeries = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private long lastSampleBytes;
  private long lastSampleObjects;
  private long lastSampleNanos;
  private boolean seriesClosed;

  private static final class StreamSlot {
    long bytes;
    long objects;
    long failed;
    long lastEndNanos;
    long operationsRetried;
    long verified;
    long mismatches;
    final List<Long> latencies = new ArrayList<>();
    final Map<String, Long> errors = new TreeMap<>();
    final Map<String, Long> retries = new TreeMap<>();
  }

  StepMeter(
      Operation operation,
      double objectSizeBytes,
      int streams,
      String uploadMethod,
      long startNanos,
      WallClock clock) {
    this.operation = operation;
    this.objectSizeBytes = objectSizeBytes;
    this.streams = streams;
    this.uploadMethod = uploadMethod;
    this.startNanos = startNanos;
    this.clock = clock;
    this.lastSampleNanos = startNanos;
    this.slots = new StreamSlot[streams];
    for (int i = 0; i < streams; i++) {
      slots[i] = new StreamSlot();
    }
  }

  long startNanos() {
    return startNanos;
  }

  /** Bytes handed to or received from the client so far, retried attempts included. */
  void moved(long bytes) {
    bytesMoving.add(bytes);
  }

  long bytesMoved() {
    return bytesMoving.sum();
  }

  long successes() {
    return objectsCompleted.get();
  }

  /** Records one finished operation of {@code stream}. */
  void finished(
      int stream,
      long endNanos,
      long latencyNanos,
      long bytes,
      boolean succeeded,
      Boolean checksumMatched,
      RetryAccounting.Tally tally,
      String finalFailureKind) {
    StreamSlot slot = slots[stream];
    Map<String, Integer> retries = tally.retries(!succeeded);
    synchronized (slot) {
      slot.lastEndNanos = Math.max(slot.lastEndNanos, endNanos);
      tally.errors().forEach((kind, n) -> slot.errors.merge(kind, (long) n, Long::sum));
      retries.forEach((kind, n) -> slot.retries.merge(kind, (long) n, Long::sum));
      if (!retries.isEmpty()) {
        slot.operationsRetried++;
      }
      if (!succeeded) {
        slot.failed++;
        if (finalFailureKind != null && !tally.errors().containsKey(finalFailureKind)) {
          slot.errors.merge(finalFailureKind, 1L, Long::sum);
        }
        return;
      }
      slot.bytes += bytes;
      slot.objects++;
      slot.latencies.add(latencyNanos);
      if (Boolean.TRUE.equals(checksumMatched)) {
        slot.verified++;
      } else if (Boolean.FALSE.equals(checksumMatched)) {
        slot.mismatches++;
      }
    }
    objectsCompleted.incrementAndGet();
  }

  /**
   * Appends the time since the last point, up to {@code nowNanos}, as the next point of the series
   * (the sampler calls it about once a second). Does nothing once the series is closed.
   */
  synchronized void sample(long nowNanos) {
    if (!seriesClosed) {
      appendPoint(nowNanos);
    }
  }

  /**
   * Ends the series at {@code endNanos}: the time since the last point becomes the last point when
   * bytes moved or objects completed in it, or when the series has no point yet. Later samples are
   * ignored, so a sampler still running cannot add a point after the end.
   */
  synchronized void closeSeries(long endNanos) {
    if (seriesClosed) {
      return;
    }
    seriesClosed = true;
    boolean moved =
        bytesMoving.sum() != lastSampleBytes || objectsCompleted.get() != lastSampleObjects;
    if (moved || timeSeries.isEmpty()) {
      appendPoint(Math.max(endNanos, lastSampleNanos + 1_000_000));
    }
  }

  private void appendPoint(long nowNanos) {
    if (nowNanos - lastSampleNanos <= 0) {
      return;
    }
    long bytes = bytesMoving.sum();
    long objects = objectsCompleted.get();
    double delta = bytes - lastSampleBytes;
    double seconds = (nowNanos - lastSampleNanos) / 1e9;
    timeSeries.add(
        new StepResult.Second(
            timeSeries.size() + 1,
            clock.epochSeconds(lastSampleNanos),
            Math.round(seconds * 1e6) / 1e6,
            delta,
            delta / seconds,
            objects - lastSampleObjects));
    lastSampleBytes = bytes;
    lastSampleObjects = objects;
    lastSampleNanos = nowNanos;
  }

  /** When the last operation of the step ended (the step's start when none did). */
  long lastEndNanos() {
    long end = startNanos;
    for (StreamSlot slot : slots) {
      synchronized (slot) {
        if (slot.lastEndNanos != 0) {
          end = Math.max(end, slot.lastEndNanos);
        }
      }
    }
    return end;
  }

  synchronized void warn(String warning) {
    if (!warnings.contains(warning)) {
      warnings.add(warning);
    }
  }

  /** The step's result, with the wall time ending at the last operation's end. */
  synchronized StepResult result(long fallbackEndNanos) {
    long bytes = 0;
    long objects = 0;
    long failed = 0;
    long retried = 0;
    long verified = 0;
    long mismatches = 0;
    long endNanos = startNanos;
    List<Long> latencies = new ArrayList<>();
    Map<String, Long> errors = new TreeMap<>();
    Map<String, Long> retries = new TreeMap<>();
    int active = 0;
    double perStreamSum = 0;
    double perStreamMin = Double.POSITIVE_INFINITY;
    double perStreamMax = 0;
    for (StreamSlot slot : slots) {
      synchronized (slot) {
        bytes += slot.bytes;
        objects += slot.objects;
        failed += slot.failed;
        retried += slot.operationsRetried;
        verified += slot.verified;
        mismatches += slot.mismatches;
        latencies.addAll(slot.latencies);
        slot.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
        slot.retries.forEach((k, v) -> retries.merge(k, v, Long::sum));
        endNanos = Math.max(endNanos, slot.lastEndNanos);
        if (slot.objects > 0) {
          active++;
        }
        double seconds = (slot.lastEndNanos - startNanos) / 1e9;
        double rate = slot.objects > 0 && seconds > 0 ? slot.bytes / seconds : 0;
        perStreamSum += rate;
        perStreamMin = Math.min(perStreamMin, rate);
        perStreamMax = Math.max(perStreamMax, rate);
      }
    }
    if (objects == 0) {
      endNanos = Math.max(endNanos, fallbackEndNanos);
    }
    double wall = Math.max(0, (endNanos - startNanos) / 1e9);
    if (active < streams) {
      warnings.add(
          "only "
              + active
              + " of "
              + streams
              + " streams completed an operation: the step measured fewer streams than it names");
    }
    long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
    LatencyHistogram histogram = new LatencyHistogram();
    for (long latency : nanos) {
      histogram.add(latency / 1e9);
    }
    return new StepResult(
        operation,
        objectSizeBytes,
        streams,
        uploadMethod,
        bytes,
        objects,
        failed,
        active,
        clock.epochSeconds(startNanos),
        wall,
        wall > 0 ? bytes / wall : 0,
        perStreamSum / streams,
        Double.isInfinite(perStreamMin) ? 0 : perStreamMin,
        perStreamMax,
        operation == Operation.READ
            ? StepResult.LATENCY_TIME_TO_FIRST_BYTE
            : StepResult.LATENCY_REQUEST,
        Percentiles.ofNanos(nanos),
        histogram.buckets(),
        errors,
        retries,
        retried,
        verified,
        mismatches,
        timeSeries,
        warnings);
  }
}

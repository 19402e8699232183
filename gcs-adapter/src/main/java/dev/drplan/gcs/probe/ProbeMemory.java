package dev.drplan.gcs.probe;

import dev.drplan.units.DataSize;
import java.util.List;

/**
 * The memory a probe needs, from its client buffers: what {@code drplan probe plan-fleet} asks
 * Kubernetes for per worker (docs/fleet-probe.md, "Memory").
 *
 * <p>The rule: the heap is the payload ({@value Payload#DEFAULT_BUFFER_BYTES} bytes, shared by all
 * streams) plus the largest step's client buffers plus {@link #HEAP_HEADROOM_BYTES}; the container
 * is the heap plus {@link #JVM_OVERHEAD_BYTES} and {@link #PER_STREAM_BYTES} per stream of the
 * largest step, rounded up to a multiple of 64 MiB. A step's client buffers:
 *
 * <ul>
 *   <li>write, {@code simple}: streams × object size (the HTTP client may hold a whole request
 *       body: an upper bound);
 *   <li>write, {@code resumable}: streams × 2 × the chunk size (each stream fills one chunk while
 *       the client sends the other; the chunk is 128 MiB / (2 × streams), 256 KiB to 16 MiB);
 *   <li>write, {@code parallel-composite}: the fixed part pool (about 128 MiB);
 *   <li>read: streams × {@value ProbeRunner#READ_BUFFER_BYTES} bytes (each stream's receive
 *       buffer).
 * </ul>
 */
public final class ProbeMemory {

  /** Heap beyond the buffers: latency samples, reports, the client's own objects, GC headroom. */
  public static final long HEAP_HEADROOM_BYTES = 256L * 1024 * 1024;

  /** Memory outside the heap: metaspace, code cache, GC structures. */
  public static final long JVM_OVERHEAD_BYTES = 256L * 1024 * 1024;

  /** Per stream outside the heap: a thread stack and socket buffers. */
  public static final long PER_STREAM_BYTES = 1024L * 1024;

  /** Container memory is rounded up to a multiple of this. */
  public static final long ROUNDING_BYTES = 64L * 1024 * 1024;

  private ProbeMemory() {}

  /** The client buffers of one step. */
  public static long stepBufferBytes(
      Operation operation, UploadMethod method, int streams, DataSize objectSize) {
    if (operation == Operation.READ) {
      return (long) streams * ProbeRunner.READ_BUFFER_BYTES;
    }
    switch (method) {
      case SIMPLE:
        return (long) (streams * objectSize.bytes());
      case RESUMABLE:
        return 2L * streams * Uploader.resumableChunkBytes(streams);
      default:
        return Uploader.compositePoolBytes(streams);
    }
  }

  /** The largest step's client buffers. */
  public static long peakBufferBytes(
      List<Integer> streams,
      List<DataSize> objectSizes,
      List<Operation> operations,
      UploadMethod method) {
    long peak = 0;
    for (int n : streams) {
      for (DataSize size : objectSizes) {
        for (Operation operation : operations) {
          peak = Math.max(peak, stepBufferBytes(operation, method, n, size));
        }
      }
    }
    return peak;
  }

  /** The heap: payload + the largest step's buffers + headroom. */
  public static long heapBytes(long peakBufferBytes) {
    return Payload.DEFAULT_BUFFER_BYTES + peakBufferBytes + HEAP_HEADROOM_BYTES;
  }

  /** The container: heap + JVM overhead + per-stream memory, rounded up to 64 MiB. */
  public static long containerBytes(long heapBytes, int mostStreams) {
    long bytes = heapBytes + JVM_OVERHEAD_BYTES + mostStreams * PER_STREAM_BYTES;
    return (bytes + ROUNDING_BYTES - 1) / ROUNDING_BYTES * ROUNDING_BYTES;
  }
}

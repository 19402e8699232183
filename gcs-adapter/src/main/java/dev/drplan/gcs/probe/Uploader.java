package dev.drplan.gcs.probe;

import com.google.api.core.NanoClock;
import com.google.cloud.RetryHelper;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.BlobWriteSession;
import com.google.cloud.storage.BlobWriteSessionConfigs;
import com.google.cloud.storage.ParallelCompositeUploadBlobWriteSessionConfig;
import com.google.cloud.storage.ParallelCompositeUploadBlobWriteSessionConfig.BufferAllocationStrategy;
import com.google.cloud.storage.ParallelCompositeUploadBlobWriteSessionConfig.ExecutorSupplier;
import com.google.cloud.storage.ParallelCompositeUploadBlobWriteSessionConfig.PartCleanupStrategy;
import com.google.cloud.storage.ParallelCompositeUploadBlobWriteSessionConfig.PartNamingStrategy;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.Storage.BlobWriteOption;
import com.google.cloud.storage.StorageOptions;
import com.google.cloud.storage.StorageRetryStrategy;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Uploads one object with one {@link UploadMethod}, through a {@link Storage} built for that
 * method. Every upload carries {@code ifGenerationMatch=0}: it creates a new object or fails, and
 * so is safe to retry.
 *
 * <p>Who retries (one budget, the client's {@code RetrySettings}; see {@link RetryAccounting}): for
 * {@code resumable} and {@code parallel-composite} the client, request by request (a resumable
 * upload asks the server how much it holds and goes on from there); for {@code simple} the probe,
 * under the client's retry helper with the same settings and strategy, because the client does not
 * repeat a request whose body is a stream. Nothing is wrapped around the client's own retries.
 *
 * <p>Client-side buffers are bounded for the whole step, not per stream: the resumable chunk and
 * the composite part size shrink as streams grow, so that streams × buffers stays within {@link
 * #CLIENT_BUFFER_BUDGET_BYTES}.
 */
final class Uploader implements AutoCloseable {

  /** Bytes of client-side upload buffers the probe allows itself across all streams of a step. */
  static final long CLIENT_BUFFER_BUDGET_BYTES = 128L * 1024 * 1024;

  /** The client requires resumable chunks in multiples of 256 KiB. */
  static final int CHUNK_QUANTUM = 256 * 1024;

  static final int MAX_CHUNK_BYTES = 16 * 1024 * 1024;

  /** Largest slice of the shared payload handed to the client in one call. */
  static final int SLICE_BYTES = 1024 * 1024;

  private static final BlobWriteOption[] WRITE_OPTIONS = {
    BlobWriteOption.doesNotExist(), BlobWriteOption.disableGzipContent()
  };

  private final UploadMethod method;
  private final StorageOptions options;
  private final StorageRetryStrategy strategy;
  private final Storage storage;
  private final ExecutorService partExecutor;
  private final int chunkBytes;
  private final BooleanSupplier abandoned;

  /** What one upload produced: the object's metadata and the CRC32C of the bytes sent. */
  record Uploaded(BlobInfo blob, long sentCrc32c) {}

  /**
   * @param strategy the retry strategy set on {@code baseOptions} (the options do not expose it),
   *     for the simple uploads the probe repeats itself
   * @param abandoned true once the run stops: uploads in flight then end at their next slice
   */
  Uploader(
      UploadMethod method,
      StorageOptions baseOptions,
      StorageRetryStrategy strategy,
      int streams,
      BooleanSupplier abandoned) {
    this.method = method;
    this.strategy = strategy;
    this.abandoned = abandoned;
    this.chunkBytes = resumableChunkBytes(streams);
    if (method == UploadMethod.PARALLEL_COMPOSITE) {
      this.partExecutor =
          Executors.newCachedThreadPool(
              runnable -> {
                Thread thread = new Thread(runnable, "probe-composite-part");
                thread.setDaemon(true);
                return thread;
              });
      int partBytes = compositePartBytes(streams);
      int buffers = compositeBuffers(partBytes);
      ParallelCompositeUploadBlobWriteSessionConfig config =
          BlobWriteSessionConfigs.parallelCompositeUpload()
              .withBufferAllocationStrategy(BufferAllocationStrategy.fixedPool(buffers, partBytes))
              .withExecutorSupplier(
                  ExecutorSupplier.useExecutor(RetryAccounting.propagating(partExecutor)))
              // Parts are named after their object, so they stay inside the run folder.
              .withPartNamingStrategy(PartNamingStrategy.useObjectNameAsPrefix())
              .withPartCleanupStrategy(PartCleanupStrategy.always());
      this.options = baseOptions.toBuilder().setBlobWriteSessionConfig(config).build();
    } else {
      this.partExecutor = null;
      this.options = baseOptions;
    }
    this.storage = options.getService();
  }

  /** A buffer size within the budget share, a multiple of 256 KiB, from {@code floor} to 16 MiB. */
  static int bufferBytes(long share, int floor) {
    long bounded = Math.max(floor, Math.min(MAX_CHUNK_BYTES, share));
    return (int) Math.max(CHUNK_QUANTUM, bounded / CHUNK_QUANTUM * CHUNK_QUANTUM);
  }

  /** A composite upload's part size with {@code streams} streams: 1 MiB to 16 MiB. */
  static int compositePartBytes(int streams) {
    return bufferBytes(CLIENT_BUFFER_BUDGET_BYTES / (2L * streams), 1024 * 1024);
  }

  /** How many part buffers the fixed pool holds: the budget over the part size, at least 2. */
  static int compositeBuffers(int partBytes) {
    return (int) Math.max(2, CLIENT_BUFFER_BUDGET_BYTES / partBytes);
  }

  /** The bytes of the composite part pool with {@code streams} streams. */
  static long compositePoolBytes(int streams) {
    int partBytes = compositePartBytes(streams);
    return (long) compositeBuffers(partBytes) * partBytes;
  }

  /**
   * The resumable chunk size a step with {@code streams} streams uses: each stream holds two
   * buffers of it (the client's chunk and the one it is filled from).
   */
  static int resumableChunkBytes(int streams) {
    return bufferBytes(CLIENT_BUFFER_BUDGET_BYTES / (2L * streams), CHUNK_QUANTUM);
  }

  Uploaded upload(BlobInfo info, Payload.Content content, LongConsumer sent) throws Exception {
    switch (method) {
      case SIMPLE:
        return simple(info, content, sent);
      case RESUMABLE:
        return resumable(info, content, sent);
      default:
        return composite(info, content, sent);
    }
  }

  /**
   * One request per attempt, streamed from the shared payload. The client does not repeat an upload
   * from a stream (it cannot rewind one); the probe can, so it runs the attempts under the client's
   * own retry helper with the same settings and strategy as every other request.
   */
  @SuppressWarnings(
      "deprecation") // create(BlobInfo, InputStream): the one streaming single-request upload
  private Uploaded simple(BlobInfo info, Payload.Content content, LongConsumer sent)
      throws Exception {
    long[] crc = new long[1];
    try {
      BlobInfo blob =
          RetryHelper.runWithRetries(
              () -> {
                Payload.Content.CheckedStream stream = content.openStream(sent, abandoned);
                BlobInfo created = storage.create(info, stream, WRITE_OPTIONS);
                crc[0] = stream.crc32c();
                return created;
              },
              options.getRetrySettings(),
              strategy.getIdempotentHandler(),
              NanoClock.getDefaultClock());
      return new Uploaded(blob, crc[0]);
    } catch (RetryHelper.RetryHelperException failed) {
      throw failed.getCause() instanceof Exception ? (Exception) failed.getCause() : failed;
    }
  }

  /**
   * A resumable session through the client's write channel, in chunks of {@link
   * #resumableChunkBytes}: the client repeats each request of the session that fails, after asking
   * the server how many bytes it already holds. (The client's default {@code BlobWriteSession} over
   * HTTP sends each chunk once, which would leave the probe to restart whole objects on top of the
   * client's retries of the session start; its write channel does not.)
   */
  private Uploaded resumable(BlobInfo info, Payload.Content content, LongConsumer sent)
      throws Exception {
    Payload.Content.CheckedStream stream = content.openStream(sent, abandoned);
    BlobInfo blob = storage.createFrom(info, stream, chunkBytes, WRITE_OPTIONS);
    return new Uploaded(blob, stream.crc32c());
  }

  /** A parallel composite upload: the client uploads, retries and composes the parts. */
  private Uploaded composite(BlobInfo info, Payload.Content content, LongConsumer sent)
      throws Exception {
    BlobWriteSession session = storage.blobWriteSession(info, WRITE_OPTIONS);
    long crc;
    try (WritableByteChannel channel = session.open()) {
      crc = content.writeTo(channel, SLICE_BYTES, sent, abandoned);
    }
    try {
      BlobInfo blob =
          session
              .getResult()
              .get(ProbeStorageOptions.READ_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS);
      return new Uploaded(blob, crc);
    } catch (ExecutionException failed) {
      throw failed.getCause() instanceof Exception ? (Exception) failed.getCause() : failed;
    }
  }

  /** The storage this uploader writes with (for tests). */
  Storage storage() {
    return storage;
  }

  @Override
  public void close() throws Exception {
    if (partExecutor != null) {
      partExecutor.shutdownNow();
    }
    storage.close();
  }
}

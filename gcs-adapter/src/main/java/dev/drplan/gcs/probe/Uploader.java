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
import java.util.function.LongConsumer;

/**
 * Uploads one object with one {@link UploadMethod}, through a {@link Storage} built for that
 * method. Every upload carries {@code ifGenerationMatch=0}: it creates a new object or fails, and
 * so is safe to retry.
 *
 * <p>Client-side buffers are bounded for the whole step, not per stream: the resumable chunk and
 * the composite part size shrink as streams grow, so that streams × buffer stays within {@link
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
  private final Storage storage;
  private final ExecutorService partExecutor;

  /** What one upload produced: the object's metadata and the CRC32C of the bytes sent. */
  record Uploaded(BlobInfo blob, long sentCrc32c) {}

  Uploader(UploadMethod method, StorageOptions baseOptions, int streams) {
    this.method = method;
    if (method == UploadMethod.PARALLEL_COMPOSITE) {
      this.partExecutor =
          Executors.newCachedThreadPool(
              runnable -> {
                Thread thread = new Thread(runnable, "probe-composite-part");
                thread.setDaemon(true);
                return thread;
              });
      int partBytes = bufferBytes(CLIENT_BUFFER_BUDGET_BYTES / (2L * streams), 1024 * 1024);
      int buffers = (int) Math.max(2, CLIENT_BUFFER_BUDGET_BYTES / partBytes);
      ParallelCompositeUploadBlobWriteSessionConfig config =
          BlobWriteSessionConfigs.parallelCompositeUpload()
              .withBufferAllocationStrategy(BufferAllocationStrategy.fixedPool(buffers, partBytes))
              .withExecutorSupplier(
                  ExecutorSupplier.useExecutor(RetryAccounting.propagating(partExecutor)))
              // Parts are named after their object, so they stay inside the run folder.
              .withPartNamingStrategy(PartNamingStrategy.useObjectNameAsPrefix())
              .withPartCleanupStrategy(PartCleanupStrategy.always());
      this.options = baseOptions.toBuilder().setBlobWriteSessionConfig(config).build();
    } else if (method == UploadMethod.RESUMABLE) {
      this.partExecutor = null;
      int chunk = bufferBytes(CLIENT_BUFFER_BUDGET_BYTES / streams, CHUNK_QUANTUM);
      this.options =
          baseOptions.toBuilder()
              .setBlobWriteSessionConfig(BlobWriteSessionConfigs.getDefault().withChunkSize(chunk))
              .build();
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

  /** The resumable chunk size a step with {@code streams} streams uses. */
  static int resumableChunkBytes(int streams) {
    return bufferBytes(CLIENT_BUFFER_BUDGET_BYTES / streams, CHUNK_QUANTUM);
  }

  Uploaded upload(BlobInfo info, Payload.Content content, LongConsumer sent) throws Exception {
    if (method == UploadMethod.SIMPLE) {
      return simple(info, content, sent);
    }
    return session(info, content, sent);
  }

  /**
   * One request per attempt, streamed from the shared payload. The client does not retry an upload
   * from a stream (it cannot rewind one); the probe can, so it runs the attempt under the client's
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
                Payload.Content.CheckedStream stream = content.openStream(sent);
                BlobInfo created = storage.create(info, stream, WRITE_OPTIONS);
                crc[0] = stream.crc32c();
                return created;
              },
              options.getRetrySettings(),
              RetryAccounting.countingDefault().getIdempotentHandler(),
              NanoClock.getDefaultClock());
      return new Uploaded(blob, crc[0]);
    } catch (RetryHelper.RetryHelperException failed) {
      throw failed.getCause() instanceof Exception ? (Exception) failed.getCause() : failed;
    }
  }

  /**
   * A write session (resumable or parallel composite): the client chunks, retries what it can and
   * commits. The client attempts the request that finishes a session only once, so a connection
   * reset there would fail the object; the probe then starts the object over in a new session under
   * the same retry settings. The client has already counted that failure as a retry (it asked the
   * counting strategy), so the outer loop asks the plain one, not to count it twice.
   */
  private Uploaded session(BlobInfo info, Payload.Content content, LongConsumer sent)
      throws Exception {
    try {
      return RetryHelper.runWithRetries(
          () -> sessionOnce(info, content, sent),
          options.getRetrySettings(),
          StorageRetryStrategy.getDefaultStorageRetryStrategy().getIdempotentHandler(),
          NanoClock.getDefaultClock());
    } catch (RetryHelper.RetryHelperException failed) {
      throw failed.getCause() instanceof Exception ? (Exception) failed.getCause() : failed;
    }
  }

  private Uploaded sessionOnce(BlobInfo info, Payload.Content content, LongConsumer sent)
      throws Exception {
    BlobWriteSession session = storage.blobWriteSession(info, WRITE_OPTIONS);
    long crc;
    try (WritableByteChannel channel = session.open()) {
      crc = content.writeTo(channel, SLICE_BYTES, sent);
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

package dev.drplan.gcs.probe;

import com.google.api.gax.paging.Page;
import com.google.cloud.ReadChannel;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.Storage.BlobListOption;
import com.google.cloud.storage.StorageException;
import com.google.cloud.storage.StorageOptions;
import dev.drplan.units.DataSize;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;

/**
 * Runs a probe: checks that it may write, runs every step, fits the scalability law and cleans up.
 *
 * <p>Order of steps: for each object size, each operation, each stream count. Reads use a pool of
 * objects written for the purpose before the first read step of a size (not measured). Objects of a
 * write step are deleted as soon as the step ends, and a size's read pool after its last read step,
 * so a run never holds more than one step's objects (unless {@code --keep}).
 *
 * <p>Bounds: the whole run, cleanup included, ends by the deadline. Measuring stops a reserve
 * before it ({@link #cleanupReserveSeconds}) so cleanup has time; a step whose streams are still
 * busy then is abandoned and the run ends as {@code deadline_exceeded}. On Ctrl-C (JVM shutdown) a
 * hook stops the streams and removes the run's objects unless {@code --keep}.
 */
public final class ProbeRunner {

  /** Each reading stream's receive buffer. */
  static final int READ_BUFFER_BYTES = 1024 * 1024;

  /** A step whose first operations all fail this many times in a row is given up. */
  static final int FAILURES_BEFORE_GIVING_UP = 10;

  /** How long a Ctrl-C waits for the streams to finish their current object before cleaning up. */
  static final long INTERRUPT_GRACE_MILLIS = 15_000;

  static final String METADATA_PAYLOAD_OFFSET = "drplan-probe-payload-offset";

  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmss'z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final StorageOptions options;
  private final ProbeSettings settings;
  private final ProbeProgress progress;
  private final Payload payload;

  private volatile boolean interrupted;
  private volatile boolean deadlineHit;
  private volatile String failure;
  private final AtomicBoolean cleanedUp = new AtomicBoolean();
  private final CountDownLatch runEnded = new CountDownLatch(1);
  private volatile RunCleanup cleanup;
  private volatile List<String> leftBehind = List.of();
  private volatile Instant startedAt;
  private volatile long startNanos;
  private volatile String runId;
  private volatile String runFolder;
  private final List<StepResult> steps = new CopyOnWriteArrayList<>();
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  /** Time beyond the deadline the watchdog allows for assembling the report. */
  static final long WATCHDOG_GRACE_MILLIS = 1_000;

  public ProbeRunner(StorageOptions options, ProbeSettings settings, ProbeProgress progress) {
    this(options, settings, progress, new Payload(settings.seed(), Payload.DEFAULT_BUFFER_BYTES));
  }

  ProbeRunner(
      StorageOptions options, ProbeSettings settings, ProbeProgress progress, Payload payload) {
    this.options =
        options.toBuilder().setStorageRetryStrategy(RetryAccounting.countingDefault()).build();
    this.settings = settings;
    this.progress = progress;
    this.payload = payload;
  }

  /** Cleanup's share of the deadline: a fifth of it, from 2 s to 60 s. */
  static double cleanupReserveSeconds(double deadlineSeconds) {
    return Math.max(2, Math.min(60, deadlineSeconds / 5));
  }

  /**
   * Runs the probe; refuses a missing bucket or a non-empty prefix before writing anything.
   *
   * <p>The work runs on its own thread; this one waits no longer than the deadline (plus {@link
   * #WATCHDOG_GRACE_MILLIS} to assemble the report). Should a request hang past every timeout, the
   * run still ends on time, as {@code deadline_exceeded}, naming what may be left.
   */
  public ProbeReport run() throws ProbeRefusedException {
    startedAt = Instant.now();
    startNanos = System.nanoTime();
    FutureTask<ProbeReport> work = new FutureTask<>(this::runWithinDeadline);
    Thread worker = new Thread(work, "probe-run");
    worker.setDaemon(true);
    worker.start();
    long bound = (long) (settings.deadline().seconds() * 1e9) + WATCHDOG_GRACE_MILLIS * 1_000_000;
    try {
      return work.get(bound, TimeUnit.NANOSECONDS);
    } catch (TimeoutException hung) {
      deadlineHit = true;
      worker.interrupt();
      List<String> possiblyLeft = cleanup == null ? List.of() : cleanup.trackedNames();
      return report(
          Outcome.DEADLINE_EXCEEDED,
          "the deadline of "
              + Figures.duration(settings.deadline().seconds())
              + " passed while a request was still waiting for the server (last error: "
              + lastError
              + ")",
          possiblyLeft);
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      if (cause instanceof ProbeRefusedException) {
        throw (ProbeRefusedException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
      interrupted = true;
      return report(Outcome.INTERRUPTED, "interrupted", List.of());
    }
  }

  /** The probe itself, bounded by the deadline through its own checks. */
  private ProbeReport runWithinDeadline() throws ProbeRefusedException {
    long deadlineNanos = startNanos + (long) (settings.deadline().seconds() * 1e9);
    long measureUntil =
        deadlineNanos - (long) (cleanupReserveSeconds(settings.deadline().seconds()) * 1e9);
    GcsLocation location = settings.location();
    Storage storage = options.getService();

    checkMayWrite(storage, location);
    runId = RUN_ID_TIME.format(startedAt) + "-" + randomHex(6);
    runFolder = location.runFolder(runId);
    cleanup = new RunCleanup(storage, location.bucket(), runFolder);
    if (!cleanup.listRunFolder().isEmpty()) {
      throw new ProbeRefusedException(
          "The run folder gs://" + location.bucket() + "/" + runFolder + " already exists.");
    }

    Thread hook = new Thread(() -> onShutdown(deadlineNanos), "probe-shutdown-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    progress.note("writing under gs://" + location.bucket() + "/" + runFolder);

    RampGuard ramp = new RampGuard(!settings.emulator(), startNanos);
    try {
      runSteps(storage, runFolder, steps, warnings, ramp, measureUntil);
    } catch (RuntimeException unexpected) {
      failure = "the probe failed: " + oneLine(unexpected);
    } finally {
      finishCleanup(deadlineNanos);
      runEnded.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is already running; it will find the cleanup done.
      }
    }

    Outcome outcome = Outcome.COMPLETED;
    String message = null;
    if (interrupted) {
      outcome = Outcome.INTERRUPTED;
      message = "interrupted before the last step finished";
    } else if (deadlineHit) {
      outcome = Outcome.DEADLINE_EXCEEDED;
      message =
          "the deadline of "
              + Figures.duration(settings.deadline().seconds())
              + " ended the run before every step finished";
    } else if (failure != null) {
      outcome = Outcome.FAILED;
      message = failure;
    }
    if (!leftBehind.isEmpty()) {
      outcome = Outcome.FAILED;
      message =
          (message == null ? "" : message + "; ")
              + "cleanup could not remove "
              + leftBehind.size()
              + " objects under gs://"
              + location.bucket()
              + "/"
              + runFolder;
    }
    return report(outcome, message, leftBehind);
  }

  private ProbeReport report(Outcome outcome, String message, List<String> left) {
    List<StepResult> measured = List.copyOf(steps);
    return new ProbeReport(
        ProbeReport.SCHEMA,
        runId,
        startedAt.toString(),
        settings.endpoint(),
        settings.emulator(),
        settings.location().bucket(),
        settings.location().prefix(),
        runFolder,
        settings.uploadMethod().label(),
        settings.seed(),
        settings.budget().isTimed() ? settings.budget().duration().seconds() : null,
        settings.budget().isTimed() ? null : settings.budget().bytes().bytes(),
        settings.deadline().seconds(),
        (System.nanoTime() - startNanos) / 1e9,
        outcome,
        message,
        List.copyOf(warnings),
        measured,
        fits(measured),
        new ProbeReport.Cleanup(
            settings.keep(), cleanup == null ? 0 : cleanup.deletedCount(), left));
  }

  private void checkMayWrite(Storage storage, GcsLocation location) throws ProbeRefusedException {
    try {
      if (storage.get(location.bucket()) == null) {
        throw new ProbeRefusedException(
            "The bucket "
                + location.bucket()
                + " does not exist, or these credentials cannot see it. drplan probe never creates"
                + " buckets: create it (or pick one you may write to) and run the probe again.");
      }
      if (settings.allowNonempty()) {
        return;
      }
      Page<Blob> page =
          storage.list(
              location.bucket(),
              BlobListOption.prefix(location.prefix()),
              BlobListOption.pageSize(1));
      for (Blob existing : page.getValues()) {
        throw new ProbeRefusedException(
            location
                + " already holds objects (for example gs://"
                + location.bucket()
                + "/"
                + existing.getName()
                + "). The probe writes only under a new folder drplan-probe-<run id>/ there and"
                + " deletes only what it wrote, but it refuses a non-empty prefix so that test"
                + " traffic never mixes with data that matters. Choose an empty prefix, or pass"
                + " --allow-nonempty if you are sure.");
      }
    } catch (StorageException unreachable) {
      throw new IllegalStateException(
          "cannot reach " + location + ": " + oneLine(unreachable), unreachable);
    }
  }

  private void runSteps(
      Storage storage,
      String runFolder,
      List<StepResult> steps,
      List<String> warnings,
      RampGuard ramp,
      long measureUntil) {
    int total = settings.stepCount();
    int number = 0;
    int maxStreams = Collections.max(settings.streams());
    for (DataSize size : settings.objectSizes()) {
      List<PoolObject> pool = null;
      for (Operation operation : settings.operations()) {
        for (int streams : settings.streams()) {
          if (shouldStop(measureUntil)) {
            return;
          }
          number++;
          if (operation == Operation.READ && pool == null) {
            progress.note(
                "preparing "
                    + maxStreams
                    + " objects of "
                    + Figures.size(size.bytes())
                    + " to read (not measured)");
            pool = preparePool(storage, runFolder, size, maxStreams, measureUntil);
            if (pool == null) {
              return;
            }
          }
          progress.stepStarted(number, total, describe(operation, size, streams));
          ConcurrentLinkedQueue<String> written = new ConcurrentLinkedQueue<>();
          StepResult result =
              runStep(
                  storage,
                  runFolder,
                  operation,
                  size,
                  streams,
                  pool,
                  written,
                  ramp,
                  number,
                  total,
                  measureUntil);
          steps.add(result);
          progress.stepFinished(result);
          for (String warning : result.warnings()) {
            progress.note("warning: " + describe(operation, size, streams) + ": " + warning);
          }
          if (!settings.keep() && !written.isEmpty()) {
            cleanup.delete(written, measureUntil + (long) 1e9);
          }
          if (result.objects() == 0 && failure == null && !deadlineHit && !interrupted) {
            failure =
                describe(operation, size, streams)
                    + ": every operation failed (last error: "
                    + lastError
                    + ")";
          }
          if (failure != null) {
            return;
          }
        }
      }
      if (pool != null && !settings.keep()) {
        List<String> names = new ArrayList<>();
        for (PoolObject object : pool) {
          names.add(object.name());
        }
        cleanup.delete(names, measureUntil + (long) 1e9);
      }
    }
    if (!settings.emulator() && !warnings.contains(RAMP_NOTE)) {
      for (StepResult step : steps) {
        if (!step.warnings().isEmpty()) {
          warnings.add(RAMP_NOTE);
          break;
        }
      }
    }
  }

  static final String RAMP_NOTE =
      "some steps were held to GCS's request-rate ramp (reference/gcs.md §3.1) and measured the"
          + " ramp rather than the bucket's capacity; run longer steps to measure beyond it";

  private volatile String lastError = "none";

  private boolean shouldStop(long measureUntil) {
    if (interrupted) {
      return true;
    }
    if (System.nanoTime() >= measureUntil) {
      deadlineHit = true;
      return true;
    }
    return false;
  }

  private static String describe(Operation operation, DataSize size, int streams) {
    return operation.label() + " " + Figures.size(size.bytes()) + " x " + streams + " streams";
  }

  /** An object written to be read. */
  record PoolObject(String name, long generation, long crc32c, long size) {}

  private List<PoolObject> preparePool(
      Storage storage, String runFolder, DataSize size, int count, long measureUntil) {
    PoolObject[] pool = new PoolObject[count];
    AtomicInteger next = new AtomicInteger();
    int threads = Math.min(count, 8);
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("probe-prepare"));
    try (Uploader uploader = new Uploader(settings.uploadMethod(), options, threads)) {
      for (int t = 0; t < threads; t++) {
        workers.execute(
            () -> {
              int i;
              while ((i = next.getAndIncrement()) < count && !shouldStop(measureUntil)) {
                String name = runFolder + "r-" + Figures.sizeLabel(size) + "/" + i;
                Payload.Content content =
                    payload.content(payload.startOffset(i), (long) size.bytes());
                try {
                  Uploader.Uploaded up = uploader.upload(blobInfo(name, content), content, n -> {});
                  cleanup.track(name, up.blob().getGeneration());
                  pool[i] =
                      new PoolObject(
                          name, up.blob().getGeneration(), crc32c(up.blob()), content.length());
                } catch (Exception e) {
                  lastError = oneLine(e);
                }
              }
            });
      }
      workers.shutdown();
      long left = Math.max(0, measureUntil - System.nanoTime());
      if (!workers.awaitTermination(left, TimeUnit.NANOSECONDS)) {
        deadlineHit = !interrupted;
        workers.shutdownNow();
        return null;
      }
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
      return null;
    } catch (Exception closing) {
      lastError = oneLine(closing);
    }
    List<PoolObject> ready = new ArrayList<>();
    for (PoolObject object : pool) {
      if (object == null) {
        if (!interrupted && !deadlineHit) {
          failure = "could not prepare the objects to read (last error: " + lastError + ")";
        }
        return null;
      }
      ready.add(object);
    }
    return ready;
  }

  private StepResult runStep(
      Storage storage,
      String runFolder,
      Operation operation,
      DataSize size,
      int streams,
      List<PoolObject> pool,
      ConcurrentLinkedQueue<String> written,
      RampGuard ramp,
      int number,
      int total,
      long measureUntil) {
    long start = System.nanoTime();
    StepBudget budget = settings.budget();
    long stepEnd =
        budget.isTimed() ? start + (long) (budget.duration().seconds() * 1e9) : Long.MAX_VALUE;
    AtomicLong remaining =
        new AtomicLong(budget.isTimed() ? Long.MAX_VALUE : budget.objectCount(size));
    double plannedBytes = budget.isTimed() ? 0 : budget.objectCount(size) * size.bytes();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong objectIndex = new AtomicLong(number * 1_000_003L);
    AtomicInteger failuresWithoutSuccess = new AtomicInteger();
    StepMeter meter =
        new StepMeter(
            operation,
            size.bytes(),
            streams,
            operation == Operation.WRITE ? settings.uploadMethod().label() : null,
            start);
    String stepFolder =
        runFolder + "w-" + Figures.sizeLabel(size) + "-s" + streams + "-" + number + "/";

    Uploader uploader =
        operation == Operation.WRITE
            ? new Uploader(settings.uploadMethod(), options, streams)
            : null;
    ExecutorService workers = Executors.newFixedThreadPool(streams, daemon("probe-stream"));
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(daemon("probe-ticker"));
    AtomicInteger second = new AtomicInteger();
    int stepsLeftAfter = total - number;
    ticker.scheduleAtFixedRate(
        () -> {
          int s = second.incrementAndGet();
          meter.sample(s, 1.0);
          double elapsed = (System.nanoTime() - start) / 1e9;
          double rate = meter.bytesMoved() / Math.max(elapsed, 1e-9);
          double fraction;
          double left;
          if (budget.isTimed()) {
            double d = budget.duration().seconds();
            fraction = elapsed / d;
            left = Math.max(0, d - elapsed) + stepsLeftAfter * d;
          } else {
            fraction = meter.bytesMoved() / plannedBytes;
            left =
                rate > 0
                    ? (Math.max(0, plannedBytes - meter.bytesMoved())
                            + stepsLeftAfter * plannedBytes)
                        / rate
                    : Double.NaN;
          }
          progress.tick(fraction, rate, left, s);
        },
        1,
        1,
        TimeUnit.SECONDS);

    for (int stream = 0; stream < streams; stream++) {
      int streamIndex = stream;
      workers.execute(
          () -> {
            ByteBuffer readBuffer =
                operation == Operation.READ ? ByteBuffer.allocate(READ_BUFFER_BYTES) : null;
            int sequence = 0;
            while (!stop.get() && !interrupted) {
              long now = System.nanoTime();
              if (now >= stepEnd || now >= measureUntil || remaining.getAndDecrement() <= 0) {
                return;
              }
              try {
                ramp.acquire(operation);
              } catch (InterruptedException e) {
                return;
              }
              long index = objectIndex.getAndIncrement();
              boolean ok =
                  operation == Operation.WRITE
                      ? writeOne(
                          uploader,
                          stepFolder + streamIndex + "-" + sequence++,
                          index,
                          size,
                          streamIndex,
                          meter,
                          written)
                      : readOne(
                          storage,
                          pool.get((int) Math.floorMod(index, (long) pool.size())),
                          streamIndex,
                          meter,
                          readBuffer);
              if (ok) {
                failuresWithoutSuccess.set(Integer.MIN_VALUE);
              } else if (failuresWithoutSuccess.incrementAndGet() >= FAILURES_BEFORE_GIVING_UP) {
                stop.set(true);
              }
            }
          });
    }
    workers.shutdown();
    try {
      long left = Math.max(0, measureUntil - System.nanoTime());
      if (!workers.awaitTermination(left, TimeUnit.NANOSECONDS)) {
        stop.set(true);
        if (!interrupted) {
          deadlineHit = true;
          meter.warn("abandoned at the deadline with operations still in flight");
        }
        workers.shutdownNow();
        workers.awaitTermination(1, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ticker.shutdownNow();
      if (uploader != null) {
        try {
          uploader.close();
        } catch (Exception ignored) {
          // Closing the client after the step; nothing left to measure.
        }
      }
    }
    double tail = ((System.nanoTime() - start) / 1e9) - second.get();
    if (tail > 0.05) {
      meter.sample(second.get() + 1, tail);
    }
    if (ramp.takeHeldBack()) {
      meter.warn(
          "request starts were held to GCS's ramp-up guidance (1,000 writes/s or 5,000 reads/s,"
              + " doubling at most every 20 minutes); this step is too short to show the bucket's"
              + " capacity");
    }
    return meter.result(System.nanoTime());
  }

  private boolean writeOne(
      Uploader uploader,
      String name,
      long index,
      DataSize size,
      int stream,
      StepMeter meter,
      ConcurrentLinkedQueue<String> written) {
    Payload.Content content = payload.content(payload.startOffset(index), (long) size.bytes());
    RetryAccounting.Tally tally = new RetryAccounting.Tally();
    long begin = System.nanoTime();
    try {
      Uploader.Uploaded up =
          RetryAccounting.within(
              tally, () -> uploader.upload(blobInfo(name, content), content, meter::moved));
      long end = System.nanoTime();
      cleanup.track(name, up.blob().getGeneration());
      written.add(name);
      Boolean matched = up.blob().getCrc32c() == null ? null : crc32c(up.blob()) == up.sentCrc32c();
      meter.finished(stream, end, end - begin, content.length(), true, matched, tally, null);
      return true;
    } catch (Exception e) {
      lastError = oneLine(e);
      meter.finished(
          stream, System.nanoTime(), 0, 0, false, null, tally, RetryAccounting.kindOf(e));
      return false;
    }
  }

  private boolean readOne(
      Storage storage, PoolObject object, int stream, StepMeter meter, ByteBuffer buffer) {
    RetryAccounting.Tally tally = new RetryAccounting.Tally();
    long begin = System.nanoTime();
    long[] firstByte = {0};
    try {
      long crc =
          RetryAccounting.within(
              tally,
              () -> {
                CRC32C checksum = new CRC32C();
                BlobId id =
                    BlobId.of(settings.location().bucket(), object.name(), object.generation());
                try (ReadChannel reader = storage.reader(id)) {
                  int n;
                  buffer.clear();
                  while ((n = reader.read(buffer)) >= 0) {
                    if (n > 0 && firstByte[0] == 0) {
                      firstByte[0] = System.nanoTime();
                    }
                    buffer.flip();
                    checksum.update(buffer);
                    buffer.clear();
                    meter.moved(n);
                  }
                }
                return checksum.getValue();
              });
      long end = System.nanoTime();
      long ttfb = (firstByte[0] == 0 ? end : firstByte[0]) - begin;
      meter.finished(stream, end, ttfb, object.size(), true, crc == object.crc32c(), tally, null);
      return true;
    } catch (Exception e) {
      lastError = oneLine(e);
      meter.finished(
          stream, System.nanoTime(), 0, 0, false, null, tally, RetryAccounting.kindOf(e));
      return false;
    }
  }

  private BlobInfo blobInfo(String name, Payload.Content content) {
    return BlobInfo.newBuilder(settings.location().bucket(), name)
        .setContentType("application/octet-stream")
        .setMetadata(Map.of(METADATA_PAYLOAD_OFFSET, Integer.toString(content.startOffset())))
        .build();
  }

  /** The CRC32C the server reports for {@code blob}, as an unsigned value. */
  static long crc32c(BlobInfo blob) {
    byte[] bytes = Base64.getDecoder().decode(blob.getCrc32c());
    long value = 0;
    for (byte b : bytes) {
      value = (value << 8) | (b & 0xff);
    }
    return value;
  }

  private List<ProbeReport.Scalability> fits(List<StepResult> steps) {
    List<ProbeReport.Scalability> fits = new ArrayList<>();
    for (Operation operation : settings.operations()) {
      for (DataSize size : settings.objectSizes()) {
        List<UslFit.Point> points = new ArrayList<>();
        for (StepResult step : steps) {
          if (step.operation() == operation
              && step.objectSizeBytes() == size.bytes()
              && step.objects() > 0) {
            points.add(new UslFit.Point(step.streams(), step.aggregateThroughputBytesPerSecond()));
          }
        }
        fits.add(ProbeReport.Scalability.of(operation, size.bytes(), UslFit.fit(points)));
      }
    }
    return fits;
  }

  private void finishCleanup(long deadlineNanos) {
    if (!cleanedUp.compareAndSet(false, true)) {
      return;
    }
    if (settings.keep()) {
      progress.note("keeping the run's objects (--keep)");
      return;
    }
    progress.note("removing the run's objects");
    leftBehind = cleanup.deleteEverything(deadlineNanos);
  }

  private void onShutdown(long deadlineNanos) {
    interrupted = true;
    try {
      if (runEnded.await(INTERRUPT_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    finishCleanup(deadlineNanos);
    progress.note(
        leftBehind.isEmpty()
            ? "interrupted; the run's objects are removed"
            : "interrupted; could not remove " + leftBehind.size() + " objects");
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static String randomHex(int digits) {
    SecureRandom random = new SecureRandom();
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < digits; i++) {
      hex.append(Character.forDigit(random.nextInt(16), 16));
    }
    return hex.toString();
  }

  /** An exception as one line: its message, else its class, plus the root cause's message. */
  static String oneLine(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root != t && root.getMessage() != null && !message.contains(root.getMessage())) {
      message = message + ": " + root.getMessage();
    }
    return message.replaceAll("\\s+", " ").trim();
  }
}

package dev.drplan.gcs.probe;

import com.google.api.gax.paging.Page;
import com.google.cloud.ReadChannel;
import com.google.cloud.http.HttpTransportOptions;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.Storage.BlobListOption;
import com.google.cloud.storage.StorageException;
import com.google.cloud.storage.StorageOptions;
import com.google.cloud.storage.StorageRetryStrategy;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32C;

/**
 * Runs a probe: checks that it may write, runs every step, fits the scalability law and cleans up.
 *
 * <p>Order of steps: for each object size, each operation, each stream count. Reads use a pool of
 * objects written for the purpose before the first read step of a size (not measured). Objects of a
 * write step are deleted as soon as the step ends, and a size's read pool after its last read step,
 * so a run never holds more than one step's objects (unless {@code --keep}).
 *
 * <p>Stopping early: the deadline, a server that no longer answers, or {@link #interrupt()} (the
 * command calls it on SIGINT or SIGTERM) stop the streams at once, abandon uploads in flight at
 * their next slice, and leave the rest of the deadline to cleanup. A step cut short is not
 * reported: {@code steps} holds only steps that ran to their budget. Retries follow {@link
 * RetryGate}: one budget, the client's, never carried past the deadline.
 *
 * <p>Bounds: the whole run, cleanup included, ends by the deadline. Measuring stops a reserve
 * before it ({@link #cleanupReserveSeconds}) so cleanup has time; every cleanup request is bounded
 * by the deadline; and {@link #run()} returns by the deadline even if a request hangs.
 */
public final class ProbeRunner {

  /** Each reading stream's receive buffer. */
  static final int READ_BUFFER_BYTES = 1024 * 1024;

  /** A step whose first operations all fail this many times in a row is given up. */
  static final int FAILURES_BEFORE_GIVING_UP = 10;

  /** After {@link #interrupt()}, the longest cleanup may take (the deadline may come sooner). */
  static final long INTERRUPT_CLEANUP_NANOS = TimeUnit.SECONDS.toNanos(30);

  /**
   * Once a run stops, the longest its streams may take to end the operation in hand (an upload
   * whose last request is already sent), so that cleanup sees its object; at most half the time
   * left before the deadline.
   */
  static final long STOP_GRACE_NANOS = TimeUnit.SECONDS.toNanos(10);

  /** Time beyond the deadline {@link #run()} allows for assembling the report. */
  static final long WATCHDOG_GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

  /**
   * While a fleet worker waits for the common start, it asks the server for the time this many
   * times, {@link #CLOCK_SAMPLE_SPACING_NANOS} apart, just before the start; after cleanup it asks
   * {@link #CLOCK_SAMPLES_AFTER} times. Answers at different fractions of a second narrow the
   * estimate of the clock's offset below the one-second resolution of the {@code Date} header
   * ({@link ClockSkew}).
   */
  static final int CLOCK_SAMPLES_BEFORE = 30;

  static final int CLOCK_SAMPLES_AFTER = 12;

  /** 110 ms: not a divisor of a second, so successive answers fall at different fractions of it. */
  static final long CLOCK_SAMPLE_SPACING_NANOS = TimeUnit.MILLISECONDS.toNanos(110);

  static final String METADATA_PAYLOAD_OFFSET = "drplan-probe-payload-offset";

  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmss'z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /**
   * Why a run stopped before its last step; the first reason wins.
   *
   * @param early the run was stopped from outside its steps (a signal, the deadline, a server it
   *     cannot reach), so the message says how far it got
   */
  private record Stop(Outcome outcome, String message, boolean early) {}

  private final StorageOptions options;
  private final StorageOptions checkOptions;
  private final double checkReadSeconds;
  private final StorageRetryStrategy retryStrategy;
  private final RetryGate gate = new RetryGate();
  private final ServerClock serverClock = new ServerClock();
  private final ProbeSettings settings;
  private final ProbeProgress progress;
  private final Payload payload;

  private final AtomicReference<Stop> stop = new AtomicReference<>();
  private final AtomicBoolean finished = new AtomicBoolean();
  private volatile boolean signalled;
  private volatile boolean unreachable;
  private volatile long startNanos;
  private volatile long beginNanos;
  private volatile WallClock clock;
  private volatile long deadlineNanos = Long.MAX_VALUE;
  private volatile Instant startedAt;
  private volatile String runId;
  private volatile String runFolder;
  private volatile RunCleanup cleanup;
  private volatile String cutShort;
  private volatile String lastError = "none";
  private final List<StepResult> steps = new CopyOnWriteArrayList<>();
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  public ProbeRunner(StorageOptions options, ProbeSettings settings, ProbeProgress progress) {
    this(options, settings, progress, new Payload(settings.seed(), Payload.DEFAULT_BUFFER_BYTES));
  }

  ProbeRunner(
      StorageOptions options, ProbeSettings settings, ProbeProgress progress, Payload payload) {
    int keptIdle = IdleConnections.keepAll();
    int mostStreams = Collections.max(settings.streams());
    if (keptIdle < mostStreams) {
      warnings.add(
          IdleConnections.PROPERTY
              + "="
              + keptIdle
              + " keeps fewer idle connections than the "
              + mostStreams
              + " streams: requests beyond that open a connection each, which lowers what the"
              + " steps with more streams measure");
    }
    String compilerWarning = compilerWarning(settings.endpoint(), CompilerLimit.ofThisJvm());
    if (compilerWarning != null) {
      warnings.add(compilerWarning);
    }
    this.retryStrategy = gate.strategy(StorageRetryStrategy.getDefaultStorageRetryStrategy());
    this.options =
        options.toBuilder()
            .setStorageRetryStrategy(retryStrategy)
            .setTransportOptions(
                RetryAccounting.counting(
                    options.getTransportOptions(), gate::answered, serverClock))
            .build();
    // Reachability checks: one attempt, outside the gate (whose decisions they inform), answered
    // within CHECK_READ_TIMEOUT or taken as no answer.
    HttpTransportOptions transport = (HttpTransportOptions) this.options.getTransportOptions();
    int checkReadMillis =
        (int)
            Math.min(
                transport.getReadTimeout() > 0 ? transport.getReadTimeout() : Integer.MAX_VALUE,
                ProbeStorageOptions.CHECK_READ_TIMEOUT.toMillis());
    this.checkReadSeconds = checkReadMillis / 1000.0;
    this.checkOptions =
        this.options.toBuilder()
            .setStorageRetryStrategy(StorageRetryStrategy.getDefaultStorageRetryStrategy())
            .setRetrySettings(this.options.getRetrySettings().toBuilder().setMaxAttempts(1).build())
            .setTransportOptions(transport.toBuilder().setReadTimeout(checkReadMillis).build())
            .build();
    this.settings = settings;
    gate.checkWith(
        new RetryGate.Reachability() {
          @Override
          public Throwable check() {
            return askServer();
          }

          @Override
          public void unreachable(Throwable failure) {
            unreachable = true;
            stopEarly(
                Outcome.FAILED,
                "cannot reach " + settings.endpoint() + " (" + checkFailed(failure) + ")");
          }
        });
    this.progress = progress;
    this.payload = payload;
  }

  /**
   * The warning for a run over HTTPS in a JVM kept from C2 by {@code compilerLimit} (an option, or
   * null when C2 is there), or null: over plain HTTP (an emulator) C1's code keeps up.
   */
  static String compilerWarning(String endpoint, String compilerLimit) {
    if (compilerLimit == null || !endpoint.startsWith("https:")) {
      return null;
    }
    return "this JVM runs without its optimising compiler ("
        + compilerLimit
        + "), so TLS encrypts and decrypts at some tens of MB/s a core: the steps may measure the"
        + " probe's CPU rather than the link (./drplan probe runs it with the compiler)";
  }

  /** Cleanup's share of the deadline: a fifth of it, from 2 s to 60 s. */
  static double cleanupReserveSeconds(double deadlineSeconds) {
    return Math.max(2, Math.min(60, deadlineSeconds / 5));
  }

  /**
   * Stops the run as interrupted (SIGINT or SIGTERM): the streams stop now, cleanup gets at most
   * {@link #INTERRUPT_CLEANUP_NANOS} (or what is left of the deadline), and {@link #run()} then
   * returns a report whose outcome is {@code interrupted}. Does nothing once the run has ended.
   */
  public void interrupt() {
    if (finished.get()) {
      return;
    }
    signalled = true;
    long now = System.nanoTime();
    if (now + INTERRUPT_CLEANUP_NANOS - deadlineNanos < 0) {
      deadlineNanos = now + INTERRUPT_CLEANUP_NANOS;
    }
    gate.openUntil(now);
    stopEarly(Outcome.INTERRUPTED, "interrupted by a signal");
  }

  /** Seconds until {@link #run()} returns at the latest (after a signal), or 0 once it has. */
  public double secondsLeft() {
    if (finished.get()) {
      return 0;
    }
    if (deadlineNanos == Long.MAX_VALUE) {
      // Not started yet: once it starts, a signalled run stops at once and cleans up.
      return (INTERRUPT_CLEANUP_NANOS + WATCHDOG_GRACE_NANOS) / 1e9;
    }
    return Math.max(0, (deadlineNanos + WATCHDOG_GRACE_NANOS - System.nanoTime()) / 1e9);
  }

  /**
   * Runs the probe; refuses a missing bucket or a non-empty prefix before writing anything.
   *
   * <p>The work runs on its own thread; this one waits no longer than the deadline (plus {@link
   * #WATCHDOG_GRACE_NANOS} to assemble the report). Should a request hang past every bound, the run
   * still ends on time, naming what may be left.
   */
  public ProbeReport run() throws ProbeRefusedException {
    clock = WallClock.startingNow();
    serverClock.start(clock);
    startedAt = clock.anchor();
    startNanos = clock.anchorNanos();
    beginNanos =
        settings.fleet() == null
            ? startNanos
            : Math.max(startNanos, clock.nanosAt(settings.fleet().startInstant()));
    long deadline = beginNanos + (long) (settings.deadline().seconds() * 1e9);
    if (!signalled || deadline - deadlineNanos < 0) {
      deadlineNanos = deadline;
    }
    FutureTask<ProbeReport> work = new FutureTask<>(this::runWithinDeadline);
    Thread worker = new Thread(work, "probe-run");
    worker.setDaemon(true);
    worker.start();
    try {
      return awaitWithinDeadline(work);
    } catch (TimeoutException hung) {
      stopEarly(
          Outcome.DEADLINE_EXCEEDED,
          "the deadline of "
              + Figures.duration(settings.deadline().seconds())
              + " passed while a request was still waiting for the server (last error: "
              + lastError
              + ")");
      gate.close();
      worker.interrupt();
      return report(cleanup == null ? null : cleanup.unconfirmed());
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      if (cause instanceof ProbeRefusedException) {
        throw (ProbeRefusedException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException stopWaiting) {
      Thread.currentThread().interrupt();
      stop(Outcome.INTERRUPTED, "interrupted: the thread waiting for the probe was interrupted");
      gate.close();
      worker.interrupt();
      return report(cleanup == null ? null : cleanup.unconfirmed());
    } finally {
      finished.set(true);
    }
  }

  /** The work's report, waiting no longer than the deadline, which {@link #interrupt} may move. */
  private ProbeReport awaitWithinDeadline(FutureTask<ProbeReport> work)
      throws TimeoutException, ExecutionException, InterruptedException {
    while (true) {
      long left = deadlineNanos + WATCHDOG_GRACE_NANOS - System.nanoTime();
      if (left <= 0) {
        throw new TimeoutException();
      }
      try {
        return work.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
      } catch (TimeoutException notYet) {
        // Look at the deadline again: a signal may have brought it forward.
      }
    }
  }

  /** The probe itself, bounded by the deadline through its own checks. */
  private ProbeReport runWithinDeadline() throws ProbeRefusedException {
    long measureUntil =
        beginNanos
            + (long)
                ((settings.deadline().seconds()
                        - cleanupReserveSeconds(settings.deadline().seconds()))
                    * 1e9);
    gate.openUntil(measureUntil);
    GcsLocation location = settings.location();
    Storage storage = options.getService();

    // First contact: one request, answered within the check's timeout, before the client's
    // retries (each attempt waiting out READ_TIMEOUT) could hold a silent server for minutes. A
    // connection reset or closed by a peer that is there is asked again (a flaky link, not a dead
    // server); a refused connection or silence is the answer.
    Throwable silent = askServer();
    for (int again = 0; again < FIRST_CONTACT_RETRIES && hungUp(silent); again++) {
      sleepQuietly(100L << again);
      silent = askServer();
    }
    if (silent != null) {
      throw new IllegalStateException(
          "cannot reach "
              + settings.endpoint()
              + " ("
              + checkFailed(silent)
              + "); nothing was written",
          silent);
    }
    checkMayWrite(storage, location);
    FleetWorker fleet = settings.fleet();
    if (fleet == null) {
      runId = RUN_ID_TIME.format(startedAt) + "-" + randomHex(6);
      runFolder = location.runFolder(runId);
    } else {
      runId = fleet.runId() + "-worker-" + fleet.index();
      runFolder = fleet.workerFolder(location);
    }
    RampGuard ramp = new RampGuard(!settings.emulator(), beginNanos);
    RunCleanup runCleanup = new RunCleanup(storage, location.bucket(), runFolder, ramp);
    List<String> existing = runCleanup.listRunFolder(measureUntil);
    if (existing == null || !existing.isEmpty()) {
      String failure = runCleanup.listingFailure();
      Map<String, Integer> failedAttempts = runCleanup.listingFailedAttempts();
      runCleanup.close();
      throw new ProbeRefusedException(
          existing == null
              ? "Could not list the new run folder gs://"
                  + location.bucket()
                  + "/"
                  + runFolder
                  + " to check that it is empty ("
                  + (failure != null
                      ? failure
                      : measuringTimeTooShort(settings.deadline().seconds(), failedAttempts))
                  + "); nothing was written."
              : "The run folder gs://" + location.bucket() + "/" + runFolder + " already exists.");
    }
    cleanup = runCleanup;
    progress.note("writing under gs://" + location.bucket() + "/" + runFolder);

    RunCleanup.Result result;
    try {
      if (fleet == null || awaitStart(fleet)) {
        serverClock.stepsBegin();
        runSteps(storage, runFolder, ramp, measureUntil);
      }
    } catch (RuntimeException unexpected) {
      stop(Outcome.FAILED, "the probe failed: " + oneLine(unexpected));
    } finally {
      serverClock.stepsEnded();
      result = finishCleanup();
      runCleanup.close();
    }
    if (fleet != null) {
      askServerTime(CLOCK_SAMPLES_AFTER, deadlineNanos - TimeUnit.SECONDS.toNanos(2));
    }
    return report(result);
  }

  /**
   * Waits for the fleet's common start, asking the server for the time just before it ({@link
   * #CLOCK_SAMPLES_BEFORE} answers); returns false when the run was stopped meanwhile.
   */
  private boolean awaitStart(FleetWorker fleet) {
    long waitNanos = beginNanos - System.nanoTime();
    if (waitNanos > 0) {
      progress.note(
          "worker "
              + fleet.index()
              + " of "
              + fleet.size()
              + " in fleet run "
              + fleet.runId()
              + ": waiting "
              + Figures.duration(waitNanos / 1e9)
              + " for the common start at "
              + fleet.startAt());
    }
    long sampleFrom = beginNanos - CLOCK_SAMPLES_BEFORE * CLOCK_SAMPLE_SPACING_NANOS;
    boolean asked = false;
    try {
      while (!stopped()) {
        long now = System.nanoTime();
        if (now - beginNanos >= 0) {
          return true;
        }
        if (!asked && now - sampleFrom >= 0) {
          askServerTime(CLOCK_SAMPLES_BEFORE, beginNanos);
          asked = true;
          continue;
        }
        long wakeUp = asked ? beginNanos : sampleFrom;
        sleepUntil(Math.min(wakeUp, now + TimeUnit.MILLISECONDS.toNanos(200)));
      }
    } catch (InterruptedException stopWaiting) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  /**
   * Asks the server for its bucket up to {@code times} times, {@link #CLOCK_SAMPLE_SPACING_NANOS}
   * apart, until {@code untilNanos} or a stop, for the {@code Date} of its answers ({@link
   * ServerClock}); one attempt each, failures ignored.
   */
  private void askServerTime(int times, long untilNanos) {
    try (Storage check = checkOptions.getService()) {
      for (int i = 0; i < times; i++) {
        long next = System.nanoTime() + CLOCK_SAMPLE_SPACING_NANOS;
        if (next - untilNanos > 0 || signalled) {
          return;
        }
        try {
          RetryAccounting.within(null, () -> check.get(settings.location().bucket()));
        } catch (Exception noAnswer) {
          return;
        }
        sleepUntil(next);
      }
    } catch (InterruptedException stopWaiting) {
      Thread.currentThread().interrupt();
    } catch (Exception closing) {
      // Only the time was asked for.
    }
  }

  /**
   * Why step {@code number} (from 1) can be late for its slot: the first step, when it has the
   * first slot, only because the worker was ready after the common start.
   */
  static String lateBecause(int number, int firstSlot) {
    if (number == 1 && firstSlot == 0) {
      return "this worker was ready only after the common start: its start-up and checks took"
          + " longer than the time left before --start-at";
    }
    if (number == 1) {
      return "this worker's start-up or writing the objects to read took longer than the first"
          + " slot allows";
    }
    return "the previous step's end, cleanup or the read objects took longer than the slot allows";
  }

  private static void sleepUntil(long nanos) throws InterruptedException {
    long left = nanos - System.nanoTime();
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }

  private void stop(Outcome outcome, String message) {
    stop.compareAndSet(null, new Stop(outcome, message, false));
  }

  private void stopEarly(Outcome outcome, String message) {
    stop.compareAndSet(null, new Stop(outcome, message, true));
  }

  private boolean stopped() {
    return stop.get() != null;
  }

  private ProbeReport report(RunCleanup.Result cleaned) {
    Stop reason = stop.get();
    Outcome outcome = reason == null ? Outcome.COMPLETED : reason.outcome();
    String message = reason == null ? null : reason.message();
    if (signalled && outcome != Outcome.INTERRUPTED) {
      message = "interrupted by a signal; before that, " + message;
      outcome = Outcome.INTERRUPTED;
    }
    if (signalled || (reason != null && reason.early())) {
      message = message + " after " + steps.size() + " of " + settings.stepCount() + " steps";
    }
    if (message != null && cutShort != null) {
      message = message + "; " + cutShort + " was cut short and is not in the report";
    }
    ProbeReport.Cleanup summary = cleanupSummary(cleaned);
    String problem = cleanupProblem(cleaned);
    if (problem != null) {
      if (outcome == Outcome.COMPLETED) {
        outcome = Outcome.FAILED;
      }
      message = (message == null ? "" : message + "; ") + problem;
    }
    List<StepResult> measured = List.copyOf(steps);
    return new ProbeReport(
        ProbeReport.SCHEMA,
        runId,
        startedAt.toString(),
        settings.fleet(),
        settings.endpoint(),
        settings.emulator(),
        settings.location().bucket(),
        settings.location().prefix(),
        runFolder,
        settings.uploadMethod().label(),
        settings.seed(),
        settings.plan(),
        settings.budget().isTimed() ? settings.budget().duration().seconds() : null,
        settings.budget().isTimed() ? null : settings.budget().bytes().bytes(),
        settings.deadline().seconds(),
        (System.nanoTime() - startNanos) / 1e9,
        outcome,
        message,
        List.copyOf(warnings),
        new ProbeReport.Clock(serverClock.beforeSteps(), serverClock.afterSteps()),
        measured,
        fits(measured),
        summary);
  }

  private ProbeReport.Cleanup cleanupSummary(RunCleanup.Result cleaned) {
    if (settings.keep()) {
      return new ProbeReport.Cleanup(true, 0, List.of(), null, 0);
    }
    if (cleaned == null) {
      return new ProbeReport.Cleanup(false, 0, List.of(), false, 0);
    }
    return new ProbeReport.Cleanup(
        false,
        cleaned.deleted(),
        cleaned.leftBehind(),
        cleaned.listedEmpty(),
        cleaned.uploadsInFlight());
  }

  /**
   * What cleanup could not do, in words, or {@code null} when a listing showed the run folder empty
   * with no upload in flight (or {@code --keep} kept everything, or nothing was written).
   */
  private String cleanupProblem(RunCleanup.Result cleaned) {
    if (settings.keep() || runFolder == null) {
      return null;
    }
    if (cleaned == null) {
      return "cleanup did not run; objects may be left under gs://"
          + settings.location().bucket()
          + "/"
          + runFolder;
    }
    return cleaned.problem();
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
      FleetWorker fleet = settings.fleet();
      if (fleet != null) {
        checkNotReported(storage, location, fleet);
      }
      if (settings.allowNonempty()) {
        return;
      }
      Blob existing = fleet == null ? anyObject(storage, location) : anyOther(storage, location);
      if (existing != null) {
        throw new ProbeRefusedException(
            location
                + " already holds objects (for example gs://"
                + location.bucket()
                + "/"
                + existing.getName()
                + "). The probe writes only under a new folder "
                + (fleet == null ? "drplan-probe-<run id>/" : "drplan-fleet-" + fleet.runId() + "/")
                + " there and deletes only what it wrote, but it refuses a non-empty prefix so"
                + " that test traffic never mixes with data that matters. Choose an empty prefix,"
                + " or pass --allow-nonempty if you are sure.");
      }
    } catch (StorageException failed) {
      if (RetryAccounting.noAnswer(failed)) {
        throw new IllegalStateException(
            "cannot reach "
                + settings.endpoint()
                + " ("
                + noAnswer(failed)
                + "); nothing was written",
            failed);
      }
      throw new IllegalStateException(
          "the server at " + settings.endpoint() + " refused " + location + ": " + oneLine(failed),
          failed);
    }
  }

  /** An object under the prefix, or {@code null} when there is none. */
  private static Blob anyObject(Storage storage, GcsLocation location) {
    Page<Blob> page =
        storage.list(
            location.bucket(),
            BlobListOption.prefix(location.prefix()),
            BlobListOption.pageSize(1));
    for (Blob existing : page.getValues()) {
      return existing;
    }
    return null;
  }

  /**
   * For a fleet worker: an object or folder under the prefix other than the fleet's run folder
   * (which the other workers are filling), or {@code null}. One listing by folder ("/" as the
   * delimiter) shows the prefix's own objects and its folders, so the run folder's contents are not
   * listed one by one.
   */
  private Blob anyOther(Storage storage, GcsLocation location) {
    String fleetFolder = settings.fleet().runFolder(location);
    Page<Blob> page =
        storage.list(
            location.bucket(),
            BlobListOption.prefix(location.prefix()),
            BlobListOption.currentDirectory(),
            BlobListOption.pageSize(10));
    for (Blob existing : page.getValues()) {
      if (!existing.getName().equals(fleetFolder)) {
        return existing;
      }
    }
    return null;
  }

  /**
   * Refuses a worker whose report is already in the run folder: a worker runs once. (A restarted
   * one would begin after the others, measure outside their common window and write its report
   * twice; the report's own upload is {@code ifGenerationMatch=0} too.)
   */
  private static void checkNotReported(Storage storage, GcsLocation location, FleetWorker fleet)
      throws ProbeRefusedException {
    String result = fleet.resultName(location);
    if (storage.get(BlobId.of(location.bucket(), result)) != null) {
      throw new ProbeRefusedException(
          "Worker "
              + fleet.index()
              + " of fleet run "
              + fleet.runId()
              + " has already reported (gs://"
              + location.bucket()
              + "/"
              + result
              + " exists): a worker runs once. A restarted worker would begin after the others"
              + " and measure outside their common window; start a new fleet run instead.");
    }
  }

  /**
   * A failure without an answer in words: its kind ("connection refused"), and the client's message
   * when that says more ("connection closed: Unexpected end of file from server").
   */
  /** How often first contact is asked again after a reset or closed connection (0.1 s to 1.6 s). */
  private static final int FIRST_CONTACT_RETRIES = 5;

  /** A connection the peer reset or closed: someone is there. */
  private static boolean hungUp(Throwable failure) {
    if (failure == null) {
      return false;
    }
    String kind = RetryAccounting.kindOf(failure);
    return kind.equals("connection_reset") || kind.equals("connection_closed");
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Why a reachability check got no answer: the connection's failure, or its silence. */
  private String checkFailed(Throwable failure) {
    return RetryAccounting.couldNotConnect(failure)
            || !"timeout".equals(RetryAccounting.kindOf(failure))
        ? noAnswer(failure)
        : "no answer within " + Figures.duration(checkReadSeconds);
  }

  private static String noAnswer(Throwable failure) {
    String kind = RetryAccounting.kindOf(failure).replace('_', ' ');
    String detail = oneLine(failure);
    return detail.toLowerCase(Locale.ROOT).contains(kind) ? kind : kind + ": " + detail;
  }

  /**
   * Asks the server once, without retries and outside any sample's count, whether it answers:
   * {@code null} when it does (whatever the status), else the failure.
   */
  private Throwable askServer() {
    try {
      return RetryAccounting.within(
          null,
          () -> {
            try (Storage check = checkOptions.getService()) {
              check.get(settings.location().bucket());
              return null;
            } catch (StorageException failed) {
              return RetryAccounting.noAnswer(failed) ? failed : null;
            }
          });
    } catch (Exception closing) {
      return null;
    }
  }

  /**
   * After an operation failed without any answer from the server, asks whether the server still
   * answers ({@link RetryGate#serverStillAnswers()}); the run stops when it does not.
   */
  private void checkStillReachable(Throwable failure) {
    if (!stopped() && RetryAccounting.noAnswer(failure)) {
      gate.serverStillAnswers();
    }
  }

  private void runSteps(Storage storage, String runFolder, RampGuard ramp, long measureUntil) {
    Double slot = settings.fleet() == null ? null : FleetWorker.slotSeconds(settings.budget());
    long slotNanos = slot == null ? 0 : (long) (slot * 1e9);
    // A first step that reads needs its objects written first: it takes the second slot.
    int firstSlot = settings.operations().get(0) == Operation.READ ? 1 : 0;
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
            pool = preparePool(runFolder, size, maxStreams, measureUntil);
            if (pool == null) {
              return;
            }
          }
          String description = describe(operation, size, streams);
          String late = null;
          if (slotNanos > 0) {
            long slotStart = beginNanos + (firstSlot + number - 1) * slotNanos;
            if (!waitForSlot(slotStart, measureUntil)) {
              return;
            }
            double behind = (System.nanoTime() - slotStart) / 1e9;
            if (behind > LATE_FOR_SLOT_SECONDS) {
              late =
                  "began "
                      + Figures.number(behind)
                      + " s after its place in the fleet's schedule ("
                      + lateBecause(number, firstSlot)
                      + "): the other workers ran the start of this step without this one";
            }
          }
          progress.stepStarted(number, total, description);
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
                  measureUntil,
                  late);
          if (result == null) {
            cutShort = "step " + number + "/" + total + " (" + description + ")";
            return;
          }
          steps.add(result);
          progress.stepFinished(result);
          for (String warning : result.warnings()) {
            progress.note("warning: " + description + ": " + warning);
          }
          if (!settings.keep() && !written.isEmpty()) {
            cleanup.delete(written, measureUntil);
          }
          if (result.objects() == 0) {
            stop(
                Outcome.FAILED,
                description + ": every operation failed (last error: " + lastError + ")");
            return;
          }
        }
      }
      if (pool != null && !settings.keep()) {
        List<String> names = new ArrayList<>();
        for (PoolObject object : pool) {
          names.add(object.name());
        }
        cleanup.delete(names, measureUntil);
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
      "some steps were held to GCS's request-rate ramp"
          + " (https://cloud.google.com/storage/docs/request-rate) and measured the ramp rather"
          + " than the bucket's capacity; run longer steps to measure beyond it";

  /** A fleet worker later than this for a step's place in the schedule says so in the step. */
  static final double LATE_FOR_SLOT_SECONDS = 0.5;

  /**
   * Waits until {@code slotStart}, a step's place in the fleet's schedule ({@link
   * FleetWorker#slotSeconds}); false when the run stopped meanwhile.
   */
  private boolean waitForSlot(long slotStart, long measureUntil) {
    try {
      while (!shouldStop(measureUntil)) {
        long left = slotStart - System.nanoTime();
        if (left <= 0) {
          return true;
        }
        TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
      }
    } catch (InterruptedException stopWaiting) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  /** True when the run must stop; passing {@code measureUntil} stops it as past its deadline. */
  private boolean shouldStop(long measureUntil) {
    if (stopped()) {
      return true;
    }
    if (System.nanoTime() - measureUntil >= 0) {
      stopAtDeadline();
      return true;
    }
    return false;
  }

  /**
   * Why a request before the first step got no answer in time, for a deadline of {@code
   * deadlineSeconds}: the deadline left too little measuring time for this link, or for the retries
   * of a server whose attempts failed (by kind, in {@code failedAttempts}).
   */
  static String measuringTimeTooShort(double deadlineSeconds, Map<String, Integer> failedAttempts) {
    double measuring = deadlineSeconds - cleanupReserveSeconds(deadlineSeconds);
    StringBuilder why =
        new StringBuilder("no answer within measuring time, the first ")
            .append(Figures.duration(Math.max(0, measuring)))
            .append(" of the deadline of ")
            .append(Figures.duration(deadlineSeconds))
            .append(", the rest being cleanup's");
    int failed = failedAttempts.values().stream().mapToInt(Integer::intValue).sum();
    if (failed > 0) {
      why.append("; ").append(failed).append(failed == 1 ? " attempt" : " attempts");
      why.append(" failed meanwhile (");
      String separator = "";
      for (Map.Entry<String, Integer> kind : failedAttempts.entrySet()) {
        why.append(separator).append(kind.getKey()).append(' ').append(kind.getValue());
        separator = ", ";
      }
      why.append(")");
    }
    return why.append(": give a longer --deadline").toString();
  }

  /** Stops the run as past its deadline: measuring time is over. */
  private void stopAtDeadline() {
    stopEarly(
        Outcome.DEADLINE_EXCEEDED,
        "the deadline of " + Figures.duration(settings.deadline().seconds()) + " ended the run");
  }

  private static String describe(Operation operation, DataSize size, int streams) {
    return operation.label() + " " + Figures.size(size.bytes()) + " x " + streams + " streams";
  }

  /** An object written to be read. */
  record PoolObject(String name, long generation, long crc32c, long size) {}

  /**
   * Waits for {@code workers} to finish on their own. Once the run stops (or measuring time is
   * over) they start nothing new, uploads give up at their next slice, and an operation whose last
   * request is already sent may end within {@link #STOP_GRACE_NANOS} (its object then shows in
   * cleanup's listing); after that they are interrupted. Returns true when they finished on their
   * own, before any stop.
   */
  private boolean awaitWorkers(ExecutorService workers, AtomicBoolean stopStep, long measureUntil)
      throws InterruptedException {
    workers.shutdown();
    while (!workers.awaitTermination(100, TimeUnit.MILLISECONDS)) {
      if (shouldStop(measureUntil)) {
        stopStep.set(true);
        long now = System.nanoTime();
        long grace = Math.min(STOP_GRACE_NANOS, Math.max(0, deadlineNanos - now) / 2);
        if (!workers.awaitTermination(grace, TimeUnit.NANOSECONDS)) {
          workers.shutdownNow();
        }
        return false;
      }
    }
    return !stopped();
  }

  private List<PoolObject> preparePool(
      String runFolder, DataSize size, int count, long measureUntil) {
    PoolObject[] pool = new PoolObject[count];
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean stopPool = new AtomicBoolean();
    int threads = Math.min(count, 8);
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("probe-prepare"));
    Uploader uploader =
        new Uploader(
            settings.uploadMethod(),
            options,
            retryStrategy,
            threads,
            () -> stopPool.get() || stopped());
    try {
      for (int t = 0; t < threads; t++) {
        workers.execute(
            () -> {
              int i;
              while (!stopPool.get() && (i = next.getAndIncrement()) < count && !stopped()) {
                String name = runFolder + "r-" + Figures.sizeLabel(size) + "/" + i;
                Payload.Content content =
                    payload.content(payload.startOffset(i), (long) size.bytes());
                cleanup.uploadStarted(name);
                try {
                  Uploader.Uploaded up = uploader.upload(blobInfo(name, content), content, n -> {});
                  cleanup.uploaded(name, up.blob().getGeneration());
                  pool[i] =
                      new PoolObject(
                          name, up.blob().getGeneration(), crc32c(up.blob()), content.length());
                } catch (Exception e) {
                  cleanup.uploadFailed(name);
                  lastError = oneLine(e);
                  checkStillReachable(e);
                }
              }
            });
      }
      if (!awaitWorkers(workers, stopPool, measureUntil)) {
        return null;
      }
    } catch (InterruptedException stopWaiting) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      closeQuietly(uploader);
    }
    List<PoolObject> ready = new ArrayList<>();
    for (PoolObject object : pool) {
      if (object == null) {
        if (shouldStop(measureUntil)) {
          // An upload that failed after measuring time had no retry left: the deadline, not the
          // server, kept the pool from being ready.
          return null;
        }
        stop(
            Outcome.FAILED,
            "could not prepare the objects to read (last error: " + lastError + ")");
        return null;
      }
      ready.add(object);
    }
    return ready;
  }

  /** Runs one step; returns {@code null} when the run stopped before the step finished. */
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
      long measureUntil,
      String late) {
    long start = System.nanoTime();
    StepBudget budget = settings.budget();
    long stepEnd =
        budget.isTimed() ? start + (long) (budget.duration().seconds() * 1e9) : Long.MAX_VALUE;
    double plannedBytes = budget.isTimed() ? 0 : budget.objectCount(size) * size.bytes();
    AtomicBoolean stopStep = new AtomicBoolean();
    AtomicLong objectIndex = new AtomicLong(number * 1_000_003L);
    AtomicInteger failuresWithoutSuccess = new AtomicInteger();
    StepMeter meter =
        new StepMeter(
            operation,
            size.bytes(),
            streams,
            operation == Operation.WRITE ? settings.uploadMethod().label() : null,
            start,
            clock);
    String stepFolder =
        runFolder + "w-" + Figures.sizeLabel(size) + "-s" + streams + "-" + number + "/";
    if (late != null) {
      meter.warn(late);
    }

    Uploader uploader =
        operation == Operation.WRITE
            ? new Uploader(
                settings.uploadMethod(),
                options,
                retryStrategy,
                streams,
                () -> stopStep.get() || stopped())
            : null;
    ExecutorService workers = Executors.newFixedThreadPool(streams, daemon("probe-stream"));
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(daemon("probe-ticker"));
    AtomicInteger second = new AtomicInteger();
    int stepsLeftAfter = total - number;
    ticker.scheduleAtFixedRate(
        () -> {
          int s = second.incrementAndGet();
          meter.sample(System.nanoTime());
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
            long left =
                budget.isTimed()
                    ? Long.MAX_VALUE
                    : objectShare(budget.objectCount(size), streams, streamIndex);
            while (!stopStep.get() && !stopped()) {
              StreamTurn turn = StreamTurn.at(System.nanoTime(), stepEnd, measureUntil, left > 0);
              if (turn == StreamTurn.MEASURING_OVER) {
                stopAtDeadline();
                return;
              }
              if (turn == StreamTurn.STEP_OVER) {
                return;
              }
              left--;
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
                          readBuffer,
                          stopStep);
              if (ok) {
                failuresWithoutSuccess.set(Integer.MIN_VALUE);
              } else if (failuresWithoutSuccess.incrementAndGet() >= FAILURES_BEFORE_GIVING_UP) {
                stopStep.set(true);
              }
            }
          });
    }
    boolean ranToEnd;
    try {
      ranToEnd = awaitWorkers(workers, stopStep, measureUntil);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ranToEnd = false;
    } finally {
      ticker.shutdownNow();
      if (uploader != null) {
        closeQuietly(uploader);
      }
    }
    if (!ranToEnd) {
      return null;
    }
    meter.closeSeries(meter.lastEndNanos());
    if (ramp.takeHeldBack()) {
      meter.warn(
          "request starts were held to GCS's ramp-up guidance (1,000 writes/s or 5,000 reads/s,"
              + " doubling at most every 20 minutes); this step is too short to show the bucket's"
              + " capacity");
    }
    return meter.result(System.nanoTime());
  }

  /**
   * The objects stream {@code streamIndex} of {@code streams} moves in a step of {@code objects}
   * under a byte budget: an equal share, the first {@code objects % streams} streams one more. Each
   * stream has its own share, not a turn at a shared queue, so that a stream slow to start still
   * gets work: with at least as many objects as streams (what the command line demands) every
   * stream moves at least one object.
   */
  static long objectShare(long objects, int streams, int streamIndex) {
    return objects / streams + (streamIndex < objects % streams ? 1 : 0);
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
    cleanup.uploadStarted(name);
    try {
      Uploader.Uploaded up =
          RetryAccounting.within(
              tally, () -> uploader.upload(blobInfo(name, content), content, meter::moved));
      long end = System.nanoTime();
      cleanup.uploaded(name, up.blob().getGeneration());
      written.add(name);
      Boolean matched = up.blob().getCrc32c() == null ? null : crc32c(up.blob()) == up.sentCrc32c();
      meter.finished(stream, end, end - begin, content.length(), true, matched, tally, null);
      return true;
    } catch (Exception e) {
      cleanup.uploadFailed(name);
      lastError = oneLine(e);
      meter.finished(
          stream, System.nanoTime(), 0, 0, false, null, tally, RetryAccounting.kindOf(e));
      checkStillReachable(e);
      return false;
    }
  }

  private boolean readOne(
      Storage storage,
      PoolObject object,
      int stream,
      StepMeter meter,
      ByteBuffer buffer,
      AtomicBoolean stopStep) {
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
                    if (stopStep.get() || stopped()) {
                      throw new java.io.InterruptedIOException("read abandoned: the run stopped");
                    }
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
      checkStillReachable(e);
      return false;
    }
  }

  private RunCleanup.Result finishCleanup() {
    if (settings.keep()) {
      progress.note(
          "keeping the run's objects under gs://"
              + settings.location().bucket()
              + "/"
              + runFolder
              + " (--keep)");
      return null;
    }
    // Cleanup's own requests may be repeated, but not past the deadline (nor at all once the
    // server was found unreachable: the gate stays closed).
    gate.openUntil(deadlineNanos);
    progress.note("removing the run's objects");
    // After the server was found unreachable, one more check first: when it still does not
    // answer, cleanup sends nothing rather than wait out a listing's timeout and a delete's each.
    RunCleanup.Result result =
        unreachable && askServer() != null
            ? cleanup.serverSilent()
            : cleanup.removeAll(deadlineNanos, !unreachable);
    String problem = cleanupProblem(result);
    progress.note(
        problem == null
            ? "removed the run's "
                + result.deleted()
                + " objects; a listing of gs://"
                + settings.location().bucket()
                + "/"
                + runFolder
                + " shows none left"
            : problem);
    return result;
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

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // Closing a client after its step; nothing left to measure.
    }
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

package dev.drplan.gcs.probe;

import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.Storage.BlobListOption;
import com.google.cloud.storage.Storage.BlobSourceOption;
import com.google.cloud.storage.Storage.BlobTargetOption;
import com.google.cloud.storage.StorageException;
import com.google.cloud.storage.StorageOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fleet run's folder in the bucket, {@code PREFIX/drplan-fleet-<run id>/}: where each worker puts
 * its report ({@link #publish}), where the merge reads them ({@link #results}), and what the merge
 * cleans up ({@link #removeLeftovers}): the objects of the workers' folders {@code worker-<i>/},
 * with the same generation-matched deletes as a probe's own cleanup ({@link RunCleanup}), and
 * nothing else under the prefix.
 */
public final class FleetRunFolder implements AutoCloseable {

  /** A worker's report in {@code results/}. */
  private static final Pattern RESULT =
      Pattern.compile("results/worker-(0|[1-9][0-9]{0,3})\\.json");

  /** An object in a worker's folder. */
  private static final Pattern WORKER_OBJECT = Pattern.compile("worker-(0|[1-9][0-9]{0,3})/.+");

  private final Storage storage;
  private final String bucket;
  private final String runFolder;
  private final ExecutorService requests =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "fleet-run-folder");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * @param runFolder the run folder's name in {@code bucket}, ending in "/"
   */
  public FleetRunFolder(StorageOptions options, String bucket, String runFolder) {
    if (!runFolder.endsWith("/")) {
      throw new IllegalArgumentException("a run folder ends in /: " + runFolder);
    }
    IdleConnections.keepAll();
    this.storage = options.getService();
    this.bucket = bucket;
    this.runFolder = runFolder;
  }

  /** The run folder as gs://BUCKET/FOLDER/. */
  public String location() {
    return "gs://" + bucket + "/" + runFolder;
  }

  /** A worker's report that is already in the run folder. */
  public static final class AlreadyReportedException extends IOException {
    private static final long serialVersionUID = 1L;

    AlreadyReportedException(String message) {
      super(message);
    }
  }

  /**
   * Writes {@code report} as worker {@code fleet.index()}'s report, {@code
   * results/worker-<i>.json}, creating it or failing ({@code ifGenerationMatch=0}: a report is
   * never replaced); returns its gs:// name. Waits at most {@code timeout}.
   *
   * @throws AlreadyReportedException when the worker's report is already there
   * @throws IOException when the write failed or did not finish in time
   */
  public String publish(FleetWorker fleet, ProbeReport report, Duration timeout)
      throws IOException {
    String name = runFolder + FleetWorker.RESULTS + "worker-" + fleet.index() + ".json";
    BlobInfo info = BlobInfo.newBuilder(bucket, name).setContentType("application/json").build();
    byte[] json = report.toJson().getBytes(StandardCharsets.UTF_8);
    try {
      within(() -> storage.create(info, json, BlobTargetOption.doesNotExist()), timeout.toNanos());
    } catch (StorageException failed) {
      if (failed.getCode() == 412) {
        throw new AlreadyReportedException(
            "gs://"
                + bucket
                + "/"
                + name
                + " already exists: worker "
                + fleet.index()
                + " of fleet run "
                + fleet.runId()
                + " has already reported, and a report is"
                + " never replaced");
      }
      throw new IOException(
          "could not write gs://" + bucket + "/" + name + ": " + ProbeRunner.oneLine(failed),
          failed);
    }
    return "gs://" + bucket + "/" + name;
  }

  /**
   * A worker's report as stored: its gs:// name, its object name and generation in the bucket, and
   * its text.
   */
  public record Result(String name, String objectName, long generation, String json) {}

  /**
   * The workers' reports in {@code results/}, in order of worker index; other objects there are
   * ignored. Waits at most {@code timeout}.
   */
  public List<Result> results(Duration timeout) throws IOException {
    long until = System.nanoTime() + timeout.toNanos();
    TreeMap<Integer, Blob> reports = new TreeMap<>();
    for (Blob blob : list(runFolder + FleetWorker.RESULTS, until)) {
      Matcher matcher = RESULT.matcher(blob.getName().substring(runFolder.length()));
      if (matcher.matches()) {
        reports.put(Integer.parseInt(matcher.group(1)), blob);
      }
    }
    List<Result> results = new ArrayList<>();
    for (Blob blob : reports.values()) {
      byte[] bytes =
          within(() -> storage.readAllBytes(blob.getBlobId()), until - System.nanoTime());
      if (bytes.length > ProbeReportReader.MAX_BYTES) {
        throw new IOException(
            "gs://" + bucket + "/" + blob.getName() + " is larger than a probe report can be");
      }
      results.add(
          new Result(
              "gs://" + bucket + "/" + blob.getName(),
              blob.getName(),
              blob.getGeneration(),
              new String(bytes, StandardCharsets.UTF_8)));
    }
    return results;
  }

  /**
   * Removes what the workers of a fleet of {@code fleetSize} left in their folders (a worker that
   * died leaves its objects; one that finished has removed its own): lists the run folder, and for
   * each worker folder {@code worker-<i>/} (i below {@code fleetSize}) that holds objects, deletes
   * them by the generation the listing shows and lists it again ({@link RunCleanup#removeAll}). The
   * workers' reports stay, and anything else in the run folder is left alone and named. Waits at
   * most {@code timeout}.
   */
  public FleetReport.Leftovers removeLeftovers(int fleetSize, Duration timeout) throws IOException {
    long until = System.nanoTime() + timeout.toNanos();
    TreeSet<Integer> workers = new TreeSet<>();
    List<String> notTheRuns = new ArrayList<>();
    for (Blob blob : list(runFolder, until)) {
      String inside = blob.getName().substring(runFolder.length());
      Matcher worker = WORKER_OBJECT.matcher(inside);
      if (worker.matches() && Integer.parseInt(worker.group(1)) < fleetSize) {
        workers.add(Integer.parseInt(worker.group(1)));
      } else if (!RESULT.matcher(inside).matches()) {
        notTheRuns.add(blob.getName());
      }
    }
    long deleted = 0;
    List<String> left = new ArrayList<>();
    boolean empty = true;
    // One pace for every worker folder's deletes, all in one bucket, as on GCS even against an
    // emulator: merge does not know which it talks to, and 1,000 deletes a second is ample for
    // what dead workers leave.
    RampGuard ramp = new RampGuard(true, System.nanoTime());
    for (int index : workers) {
      try (RunCleanup cleanup =
          new RunCleanup(storage, bucket, runFolder + FleetWorker.workerFolderName(index), ramp)) {
        RunCleanup.Result result = cleanup.removeAll(until, true);
        deleted += result.deleted();
        left.addAll(result.leftBehind());
        empty &= result.listedEmpty();
      }
    }
    return new FleetReport.Leftovers(deleted, left, empty, notTheRuns);
  }

  /**
   * Deletes the workers' reports {@code reports}, as {@link #results} read them, each only at the
   * generation that was read ({@code ifGenerationMatch}: a report written since is kept), then
   * lists {@code results/} again. Returns the names of those reports still there (empty when all
   * are gone). Anything else in the run folder is untouched. Waits at most {@code timeout}.
   */
  public List<String> removeReports(List<Result> reports, Duration timeout) throws IOException {
    long until = System.nanoTime() + timeout.toNanos();
    for (Result report : reports) {
      BlobId id = BlobId.of(bucket, report.objectName(), report.generation());
      within(
          () -> storage.delete(id, BlobSourceOption.generationMatch(id.getGeneration())),
          until - System.nanoTime());
    }
    TreeSet<String> removed = new TreeSet<>();
    reports.forEach(report -> removed.add(report.objectName()));
    List<String> left = new ArrayList<>();
    for (Blob blob : list(runFolder + FleetWorker.RESULTS, until)) {
      if (removed.contains(blob.getName())) {
        left.add("gs://" + bucket + "/" + blob.getName());
      }
    }
    return left;
  }

  private List<Blob> list(String prefix, long untilNanos) throws IOException {
    return within(
        () -> {
          List<Blob> blobs = new ArrayList<>();
          storage.list(bucket, BlobListOption.prefix(prefix)).iterateAll().forEach(blobs::add);
          return blobs;
        },
        untilNanos - System.nanoTime());
  }

  /** A request that may throw StorageException. */
  @FunctionalInterface
  private interface Request<T> {
    T call();
  }

  /** {@code request}'s result within {@code nanos}; its StorageException as it was thrown. */
  private <T> T within(Request<T> request, long nanos) throws IOException {
    Future<T> future = requests.submit(request::call);
    try {
      return future.get(Math.max(0, nanos), TimeUnit.NANOSECONDS);
    } catch (TimeoutException late) {
      future.cancel(true);
      throw new IOException("no answer from the server in time (" + location() + ")", late);
    } catch (InterruptedException stop) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the server", stop);
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof StorageException) {
        throw (StorageException) failed.getCause();
      }
      throw new IOException(ProbeRunner.oneLine(failed.getCause()), failed.getCause());
    }
  }

  @Override
  public void close() {
    requests.shutdownNow();
    try {
      storage.close();
    } catch (Exception closing) {
      // Nothing left to do with it.
    }
  }
}

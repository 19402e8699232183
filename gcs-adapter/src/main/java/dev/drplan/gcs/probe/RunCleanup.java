package dev.drplan.gcs.probe;

import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.Storage.BlobListOption;
import com.google.cloud.storage.Storage.BlobSourceOption;
import com.google.cloud.storage.StorageException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Removes what a run wrote, and only that, and says what is left.
 *
 * <p>Every upload is known from its start: while it runs it is in flight; once the client confirms
 * the object, it is tracked with its generation and later deleted with {@code ifGenerationMatch} on
 * that generation (an object someone else replaced meanwhile is left alone); an upload that failed
 * may still have created its object (an attempt whose reply was lost, one cut off when the run
 * stopped). At the end the run folder ({@code PREFIX/drplan-probe-<run id>/}), which no one but
 * this run can have written to (its name is new and the probe checked it was empty), is listed;
 * what it holds is deleted by the generation the listing shows, and it is listed again. Only a
 * listing that comes back empty with no upload in flight says the run's objects are gone ({@link
 * Result#listedEmpty()}); otherwise the names that may be left are reported: what the last listing
 * showed, or, when the folder cannot be listed, every object the run created, saw, or may have
 * created and has not seen deleted.
 *
 * <p>Every request is bounded by the time it is given: a server that stops answering delays cleanup
 * no further than that.
 */
final class RunCleanup implements AutoCloseable {

  /** Listings and deletions after the first listing, before cleanup gives up. */
  static final int MAX_SWEEPS = 3;

  /**
   * Deletes in flight at once. A step of many streams writing small objects creates them far faster
   * than a few deleters remove them (on the emulator behind 40 ms of latency, about 3,000 objects
   * written by 64 streams in 10 s took 16 s to delete on 8 threads, 6 s on 64), and the time goes
   * from the steps after it and from the deadline. 64 deleters at GCS's tens of milliseconds a
   * delete pass the 1,000 writes a second a new bucket is held to, so on GCS the ramp guard paces
   * them ({@link RampGuard#acquireDelete}).
   */
  static final int DELETE_STREAMS = 64;

  /**
   * What cleanup did.
   *
   * @param leftBehind names that may still be there (see the class comment)
   * @param listedEmpty true only when a listing after the deletions found the folder empty and no
   *     upload was in flight
   * @param uploadsInFlight uploads that had not ended when cleanup did: they may yet create objects
   * @param problem what cleanup could not do, in words; {@code null} when {@code listedEmpty}
   */
  record Result(
      long deleted,
      List<String> leftBehind,
      boolean listedEmpty,
      int uploadsInFlight,
      String problem) {
    Result {
      leftBehind = List.copyOf(leftBehind);
    }
  }

  private final Storage storage;
  private final String bucket;
  private final String runFolder;
  private final RampGuard ramp;
  private final Map<String, Long> created = new ConcurrentHashMap<>();
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final Set<String> mayExist = ConcurrentHashMap.newKeySet();
  private final Set<String> listed = ConcurrentHashMap.newKeySet();
  private final AtomicLong deleted = new AtomicLong();
  // The last listing's failure and failed attempts, for the refusal of a run folder not listed.
  private volatile Throwable listingFailure;
  private volatile RetryAccounting.Tally listingAttempts;

  private final ExecutorService requests =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "probe-cleanup");
            thread.setDaemon(true);
            return thread;
          });

  /** Cleanup of {@code runFolder}, its deletes paced by {@code ramp} (as writes). */
  RunCleanup(Storage storage, String bucket, String runFolder, RampGuard ramp) {
    this.storage = storage;
    this.bucket = bucket;
    this.runFolder = runFolder;
    this.ramp = ramp;
  }

  /** An upload of {@code name} starts. */
  void uploadStarted(String name) {
    if (!name.startsWith(runFolder)) {
      throw new IllegalStateException("refusing to write outside the run folder: " + name);
    }
    inFlight.add(name);
  }

  /** The upload of {@code name} created generation {@code generation}. */
  void uploaded(String name, long generation) {
    created.put(name, generation);
    inFlight.remove(name);
  }

  /**
   * The upload of {@code name} failed. It may still have created its object (an attempt whose reply
   * was lost, one cut off when the run stopped): until a listing shows otherwise, it may exist.
   */
  void uploadFailed(String name) {
    mayExist.add(name);
    inFlight.remove(name);
  }

  /** What is known without asking the server again, once the deadline has passed. */
  Result unconfirmed() {
    List<String> left = notKnownGone();
    return new Result(
        deleted.get(),
        left,
        false,
        inFlight.size(),
        "cleanup did not finish by the deadline: "
            + count(left.size())
            + " the run created, saw or may have created under "
            + where()
            + " were not confirmed deleted");
  }

  /**
   * What is known without asking, when the server was found unreachable and a last check still got
   * no answer: nothing is sent (a listing or a delete would only wait out its timeout), and every
   * object the run created, saw or may have created is named.
   */
  Result serverSilent() {
    List<String> left = notKnownGone();
    return new Result(
        deleted.get(),
        left,
        false,
        inFlight.size(),
        "cleanup sent nothing to a server that still did not answer: "
            + count(left.size())
            + " the run created, saw or may have created under "
            + where()
            + " were not confirmed deleted");
  }

  /** Deletes the objects named in {@code names} that the run created; returns those not deleted. */
  List<String> delete(Collection<String> names, long untilNanos) {
    List<BlobId> ids = new ArrayList<>();
    for (String name : names) {
      Long generation = created.get(name);
      if (generation != null) {
        ids.add(BlobId.of(bucket, name, generation));
      }
    }
    return deleteAll(ids, untilNanos);
  }

  /**
   * Deletes everything the run wrote: lists the run folder, deletes what it holds (and what the run
   * created), and lists it again, up to {@link #MAX_SWEEPS} times, until it is empty or {@code
   * untilNanos} passes. When the listing fails, the objects the run created are deleted one by one
   * only if {@code deleteUnlisted}: not after the server was found unreachable, when each delete
   * would only wait out its timeout against a server that answers nothing (all are then named as
   * possibly left).
   */
  Result removeAll(long untilNanos, boolean deleteUnlisted) {
    List<Blob> listing = list(untilNanos);
    if (listing == null) {
      if (deleteUnlisted) {
        delete(new ArrayList<>(created.keySet()), untilNanos);
      }
      return listingFailed();
    }
    for (int sweep = 0; sweep < MAX_SWEEPS && !listing.isEmpty(); sweep++) {
      List<BlobId> ids = new ArrayList<>();
      for (Blob blob : listing) {
        ids.add(BlobId.of(bucket, blob.getName(), blob.getGeneration()));
      }
      deleteAll(ids, untilNanos);
      listing = list(untilNanos);
      if (listing == null) {
        return listingFailed();
      }
    }
    Set<String> left = new TreeSet<>();
    listing.forEach(blob -> left.add(blob.getName()));
    int uploading = inFlight.size();
    left.addAll(inFlight);
    String problem = null;
    if (left.size() > uploading) {
      problem = "cleanup could not remove " + count(left.size() - uploading) + " under " + where();
    }
    if (uploading > 0) {
      problem =
          (problem == null ? "" : problem + "; ")
              + uploading
              + (uploading == 1 ? " upload was" : " uploads were")
              + " still in flight when cleanup ended and may yet create "
              + (uploading == 1 ? "its object" : "their objects")
              + " under "
              + where();
    }
    return new Result(deleted.get(), new ArrayList<>(left), left.isEmpty(), uploading, problem);
  }

  /** The names in the run folder, or {@code null} when it cannot be listed by {@code until}. */
  List<String> listRunFolder(long untilNanos) {
    List<Blob> listing = list(untilNanos);
    if (listing == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    listing.forEach(blob -> names.add(blob.getName()));
    return names;
  }

  /** Every object the run created, saw or may have created, and has not seen deleted. */
  private List<String> notKnownGone() {
    Set<String> names = new TreeSet<>(created.keySet());
    names.addAll(listed);
    names.addAll(mayExist);
    names.addAll(inFlight);
    return new ArrayList<>(names);
  }

  private Result listingFailed() {
    List<String> left = notKnownGone();
    return new Result(
        deleted.get(),
        left,
        false,
        inFlight.size(),
        "cleanup could not list "
            + where()
            + " to see what is left: "
            + count(left.size())
            + " the run created, saw or may have created there were not confirmed deleted");
  }

  private String where() {
    return "gs://" + bucket + "/" + runFolder;
  }

  private static String count(int objects) {
    return objects == 1 ? "1 object" : objects + " objects";
  }

  /**
   * The run folder's objects, or {@code null} when it cannot be listed by {@code until}. A listing
   * also settles the uploads that ended without an answer: what it does not show, they did not
   * create.
   */
  private List<Blob> list(long untilNanos) {
    Set<String> endedBefore = new HashSet<>(mayExist);
    RetryAccounting.Tally tally = new RetryAccounting.Tally();
    listingAttempts = tally;
    listingFailure = null;
    List<Blob> listing =
        bounded(
            () -> {
              try {
                return RetryAccounting.within(
                    tally,
                    () -> {
                      List<Blob> blobs = new ArrayList<>();
                      storage
                          .list(bucket, BlobListOption.prefix(runFolder))
                          .iterateAll()
                          .forEach(blobs::add);
                      return blobs;
                    });
              } catch (Exception failed) {
                listingFailure = failed;
                throw failed;
              }
            },
            untilNanos);
    if (listing != null) {
      Set<String> names = new HashSet<>();
      listing.forEach(blob -> names.add(blob.getName()));
      listed.addAll(names);
      endedBefore.removeAll(names);
      mayExist.removeAll(endedBefore);
    }
    return listing;
  }

  private List<String> deleteAll(List<BlobId> ids, long untilNanos) {
    List<String> failed = new ArrayList<>();
    if (ids.isEmpty()) {
      return failed;
    }
    List<Future<Boolean>> results = new ArrayList<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(DELETE_STREAMS, ids.size()),
            runnable -> {
              Thread thread = new Thread(runnable, "probe-cleanup-delete");
              thread.setDaemon(true);
              return thread;
            });
    try {
      for (BlobId id : ids) {
        results.add(pool.submit(() -> deleteOne(id)));
      }
      for (int i = 0; i < ids.size(); i++) {
        if (!Boolean.TRUE.equals(await(results.get(i), untilNanos))) {
          failed.add(ids.get(i).getName());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return failed;
  }

  /** True when the object is gone: deleted now, already absent, or replaced by someone else. */
  private boolean deleteOne(BlobId id) {
    try {
      ramp.acquireDelete();
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
      return false;
    }
    try {
      boolean existed = storage.delete(id, BlobSourceOption.generationMatch(id.getGeneration()));
      if (existed) {
        deleted.incrementAndGet();
      }
      forget(id.getName());
      return true;
    } catch (StorageException failed) {
      if (failed.getCode() == 412) {
        // Another generation holds the name now: not ours to delete.
        forget(id.getName());
        return true;
      }
      return false;
    }
  }

  private void forget(String name) {
    created.remove(name);
    listed.remove(name);
    mayExist.remove(name);
  }

  /** {@code request}'s result, or {@code null} when it fails or is not done by {@code until}. */
  private <T> T bounded(Callable<T> request, long untilNanos) {
    try {
      return await(requests.submit(request), untilNanos);
    } catch (RejectedExecutionException closed) {
      return null;
    }
  }

  /** Why the last listing failed, in one line; {@code null} when it did not fail (it was late). */
  String listingFailure() {
    Throwable failure = listingFailure;
    return failure == null ? null : ProbeRunner.oneLine(failure);
  }

  /**
   * The last listing's failed attempts by kind, so far: a listing still being retried when its time
   * ran out failed for these, not for want of time alone.
   */
  Map<String, Integer> listingFailedAttempts() {
    RetryAccounting.Tally tally = listingAttempts;
    return tally == null ? Map.of() : tally.errors();
  }

  private static <T> T await(Future<T> future, long untilNanos) {
    try {
      return future.get(Math.max(0, untilNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return null;
    } catch (Exception failedOrLate) {
      future.cancel(true);
      return null;
    }
  }

  @Override
  public void close() {
    requests.shutdownNow();
  }
}

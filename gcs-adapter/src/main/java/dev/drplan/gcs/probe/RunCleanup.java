package dev.drplan.gcs.probe;

import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.Storage.BlobListOption;
import com.google.cloud.storage.Storage.BlobSourceOption;
import com.google.cloud.storage.StorageException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Removes what a run wrote, and only that, and says what is left.
 *
 * <p>Every object the probe creates is recorded with its generation as the client confirms it, and
 * deleted with {@code ifGenerationMatch} on that generation: an object someone else replaced
 * meanwhile is left alone. At the end the run folder ({@code PREFIX/drplan-probe-<run id>/}), which
 * no one but this run can have written to (its name is new and the probe checked it was empty), is
 * listed to catch uploads whose confirmation never arrived and the parts of interrupted composite
 * uploads; those too are deleted by the generation the listing shows, and the folder is listed
 * again. Only a listing that comes back empty says the run's objects are gone ({@link
 * Result#listedEmpty()}).
 *
 * <p>Every request is bounded by the time it is given: a server that stops answering delays cleanup
 * no further than that, and what could not be removed is named.
 */
final class RunCleanup implements AutoCloseable {

  /** Listings and deletions after the first listing, before cleanup gives up. */
  static final int MAX_SWEEPS = 3;

  /**
   * What cleanup did.
   *
   * @param leftBehind names still in the run folder (from the last listing), or, when the folder
   *     could not be listed, the objects the run created and could not delete
   * @param listedEmpty true only when a listing after the deletions found the folder empty
   * @param problem what cleanup could not do, in words; {@code null} when the folder was listed
   *     empty
   */
  record Result(long deleted, List<String> leftBehind, boolean listedEmpty, String problem) {
    Result {
      leftBehind = List.copyOf(leftBehind);
    }
  }

  private final Storage storage;
  private final String bucket;
  private final String runFolder;
  private final Map<String, Long> created = new ConcurrentHashMap<>();
  private final AtomicLong deleted = new AtomicLong();
  private final ExecutorService requests =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "probe-cleanup");
            thread.setDaemon(true);
            return thread;
          });

  RunCleanup(Storage storage, String bucket, String runFolder) {
    this.storage = storage;
    this.bucket = bucket;
    this.runFolder = runFolder;
  }

  /** Records an object this run created. */
  void track(String name, long generation) {
    if (!name.startsWith(runFolder)) {
      throw new IllegalStateException(
          "refusing to track an object outside the run folder: " + name);
    }
    created.put(name, generation);
  }

  /** The objects created and not yet known to be deleted. */
  List<String> trackedNames() {
    return new ArrayList<>(created.keySet());
  }

  long deletedCount() {
    return deleted.get();
  }

  /** What is known without asking the server again: nothing confirmed, the tracked objects. */
  Result unconfirmed() {
    List<String> left = trackedNames();
    return new Result(
        deleted.get(),
        left,
        false,
        "cleanup did not finish by the deadline: "
            + count(left.size())
            + " the run created under "
            + where()
            + " were not confirmed deleted");
  }

  private String where() {
    return "gs://" + bucket + "/" + runFolder;
  }

  private static String count(int objects) {
    return objects == 1 ? "1 object" : objects + " objects";
  }

  private Result listingFailed() {
    List<String> left = trackedNames();
    return new Result(
        deleted.get(),
        left,
        false,
        "cleanup could not list "
            + where()
            + " to see what is left: "
            + count(left.size())
            + " the run created were not confirmed deleted");
  }

  /** Deletes the tracked objects named in {@code names}; returns those that could not be. */
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
   * tracked), and lists it again, up to {@link #MAX_SWEEPS} times, until it is empty or {@code
   * untilNanos} passes.
   */
  Result removeAll(long untilNanos) {
    List<Blob> listing = list(untilNanos);
    if (listing == null) {
      delete(trackedNames(), untilNanos);
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
    List<String> left = new ArrayList<>();
    for (Blob blob : listing) {
      left.add(blob.getName());
    }
    return new Result(
        deleted.get(),
        left,
        left.isEmpty(),
        left.isEmpty()
            ? null
            : "cleanup could not remove " + count(left.size()) + " under " + where());
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

  private List<Blob> list(long untilNanos) {
    return bounded(
        () -> {
          List<Blob> blobs = new ArrayList<>();
          storage.list(bucket, BlobListOption.prefix(runFolder)).iterateAll().forEach(blobs::add);
          return blobs;
        },
        untilNanos);
  }

  private List<String> deleteAll(List<BlobId> ids, long untilNanos) {
    List<String> failed = new ArrayList<>();
    List<Future<Boolean>> results = new ArrayList<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(8, ids.size())),
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
      boolean existed = storage.delete(id, BlobSourceOption.generationMatch(id.getGeneration()));
      if (existed) {
        deleted.incrementAndGet();
      }
      created.remove(id.getName(), id.getGeneration());
      return true;
    } catch (StorageException failed) {
      if (failed.getCode() == 412) {
        // Another generation holds the name now: not ours to delete.
        created.remove(id.getName());
        return true;
      }
      return false;
    }
  }

  /** {@code request}'s result, or {@code null} when it fails or is not done by {@code until}. */
  private <T> T bounded(Callable<T> request, long untilNanos) {
    try {
      return await(requests.submit(request), untilNanos);
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      return null;
    }
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

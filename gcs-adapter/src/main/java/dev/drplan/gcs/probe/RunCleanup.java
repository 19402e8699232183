package dev.drplan.gcs.probe;

import com.google.api.gax.paging.Page;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Removes what a run wrote, and only that.
 *
 * <p>Every object the probe creates is recorded with its generation as the client confirms it, and
 * deleted with {@code ifGenerationMatch} on that generation: an object someone else replaced
 * meanwhile is left alone. A last sweep lists the run folder ({@code PREFIX/drplan-probe-<run
 * id>/}), which no one but this run can have written to (its name is new and the probe checked it
 * was empty), to catch uploads whose confirmation never arrived and the parts of interrupted
 * composite uploads; those too are deleted by the generation the listing shows.
 */
final class RunCleanup {

  private final Storage storage;
  private final String bucket;
  private final String runFolder;
  private final Map<String, Long> created = new ConcurrentHashMap<>();
  private final AtomicLong deleted = new AtomicLong();

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
   * Deletes every tracked object, then sweeps the run folder until it is empty or {@code
   * untilNanos} passes; returns the names still there.
   */
  List<String> deleteEverything(long untilNanos) {
    delete(new ArrayList<>(created.keySet()), untilNanos);
    List<String> left = listRunFolder();
    while (!left.isEmpty() && System.nanoTime() < untilNanos) {
      List<BlobId> ids = new ArrayList<>();
      for (Blob blob : listRunFolderBlobs()) {
        ids.add(BlobId.of(bucket, blob.getName(), blob.getGeneration()));
      }
      deleteAll(ids, untilNanos);
      left = listRunFolder();
      if (!left.isEmpty()) {
        sleepQuietly(250);
      }
    }
    return left;
  }

  List<String> listRunFolder() {
    List<String> names = new ArrayList<>();
    try {
      for (Blob blob : listRunFolderBlobs()) {
        names.add(blob.getName());
      }
    } catch (StorageException listingFailed) {
      names.addAll(created.keySet());
    }
    return names;
  }

  private Iterable<Blob> listRunFolderBlobs() {
    Page<Blob> page = storage.list(bucket, BlobListOption.prefix(runFolder));
    return page.iterateAll();
  }

  private List<String> deleteAll(List<BlobId> ids, long untilNanos) {
    List<String> failed = new ArrayList<>();
    if (ids.isEmpty()) {
      return failed;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(8, ids.size()),
            runnable -> {
              Thread thread = new Thread(runnable, "probe-cleanup");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (BlobId id : ids) {
        results.add(pool.submit(() -> deleteOne(id)));
      }
      for (int i = 0; i < ids.size(); i++) {
        long left = Math.max(0, untilNanos - System.nanoTime());
        boolean gone;
        try {
          gone = results.get(i).get(left, TimeUnit.NANOSECONDS);
        } catch (Exception notInTime) {
          gone = false;
        }
        if (!gone) {
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

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}

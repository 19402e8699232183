package dev.drplan.analysis.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs {@code tasks} numbered tasks on a fixed pool of threads made for the call and shut down
 * before it returns (1 thread: the calling thread). Tasks are handed out in order; a task writes
 * only its own results, so what they compute does not depend on which thread runs which task.
 */
public final class Parallel {
  private Parallel() {}

  /**
   * Runs {@code task} for 0 … tasks − 1 on {@code threads} threads.
   *
   * @throws RuntimeException the first failure of a task, as thrown
   */
  public static void run(int tasks, int threads, String name, IntConsumer task) {
    int workers = Math.min(threads, tasks);
    AtomicInteger next = new AtomicInteger();
    Runnable work =
        () -> {
          for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
            task.accept(t);
          }
        };
    if (workers <= 1) {
      work.run();
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            runnable -> {
              Thread thread = new Thread(runnable, name);
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(work));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(name + " interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}

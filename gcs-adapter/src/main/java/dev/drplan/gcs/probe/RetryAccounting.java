package dev.drplan.gcs.probe;

import com.google.api.gax.retrying.ResultRetryAlgorithm;
import com.google.api.gax.retrying.TimedAttemptSettings;
import com.google.cloud.BaseServiceException;
import com.google.cloud.storage.StorageRetryStrategy;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

/**
 * Counts the client's retries per sample without changing its decisions.
 *
 * <p>The client asks its {@link StorageRetryStrategy} whether to retry after every failed attempt.
 * {@link #counting} wraps a strategy so that each of those questions is recorded, with the kind of
 * failure, against the {@link Tally} of the sample running on the asking thread. Work the client
 * hands to its own threads (parallel composite parts) carries the tally along through {@link
 * #propagating}.
 */
public final class RetryAccounting {

  private static final ThreadLocal<Tally> CURRENT = new ThreadLocal<>();

  private RetryAccounting() {}

  /** The failed attempts and retries of one sample (one object written or read). */
  public static final class Tally {
    private final Map<String, Integer> errors = new TreeMap<>();
    private final Map<String, Integer> retries = new TreeMap<>();
    private boolean lastWasRetried;

    synchronized void attemptFailed(String kind, boolean retried) {
      errors.merge(kind, 1, Integer::sum);
      if (retried) {
        retries.merge(kind, 1, Integer::sum);
      }
      lastWasRetried = retried;
    }

    /** Failed attempts by kind. */
    public synchronized Map<String, Integer> errors() {
      return new TreeMap<>(errors);
    }

    /**
     * Retries by kind. When the sample failed in the end, its last failure was not followed by
     * another attempt (the attempt or time budget ran out), so it is not a retry.
     */
    public synchronized Map<String, Integer> retries(boolean sampleFailed, String finalKind) {
      Map<String, Integer> result = new TreeMap<>(retries);
      if (sampleFailed && lastWasRetried && finalKind != null && result.containsKey(finalKind)) {
        result.merge(finalKind, -1, Integer::sum);
        result.values().removeIf(v -> v <= 0);
      }
      return result;
    }
  }

  /**
   * Runs {@code body} with {@code tally} collecting the retries the client makes on this thread.
   */
  public static <T> T within(Tally tally, ThrowingSupplier<T> body) throws Exception {
    Tally previous = CURRENT.get();
    CURRENT.set(tally);
    try {
      return body.get();
    } finally {
      CURRENT.set(previous);
    }
  }

  /** A supplier that may throw, for {@link #within}. */
  @FunctionalInterface
  public interface ThrowingSupplier<T> {
    T get() throws Exception;
  }

  /** An executor that runs each task with the tally of the thread that submitted it. */
  public static Executor propagating(Executor executor) {
    return task -> {
      Tally tally = CURRENT.get();
      executor.execute(
          () -> {
            Tally previous = CURRENT.get();
            CURRENT.set(tally);
            try {
              task.run();
            } finally {
              CURRENT.set(previous);
            }
          });
    };
  }

  /**
   * The client's default strategy (retry 408, 429, 5xx and broken connections when the request is
   * idempotent), counted. The probe sets it on the options it is given: {@link
   * com.google.cloud.storage.StorageOptions} does not expose the strategy it holds, and the probe's
   * figures depend on which failures are retried, so the choice is made here, in one place. The
   * caller's {@code RetrySettings} (backoff, attempts, timeouts) are kept.
   */
  public static StorageRetryStrategy countingDefault() {
    return counting(StorageRetryStrategy.getDefaultStorageRetryStrategy());
  }

  /** {@code strategy}, with every retry decision recorded against the current sample. */
  public static StorageRetryStrategy counting(StorageRetryStrategy strategy) {
    return new CountingStrategy(strategy);
  }

  /**
   * A short, stable name for the kind of a failure: {@code http_<code>} for an HTTP status, {@code
   * connection_reset}, {@code connection_closed} (the peer hung up mid-response), {@code
   * connection_refused}, {@code timeout}, {@code io} for other transport failures, otherwise the
   * exception's simple class name.
   */
  public static String kindOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException || t instanceof InterruptedIOException) {
        return "timeout";
      }
      if (t instanceof ConnectException) {
        return "connection_refused";
      }
      if (t instanceof SocketException) {
        String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("reset") || message.contains("broken pipe")) {
          return "connection_reset";
        }
        return "io";
      }
      if (t instanceof BaseServiceException) {
        int code = ((BaseServiceException) t).getCode();
        if (code > 0) {
          return "http_" + code;
        }
      }
      if (t instanceof com.google.api.client.http.HttpResponseException) {
        return "http_" + ((com.google.api.client.http.HttpResponseException) t).getStatusCode();
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof java.io.IOException) {
        String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("reset")) {
          return "connection_reset";
        }
        if (message.contains("end of file") || message.contains("end of stream")) {
          return "connection_closed";
        }
        return "io";
      }
    }
    return failure.getClass().getSimpleName();
  }

  private static final class CountingStrategy implements StorageRetryStrategy {
    private static final long serialVersionUID = 1L;
    private final StorageRetryStrategy delegate;

    CountingStrategy(StorageRetryStrategy delegate) {
      this.delegate = delegate;
    }

    @Override
    public ResultRetryAlgorithm<?> getIdempotentHandler() {
      return new CountingAlgorithm<>(delegate.getIdempotentHandler());
    }

    @Override
    public ResultRetryAlgorithm<?> getNonidempotentHandler() {
      return new CountingAlgorithm<>(delegate.getNonidempotentHandler());
    }
  }

  private static final class CountingAlgorithm<T> implements ResultRetryAlgorithm<T> {
    private final ResultRetryAlgorithm<T> delegate;

    CountingAlgorithm(ResultRetryAlgorithm<T> delegate) {
      this.delegate = delegate;
    }

    @Override
    public TimedAttemptSettings createNextAttempt(
        Throwable previousThrowable, T previousResponse, TimedAttemptSettings previousSettings) {
      return delegate.createNextAttempt(previousThrowable, previousResponse, previousSettings);
    }

    @Override
    public boolean shouldRetry(Throwable previousThrowable, T previousResponse)
        throws CancellationException {
      boolean retry = delegate.shouldRetry(previousThrowable, previousResponse);
      Tally tally = CURRENT.get();
      if (previousThrowable != null && tally != null) {
        tally.attemptFailed(kindOf(previousThrowable), retry);
      }
      return retry;
    }
  }
}

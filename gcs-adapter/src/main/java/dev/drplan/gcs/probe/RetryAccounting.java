package dev.drplan.gcs.probe;

import com.google.cloud.BaseServiceException;
import com.google.cloud.TransportOptions;
import com.google.cloud.http.HttpTransportOptions;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;

/**
 * Counts the attempts of each sample (one object written or read) where they leave the machine.
 *
 * <p>Who retries: the client, under the {@code RetrySettings} of the options the probe is given (at
 * most 6 attempts per request, gcs-adapter/README.md) and the strategy of {@link RetryGate}. The
 * probe repeats nothing on top of that, so the documented budget is the real one. Counting happens
 * below the client, in its HTTP transport ({@link #counting}): every request sent is one attempt,
 * and one that ends without an answer, with an error status or with a broken response body is one
 * failed attempt of its kind, recorded against the {@link Tally} of the sample running on the
 * sending thread. Work the client hands to its own threads (parallel composite parts) carries the
 * tally along through {@link #propagating}.
 */
public final class RetryAccounting {

  private static final ThreadLocal<Tally> CURRENT = new ThreadLocal<>();

  /** Kinds of failure in which the server gave no answer at all. */
  private static final Set<String> NO_ANSWER =
      Set.of(
          "connection_refused",
          "connection_reset",
          "connection_closed",
          "timeout",
          "unknown_host",
          "io");

  private RetryAccounting() {}

  /** The attempts and failed attempts of one sample (one object written or read). */
  public static final class Tally {
    private final Map<String, Integer> errors = new TreeMap<>();
    private int attempts;
    private String lastFailure;

    synchronized void attemptStarted() {
      attempts++;
      lastFailure = null;
    }

    synchronized void attemptFailed(String kind) {
      errors.merge(kind, 1, Integer::sum);
      lastFailure = kind;
    }

    /** Requests sent for this sample. */
    public synchronized int attempts() {
      return attempts;
    }

    /** Failed attempts by kind. */
    public synchronized Map<String, Integer> errors() {
      return new TreeMap<>(errors);
    }

    /**
     * Failed attempts that were followed by another attempt, by kind: every failed attempt of a
     * sample that succeeded; of one that failed, all but a last attempt that failed.
     */
    public synchronized Map<String, Integer> retries(boolean sampleFailed) {
      Map<String, Integer> result = new TreeMap<>(errors);
      if (sampleFailed && lastFailure != null) {
        result.merge(lastFailure, -1, Integer::sum);
        result.values().removeIf(v -> v <= 0);
      }
      return result;
    }
  }

  /** Runs {@code body} with {@code tally} counting the attempts made on this thread. */
  public static <T> T within(Tally tally, ThrowingSupplier<T> body) throws Exception {
    Tally previous = CURRENT.get();
    CURRENT.set(tally);
    try {
      return body.get();
    } finally {
      CURRENT.set(previous);
    }
  }

  /** The tally of the sample running on this thread, or {@code null}. */
  static Tally current() {
    return CURRENT.get();
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
   * {@code options} with its HTTP transport wrapped so that every request is counted against the
   * current sample, {@code answered} runs whenever the server answers (any status), and {@code
   * serverClock} (when not {@code null}) gets the answers' dates.
   *
   * @throws IllegalArgumentException for options of another transport (the probe speaks HTTP/JSON)
   */
  static HttpTransportOptions counting(
      TransportOptions options, Runnable answered, ServerClock serverClock) {
    if (!(options instanceof HttpTransportOptions)) {
      throw new IllegalArgumentException(
          "the probe needs the HTTP/JSON transport, not " + options.getClass().getSimpleName());
    }
    HttpTransportOptions http = (HttpTransportOptions) options;
    var factory =
        http.getHttpTransportFactory() != null
            ? http.getHttpTransportFactory()
            : new HttpTransportOptions.DefaultHttpTransportFactory();
    return http.toBuilder()
        .setHttpTransportFactory(
            () -> new CountingTransport(factory.create(), answered, serverClock))
        .build();
  }

  /**
   * True when {@code failure} is a request that could not even connect: refused, no route, an
   * unknown host, or no connection within the connect timeout.
   */
  public static boolean couldNotConnect(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof NoRouteToHostException
          || t instanceof UnknownHostException) {
        return true;
      }
      if (t instanceof SocketTimeoutException
          && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code failure} came without any answer from the server (see {@link #kindOf}). */
  public static boolean noAnswer(Throwable failure) {
    return NO_ANSWER.contains(kindOf(failure));
  }

  /**
   * A short, stable name for the kind of a failure: {@code http_<code>} for an HTTP status, {@code
   * connection_reset}, {@code connection_closed} (the peer hung up mid-response), {@code
   * connection_refused}, {@code unknown_host}, {@code timeout}, {@code io} for other transport
   * failures, otherwise the exception's simple class name.
   */
  public static String kindOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException || t instanceof InterruptedIOException) {
        return "timeout";
      }
      if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
        return "connection_refused";
      }
      if (t instanceof UnknownHostException) {
        return "unknown_host";
      }
      if (t instanceof SocketException) {
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("reset") || message.contains("broken pipe")) {
          return "connection_reset";
        }
        if (message.contains("end of file")) {
          return "connection_closed";
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
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
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
}

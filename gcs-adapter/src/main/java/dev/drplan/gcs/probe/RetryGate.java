package dev.drplan.gcs.probe;

import com.google.api.gax.retrying.ResultRetryAlgorithm;
import com.google.api.gax.retrying.TimedAttemptSettings;
import com.google.cloud.storage.StorageRetryStrategy;
import java.io.Serializable;
import java.util.concurrent.CancellationException;

/**
 * The one place a run decides, beyond the client's own strategy, whether a failed request may be
 * tried again. The client's default strategy (408, 429, 5xx and broken connections, for requests
 * safe to repeat) decides first; then the rules of the run:
 *
 * <ul>
 *   <li>until the server has answered once, a request that could not even connect (refused, unknown
 *       host, connect timeout) is not repeated: nothing listens at that endpoint, and repeating
 *       would only delay saying so (the first request fails within the connect timeout);
 *   <li>when a request got no answer at all and the server has answered nothing for 5 s, the
 *       request is repeated only if the server answers one request, sent at once without retries
 *       ({@link Reachability}); when it does not, the server cannot be reached: the gate closes and
 *       the run is told, instead of every stream waiting out its retries against a dead server (the
 *       run asks the same after any operation that failed without an answer);
 *   <li>once the gate is closed (a signal, an unreachable server), nothing is repeated;
 *   <li>nothing is repeated after the gate's time (the start of cleanup while measuring, the
 *       deadline while cleaning up), so retries never carry a run past its deadline.
 * </ul>
 *
 * <p>The budget itself (at most 6 attempts per request, with backoff) is the {@code RetrySettings}
 * of the client's options.
 */
final class RetryGate implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Silence after which a failed attempt without an answer makes the gate ask the server whether it
   * still answers: longer than a blip on a busy run, far shorter than the retry budget (about 31 s
   * of backoff), so a dead server ends the run in seconds.
   */
  static final long SILENCE_NANOS = 5_000_000_000L;

  /** An answer this recent stands for the server answering; no need to ask. */
  static final long RECENT_ANSWER_NANOS = 1_000_000_000L;

  /** Asks the server once whether it answers, and is told when it does not. */
  interface Reachability {
    /**
     * Sends one request without retries; returns {@code null} when the server answered, else the
     * failure.
     */
    Throwable check();

    /** The server did not answer the check: it cannot be reached. */
    void unreachable(Throwable failure);
  }

  private volatile boolean answered;
  private volatile long lastAnswerNanos;
  private volatile boolean closed;
  private volatile long openUntilNanos = Long.MAX_VALUE;
  private transient volatile Reachability reachability;

  /** The server answered a request (any status). */
  void answered() {
    lastAnswerNanos = System.nanoTime();
    answered = true;
  }

  /** True once the server has answered any request. */
  boolean everAnswered() {
    return answered;
  }

  /** No retries from now on. */
  void close() {
    closed = true;
  }

  /** No retries after {@code nanos} ({@link System#nanoTime()}). */
  void openUntil(long nanos) {
    openUntilNanos = nanos;
  }

  /** How to ask the server whether it still answers (without: such failures are retried). */
  void checkWith(Reachability check) {
    this.reachability = check;
  }

  /** Whether the run's rules let a failed request be repeated now (whatever its failure). */
  boolean allowsRetry() {
    return !closed && System.nanoTime() - openUntilNanos < 0;
  }

  /**
   * Whether the server still answers: true when it answered anything in the last second, else asked
   * once (threads that ask together share the answer); closes the gate when it does not.
   */
  synchronized boolean serverStillAnswers() {
    Reachability check = reachability;
    if (closed) {
      return false;
    }
    if (check == null || System.nanoTime() - lastAnswerNanos < RECENT_ANSWER_NANOS) {
      return true;
    }
    Throwable failure = check.check();
    if (failure == null) {
      answered();
      return true;
    }
    close();
    check.unreachable(failure);
    return false;
  }

  /** True when the server has answered nothing for {@link #SILENCE_NANOS}. */
  private boolean silent() {
    return System.nanoTime() - lastAnswerNanos >= SILENCE_NANOS;
  }

  /** {@code strategy}, with its decisions held to this gate. */
  StorageRetryStrategy strategy(StorageRetryStrategy strategy) {
    return new GatedStrategy(strategy, this);
  }

  private static final class GatedStrategy implements StorageRetryStrategy {
    private static final long serialVersionUID = 1L;
    private final StorageRetryStrategy delegate;
    private final RetryGate gate;

    GatedStrategy(StorageRetryStrategy delegate, RetryGate gate) {
      this.delegate = delegate;
      this.gate = gate;
    }

    @Override
    public ResultRetryAlgorithm<?> getIdempotentHandler() {
      return new GatedAlgorithm<>(delegate.getIdempotentHandler(), gate);
    }

    @Override
    public ResultRetryAlgorithm<?> getNonidempotentHandler() {
      return new GatedAlgorithm<>(delegate.getNonidempotentHandler(), gate);
    }
  }

  private static final class GatedAlgorithm<T> implements ResultRetryAlgorithm<T> {
    private final ResultRetryAlgorithm<T> delegate;
    private final RetryGate gate;

    GatedAlgorithm(ResultRetryAlgorithm<T> delegate, RetryGate gate) {
      this.delegate = delegate;
      this.gate = gate;
    }

    @Override
    public TimedAttemptSettings createNextAttempt(
        Throwable previousThrowable, T previousResponse, TimedAttemptSettings previousSettings) {
      return delegate.createNextAttempt(previousThrowable, previousResponse, previousSettings);
    }

    @Override
    public boolean shouldRetry(Throwable previousThrowable, T previousResponse)
        throws CancellationException {
      if (!delegate.shouldRetry(previousThrowable, previousResponse) || !gate.allowsRetry()) {
        return false;
      }
      if (!gate.everAnswered()) {
        return previousThrowable == null || !RetryAccounting.couldNotConnect(previousThrowable);
      }
      return previousThrowable == null
          || !RetryAccounting.noAnswer(previousThrowable)
          || !gate.silent()
          || gate.serverStillAnswers();
    }
  }
}

package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.gax.retrying.ResultRetryAlgorithm;
import com.google.cloud.storage.StorageException;
import com.google.cloud.storage.StorageRetryStrategy;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run's rules on top of the client's retry strategy (RetryGate's javadoc). */
class RetryGateTest {

  private static final StorageException UNAVAILABLE = new StorageException(503, "unavailable");
  private static final StorageException REFUSED =
      new StorageException(0, "refused", new ConnectException("Connection refused"));

  private final RetryGate gate = new RetryGate();
  private final List<Throwable> unreachable = new ArrayList<>();
  private int checks;

  @SuppressWarnings("unchecked")
  private boolean retries(Throwable failure) {
    ResultRetryAlgorithm<Object> handler =
        (ResultRetryAlgorithm<Object>)
            gate.strategy(StorageRetryStrategy.getDefaultStorageRetryStrategy())
                .getIdempotentHandler();
    return handler.shouldRetry(failure, null);
  }

  /** A check that answers as told and counts how often it was asked. */
  private void serverAnswersChecks(boolean answers) {
    gate.checkWith(
        new RetryGate.Reachability() {
          @Override
          public Throwable check() {
            checks++;
            return answers ? null : REFUSED;
          }

          @Override
          public void unreachable(Throwable failure) {
            unreachable.add(failure);
          }
        });
  }

  @Test
  void untilTheServerHasAnsweredOnceARequestThatCouldNotConnectIsNotRepeated() {
    StorageException reset =
        new StorageException(0, "reset", new java.net.SocketException("Connection reset"));
    assertThat(retries(REFUSED)).isFalse();
    assertThat(retries(reset)).isTrue();
    assertThat(retries(UNAVAILABLE)).isTrue();

    gate.answered();

    assertThat(retries(REFUSED)).isTrue();
  }

  @Test
  void whatTheClientWouldNotRepeatIsNotRepeated() {
    gate.answered();

    assertThat(retries(new StorageException(412, "precondition failed"))).isFalse();
    assertThat(retries(new StorageException(404, "not found"))).isFalse();
  }

  @Test
  void aClosedGateOrOnePastItsTimeRepeatsNothing() {
    gate.answered();
    gate.openUntil(System.nanoTime() - 1);
    assertThat(retries(UNAVAILABLE)).isFalse();

    gate.openUntil(System.nanoTime() + 60_000_000_000L);
    assertThat(retries(UNAVAILABLE)).isTrue();

    gate.close();
    assertThat(retries(UNAVAILABLE)).isFalse();
  }

  @Test
  void aFailureWithoutAnswerSoonAfterAnAnswerIsRepeatedWithoutAsking() {
    serverAnswersChecks(false);
    gate.answered();

    assertThat(retries(REFUSED)).isTrue();
    assertThat(checks).isZero();
    assertThat(unreachable).isEmpty();
  }

  @Test
  void aServerThatAnswersNoCheckClosesTheGateAndIsReportedOnce() {
    serverAnswersChecks(false);
    gate.answered();
    waitOutTheRecentAnswer();

    assertThat(gate.serverStillAnswers()).isFalse();
    assertThat(gate.serverStillAnswers()).isFalse();

    assertThat(checks).isEqualTo(1);
    assertThat(unreachable).containsExactly(REFUSED);
    assertThat(retries(UNAVAILABLE)).isFalse();
  }

  @Test
  void aServerThatAnswersTheCheckKeepsTheGateOpen() {
    serverAnswersChecks(true);
    gate.answered();
    waitOutTheRecentAnswer();

    assertThat(gate.serverStillAnswers()).isTrue();
    // The check's answer is recent: a second caller does not ask again.
    assertThat(gate.serverStillAnswers()).isTrue();

    assertThat(checks).isEqualTo(1);
    assertThat(unreachable).isEmpty();
    assertThat(retries(UNAVAILABLE)).isTrue();
  }

  private static void waitOutTheRecentAnswer() {
    try {
      Thread.sleep(RetryGate.RECENT_ANSWER_NANOS / 1_000_000 + 50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

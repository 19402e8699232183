package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.storage.StorageException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAccountingTest {

  @Test
  void aSampleThatSucceededRetriedEveryFailedAttempt() {
    RetryAccounting.Tally tally = new RetryAccounting.Tally();
    tally.attemptStarted();
    tally.attemptFailed("http_503");
    tally.attemptStarted();
    tally.attemptFailed("connection_reset");
    tally.attemptStarted();

    assertThat(tally.attempts()).isEqualTo(3);
    assertThat(tally.errors()).isEqualTo(Map.of("http_503", 1, "connection_reset", 1));
    assertThat(tally.retries(false)).isEqualTo(Map.of("http_503", 1, "connection_reset", 1));
  }

  @Test
  void aSampleThatFailedDidNotRetryItsLastFailedAttempt() {
    RetryAccounting.Tally tally = new RetryAccounting.Tally();
    for (int attempt = 0; attempt < 6; attempt++) {
      tally.attemptStarted();
      tally.attemptFailed("http_503");
    }

    assertThat(tally.errors()).isEqualTo(Map.of("http_503", 6));
    assertThat(tally.retries(true)).isEqualTo(Map.of("http_503", 5));
  }

  @Test
  void failuresAreNamedByKindAndThoseWithoutAnAnswerAreKnown() {
    assertThat(RetryAccounting.kindOf(new StorageException(503, "x"))).isEqualTo("http_503");
    assertThat(RetryAccounting.kindOf(new ConnectException("Connection refused")))
        .isEqualTo("connection_refused");
    assertThat(RetryAccounting.kindOf(new SocketException("Connection reset")))
        .isEqualTo("connection_reset");
    assertThat(RetryAccounting.kindOf(new IOException("Unexpected end of file from server")))
        .isEqualTo("connection_closed");
    assertThat(RetryAccounting.kindOf(new SocketException("Unexpected end of file from server")))
        .isEqualTo("connection_closed");
    assertThat(RetryAccounting.kindOf(new SocketTimeoutException("Read timed out")))
        .isEqualTo("timeout");
    assertThat(RetryAccounting.kindOf(new UnknownHostException("nowhere.invalid")))
        .isEqualTo("unknown_host");

    assertThat(RetryAccounting.noAnswer(new StorageException(0, "x", new EOFException()))).isTrue();
    assertThat(RetryAccounting.noAnswer(new StorageException(503, "x"))).isFalse();
    assertThat(RetryAccounting.noAnswer(new IllegalStateException("a bug"))).isFalse();
  }

  @Test
  void aRequestThatCouldNotConnectIsToldFromOneThatLostItsConnection() {
    assertThat(RetryAccounting.couldNotConnect(new ConnectException("Connection refused")))
        .isTrue();
    assertThat(RetryAccounting.couldNotConnect(new UnknownHostException("nowhere.invalid")))
        .isTrue();
    assertThat(RetryAccounting.couldNotConnect(new SocketTimeoutException("Connect timed out")))
        .isTrue();
    assertThat(RetryAccounting.couldNotConnect(new SocketTimeoutException("Read timed out")))
        .isFalse();
    assertThat(RetryAccounting.couldNotConnect(new SocketException("Connection reset"))).isFalse();
  }
}

package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdleConnectionsTest {

  private String before;

  @BeforeEach
  void remember() {
    before = System.getProperty(IdleConnections.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(IdleConnections.PROPERTY);
    } else {
      System.setProperty(IdleConnections.PROPERTY, before);
    }
  }

  @Test
  void keepsMoreIdleConnectionsThanARunCanHaveInFlight() {
    System.clearProperty(IdleConnections.PROPERTY);
    assertThat(IdleConnections.keepAll()).isEqualTo(4096);
    assertThat(System.getProperty(IdleConnections.PROPERTY)).isEqualTo("4096");
    // 1,024 streams, cleanup's deleters and a composite upload's parts fit under it.
    assertThat(IdleConnections.KEPT).isGreaterThan(1024 + RunCleanup.DELETE_STREAMS);
  }

  @Test
  void leavesTheUsersOwnLimitAsItIs() {
    System.setProperty(IdleConnections.PROPERTY, "10");
    assertThat(IdleConnections.keepAll()).isEqualTo(10);
    assertThat(System.getProperty(IdleConnections.PROPERTY)).isEqualTo("10");
  }

  @Test
  void aLimitTheJdkCannotUseCountsAsItsDefaultOfFive() {
    // The run's warning then names the 5 the JDK applies, not the text the user gave.
    System.setProperty(IdleConnections.PROPERTY, "0");
    assertThat(IdleConnections.keepAll()).isEqualTo(5);
    System.setProperty(IdleConnections.PROPERTY, "many");
    assertThat(IdleConnections.keepAll()).isEqualTo(5);
  }
}

package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Under a byte budget each stream moves its own share of the step's objects. */
class ObjectShareTest {

  @Test
  void sixteenObjectsForSixteenStreamsGiveEveryStreamOne() {
    for (int stream = 0; stream < 16; stream++) {
      assertThat(ProbeRunner.objectShare(16, 16, stream)).as("stream " + stream).isEqualTo(1);
    }
  }

  @Test
  void theRemainderGoesOneEachToTheFirstStreams() {
    // 35 objects over 16 streams: 35 = 3 * 3 + 13 * 2
    assertThat(ProbeRunner.objectShare(35, 16, 0)).isEqualTo(3);
    assertThat(ProbeRunner.objectShare(35, 16, 2)).isEqualTo(3);
    assertThat(ProbeRunner.objectShare(35, 16, 3)).isEqualTo(2);
    assertThat(ProbeRunner.objectShare(35, 16, 15)).isEqualTo(2);
  }
}

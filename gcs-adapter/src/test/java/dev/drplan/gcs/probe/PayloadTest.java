package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class PayloadTest {

  private final Payload payload = new Payload(42, 64 * 1024);

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
    Payload again = new Payload(42, 64 * 1024);
    Payload other = new Payload(43, 64 * 1024);

    assertThat(bytesOf(again, 0, 1000)).isEqualTo(bytesOf(payload, 0, 1000));
    assertThat(bytesOf(other, 0, 1000)).isNotEqualTo(bytesOf(payload, 0, 1000));
  }

  @Test
  void objectsLargerThanTheBufferWrapAroundAndStreamAndChannelAgree() throws IOException {
    int start = payload.startOffset(7);
    long length = 3 * 64 * 1024 + 123;
    Payload.Content content = payload.content(start, length);
    AtomicLong counted = new AtomicLong();

    byte[] streamed = content.openStream(counted::addAndGet).readAllBytes();
    ByteArrayOutputStream channelOut = new ByteArrayOutputStream();
    long channelCrc = content.writeTo(Channels.newChannel(channelOut), 4096, n -> {});

    assertThat(streamed).hasSize((int) length);
    assertThat(channelOut.toByteArray()).isEqualTo(streamed);
    assertThat(counted.get()).isEqualTo(length);
    CRC32C crc = new CRC32C();
    crc.update(streamed);
    assertThat(channelCrc).isEqualTo(crc.getValue());
    assertThat(payload.crc32c(start, length)).isEqualTo(crc.getValue());
    // Wrap-around: the byte after the buffer's end is the buffer's first byte.
    byte[] fromZero = bytesOf(payload, 0, 1);
    assertThat(streamed[64 * 1024 - start]).isEqualTo(fromZero[0]);
  }

  @Test
  void consecutiveObjectsStartAtDifferentOffsets() {
    assertThat(payload.startOffset(0)).isNotEqualTo(payload.startOffset(1));
    assertThat(payload.startOffset(1)).isNotEqualTo(payload.startOffset(2));
  }

  @Test
  void payloadIsIncompressible() throws IOException {
    byte[] data = bytesOf(payload, 0, 64 * 1024);
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(data);
    deflater.finish();
    byte[] out = new byte[data.length * 2];
    int compressed = deflater.deflate(out);

    assertThat(compressed).isGreaterThanOrEqualTo(data.length);
  }

  private static byte[] bytesOf(Payload payload, int start, long length) throws IOException {
    return payload.content(start, length).openStream(n -> {}).readAllBytes();
  }
}

package dev.drplan.gcs.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.zip.CRC32C;

/**
 * The bytes the probe uploads: one buffer of seeded random (so incompressible) bytes, generated
 * once and shared by every stream.
 *
 * <p>An object of any size is the buffer read from a start offset, wrapping around at its end; no
 * stream ever holds a copy of a whole object. Each object gets its own start offset, so objects of
 * one size differ. Content is a pure function of (seed, buffer size, start offset, length), which
 * lets a test rebuild what an object should hold.
 */
public final class Payload {

  /** 16 MiB: large enough to be incompressible at any window a codec would use, small in RAM. */
  public static final int DEFAULT_BUFFER_BYTES = 16 * 1024 * 1024;

  /** A stride co-prime with any power of two, so consecutive objects start far apart. */
  private static final long OFFSET_STRIDE = 1_048_583L;

  private final long seed;
  private final byte[] buffer;

  public Payload(long seed, int bufferBytes) {
    if (bufferBytes < 8) {
      throw new IllegalArgumentException("bufferBytes must be at least 8, was " + bufferBytes);
    }
    this.seed = seed;
    this.buffer = new byte[bufferBytes];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < bufferBytes; i += 8) {
      long word = random.nextLong();
      for (int b = 0; b < 8 && i + b < bufferBytes; b++) {
        buffer[i + b] = (byte) (word >>> (8 * b));
      }
    }
  }

  public long seed() {
    return seed;
  }

  public int bufferBytes() {
    return buffer.length;
  }

  /** The start offset in the shared buffer of object number {@code objectIndex}. */
  public int startOffset(long objectIndex) {
    return (int) Math.floorMod(objectIndex * OFFSET_STRIDE, (long) buffer.length);
  }

  /** The content of an object that starts at {@code startOffset} and is {@code length} long. */
  public Content content(int startOffset, long length) {
    if (startOffset < 0 || startOffset >= buffer.length) {
      throw new IllegalArgumentException("startOffset out of range: " + startOffset);
    }
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative, was " + length);
    }
    return new Content(startOffset, length);
  }

  /** The CRC32C of an object's content, as GCS reports it (an unsigned 32-bit value). */
  public long crc32c(int startOffset, long length) {
    CRC32C crc = new CRC32C();
    long remaining = length;
    int position = startOffset;
    while (remaining > 0) {
      int n = (int) Math.min(remaining, buffer.length - position);
      crc.update(buffer, position, n);
      remaining -= n;
      position = 0;
    }
    return crc.getValue();
  }

  /**
   * One object's bytes, handed to the client in slices of the shared buffer. Every hand-over
   * updates a CRC32C of exactly the bytes sent, and reports their count to a listener (for the
   * per-second time series). {@link #openStream} and {@link #writeTo} restart from the beginning
   * each time they are called (a retried upload sends the object again).
   */
  public final class Content {
    private final int startOffset;
    private final long length;

    private Content(int startOffset, long length) {
      this.startOffset = startOffset;
      this.length = length;
    }

    public int startOffset() {
      return startOffset;
    }

    public long length() {
      return length;
    }

    /** A fresh stream over the content; {@code sent} hears every byte count read from it. */
    public CheckedStream openStream(LongConsumer sent) {
      return new CheckedStream(sent, () -> false);
    }

    /**
     * A fresh stream over the content that fails its next read once {@code abandoned} is true, so
     * that an upload in flight when a run stops ends at its next slice instead of completing an
     * object after cleanup.
     */
    public CheckedStream openStream(LongConsumer sent, BooleanSupplier abandoned) {
      return new CheckedStream(sent, abandoned);
    }

    /**
     * Writes the content to {@code channel} in slices of at most {@code sliceBytes}, and returns
     * its CRC32C.
     */
    public long writeTo(WritableByteChannel channel, int sliceBytes, LongConsumer sent)
        throws IOException {
      return writeTo(channel, sliceBytes, sent, () -> false);
    }

    /**
     * {@link #writeTo(WritableByteChannel, int, LongConsumer)}, given up once {@code abandoned}.
     */
    public long writeTo(
        WritableByteChannel channel, int sliceBytes, LongConsumer sent, BooleanSupplier abandoned)
        throws IOException {
      CRC32C crc = new CRC32C();
      long remaining = length;
      int position = startOffset;
      while (remaining > 0) {
        if (abandoned.getAsBoolean()) {
          throw new Abandoned();
        }
        int n = (int) Math.min(Math.min(remaining, sliceBytes), buffer.length - position);
        ByteBuffer slice = ByteBuffer.wrap(buffer, position, n).asReadOnlyBuffer();
        crc.update(slice.duplicate());
        while (slice.hasRemaining()) {
          int written = channel.write(slice);
          sent.accept(written);
        }
        remaining -= n;
        position = (position + n) % buffer.length;
      }
      return crc.getValue();
    }

    /** An input stream over the content that keeps a CRC32C of what was read. */
    public final class CheckedStream extends InputStream {
      private final LongConsumer sent;
      private final BooleanSupplier abandoned;
      private final CRC32C crc = new CRC32C();
      private long remaining = length;
      private int position = startOffset;

      private CheckedStream(LongConsumer sent, BooleanSupplier abandoned) {
        this.sent = sent;
        this.abandoned = abandoned;
      }

      /** The CRC32C of the bytes read so far (of the whole object once it is read to the end). */
      public long crc32c() {
        return crc.getValue();
      }

      @Override
      public int read() throws IOException {
        if (remaining == 0) {
          return -1;
        }
        byte[] one = new byte[1];
        read(one, 0, 1);
        return one[0] & 0xff;
      }

      @Override
      public int read(byte[] target, int offset, int count) throws IOException {
        if (count == 0) {
          return 0;
        }
        if (remaining == 0) {
          return -1;
        }
        if (abandoned.getAsBoolean()) {
          throw new Abandoned();
        }
        int n = (int) Math.min(Math.min(remaining, count), buffer.length - position);
        System.arraycopy(buffer, position, target, offset, n);
        crc.update(buffer, position, n);
        remaining -= n;
        position = (position + n) % buffer.length;
        sent.accept(n);
        return n;
      }

      @Override
      public int available() {
        return (int) Math.min(Integer.MAX_VALUE, remaining);
      }
    }
  }

  /** An upload given up because its run is stopping. */
  public static final class Abandoned extends java.io.InterruptedIOException {
    private static final long serialVersionUID = 1L;

    Abandoned() {
      super("upload abandoned: the run is stopping");
    }
  }
}

package dev.drplan.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.StandardOpenOption;

/**
 * A disk that fills up: the temporary files of {@link AtomicFile} take {@code limit} bytes, then
 * every write fails as the kernel says it ({@code No space left on device}).
 */
final class FullDisk extends FileChannel {
  private final FileChannel delegate;
  private final long limit;
  private long written;

  private FullDisk(FileChannel delegate, long limit) {
    this.delegate = delegate;
    this.limit = limit;
  }

  /** An opener whose files fail after {@code limit} bytes. */
  static AtomicFile.Opener after(long limit) {
    return path ->
        new FullDisk(
            FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), limit);
  }

  private void take(long bytes) throws IOException {
    if (written + bytes > limit) {
      throw new IOException("No space left on device");
    }
    written += bytes;
  }

  @Override
  public int write(ByteBuffer source) throws IOException {
    take(source.remaining());
    return delegate.write(source);
  }

  @Override
  public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
    long bytes = 0;
    for (int i = offset; i < offset + length; i++) {
      bytes += sources[i].remaining();
    }
    take(bytes);
    return delegate.write(sources, offset, length);
  }

  @Override
  public int write(ByteBuffer source, long position) throws IOException {
    take(source.remaining());
    return delegate.write(source, position);
  }

  @Override
  public int read(ByteBuffer destination) throws IOException {
    return delegate.read(destination);
  }

  @Override
  public long read(ByteBuffer[] destinations, int offset, int length) throws IOException {
    return delegate.read(destinations, offset, length);
  }

  @Override
  public int read(ByteBuffer destination, long position) throws IOException {
    return delegate.read(destination, position);
  }

  @Override
  public long position() throws IOException {
    return delegate.position();
  }

  @Override
  public FileChannel position(long newPosition) throws IOException {
    delegate.position(newPosition);
    return this;
  }

  @Override
  public long size() throws IOException {
    return delegate.size();
  }

  @Override
  public FileChannel truncate(long size) throws IOException {
    delegate.truncate(size);
    return this;
  }

  @Override
  public void force(boolean metaData) throws IOException {
    delegate.force(metaData);
  }

  @Override
  public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
    return delegate.transferTo(position, count, target);
  }

  @Override
  public long transferFrom(ReadableByteChannel source, long position, long count)
      throws IOException {
    take(count);
    return delegate.transferFrom(source, position, count);
  }

  @Override
  public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
    throw new IOException("not mapped in this test");
  }

  @Override
  public FileLock lock(long position, long size, boolean shared) throws IOException {
    return delegate.lock(position, size, shared);
  }

  @Override
  public FileLock tryLock(long position, long size, boolean shared) throws IOException {
    return delegate.tryLock(position, size, shared);
  }

  @Override
  protected void implCloseChannel() throws IOException {
    delegate.close();
  }
}

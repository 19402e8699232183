package dev.drplan.units;

/**
 * A data transfer rate.
 *
 * <p>Stored as one canonical value, a {@code double} count of bytes per second. Never NaN, infinite
 * or negative. Network links are quoted in decimal bits per second (1 Gbps = 1e9 bit/s = 125 MB/s);
 * {@link #ofGigabitsPerSecond} and {@link #gigabitsPerSecond} convert with the factor 8 in one
 * place. Byte rates may be decimal ({@code MB/s}) or binary ({@code MiB/s}).
 *
 * <p>{@link #toString()} is canonical: {@code "<bytes per second> B/s"}.
 */
public record DataRate(double bytesPerSecond) implements Comparable<DataRate> {

  public static final DataRate ZERO = new DataRate(0);

  public static final int BITS_PER_BYTE = 8;

  public DataRate {
    Quantities.requireNonNegativeFinite(bytesPerSecond, "bytesPerSecond");
  }

  public static DataRate ofBytesPerSecond(double bytesPerSecond) {
    return new DataRate(bytesPerSecond);
  }

  public static DataRate ofBitsPerSecond(double bitsPerSecond) {
    return new DataRate(bitsPerSecond / BITS_PER_BYTE);
  }

  public static DataRate ofGigabitsPerSecond(double gigabitsPerSecond) {
    return ofBitsPerSecond(gigabitsPerSecond * 1e9);
  }

  public static DataRate ofMegabytesPerSecond(double megabytesPerSecond) {
    return new DataRate(megabytesPerSecond * DataSize.MB);
  }

  public static DataRate ofGigabytesPerSecond(double gigabytesPerSecond) {
    return new DataRate(gigabytesPerSecond * DataSize.GB);
  }

  /** The rate that moves {@code size} in {@code span}. */
  public static DataRate of(DataSize size, TimeSpan span) {
    return new DataRate(size.bytes() / span.seconds());
  }

  public double bitsPerSecond() {
    return bytesPerSecond * BITS_PER_BYTE;
  }

  public double gigabitsPerSecond() {
    return bitsPerSecond() / 1e9;
  }

  public double megabytesPerSecond() {
    return bytesPerSecond / DataSize.MB;
  }

  public double gigabytesPerSecond() {
    return bytesPerSecond / DataSize.GB;
  }

  public double mebibytesPerSecond() {
    return bytesPerSecond / DataSize.MIB;
  }

  public DataRate plus(DataRate other) {
    return new DataRate(bytesPerSecond + other.bytesPerSecond);
  }

  /** The difference, floored at zero. */
  public DataRate minusFloored(DataRate other) {
    return new DataRate(Math.max(0, bytesPerSecond - other.bytesPerSecond));
  }

  public DataRate times(double factor) {
    return new DataRate(bytesPerSecond * factor);
  }

  /** The data moved at this rate over {@code span}. */
  public DataSize over(TimeSpan span) {
    return new DataSize(bytesPerSecond * span.seconds());
  }

  public static DataRate min(DataRate a, DataRate b) {
    return a.bytesPerSecond <= b.bytesPerSecond ? a : b;
  }

  public boolean isZero() {
    return bytesPerSecond == 0;
  }

  @Override
  public int compareTo(DataRate other) {
    return Double.compare(bytesPerSecond, other.bytesPerSecond);
  }

  @Override
  public String toString() {
    return Double.toString(bytesPerSecond) + " B/s";
  }
}

package dev.drplan.units;

/**
 * An amount of data.
 *
 * <p>Stored as one canonical value, a {@code double} count of bytes, so that sizes up to and far
 * beyond 100 EB (1e20 bytes) compute without overflow; a {@code long} would stop near 9.2 EB. The
 * value is never NaN, infinite or negative.
 *
 * <p>Factories and accessors say which convention they use: decimal units are powers of 1000
 * ({@link #ofTerabytes}, {@link #petabytes}), binary units are powers of 1024 ({@link
 * #ofTebibytes}, {@link #gibibytes}). A kilobyte is 1000 bytes, never 1024. Google bills storage
 * per GiB; VAST and drive vendors quote decimal TB.
 *
 * <p>{@link #toString()} is canonical: {@code "<bytes> B"} with the shortest round-tripping
 * decimal, which the scenario parser reads back to the same value.
 */
public record DataSize(double bytes) implements Comparable<DataSize> {

  public static final DataSize ZERO = new DataSize(0);

  public static final double KB = 1e3;
  public static final double MB = 1e6;
  public static final double GB = 1e9;
  public static final double TB = 1e12;
  public static final double PB = 1e15;
  public static final double EB = 1e18;
  public static final double KIB = 1024.0;
  public static final double MIB = KIB * 1024;
  public static final double GIB = MIB * 1024;
  public static final double TIB = GIB * 1024;
  public static final double PIB = TIB * 1024;
  public static final double EIB = PIB * 1024;

  public DataSize {
    Quantities.requireNonNegativeFinite(bytes, "bytes");
  }

  public static DataSize ofBytes(double bytes) {
    return new DataSize(bytes);
  }

  public static DataSize ofGigabytes(double gigabytes) {
    return new DataSize(gigabytes * GB);
  }

  public static DataSize ofTerabytes(double terabytes) {
    return new DataSize(terabytes * TB);
  }

  public static DataSize ofPetabytes(double petabytes) {
    return new DataSize(petabytes * PB);
  }

  public static DataSize ofExabytes(double exabytes) {
    return new DataSize(exabytes * EB);
  }

  public static DataSize ofMebibytes(double mebibytes) {
    return new DataSize(mebibytes * MIB);
  }

  public static DataSize ofGibibytes(double gibibytes) {
    return new DataSize(gibibytes * GIB);
  }

  public static DataSize ofTebibytes(double tebibytes) {
    return new DataSize(tebibytes * TIB);
  }

  public static DataSize ofPebibytes(double pebibytes) {
    return new DataSize(pebibytes * PIB);
  }

  public double gigabytes() {
    return bytes / GB;
  }

  public double terabytes() {
    return bytes / TB;
  }

  public double petabytes() {
    return bytes / PB;
  }

  public double gibibytes() {
    return bytes / GIB;
  }

  public double tebibytes() {
    return bytes / TIB;
  }

  public double pebibytes() {
    return bytes / PIB;
  }

  public DataSize plus(DataSize other) {
    return new DataSize(bytes + other.bytes);
  }

  /** The difference, floored at zero: a size is never negative. */
  public DataSize minusFloored(DataSize other) {
    return new DataSize(Math.max(0, bytes - other.bytes));
  }

  public DataSize times(double factor) {
    return new DataSize(bytes * factor);
  }

  public DataSize dividedBy(double divisor) {
    return new DataSize(bytes / divisor);
  }

  /** How many of {@code unit} fit in this size, as a real number. */
  public double ratioTo(DataSize unit) {
    return bytes / unit.bytes;
  }

  /** The time this size takes at {@code rate}; infinite rates are impossible by construction. */
  public TimeSpan at(DataRate rate) {
    return TimeSpan.ofSeconds(bytes / rate.bytesPerSecond());
  }

  public boolean isZero() {
    return bytes == 0;
  }

  @Override
  public int compareTo(DataSize other) {
    return Double.compare(bytes, other.bytes);
  }

  @Override
  public String toString() {
    return Double.toString(bytes) + " B";
  }
}

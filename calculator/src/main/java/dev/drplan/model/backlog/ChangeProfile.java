package dev.drplan.model.backlog;

import dev.drplan.model.backlog.ChangeProfileException.Problem;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * What was written or rewritten, interval by interval: a time series of equal, back-to-back
 * intervals (start, length, bytes changed) on a regular grid that starts at an origin instant
 * (docs/model.md §5, "The backlog"). Within an interval changes are taken to arrive at a constant
 * rate.
 *
 * <p>Storage is one {@code double} per interval (bytes changed) plus the origin and the interval
 * length, so a year of one-minute points (525,600) takes 4 MB and five million rows 40 MB. A {@code
 * double} count of bytes has no overflow below 1e20 bytes.
 *
 * <p>Rules, checked as rows arrive: starts strictly increase (sorted, no duplicates), each start
 * lies on the grid origin + i · step (to a millionth of the step), amounts are finite and not
 * negative, and there is no gap (a start more than one step after the previous one) unless gaps are
 * allowed; an allowed gap is filled with intervals in which nothing changed and is counted in
 * {@link #gaps()}, so a report can state it. The step is at least one second. Times are Unix epoch
 * seconds (UTC).
 */
public final class ChangeProfile {

  /** The most intervals a profile holds, gap fill included: 95 years of minutes, 400 MB. */
  public static final int MAX_INTERVALS = 50_000_000;

  /**
   * The most bytes one interval may change: 1,000 EB, the largest size a scenario takes. More is a
   * unit mistake (bytes read as a larger unit), and would carry sizes past what the figures are
   * checked for.
   */
  public static final double MAX_INTERVAL_BYTES = 1e21;

  /** The shortest interval length, in seconds. */
  public static final double MIN_STEP_SECONDS = 1;

  /** A millionth of the step: how far a start may be from its grid point and still be on it. */
  static final double GRID_TOLERANCE = 1e-6;

  /** What to do with a start more than one interval after the previous one. */
  public enum GapPolicy {
    /** A gap is an error. */
    REJECT,
    /** A gap is filled with intervals in which nothing changed, and counted in {@link #gaps()}. */
    FILL_WITH_NO_CHANGE
  }

  private final double originEpochSeconds;
  private final double stepSeconds;
  // The profile is changedBytes[0 .. size); a builder's array is kept as it grew, not trimmed,
  // so that a five-million-row file never needs a second full copy.
  private final double[] changedBytes;
  private final int size;
  private final double totalBytes;
  private final double largestBytes;
  private final ProfileGaps gaps;

  private ChangeProfile(
      double originEpochSeconds,
      double stepSeconds,
      double[] changedBytes,
      int size,
      ProfileGaps gaps) {
    this.originEpochSeconds = originEpochSeconds;
    this.stepSeconds = stepSeconds;
    this.changedBytes = changedBytes;
    this.size = size;
    this.gaps = gaps;
    double total = 0;
    double largest = 0;
    for (int i = 0; i < size; i++) {
      total += changedBytes[i];
      largest = Math.max(largest, changedBytes[i]);
    }
    this.totalBytes = total;
    this.largestBytes = largest;
  }

  /**
   * A profile of {@code changedBytes.length} intervals of length {@code step} from {@code origin}:
   * interval i starts at origin + i · step and {@code changedBytes[i]} bytes changed in it. The
   * array is copied.
   *
   * @throws ChangeProfileException if the array is empty or a value is negative or not finite, or
   *     the step is shorter than one second
   */
  public static ChangeProfile of(Instant origin, TimeSpan step, double[] changedBytes) {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(step, "step");
    Builder builder = new Builder(step.seconds(), GapPolicy.REJECT);
    double start = epochSeconds(origin);
    for (int i = 0; i < changedBytes.length; i++) {
      builder.append(start + i * step.seconds(), changedBytes[i]);
    }
    return builder.build();
  }

  /**
   * A profile over {@code changedBytes} as it is, not copied, from a generator in this package that
   * computed every value itself (finite, not negative) and hands the array over.
   */
  static ChangeProfile generated(
      double originEpochSeconds, double stepSeconds, double[] changedBytes) {
    return new ChangeProfile(
        originEpochSeconds, stepSeconds, changedBytes, changedBytes.length, ProfileGaps.NONE);
  }

  /**
   * A builder that learns the interval length from the first two rows; gaps are errors unless
   * {@code gaps} says otherwise.
   */
  public static Builder builder(GapPolicy gaps) {
    return new Builder(Double.NaN, gaps);
  }

  /** A builder for intervals of length {@code step}; gaps are errors unless {@code gaps} says. */
  public static Builder builder(TimeSpan step, GapPolicy gaps) {
    return new Builder(step.seconds(), gaps);
  }

  /** The number of intervals. */
  public int size() {
    return size;
  }

  /** Where interval 0 starts. */
  public Instant origin() {
    return instant(originEpochSeconds);
  }

  /** The length of every interval. */
  public TimeSpan step() {
    return TimeSpan.ofSeconds(stepSeconds);
  }

  /** From the start of the first interval to the end of the last: size · step. */
  public TimeSpan span() {
    return TimeSpan.ofSeconds(size * stepSeconds);
  }

  /** Where interval {@code i} starts, as an offset from the origin: i · step. */
  public TimeSpan offsetOf(int i) {
    return TimeSpan.ofSeconds(checkIndex(i) * stepSeconds);
  }

  /** Where interval {@code i} starts. */
  public Instant startOf(int i) {
    return instant(originEpochSeconds + checkIndex(i) * stepSeconds);
  }

  /** What changed in interval {@code i}. */
  public DataSize changedIn(int i) {
    return DataSize.ofBytes(changedBytes[checkIndex(i)]);
  }

  /** The change rate in interval {@code i}: what changed in it over its length. */
  public DataRate rateIn(int i) {
    return DataRate.ofBytesPerSecond(changedBytes[checkIndex(i)] / stepSeconds);
  }

  /** Everything that changed over the profile. */
  public DataSize total() {
    return DataSize.ofBytes(totalBytes);
  }

  /** The average change rate over the profile: total / span. */
  public DataRate averageRate() {
    return DataRate.ofBytesPerSecond(totalBytes / (size * stepSeconds));
  }

  /** The change rate of the busiest interval. */
  public DataRate peakRate() {
    return DataRate.ofBytesPerSecond(largestBytes / stepSeconds);
  }

  /** The gaps filled with "nothing changed"; {@link ProfileGaps#NONE} when there were none. */
  public ProfileGaps gaps() {
    return gaps;
  }

  /**
   * The same profile with every amount multiplied by {@code factor} (finite, not negative).
   *
   * @throws ChangeProfileException if an amount becomes larger than {@link #MAX_INTERVAL_BYTES}
   */
  public ChangeProfile scaledBy(double factor) {
    if (!(factor >= 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("factor must be a finite number >= 0, was " + factor);
    }
    double[] scaled = new double[size];
    for (int i = 0; i < size; i++) {
      scaled[i] = changedBytes[i] * factor;
      if (scaled[i] > MAX_INTERVAL_BYTES) {
        throw new ChangeProfileException(
            Problem.TOO_LARGE,
            i,
            Double.NaN,
            originEpochSeconds + i * stepSeconds,
            stepSeconds,
            scaled[i],
            "interval " + i + ": " + changedBytes[i] + " B times " + factor + " is too large");
      }
    }
    return new ChangeProfile(originEpochSeconds, stepSeconds, scaled, size, gaps);
  }

  /**
   * The same intervals starting at {@code origin}: for a source whose timestamps mark where each
   * interval ends rather than where it starts. The amounts are shared, not copied.
   */
  public ChangeProfile withOrigin(Instant origin) {
    return new ChangeProfile(epochSeconds(origin), stepSeconds, changedBytes, size, gaps);
  }

  double originEpochSeconds() {
    return originEpochSeconds;
  }

  double stepSeconds() {
    return stepSeconds;
  }

  /** Bytes changed in interval {@code i}, unchecked: for the simulation's loop. */
  double bytesAt(int i) {
    return changedBytes[i];
  }

  private int checkIndex(int i) {
    return Objects.checkIndex(i, size);
  }

  static double epochSeconds(Instant instant) {
    return instant.getEpochSecond() + instant.getNano() / 1e9;
  }

  /** The instant of {@code epochSeconds}, to the nanosecond a double can carry. */
  static Instant instant(double epochSeconds) {
    double whole = Math.floor(epochSeconds);
    long nanos = Math.round((epochSeconds - whole) * 1e9);
    return Instant.ofEpochSecond((long) whole, nanos);
  }

  @Override
  public String toString() {
    return "ChangeProfile["
        + size
        + " intervals of "
        + step()
        + " from "
        + origin()
        + ", total "
        + total()
        + "]";
  }

  /**
   * Builds a profile row by row, checking each row as it comes, so that a reader can stream a file
   * of millions of rows and name the line of the first bad one. One builder builds one profile.
   */
  public static final class Builder {
    private static final int INITIAL_CAPACITY = 1024;

    private final GapPolicy gapPolicy;
    private double stepSeconds;
    private double originEpochSeconds = Double.NaN;
    private double[] changedBytes = new double[INITIAL_CAPACITY];
    private int size;
    private long rows;
    private long gapCount;
    private double gapSeconds;
    private double longestGapSeconds;
    private double longestGapFrom = Double.NaN;
    private boolean built;

    private Builder(double stepSeconds, GapPolicy gapPolicy) {
      this.gapPolicy = Objects.requireNonNull(gapPolicy, "gapPolicy");
      if (!Double.isNaN(stepSeconds)) {
        requireUsableStep(stepSeconds, 0, Double.NaN);
      }
      this.stepSeconds = stepSeconds;
    }

    /**
     * Adds the interval starting at {@code startEpochSeconds} in which {@code bytes} changed.
     *
     * @throws ChangeProfileException if the row breaks a rule of {@link ChangeProfile}; its {@link
     *     ChangeProfileException#row()} is the number of rows appended before it
     */
    public Builder append(double startEpochSeconds, double bytes) {
      if (built) {
        throw new IllegalStateException("this builder has already built its profile");
      }
      long row = rows++;
      if (Double.isNaN(bytes) || Double.isInfinite(bytes)) {
        throw new ChangeProfileException(
            Problem.NOT_FINITE,
            row,
            Double.NaN,
            startEpochSeconds,
            stepSeconds,
            bytes,
            "row " + row + ": the amount changed must be a finite number, was " + bytes);
      }
      if (bytes < 0) {
        throw new ChangeProfileException(
            Problem.NEGATIVE,
            row,
            Double.NaN,
            startEpochSeconds,
            stepSeconds,
            bytes,
            "row " + row + ": the amount changed must not be negative, was " + bytes + " B");
      }
      if (bytes > MAX_INTERVAL_BYTES) {
        throw new ChangeProfileException(
            Problem.TOO_LARGE,
            row,
            Double.NaN,
            startEpochSeconds,
            stepSeconds,
            bytes,
            "row " + row + ": the amount changed must be at most 1e21 B, was " + bytes + " B");
      }
      if (Double.isNaN(startEpochSeconds) || Double.isInfinite(startEpochSeconds)) {
        throw new ChangeProfileException(
            Problem.BAD_GRID,
            row,
            Double.NaN,
            startEpochSeconds,
            stepSeconds,
            bytes,
            "row " + row + ": the start must be a finite number, was " + startEpochSeconds);
      }
      if (size == 0) {
        originEpochSeconds = startEpochSeconds;
      } else if (Double.isNaN(stepSeconds)) {
        learnStep(row, startEpochSeconds, bytes);
      } else {
        placeOnGrid(row, startEpochSeconds, bytes);
      }
      add(row, bytes);
      return this;
    }

    /** The second row sets the step: its distance from the first. */
    private void learnStep(long row, double start, double bytes) {
      double step = start - originEpochSeconds;
      if (step < 0) {
        throw order(Problem.UNSORTED, row, Double.NaN, start, bytes);
      }
      if (step <= GRID_TOLERANCE) {
        throw order(Problem.DUPLICATE, row, originEpochSeconds, start, bytes);
      }
      requireUsableStep(step, row, start);
      stepSeconds = step;
    }

    private void placeOnGrid(long row, double start, double bytes) {
      double tolerance = stepSeconds * GRID_TOLERANCE;
      double expected = originEpochSeconds + size * stepSeconds;
      if (Math.abs(start - expected) <= tolerance) {
        return;
      }
      double previous = originEpochSeconds + (size - 1) * stepSeconds;
      if (start < expected) {
        Problem problem =
            Math.abs(start - previous) <= tolerance
                ? Problem.DUPLICATE
                : start < previous ? Problem.UNSORTED : Problem.OFF_GRID;
        throw order(problem, row, expected, start, bytes);
      }
      double index = Math.rint((start - originEpochSeconds) / stepSeconds);
      if (Math.abs(start - (originEpochSeconds + index * stepSeconds)) > tolerance) {
        throw order(Problem.OFF_GRID, row, expected, start, bytes);
      }
      if (gapPolicy == GapPolicy.REJECT) {
        throw order(Problem.GAP, row, expected, start, bytes);
      }
      double missing = index - size;
      if (size + missing > MAX_INTERVALS) {
        throw tooLong(row);
      }
      recordGap(expected, missing * stepSeconds);
      for (long i = 0; i < missing; i++) {
        add(row, 0);
      }
    }

    private void recordGap(double from, double seconds) {
      gapCount++;
      gapSeconds += seconds;
      if (seconds > longestGapSeconds) {
        longestGapSeconds = seconds;
        longestGapFrom = from;
      }
    }

    private void add(long row, double bytes) {
      if (size == changedBytes.length) {
        if (size >= MAX_INTERVALS) {
          throw tooLong(row);
        }
        int grown = (int) Math.min(MAX_INTERVALS, size + (long) size / 2);
        changedBytes = Arrays.copyOf(changedBytes, grown);
      }
      changedBytes[size++] = bytes;
    }

    /**
     * The profile.
     *
     * @throws ChangeProfileException if no row was given, or one row without a stated step
     */
    public ChangeProfile build() {
      if (built) {
        throw new IllegalStateException("this builder has already built its profile");
      }
      if (size == 0) {
        throw new ChangeProfileException(
            Problem.EMPTY,
            -1,
            Double.NaN,
            Double.NaN,
            stepSeconds,
            Double.NaN,
            "a change profile needs at least one row, found none");
      }
      if (Double.isNaN(stepSeconds)) {
        throw new ChangeProfileException(
            Problem.ONE_ROW_WITHOUT_STEP,
            0,
            Double.NaN,
            originEpochSeconds,
            Double.NaN,
            changedBytes[0],
            "a change profile of one row needs its interval length stated; the length is"
                + " otherwise learnt from the first two rows");
      }
      built = true;
      ProfileGaps gaps =
          gapCount == 0
              ? ProfileGaps.NONE
              : new ProfileGaps(
                  gapCount,
                  TimeSpan.ofSeconds(gapSeconds),
                  TimeSpan.ofSeconds(longestGapSeconds),
                  instant(longestGapFrom));
      return new ChangeProfile(originEpochSeconds, stepSeconds, changedBytes, size, gaps);
    }

    private ChangeProfileException order(
        Problem problem, long row, double expected, double found, double bytes) {
      String what;
      switch (problem) {
        case UNSORTED:
          what = "starts before the previous row: rows must be in time order";
          break;
        case DUPLICATE:
          what = "starts where the previous row does: each start may appear once";
          break;
        case GAP:
          what = "leaves a gap after the previous row, and gaps are not allowed";
          break;
        default:
          what = "is not on the grid of evenly spaced rows";
          break;
      }
      String expectedText = Double.isNaN(expected) ? "" : ", expected " + expected + " s";
      return new ChangeProfileException(
          problem,
          row,
          expected,
          found,
          stepSeconds,
          bytes,
          "row " + row + " " + what + " (found " + found + " s" + expectedText + ")");
    }

    private ChangeProfileException tooLong(long row) {
      return new ChangeProfileException(
          Problem.TOO_LONG,
          row,
          Double.NaN,
          Double.NaN,
          stepSeconds,
          Double.NaN,
          "a change profile holds at most " + MAX_INTERVALS + " intervals, gap fill included");
    }

    private static void requireUsableStep(double stepSeconds, long row, double start) {
      if (!(stepSeconds >= MIN_STEP_SECONDS) || Double.isInfinite(stepSeconds)) {
        throw new ChangeProfileException(
            Problem.BAD_GRID,
            row,
            Double.NaN,
            start,
            stepSeconds,
            Double.NaN,
            "the interval length must be at least "
                + MIN_STEP_SECONDS
                + " s and finite, was "
                + stepSeconds
                + " s");
      }
    }
  }
}

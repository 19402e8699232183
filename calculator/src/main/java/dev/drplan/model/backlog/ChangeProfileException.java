package dev.drplan.model.backlog;

/**
 * A change profile that breaks a rule of {@link ChangeProfile}: what was wrong, at which row, and
 * the figures involved, so that a file reader can say it in its own words with the file's line and
 * its own timestamp format. Rows are counted from 0 in the order they were given; times are Unix
 * epoch seconds.
 */
public final class ChangeProfileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the profile. */
  public enum Problem {
    /** No rows at all. */
    EMPTY,
    /** One row and no stated interval length: nothing says how long the interval is. */
    ONE_ROW_WITHOUT_STEP,
    /** A start earlier than the previous row's. */
    UNSORTED,
    /** The same start as the previous row's. */
    DUPLICATE,
    /** A start between grid points: the rows are not evenly spaced. */
    OFF_GRID,
    /** A start more than one interval after the previous row's, with gaps not allowed. */
    GAP,
    /** A negative amount of change. */
    NEGATIVE,
    /** An amount that is not a finite number (NaN, infinity). */
    NOT_FINITE,
    /** An amount above {@link ChangeProfile#MAX_INTERVAL_BYTES} in one interval. */
    TOO_LARGE,
    /** More rows (gap fill included) than a profile may hold. */
    TOO_LONG,
    /** An interval length or origin that cannot be used. */
    BAD_GRID
  }

  private final Problem problem;
  private final long row;
  private final double expectedStart;
  private final double foundStart;
  private final double stepSeconds;
  private final double value;

  ChangeProfileException(
      Problem problem,
      long row,
      double expectedStart,
      double foundStart,
      double stepSeconds,
      double value,
      String message) {
    super(message);
    this.problem = problem;
    this.row = row;
    this.expectedStart = expectedStart;
    this.foundStart = foundStart;
    this.stepSeconds = stepSeconds;
    this.value = value;
  }

  public Problem problem() {
    return problem;
  }

  /** The 0-based row at fault, in the order rows were given; -1 when the whole profile is. */
  public long row() {
    return row;
  }

  /** Where the row should have started (epoch seconds); NaN when no start was expected. */
  public double expectedStart() {
    return expectedStart;
  }

  /** Where the row did start (epoch seconds); NaN when the problem is not about its start. */
  public double foundStart() {
    return foundStart;
  }

  /** The grid's interval length in seconds; NaN when not yet known. */
  public double stepSeconds() {
    return stepSeconds;
  }

  /**
   * The row's amount of change in bytes, for {@link Problem#NEGATIVE}, NOT_FINITE and TOO_LARGE;
   * else NaN.
   */
  public double value() {
    return value;
  }
}

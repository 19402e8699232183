package dev.drplan.load.profile;

import java.util.Objects;

/**
 * A change profile file that cannot be used: unreadable, empty, of the wrong shape, or breaking a
 * rule of the profile (rows out of order, repeated, unevenly spaced or with a gap; negative or
 * non-numeric amounts; an unknown unit). The message is one paragraph in the compiler's shape,
 *
 * <pre>
 * writes.csv:7:1: error: change profile: expected the next row at 2025-01-06T00:06:00Z, one
 * interval (1 min) after line 6, found 2025-01-06T00:09:00Z: a gap of 3 min ...
 * </pre>
 *
 * and the command line prints it alone and exits with {@link #EXIT_CODE}.
 */
public final class ProfileFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exit code of every bad-input error. */
  public static final int EXIT_CODE = 2;

  private final String file;
  private final long line;
  private final long column;
  private final String expected;
  private final String found;

  /**
   * @param file the file name as the user gave it
   * @param line 1-based line, or 0 when the error concerns the whole file
   * @param column 1-based column, or 0
   * @param expected what the reader expected, e.g. {@code "a unit of size such as GiB or TB"}
   * @param found what it found, quoted where it is the file's text
   */
  ProfileFormatException(String file, long line, long column, String expected, String found) {
    super(format(file, line, column, expected, found));
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.expected = Objects.requireNonNull(expected, "expected");
    this.found = Objects.requireNonNull(found, "found");
  }

  private static String format(String file, long line, long column, String expected, String found) {
    StringBuilder message = new StringBuilder(file);
    if (line > 0) {
      message.append(':').append(line);
      if (column > 0) {
        message.append(':').append(column);
      }
    }
    return message
        .append(": error: change profile: expected ")
        .append(expected)
        .append(", found ")
        .append(found)
        .toString();
  }

  /** The file name as the user gave it. */
  public String file() {
    return file;
  }

  /** 1-based line of the offending row or token, or 0 when the error concerns the whole file. */
  public long line() {
    return line;
  }

  /** 1-based column, or 0. */
  public long column() {
    return column;
  }

  /** What the reader expected. */
  public String expected() {
    return expected;
  }

  /** What it found. */
  public String found() {
    return found;
  }

  /** The process exit code for this error: always {@link #EXIT_CODE}. */
  public int exitCode() {
    return EXIT_CODE;
  }
}

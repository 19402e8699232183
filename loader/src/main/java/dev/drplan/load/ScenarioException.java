package dev.drplan.load;

import java.util.Objects;

/**
 * A scenario file that cannot be loaded: bad YAML, an unknown or missing key, a value of the wrong
 * form or out of range, an unknown catalog name, or a file that cannot be read. The message is one
 * paragraph in the shape of a compiler diagnostic,
 *
 * <pre>
 * walmart.yaml:12:7: error: options[1].seed.appliance.capacity: expected a size like "300 TB" or "64 MiB", found "300"
 * </pre>
 *
 * An unknown key or name leads with the closest valid one, then says what is allowed on a line of
 * its own, as the command line does for its names ({@code UnknownNames}):
 *
 * <pre>
 * walmart.yaml:39:30: error: dataset.logical_size.mni: unknown key "mni" in a pert distribution; did you mean "min"?
 * expected one of: dist, min, mode, max, question
 * </pre>
 *
 * and, with no close one, {@code ...; expected one of: ...} on the first line. The command line
 * prints {@link #getMessage()} alone (no stack trace) and exits with 2, the code of bad input.
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String keyPath;
  private final String detail;
  private final String suggestion;
  private final String allowed;

  /**
   * @param source the file name as the user gave it
   * @param line 1-based line, or 0 when the error has no position (an unreadable file)
   * @param column 1-based column, or 0
   * @param keyPath the key path of the offending node ({@code options[1].seed}), or empty
   * @param detail what was expected and what was found
   * @param suggestion a close valid key or name for the "did you mean" line, or {@code null}
   */
  ScenarioException(
      String source, int line, int column, String keyPath, String detail, String suggestion) {
    this(source, line, column, keyPath, detail, suggestion, null);
  }

  /**
   * An unknown key or name.
   *
   * @param problem what was found that does not exist ({@code unknown key "mni" in a pert
   *     distribution})
   * @param suggestion the closest valid key or name, or {@code null}
   * @param allowed what is allowed instead ({@code expected one of: dist, min, mode, max}), said
   *     after the suggestion
   */
  ScenarioException(
      String source,
      int line,
      int column,
      String keyPath,
      String problem,
      String suggestion,
      String allowed) {
    super(format(source, line, column, keyPath, problem, suggestion, allowed));
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.keyPath = keyPath == null ? "" : keyPath;
    this.detail = Objects.requireNonNull(problem, "problem");
    this.suggestion = suggestion;
    this.allowed = allowed;
  }

  /** The same error with {@code note} added to what was found (before the suggestion). */
  ScenarioException withNote(String note) {
    return new ScenarioException(source, line, column, keyPath, detail + note, suggestion, allowed);
  }

  private static String format(
      String source,
      int line,
      int column,
      String keyPath,
      String detail,
      String suggestion,
      String allowed) {
    // The file name and the key path come from the user: on one line, control characters escaped.
    StringBuilder message = new StringBuilder(Messages.clean(source, Integer.MAX_VALUE));
    if (line > 0) {
      message.append(':').append(line);
      if (column > 0) {
        message.append(':').append(column);
      }
    }
    message.append(": error: ");
    if (keyPath != null && !keyPath.isEmpty()) {
      message.append(Messages.clean(keyPath, Integer.MAX_VALUE)).append(": ");
    }
    message.append(detail);
    if (allowed == null) {
      if (suggestion != null) {
        message.append('\n').append("did you mean \"").append(suggestion).append("\"?");
      }
    } else if (suggestion != null) {
      // The closest name first, where a reader scanning the line looks; then what is allowed.
      message.append("; did you mean \"").append(suggestion).append("\"?\n").append(allowed);
    } else {
      message.append("; ").append(allowed);
    }
    return message.toString();
  }

  /** The file name as the user gave it. */
  public String source() {
    return source;
  }

  /** 1-based line of the offending node, or 0 when the error concerns the whole file. */
  public int line() {
    return line;
  }

  /** 1-based column of the offending node, or 0 when the error concerns the whole file. */
  public int column() {
    return column;
  }

  /**
   * Key path of the offending node, e.g. {@code options[1].seed.appliance.capacity}; may be empty.
   */
  public String keyPath() {
    return keyPath;
  }

  /**
   * What was expected and what was found, without position or key path; for an unknown key or name,
   * what was found ({@link #allowed()} says what is allowed).
   */
  public String detail() {
    return detail;
  }

  /** For an unknown key or name, what is allowed instead; otherwise {@code null}. */
  public String allowed() {
    return allowed;
  }

  /** The close valid key or name offered as "did you mean", or {@code null}. */
  public String suggestion() {
    return suggestion;
  }
}

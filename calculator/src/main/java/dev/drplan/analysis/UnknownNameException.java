package dev.drplan.analysis;

import dev.drplan.scenario.Suggestions;
import java.util.List;

/**
 * A name that is not among the ones that exist: a scenario key, a metric, an option or a
 * configuration asked for by an analysis. Carries what was asked for, every valid name in their
 * order, and the closest one ({@code null} if none is close), so that the edge can lead with "did
 * you mean" and decide how to list the rest.
 */
public class UnknownNameException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String what;
  private final String requested;
  private final List<String> validNames;
  private final String suggestion;

  /**
   * @param what what kind of name it is, in words: "scenario key", "metric", "option"
   * @param requested the name as asked for
   * @param validNames every name that exists, in the order to list them
   */
  public UnknownNameException(String what, String requested, List<String> validNames) {
    this(what, requested, validNames, Suggestions.closest(requested, validNames));
  }

  private UnknownNameException(
      String what, String requested, List<String> validNames, String suggestion) {
    super(message(what, requested, validNames, suggestion));
    this.what = what;
    this.requested = requested;
    this.validNames = List.copyOf(validNames);
    this.suggestion = suggestion;
  }

  // The suggestion first: it is what a reader scanning the message needs; the list follows.
  private static String message(
      String what, String requested, List<String> validNames, String suggestion) {
    return "unknown "
        + what
        + " \""
        + requested
        + "\""
        + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?")
        + "\nvalid "
        + what
        + "s: "
        + String.join(", ", validNames);
  }

  /** What kind of name it is, in words: "scenario key", "metric", "option", "configuration". */
  public String what() {
    return what;
  }

  /** The name as asked for. */
  public String requested() {
    return requested;
  }

  /** Every valid name, in order. */
  public List<String> validNames() {
    return validNames;
  }

  /** The closest valid name, or {@code null} when none is close enough to suggest. */
  public String suggestion() {
    return suggestion;
  }
}

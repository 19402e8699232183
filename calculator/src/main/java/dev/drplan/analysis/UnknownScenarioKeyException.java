package dev.drplan.analysis;

import dev.drplan.scenario.Suggestions;
import java.util.List;

/**
 * A scenario key that does not exist in the scenario at hand. Carries every valid key, in the order
 * of the scenario format, and the closest one ({@code null} if none is close) so that the edge can
 * print "did you mean ..." on its own line.
 */
public final class UnknownScenarioKeyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String requested;
  private final List<String> validKeys;
  private final String suggestion;

  public UnknownScenarioKeyException(String requested, List<String> validKeys) {
    super(message(requested, validKeys, Suggestions.closest(requested, validKeys)));
    this.requested = requested;
    this.validKeys = List.copyOf(validKeys);
    this.suggestion = Suggestions.closest(requested, validKeys);
  }

  private static String message(String requested, List<String> validKeys, String suggestion) {
    return "unknown scenario key \""
        + requested
        + "\""
        + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?")
        + "\nvalid keys: "
        + String.join(", ", validKeys);
  }

  public String requested() {
    return requested;
  }

  public List<String> validKeys() {
    return validKeys;
  }

  /** The closest valid key, or {@code null} when none is close enough to suggest. */
  public String suggestion() {
    return suggestion;
  }
}

package dev.drplan.analysis;

import java.util.List;

/**
 * A scenario key that does not exist in the scenario at hand. Carries every valid key, in the order
 * of the scenario format, and the closest one ({@code null} if none is close) so that the edge can
 * print "did you mean ..." first.
 */
public final class UnknownScenarioKeyException extends UnknownNameException {
  private static final long serialVersionUID = 1L;

  public UnknownScenarioKeyException(String requested, List<String> validKeys) {
    super("scenario key", requested, validKeys);
  }

  /** Every valid key, in the order of the scenario format. */
  public List<String> validKeys() {
    return validNames();
  }
}

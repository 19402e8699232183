package dev.drplan.catalog;

import java.util.List;

/**
 * A catalog name or path that does not exist. Carries the valid alternatives so the edge can say
 * "expected one of ..." and "did you mean ...".
 */
public final class UnknownCatalogEntryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String requested;
  private final List<String> validNames;

  public UnknownCatalogEntryException(String what, String requested, List<String> validNames) {
    super("unknown " + what + " \"" + requested + "\"; expected one of " + validNames);
    this.requested = requested;
    this.validNames = List.copyOf(validNames);
  }

  public String requested() {
    return requested;
  }

  public List<String> validNames() {
    return validNames;
  }
}

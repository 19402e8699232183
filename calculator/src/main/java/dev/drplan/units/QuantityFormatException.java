package dev.drplan.units;

/**
 * A value that is not of the form its key needs. The loader adds file, line, column and key path;
 * this says only what was expected and what was found.
 */
public final class QuantityFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String expected;
  private final String found;

  public QuantityFormatException(String expected, String found) {
    super("expected " + expected + ", found " + found);
    this.expected = expected;
    this.found = found;
  }

  /** What the key needs, e.g. {@code a size like "300 TB"}. */
  public String expected() {
    return expected;
  }

  /** What the file holds, quoted as written. */
  public String found() {
    return found;
  }
}

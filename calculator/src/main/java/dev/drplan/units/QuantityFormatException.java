package dev.drplan.units;

/**
 * A value that is not of the form its key needs. The loader adds file, line, column and key path;
 * this says only what was expected and what was found.
 */
public final class QuantityFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String expected;
  private final String found;
  private final boolean tooLarge;

  public QuantityFormatException(String expected, String found) {
    this(expected, found, false);
  }

  private QuantityFormatException(String expected, String found, boolean tooLarge) {
    super("expected " + expected + ", found " + found);
    this.expected = expected;
    this.found = found;
    this.tooLarge = tooLarge;
  }

  /**
   * A value of the right form whose number leaves what a double holds ({@code 1e300 PB}): {@code
   * found} says "(too large)", and the caller, who knows the key's range, should state it.
   */
  public static QuantityFormatException tooLarge(String expected, String quotedText) {
    return new QuantityFormatException(expected, quotedText + " (too large)", true);
  }

  /** True when the form was right but the number too large for any key ({@link #tooLarge}). */
  public boolean isTooLarge() {
    return tooLarge;
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

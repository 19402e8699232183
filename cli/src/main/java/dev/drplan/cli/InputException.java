package dev.drplan.cli;

/**
 * Bad input from the user: a scenario file that is missing or invalid, a name that is not in the
 * scenario, an --out file that exists. {@code drplan} prints the message alone, on one line (a "did
 * you mean" hint may follow on its own line), and exits with {@link ExitCodes#BAD_INPUT}.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean located;

  private InputException(String message, boolean located, Throwable cause) {
    super(message, cause);
    this.located = located;
  }

  /** An error printed as {@code drplan: error: <message>}. */
  public static InputException of(String message) {
    return new InputException(message, false, null);
  }

  /**
   * An error whose message already names its place in the compiler's shape ({@code
   * walmart.yaml:12:7: error: ...}); printed as it is.
   */
  public static InputException located(String message, Throwable cause) {
    return new InputException(message, true, cause);
  }

  /** The line {@code drplan} prints for this error. */
  String line() {
    return located ? getMessage() : Errors.PREFIX + getMessage();
  }
}

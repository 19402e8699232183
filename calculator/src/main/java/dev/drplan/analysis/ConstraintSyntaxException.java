package dev.drplan.analysis;

/**
 * A constraint expression that does not parse. The message says what was expected at which column
 * (1-based) and shows the expression with a caret under that column.
 */
public final class ConstraintSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final int column;

  ConstraintSyntaxException(String input, int index, String expected) {
    super(
        "column "
            + (index + 1)
            + ": expected "
            + expected
            + ", found "
            + (index >= input.length() ? "the end" : "\"" + input.substring(index) + "\"")
            + "\n  "
            + input
            + "\n  "
            + " ".repeat(index)
            + "^");
    this.input = input;
    this.column = index + 1;
  }

  /** The expression as given. */
  public String input() {
    return input;
  }

  /** Where parsing stopped, 1-based. */
  public int column() {
    return column;
  }
}

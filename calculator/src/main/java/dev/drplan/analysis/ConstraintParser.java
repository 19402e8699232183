package dev.drplan.analysis;

import dev.drplan.catalog.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads constraint expressions:
 *
 * <pre>
 * constraint := metric [ "(" scope ")" ] op bound
 *             | "feasible" "(" scope ")"
 *             | "fits_horizon" "(" configuration ")"
 * scope      := option | configuration "/" option
 * op         := "&lt;=" | "&lt;" | "&gt;=" | "&gt;"
 * bound      := "objective" | a plain number in canonical units | text for the unit reader
 * </pre>
 *
 * <p>Metrics are named by their JSON key or alias ({@code seed_seconds}, {@code rpo}, ...); spaces
 * are allowed between tokens. Examples: {@code rpo<=objective}, {@code seed_seconds<=15552000},
 * {@code horizon_cost_usd(gcs-archive) < 2e8}, {@code feasible(gcs-archive)}, {@code
 * fits_horizon(minimum)}. A {@link UnitReader} lets the edge accept quantities with units ("180 d")
 * through the project's unit parser; without one, a bound is a plain number.
 */
public final class ConstraintParser {

  /** Reads a bound with a unit, of the metric's kind, to canonical units. */
  @FunctionalInterface
  public interface UnitReader {
    double read(ValueKind kind, String text);
  }

  private final String input;
  private int at;

  private ConstraintParser(String input) {
    this.input = input;
  }

  /**
   * Parses one constraint whose bound is "objective" or a plain number.
   *
   * @throws ConstraintSyntaxException with the column where parsing stopped
   */
  public static Constraint parse(String text) {
    return parse(text, null);
  }

  /**
   * Parses one constraint, reading bounds that are not plain numbers with {@code units}.
   *
   * @throws ConstraintSyntaxException with the column where parsing stopped
   * @throws UnknownNameException for a metric that does not exist, with the closest one
   */
  public static Constraint parse(String text, UnitReader units) {
    return new ConstraintParser(text).constraint(units);
  }

  private Constraint constraint(UnitReader units) {
    skipSpaces();
    String name = name();
    if (name.isEmpty()) {
      throw error("a metric, feasible( or fits_horizon(");
    }
    if (name.equals("feasible") || name.equals("fits_horizon")) {
      expect('(');
      String first = requiredName(name.equals("feasible") ? "an option" : "a configuration");
      String second = null;
      skipSpaces();
      if (name.equals("feasible") && peek() == '/') {
        at++;
        second = requiredName("an option");
      }
      expect(')');
      end();
      if (name.equals("fits_horizon")) {
        return new Constraint.FitsHorizon(first);
      }
      return second == null
          ? new Constraint.Feasible(null, first)
          : new Constraint.Feasible(first, second);
    }
    Metric metric;
    try {
      metric = Metric.byName(name);
    } catch (UnknownNameException e) {
      // A name the grammar reads, mistyped: said as an unknown name, with the closest one.
      List<String> names = new ArrayList<>(Metric.names());
      names.add("feasible");
      names.add("fits_horizon");
      throw new UnknownNameException("metric", name, names);
    }
    String configuration = null;
    String option = null;
    skipSpaces();
    if (peek() == '(') {
      at++;
      String first = requiredName("an option or configuration/option");
      skipSpaces();
      if (peek() == '/') {
        at++;
        configuration = first;
        option = requiredName("an option");
      } else {
        option = first;
      }
      expect(')');
    }
    Constraint.Comparison comparison = comparison();
    skipSpaces();
    int boundAt = at;
    String bound = input.substring(at).trim();
    if (bound.isEmpty()) {
      throw error("a number or objective");
    }
    if (bound.equals("objective")) {
      if (!metric.hasObjective()) {
        throw error("a number (" + metric.id() + " has no objective)");
      }
      return new Constraint.MetricBound(metric, configuration, option, comparison, null);
    }
    double value;
    if (PLAIN_NUMBER.matcher(bound).matches()) {
      value = Double.parseDouble(bound);
    } else {
      if (units == null) {
        at = boundAt;
        throw error("a number or objective");
      }
      try {
        value = units.read(metric.kind(), bound);
      } catch (RuntimeException unreadable) {
        at = boundAt;
        throw error(
            "a number, a "
                + metric.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " or objective ("
                + unreadable.getMessage()
                + ")");
      }
    }
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      at = boundAt;
      throw error("a finite number");
    }
    return new Constraint.MetricBound(metric, configuration, option, comparison, value);
  }

  /**
   * A bound without a unit: digits, an optional fraction and exponent. Checked before {@link
   * Double#parseDouble}, which also takes Java literal suffixes ("180d" would read as 180, not 180
   * days), hexadecimal, NaN and Infinity.
   */
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

  private Constraint.Comparison comparison() {
    skipSpaces();
    char c = peek();
    if (c == '<' || c == '>') {
      at++;
      boolean orEqual = peek() == '=';
      if (orEqual) {
        at++;
      }
      if (c == '<') {
        return orEqual ? Constraint.Comparison.AT_MOST : Constraint.Comparison.BELOW;
      }
      return orEqual ? Constraint.Comparison.AT_LEAST : Constraint.Comparison.ABOVE;
    }
    throw error("\"<=\", \"<\", \">=\" or \">\"");
  }

  private String requiredName(String what) {
    skipSpaces();
    String name = name();
    if (name.isEmpty()) {
      throw error(what);
    }
    return name;
  }

  private String name() {
    int start = at;
    while (at < input.length()) {
      char c = input.charAt(at);
      if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.') {
        at++;
      } else {
        break;
      }
    }
    return input.substring(start, at);
  }

  private void expect(char c) {
    skipSpaces();
    if (peek() != c) {
      throw error("\"" + c + "\"");
    }
    at++;
  }

  private void end() {
    skipSpaces();
    if (at < input.length()) {
      throw error("the end");
    }
  }

  private char peek() {
    return at < input.length() ? input.charAt(at) : '\0';
  }

  private void skipSpaces() {
    while (at < input.length() && Character.isWhitespace(input.charAt(at))) {
      at++;
    }
  }

  private ConstraintSyntaxException error(String expected) {
    return new ConstraintSyntaxException(input, at, expected);
  }
}

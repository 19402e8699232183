package dev.drplan.analysis.decision;

/**
 * A point where the recommendation changes, along one input, from {@code from} (just below) to
 * {@code to} (just above). The change lies in [{@code low}, {@code high}], at whose ends the
 * recommendation was evaluated ({@code from} at low, {@code to} at high); {@code at} is the best
 * estimate. All three are in the input's canonical unit (bytes, bytes/s, seconds, ratio, USD,
 * count).
 *
 * @param located how the point was found: by bisection on the recommendation (then {@code at} is
 *     the middle of a bracket at most the tolerance wide) or as the root of the value gap between
 *     the two alternatives (Brent's method; then {@code at} is the root, within the tolerance of
 *     the true one, and the bracket at most twice the tolerance wide)
 */
public record FlipPoint(
    double at, double low, double high, String from, String to, Located located) {

  /** How a flip point was located. */
  public enum Located {
    /** Bisection on the recommendation itself. */
    BISECTION,
    /** Brent's method on the value gap between the two alternatives. */
    VALUE_GAP_ROOT
  }
}

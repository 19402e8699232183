package dev.drplan.analysis.decision;

import java.util.List;

/**
 * Where the recommendation changes as one input moves over [{@code lower}, {@code upper}] (in the
 * input's canonical unit), in increasing order; none means the recommendation holds over the whole
 * range.
 *
 * @param recommendationAtLower the recommendation at {@code lower}
 * @param points the changes, by increasing input value
 * @param evaluations how many times the recommendation (and value gaps) were evaluated
 */
public record FlipPoints(
    double lower,
    double upper,
    String recommendationAtLower,
    List<FlipPoint> points,
    int evaluations) {

  /** The words for a recommendation with no flip point in the range. */
  public static final String HOLDS_OVER_WHOLE_RANGE = "holds over the whole range";

  public FlipPoints {
    points = List.copyOf(points);
  }

  /** Whether the recommendation is the same everywhere in the range (as far as the grid shows). */
  public boolean holdsOverWholeRange() {
    return points.isEmpty();
  }
}

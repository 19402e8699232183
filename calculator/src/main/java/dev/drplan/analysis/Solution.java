package dev.drplan.analysis;

import dev.drplan.catalog.ValueKind;
import java.util.List;

/**
 * What {@link Solve#find} found.
 *
 * @param status FOUND: the boundary lies inside the range and {@code value} is the best value that
 *     meets every constraint; RANGE_END: the range's end in the goal's direction already meets them
 *     (the key does not bind there); NO_SOLUTION: no value of the range meets them
 * @param value the answer in canonical units, or {@code null} for NO_SOLUTION
 * @param binding the constraints that fail just past the answer (FOUND), or at the range's most
 *     promising end (NO_SOLUTION); empty for RANGE_END
 * @param from the searched range's lower end
 * @param to the searched range's upper end
 * @param monotone whether the answer's neighbours behaved as a monotone search assumes (the value
 *     one step further toward the goal fails, one step back holds); when false the answer may not
 *     be the best in the range
 * @param evaluations how many scenarios were evaluated
 */
public record Solution(
    String key,
    ValueKind kind,
    Solve.Goal goal,
    Status status,
    Double value,
    List<Constraint> binding,
    double from,
    double to,
    boolean monotone,
    int evaluations) {

  /** How the search ended. */
  public enum Status {
    FOUND,
    RANGE_END,
    NO_SOLUTION
  }

  public Solution {
    binding = List.copyOf(binding);
  }
}

package dev.drplan.analysis.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * Flip points: every value of one input, within [lower, upper], at which the recommendation
 * changes, and to what.
 *
 * <p>The recommendation is evaluated on a coarse grid of evenly spaced points, ends included
 * ({@value #DEFAULT_GRID_POINTS} by default). Between two neighbouring points with different
 * recommendations the change is located by root-finding, to an absolute tolerance in the input's
 * unit:
 *
 * <ul>
 *   <li>when the caller gives the value gap between the two alternatives (USD, a continuous
 *       function of the input whose sign says which is better), by Brent's method on the gap
 *       (Brent, 1973, "Algorithms for Minimization without Derivatives"; commons-math3's {@link
 *       BrentSolver}), accepted only if the recommendation is indeed the one below just below the
 *       root and the one above just above it (a change caused by feasibility rather than cost has
 *       no such root);
 *   <li>otherwise, or when that check fails, by bisection on the recommendation itself: keep the
 *       half whose ends differ, until the bracket is at most the tolerance wide.
 * </ul>
 *
 * <p>If the change found leads to a third recommendation, the search goes on from there to the grid
 * point's end, so a step that passes through several recommendations yields all of them. A change
 * that is undone within one grid step (the same recommendation at both ends) is not seen: a finer
 * grid sees more. The grid is for bracketing only; every reported point comes from the
 * root-finding.
 */
public final class FlipPointFinder {
  private FlipPointFinder() {}

  /** Grid points (ends included) when the caller does not choose. */
  public static final int DEFAULT_GRID_POINTS = 17;

  /** The most changes looked for within one grid step. */
  static final int MAX_CHANGES_PER_STEP = 64;

  private static final int MAX_BISECTIONS = 200;
  private static final int MAX_BRENT_EVALUATIONS = 200;

  /**
   * The value gap between two alternatives along the input, where the caller can compute it. {@code
   * between(from, to)} returns x ↦ value(from) − value(to) at input value x, in USD (equivalently
   * cost(to) − cost(from)): positive where {@code from} is better; or null when the gap is not
   * available for that pair.
   */
  @FunctionalInterface
  public interface ValueGap {
    /** No gap known for any pair: every point by bisection. */
    ValueGap NONE = (from, to) -> null;

    DoubleUnaryOperator between(String from, String to);
  }

  /** Flip points by bisection on a grid of {@value #DEFAULT_GRID_POINTS} points. */
  public static FlipPoints find(
      DoubleFunction<String> recommendation, double lower, double upper, double tolerance) {
    return find(recommendation, ValueGap.NONE, lower, upper, DEFAULT_GRID_POINTS, tolerance);
  }

  /**
   * Flip points of {@code recommendation} (the recommended alternative's name at each input value;
   * never null: name "no recommendation" too) over [lower, upper].
   *
   * @param gap value gaps for Brent's method where known, or {@link ValueGap#NONE}
   * @param gridPoints at least 2
   * @param tolerance the absolute accuracy of each point, in the input's unit, above 0
   * @throws IllegalArgumentException for a range that is not finite or not increasing, fewer than 2
   *     grid points, a tolerance that is not positive, a null recommendation, or more than {@value
   *     #MAX_CHANGES_PER_STEP} changes within one grid step
   */
  public static FlipPoints find(
      DoubleFunction<String> recommendation,
      ValueGap gap,
      double lower,
      double upper,
      int gridPoints,
      double tolerance) {
    if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
      throw new IllegalArgumentException(
          "flip points need a finite range with lower below upper, was ["
              + lower
              + ", "
              + upper
              + "]");
    }
    if (gridPoints < 2) {
      throw new IllegalArgumentException("the grid needs at least 2 points, was " + gridPoints);
    }
    if (!(tolerance > 0 && Double.isFinite(tolerance))) {
      throw new IllegalArgumentException(
          "the tolerance must be a finite number above 0, was " + tolerance);
    }
    Search search = new Search(recommendation, gap, tolerance);
    double[] grid = new double[gridPoints];
    String[] labels = new String[gridPoints];
    for (int i = 0; i < gridPoints; i++) {
      grid[i] = i == gridPoints - 1 ? upper : lower + (upper - lower) * i / (gridPoints - 1);
      labels[i] = search.label(grid[i]);
    }
    for (int i = 0; i + 1 < gridPoints; i++) {
      if (!labels[i].equals(labels[i + 1])) {
        search.walk(grid[i], labels[i], grid[i + 1], labels[i + 1]);
      }
    }
    return new FlipPoints(lower, upper, labels[0], search.points, search.evaluations);
  }

  /** One search's state: the functions, the points found, the evaluations spent. */
  private static final class Search {
    final DoubleFunction<String> recommendation;
    final ValueGap gap;
    final double tolerance;
    final List<FlipPoint> points = new ArrayList<>();
    int evaluations;

    Search(DoubleFunction<String> recommendation, ValueGap gap, double tolerance) {
      this.recommendation = recommendation;
      this.gap = gap;
      this.tolerance = tolerance;
    }

    String label(double x) {
      evaluations++;
      String label = recommendation.apply(x);
      if (label == null) {
        throw new IllegalArgumentException(
            "the recommendation at " + x + " was null; name the case, e.g. \"none feasible\"");
      }
      return label;
    }

    /**
     * Every change in [start, end], recommendation {@code from} at start and {@code last} at end.
     */
    void walk(double start, String from, double end, String last) {
      double low = start;
      String current = from;
      for (int found = 0; found < MAX_CHANGES_PER_STEP; found++) {
        FlipPoint point = locate(low, current, end, last);
        points.add(point);
        if (point.to().equals(last)) {
          return;
        }
        low = point.high();
        current = point.to();
      }
      throw new IllegalArgumentException(
          "the recommendation changes more than "
              + MAX_CHANGES_PER_STEP
              + " times between "
              + start
              + " and "
              + end);
    }

    /** One change in [low, high], {@code from} at low and {@code to} (different) at high. */
    FlipPoint locate(double low, String from, double high, String to) {
      DoubleUnaryOperator difference = gap.between(from, to);
      if (difference != null) {
        FlipPoint root = byValueGap(difference, low, from, high, to);
        if (root != null) {
          return root;
        }
      }
      return bisect(low, from, high, to);
    }

    FlipPoint byValueGap(
        DoubleUnaryOperator difference, double low, String from, double high, String to) {
      double atLow = difference.applyAsDouble(low);
      double atHigh = difference.applyAsDouble(high);
      evaluations += 2;
      if (!Double.isFinite(atLow) || !Double.isFinite(atHigh) || atLow * atHigh > 0) {
        return null;
      }
      double root;
      try {
        BrentSolver solver = new BrentSolver(tolerance);
        root = solver.solve(MAX_BRENT_EVALUATIONS, difference::applyAsDouble, low, high);
        evaluations += solver.getEvaluations();
      } catch (MathIllegalArgumentException | MathIllegalStateException e) {
        return null; // no usable root: fall back to bisection
      }
      double below = Math.max(low, root - tolerance);
      double above = Math.min(high, root + tolerance);
      if (!(below < above)) {
        return null;
      }
      if (below > low && !label(below).equals(from)) {
        return null;
      }
      if (above < high && !label(above).equals(to)) {
        return null;
      }
      return new FlipPoint(root, below, above, from, to, FlipPoint.Located.VALUE_GAP_ROOT);
    }

    FlipPoint bisect(double low, String from, double high, String to) {
      for (int step = 0; step < MAX_BISECTIONS && high - low > tolerance; step++) {
        double middle = low + (high - low) / 2;
        if (middle <= low || middle >= high) {
          break; // adjacent doubles: as narrow as it gets
        }
        String label = label(middle);
        if (label.equals(from)) {
          low = middle;
        } else {
          high = middle;
          to = label;
        }
      }
      return new FlipPoint(
          low + (high - low) / 2, low, high, from, to, FlipPoint.Located.BISECTION);
    }
  }
}

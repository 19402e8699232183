package dev.drplan.analysis;

import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * The best value of one key under constraints: the fewest circuits that meet the RPO and max_seed,
 * the fewest D-boxes that hold the data through the horizon, the largest data set an option stays
 * feasible for.
 *
 * <p>The search assumes the constraints hold on one side of a single boundary: when minimising,
 * they fail below it and hold above; when maximising, the reverse. Count keys: exponential steps
 * from the range's start (1, 2, 4, ... past it) to bracket the boundary, then binary search.
 * Continuous keys: doubling or halving from the scenario's own value to bracket it, bisection to a
 * relative 1e-3, then, when a single numeric constraint binds, Brent's method (commons-math3) on
 * its margin for the exact boundary (else bisection on to {@link #TOLERANCE}). The answer always
 * meets every constraint. Its neighbours are checked afterwards, and {@link Solution#monotone()}
 * says when the assumption failed there.
 */
public final class Solve {
  private Solve() {}

  /** Which end of the key's feasible values is wanted. */
  public enum Goal {
    MINIMIZE,
    MAXIMIZE
  }

  /** The relative precision of a continuous answer. */
  public static final double TOLERANCE = 1e-9;

  /** The default span above a continuous key's value when the key has no upper end: × 2^40. */
  public static final double CONTINUOUS_SPAN = 0x1p40;

  /**
   * Solves over the key's whole domain; a key without an upper end is searched up to its value
   * times {@link #CONTINUOUS_SPAN}. Count keys end at 2^31 − 1, which the exponential steps reach
   * in 31 evaluations.
   */
  public static Solution find(
      Scenario scenario, String key, Goal goal, List<Constraint> constraints) {
    ScenarioKey k = ScenarioKeys.key(scenario, key);
    double to = k.max();
    if (to == Double.POSITIVE_INFINITY) {
      to = Math.max(Math.abs(k.get(scenario)), 1) * CONTINUOUS_SPAN;
    }
    return find(scenario, key, goal, constraints, Math.max(k.min(), -Double.MAX_VALUE), to);
  }

  /**
   * Solves over [from, to] (canonical units, inside the key's domain).
   *
   * @throws IllegalArgumentException for an unknown key, configuration or option, an empty
   *     constraint list or a range outside the key's domain
   */
  public static Solution find(
      Scenario scenario,
      String key,
      Goal goal,
      List<Constraint> constraints,
      double from,
      double to) {
    ScenarioKey k = ScenarioKeys.key(scenario, key);
    if (constraints.isEmpty()) {
      throw new IllegalArgumentException("solve needs at least one constraint");
    }
    for (Constraint constraint : constraints) {
      constraint.check(scenario);
    }
    if (k.whole()) {
      from = Math.ceil(from);
      to = Math.floor(to);
    }
    if (!(from <= to)) {
      throw new IllegalArgumentException(key + ": empty range " + from + ".." + to);
    }
    k.requireLegal(from);
    k.requireLegal(to);
    Search search = new Search(scenario, k, constraints);
    return k.whole() ? search.whole(goal, from, to) : search.continuous(goal, from, to);
  }

  private static final class Search {
    final Scenario scenario;
    final ScenarioKey key;
    final List<Constraint> constraints;
    int evaluations;

    Search(Scenario scenario, ScenarioKey key, List<Constraint> constraints) {
      this.scenario = scenario;
      this.key = key;
      this.constraints = constraints;
    }

    boolean holds(double x) {
      return failing(x).isEmpty();
    }

    List<Constraint> failing(double x) {
      Scenario at = key.with(scenario, x);
      Evaluation evaluation = Evaluator.evaluate(at);
      evaluations++;
      List<Constraint> failing = new ArrayList<>();
      for (Constraint constraint : constraints) {
        if (!constraint.holds(at, evaluation)) {
          failing.add(constraint);
        }
      }
      return failing;
    }

    double margin(Constraint constraint, double x) {
      Scenario at = key.with(scenario, x);
      evaluations++;
      return constraint.margin(at, Evaluator.evaluate(at));
    }

    Solution solution(
        Goal goal,
        Solution.Status status,
        Double value,
        List<Constraint> binding,
        double from,
        double to,
        boolean monotone) {
      return new Solution(
          key.path(), key.kind(), goal, status, value, binding, from, to, monotone, evaluations);
    }

    /**
     * Whole numbers: from the range's lower end, steps of 1, 2, 4, ... until the state flips, then
     * binary search between the last two points. Minimising looks for the first value that holds,
     * maximising for the last.
     */
    Solution whole(Goal goal, double from, double to) {
      boolean minimise = goal == Goal.MINIMIZE;
      if (minimise) {
        double start = from;
        double end = to;
        // fail → hold: the answer is the first value that holds.
        if (holds(start)) {
          return solution(goal, Solution.Status.RANGE_END, start, List.of(), from, to, true);
        }
        double failing = start;
        double step = 1;
        double holding = Double.NaN;
        while (true) {
          double x = Math.min(end, start + step);
          if (holds(x)) {
            holding = x;
            break;
          }
          failing = x;
          if (x == end) {
            return solution(goal, Solution.Status.NO_SOLUTION, null, failing(end), from, to, true);
          }
          step *= 2;
        }
        while (holding - failing > 1) {
          double middle = Math.floor(failing + (holding - failing) / 2);
          if (holds(middle)) {
            holding = middle;
          } else {
            failing = middle;
          }
        }
        boolean monotone = holding + 1 > to || holds(holding + 1);
        return solution(
            goal, Solution.Status.FOUND, holding, failing(holding - 1), from, to, monotone);
      }
      // Maximising: hold → fail, walking up from the range's start.
      if (!holds(from)) {
        return solution(goal, Solution.Status.NO_SOLUTION, null, failing(from), from, to, true);
      }
      double holding = from;
      double step = 1;
      double failing;
      while (true) {
        double x = Math.min(to, from + step);
        if (!holds(x)) {
          failing = x;
          break;
        }
        holding = x;
        if (x == to) {
          return solution(goal, Solution.Status.RANGE_END, to, List.of(), from, to, true);
        }
        step *= 2;
      }
      while (failing - holding > 1) {
        double middle = Math.floor(holding + (failing - holding) / 2);
        if (holds(middle)) {
          holding = middle;
        } else {
          failing = middle;
        }
      }
      boolean monotone = holding - 1 < from || holds(holding - 1);
      return solution(
          goal, Solution.Status.FOUND, holding, failing(holding + 1), from, to, monotone);
    }

    /**
     * Real numbers: bracket the boundary by doubling or halving the distance from the scenario's
     * value, narrow it by bisection, then polish with Brent's method on the binding margin.
     */
    Solution continuous(Goal goal, double from, double to) {
      boolean minimise = goal == Goal.MINIMIZE;
      double x0 = Math.min(to, Math.max(from, key.get(scenario)));
      // The goal's end of the range: if it holds there, nothing binds.
      double goalEnd = minimise ? from : to;
      double otherEnd = minimise ? to : from;
      if (holds(goalEnd)) {
        return solution(goal, Solution.Status.RANGE_END, goalEnd, List.of(), from, to, true);
      }
      double holding;
      double failing = goalEnd;
      if (holds(x0)) {
        holding = x0;
        // Walk from x0 toward the goal's end, doubling the distance, until it fails.
        double distance = Math.max(Math.abs(x0), Double.MIN_NORMAL) / 2;
        while (true) {
          double x = minimise ? Math.max(from, x0 - distance) : Math.min(to, x0 + distance);
          if (x == goalEnd) {
            break;
          }
          if (!holds(x)) {
            failing = x;
            break;
          }
          holding = x;
          distance *= 2;
        }
      } else {
        // Walk from x0 away from the goal's end until it holds.
        failing = x0;
        double distance = Math.max(Math.abs(x0), 1) / 2;
        double found = Double.NaN;
        while (true) {
          double x = minimise ? Math.min(to, x0 + distance) : Math.max(from, x0 - distance);
          if (holds(x)) {
            found = x;
            break;
          }
          failing = x;
          if (x == otherEnd) {
            return solution(
                goal, Solution.Status.NO_SOLUTION, null, failing(otherEnd), from, to, true);
          }
          distance *= 2;
        }
        holding = found;
      }
      // [failing, holding] (in either order) brackets the boundary.
      double[] bracket = {failing, holding};
      bisect(bracket, 1e-3);
      List<Constraint> binding = failing(bracket[0]);
      evaluations--;
      double answer = Double.NaN;
      if (binding.size() == 1 && binding.get(0) instanceof Constraint.MetricBound) {
        answer = brent(binding.get(0), bracket);
      }
      if (Double.isNaN(answer)) {
        bisect(bracket, TOLERANCE);
        answer = bracket[1];
      }
      double nudge = Math.max(Math.abs(answer), 1e-300) * 1e-6;
      double beyond = minimise ? answer - nudge : answer + nudge;
      double back = minimise ? answer + nudge : answer - nudge;
      boolean monotone =
          (beyond < from || beyond > to || !holds(beyond))
              && (back < from || back > to || holds(back));
      return solution(goal, Solution.Status.FOUND, answer, failing(bracket[0]), from, to, monotone);
    }

    /** Halves bracket = {failing, holding} until it is {@code relative} of its size wide. */
    void bisect(double[] bracket, double relative) {
      for (int i = 0; i < 300; i++) {
        double a = bracket[0];
        double b = bracket[1];
        if (Math.abs(b - a) <= relative * Math.max(Math.abs(a), Math.abs(b))) {
          return;
        }
        double middle =
            a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) > 4
                ? Math.sqrt(a) * Math.sqrt(b)
                : a + (b - a) / 2;
        if (middle == a || middle == b) {
          return;
        }
        if (holds(middle)) {
          bracket[1] = middle;
        } else {
          bracket[0] = middle;
        }
      }
    }

    /**
     * The boundary of one numeric constraint inside the bracket, on its holding side (margin ≤ 0),
     * if that point meets every constraint; NaN otherwise (the caller bisects on).
     */
    double brent(Constraint constraint, double[] bracket) {
      double lo = Math.min(bracket[0], bracket[1]);
      double hi = Math.max(bracket[0], bracket[1]);
      double marginLo = margin(constraint, lo);
      double marginHi = margin(constraint, hi);
      if (Double.isNaN(marginLo)
          || Double.isNaN(marginHi)
          || Double.isInfinite(marginLo)
          || Double.isInfinite(marginHi)
          || marginLo * marginHi > 0) {
        return Double.NaN;
      }
      BracketingNthOrderBrentSolver solver =
          new BracketingNthOrderBrentSolver(TOLERANCE, 1e-300, 5);
      double root;
      try {
        root = solver.solve(200, x -> margin(constraint, x), lo, hi, AllowedSolution.BELOW_SIDE);
      } catch (RuntimeException e) {
        return Double.NaN;
      }
      if (!holds(root)) {
        return Double.NaN;
      }
      bracket[1] = root;
      return root;
    }
  }
}

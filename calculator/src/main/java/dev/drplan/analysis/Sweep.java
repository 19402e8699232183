package dev.drplan.analysis;

import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Sweeps of one or two scenario keys: every pair's feasibility and headline figures at each point,
 * and the landmarks between the points, located by bisection.
 *
 * <p>Landmarks are looked for along the first key (for a two-key sweep, along the first key at each
 * value of the second): wherever, between two neighbouring steps, a pair's feasibility differs, one
 * of its reason codes appears or disappears, or two options of a configuration swap places in
 * horizon cost. Each is narrowed by bisection until its bracket is at most {@code tolerance} of its
 * magnitude wide (a count key: to neighbouring whole numbers). A change that is undone within one
 * step is not seen: more steps see more.
 */
public final class Sweep {
  private Sweep() {}

  /** The default relative width of a landmark's bracket. */
  public static final double DEFAULT_TOLERANCE = 1e-6;

  private static final int MAX_BISECTIONS = 200;

  /** A sweep with landmarks narrowed to {@link #DEFAULT_TOLERANCE}. */
  public static SweepResult run(Scenario scenario, List<SweepAxis> axes) {
    return run(scenario, axes, DEFAULT_TOLERANCE);
  }

  /**
   * Sweeps {@code axes} (one or two) over {@code scenario}.
   *
   * @param tolerance relative width to which landmark brackets are narrowed, in (0, 0.1]
   * @throws IllegalArgumentException for no axis or more than two, a key swept twice, an unknown
   *     key ({@link UnknownScenarioKeyException}) or a value outside a key's domain
   */
  public static SweepResult run(Scenario scenario, List<SweepAxis> axes, double tolerance) {
    return run(scenario, axes, tolerance, Progress.NONE);
  }

  /**
   * {@link #run(Scenario, List, double)}, telling {@code progress} the grid points evaluated so
   * far; the result does not depend on it. Holds every point: for a large sweep, {@link #stream}.
   */
  public static SweepResult run(
      Scenario scenario, List<SweepAxis> axes, double tolerance, Progress progress) {
    List<SweepRow> rows = new ArrayList<>();
    List<Landmark> landmarks = new ArrayList<>();
    stream(
        scenario,
        axes,
        tolerance,
        progress,
        new Listener() {
          @Override
          public void point(SweepRow row) {
            rows.add(row);
          }

          @Override
          public void landmark(Landmark landmark) {
            landmarks.add(landmark);
          }
        });
    return new SweepResult(axes, rows, landmarks, tolerance);
  }

  /** Receives a sweep as it runs: its points as they are evaluated, its landmarks as found. */
  public interface Listener {
    /** Called once, first, with the number of points the sweep will evaluate. */
    default void start(long points) {}

    /** One point of the grid. */
    void point(SweepRow row);

    /** One landmark, found between the two points of its line last passed. */
    void landmark(Landmark landmark);
  }

  /**
   * Sweeps {@code axes} over {@code scenario}, handing each point and landmark to {@code listener}
   * as soon as it is known and keeping none of them, so that memory does not grow with the number
   * of points. The points come line by line: the first key varies fastest, and for a two-key sweep
   * each value of the second key is one line, in order. Landmarks along a line come right after the
   * point that closes their step, so a line's landmarks are known when its last point is.
   *
   * @throws IllegalArgumentException as {@link #run(Scenario, List, double)}
   */
  public static void stream(
      Scenario scenario,
      List<SweepAxis> axes,
      double tolerance,
      Progress progress,
      Listener listener) {
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(listener, "listener");
    if (axes.isEmpty() || axes.size() > 2) {
      throw new IllegalArgumentException("a sweep takes one or two keys, was " + axes.size());
    }
    if (axes.size() == 2 && axes.get(0).key().equals(axes.get(1).key())) {
      throw new IllegalArgumentException(
          "a sweep takes two different keys, was " + axes.get(0).key() + " twice");
    }
    if (!(tolerance > 0 && tolerance <= 0.1)) {
      throw new IllegalArgumentException("tolerance must be in (0, 0.1], was " + tolerance);
    }
    SweepAxis first = axes.get(0);
    ScenarioKey firstKey = ScenarioKeys.key(scenario, first.key());
    double[] firstValues = first.values(firstKey);
    ScenarioKey secondKey = axes.size() == 2 ? ScenarioKeys.key(scenario, axes.get(1).key()) : null;
    double[] secondValues =
        secondKey == null ? new double[] {Double.NaN} : axes.get(1).values(secondKey);

    long total = (long) firstValues.length * secondValues.length;
    listener.start(total);
    long done = 0;
    for (double secondValue : secondValues) {
      Scenario line = secondKey == null ? scenario : secondKey.with(scenario, secondValue);
      Map<String, Double> fixed =
          secondKey == null ? Map.of() : Map.of(secondKey.path(), secondValue);
      Line walker = new Line(line, firstKey, first, tolerance, fixed);
      // Only the previous point of the line is kept, for the landmarks of the step to this one.
      Evaluation previous = null;
      for (int i = 0; i < firstValues.length; i++) {
        Evaluation evaluation = Evaluator.evaluate(firstKey.with(line, firstValues[i]));
        List<PairFigures> pairs = new ArrayList<>();
        for (OptionResult result : evaluation.results()) {
          pairs.add(PairFigures.of(result));
        }
        List<Double> at =
            secondKey == null ? List.of(firstValues[i]) : List.of(firstValues[i], secondValue);
        listener.point(
            new SweepRow(
                at,
                pairs,
                evaluation.recommendation().configuration(),
                evaluation.recommendation().option()));
        progress.update(++done, total);
        if (previous != null) {
          walker.between(
              firstValues[i - 1], previous, firstValues[i], evaluation, listener::landmark);
        }
        previous = evaluation;
      }
    }
  }

  /** The landmarks along the first key at one value of the second. */
  private static final class Line {
    final Scenario scenario;
    final ScenarioKey key;
    final SweepAxis axis;
    final double tolerance;
    final Map<String, Double> fixed;

    Line(
        Scenario scenario,
        ScenarioKey key,
        SweepAxis axis,
        double tolerance,
        Map<String, Double> fixed) {
      this.scenario = scenario;
      this.key = key;
      this.axis = axis;
      this.tolerance = tolerance;
      this.fixed = fixed;
    }

    void between(double x0, Evaluation e0, double x1, Evaluation e1, Consumer<Landmark> out) {
      List<OptionResult> below = e0.results();
      List<OptionResult> above = e1.results();
      for (int p = 0; p < below.size(); p++) {
        final int pair = p;
        OptionResult lo = below.get(p);
        OptionResult hi = above.get(p);
        if (lo.feasible() != hi.feasible()) {
          Bracket b = bisect(x0, e0, x1, e1, e -> e.results().get(pair).feasible());
          OptionResult infeasible =
              lo.feasible()
                  ? b.highEvaluation.results().get(pair)
                  : b.lowEvaluation.results().get(pair);
          out.accept(
              new Landmark.FeasibilityChange(
                  key.path(),
                  b.at(),
                  b.low,
                  b.high,
                  fixed,
                  lo.configuration(),
                  lo.option(),
                  lo.feasible(),
                  codes(infeasible)));
        }
        if (sameCodes(lo, hi)) {
          continue;
        }
        Set<ReasonCode> codesBelow = codeSet(lo);
        Set<ReasonCode> codesAbove = codeSet(hi);
        for (ReasonCode code : ReasonCode.values()) {
          if (codesBelow.contains(code) != codesAbove.contains(code)) {
            Bracket b = bisect(x0, e0, x1, e1, e -> codeSet(e.results().get(pair)).contains(code));
            out.accept(
                new Landmark.ReasonChange(
                    key.path(),
                    b.at(),
                    b.low,
                    b.high,
                    fixed,
                    lo.configuration(),
                    lo.option(),
                    code,
                    codesAbove.contains(code)));
          }
        }
      }
      for (int a = 0; a < below.size(); a++) {
        for (int b = a + 1; b < below.size(); b++) {
          if (!below.get(a).configuration().equals(below.get(b).configuration())) {
            continue;
          }
          final int first = a;
          final int second = b;
          Predicate<Evaluation> firstCheaper =
              e ->
                  e.results().get(first).horizonCost().usd()
                      < e.results().get(second).horizonCost().usd();
          boolean cheaperBelow = firstCheaper.test(e0);
          if (cheaperBelow != firstCheaper.test(e1)) {
            Bracket bracket = bisect(x0, e0, x1, e1, firstCheaper);
            OptionResult one = bracket.highEvaluation.results().get(first);
            OptionResult two = bracket.highEvaluation.results().get(second);
            out.accept(
                new Landmark.CostCrossover(
                    key.path(),
                    bracket.at(),
                    bracket.low,
                    bracket.high,
                    fixed,
                    one.configuration(),
                    cheaperBelow ? one.option() : two.option(),
                    cheaperBelow ? two.option() : one.option(),
                    cheaperBelow
                        ? List.of(one.horizonCost().usd(), two.horizonCost().usd())
                        : List.of(two.horizonCost().usd(), one.horizonCost().usd())));
          }
        }
      }
    }

    /** Narrows [low, high], where {@code state} differs, keeping it different at both ends. */
    Bracket bisect(
        double low,
        Evaluation lowEvaluation,
        double high,
        Evaluation highEvaluation,
        Predicate<Evaluation> state) {
      boolean lowState = state.test(lowEvaluation);
      for (int i = 0; i < MAX_BISECTIONS && !narrow(low, high); i++) {
        double middle = key.whole() ? wholeMiddle(low, high) : axis.middle(low, high);
        if (!(middle > low && middle < high)) {
          break;
        }
        Evaluation evaluation = Evaluator.evaluate(key.with(scenario, middle));
        if (state.test(evaluation) == lowState) {
          low = middle;
          lowEvaluation = evaluation;
        } else {
          high = middle;
          highEvaluation = evaluation;
        }
      }
      return new Bracket(low, lowEvaluation, high, highEvaluation, key.whole());
    }

    private double wholeMiddle(double low, double high) {
      return Math.floor(axis.middle(low, high));
    }

    private boolean narrow(double low, double high) {
      return key.whole()
          ? high - low <= 1
          : high - low <= tolerance * Math.max(Math.abs(low), Math.abs(high));
    }
  }

  private static final class Bracket {
    final double low;
    final Evaluation lowEvaluation;
    final double high;
    final Evaluation highEvaluation;
    final boolean whole;

    Bracket(
        double low,
        Evaluation lowEvaluation,
        double high,
        Evaluation highEvaluation,
        boolean whole) {
      this.low = low;
      this.lowEvaluation = lowEvaluation;
      this.high = high;
      this.highEvaluation = highEvaluation;
      this.whole = whole;
    }

    double at() {
      return whole ? high : low + (high - low) / 2;
    }
  }

  private static List<ReasonCode> codes(OptionResult result) {
    List<ReasonCode> codes = new ArrayList<>();
    for (Reason reason : result.reasons()) {
      codes.add(reason.code());
    }
    return codes;
  }

  /**
   * Whether two results give the same reasons by code, in the same order: the common case between
   * neighbouring steps, told without building sets.
   */
  private static boolean sameCodes(OptionResult one, OptionResult other) {
    List<Reason> ones = one.reasons();
    List<Reason> others = other.reasons();
    if (ones.size() != others.size()) {
      return false;
    }
    for (int i = 0; i < ones.size(); i++) {
      if (ones.get(i).code() != others.get(i).code()) {
        return false;
      }
    }
    return true;
  }

  private static Set<ReasonCode> codeSet(OptionResult result) {
    Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
    for (Reason reason : result.reasons()) {
      codes.add(reason.code());
    }
    return codes;
  }

  /** For tests and reports: the values an axis takes on {@code scenario}. */
  static double[] values(Scenario scenario, SweepAxis axis) {
    double[] values = axis.values(ScenarioKeys.key(scenario, axis.key()));
    return Arrays.copyOf(values, values.length);
  }
}

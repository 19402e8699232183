package dev.drplan.analysis;

import dev.drplan.analysis.decision.FlipPoint;
import dev.drplan.analysis.decision.FlipPointFinder;
import dev.drplan.catalog.ValueKind;
import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.FeasibilityRules;
import dev.drplan.model.OptionResult;
import dev.drplan.model.PairFigure;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.model.Recommendation;
import dev.drplan.model.RecommendationFlip;
import dev.drplan.model.SamplingEvaluator;
import dev.drplan.scenario.InputOrigin;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * Says when a verdict rests on an uncertain figure (docs/model.md §8): for every input of the
 * scenario that came from an uncertain catalog entry ({@link Scenario#origins()}), the scenario is
 * evaluated again with that input at each edge of its plausible range, every other input as it is.
 * Where a pair's feasibility or the recommendation differs at an edge, the input decides it: the
 * value where the verdict changes is found by bisection between the scenario's value and that edge,
 * and the pair (or the recommendation) gets a note naming the input, its value, where it came from
 * and the value it would take.
 *
 * <p>Plausible range: a placeholder (no source gives a value) may be anything its key allows, up to
 * 1,000 times its value (or 1,000 for a count of 1, $1 M for an amount of 0); any other uncertain
 * figure may be off by a factor of two either way.
 *
 * <p>Each value is read by Monte Carlo's sampling path when the base replayed no change profile and
 * the path takes the key (a few hundred values on walmart.yaml), by a full evaluation otherwise,
 * made as the base evaluation was (with the change profile replayed when it was, §5 "The backlog");
 * a pair's note quotes its figure at the flip from a full evaluation. For {@code compare}, {@code
 * explain} and the report, never per Monte Carlo sample.
 */
public final class UncertainVerdicts {
  private UncertainVerdicts() {}

  /** How far a placeholder may be from its value: a factor of 1,000, or these from zero. */
  private static final double PLACEHOLDER_FACTOR = 1_000;

  private static final double PLACEHOLDER_MONEY_FROM_ZERO = 1e6;

  /** How far an uncertain (sourced) figure may be from its value: a factor of two either way. */
  private static final double UNCERTAIN_FACTOR = 2;

  /** Bisection stops when the bracket is this share of the value wide (or one step of a count). */
  private static final double PRECISION = 1e-4;

  /**
   * {@code evaluation} of {@code scenario} with a note on every pair whose feasibility rests on an
   * uncertain catalog figure, and on the recommendation where such a figure changes it; the
   * scenario has no distributions (or they are not searched).
   */
  public static Evaluation annotate(Scenario scenario, Evaluation evaluation) {
    return annotate(UncertainScenario.certain(scenario), evaluation);
  }

  /**
   * {@code evaluation} of {@code uncertain}'s base scenario with a note on every pair whose
   * feasibility rests on an uncertain catalog figure, and, when the recommendation changes within
   * the range of any uncertain input (a distribution or an uncertain catalog figure), one {@code
   * recommendation-rests-on} reason on it naming the nearest changes, nearest first.
   */
  public static Evaluation annotate(UncertainScenario uncertain, Evaluation evaluation) {
    return annotate(uncertain, evaluation, true);
  }

  /**
   * {@link #annotate(UncertainScenario, Evaluation)}, the distributions and uncertain catalog
   * figures searched by the sampling path where it can take them ({@code bySamplingPath}) or by the
   * full evaluation alone (for tests).
   */
  static Evaluation annotate(
      UncertainScenario uncertain, Evaluation evaluation, boolean bySamplingPath) {
    Scenario scenario = uncertain.base();
    // Each value is evaluated as the base was: with the change profile replayed when the base
    // replayed it, so that a verdict of the replay is never compared with one of the closed form.
    Function<Scenario, Evaluation> evaluator =
        evaluation.replay() == null ? Evaluator::evaluate : Evaluator.withBacklogShared();
    Map<String, ScenarioKey> keys = new HashMap<>();
    for (ScenarioKey key : ScenarioKeys.keysOf(scenario)) {
      keys.put(key.path(), key);
    }
    Set<String> sampled = new HashSet<>();
    for (UncertainInput input : uncertain.inputs()) {
      sampled.addAll(input.sets());
    }
    List<InputOrigin> searched = new ArrayList<>();
    for (InputOrigin origin : scenario.origins()) {
      if (origin.uncertain() && keys.containsKey(origin.key()) && !sampled.contains(origin.key())) {
        searched.add(origin);
      }
    }
    Map<String, List<Reason>> pairNotes = new HashMap<>();
    List<RecommendationFlip> flips = new ArrayList<>();
    // The searches need only the recommendation, the pairs' horizon costs and their blocking codes
    // at each value: Monte Carlo's sampling path gives them, within its tolerance of the full
    // evaluation, at a small part of its cost (a few hundred values on walmart.yaml). Not with a
    // replayed change profile, whose verdicts the path does not make.
    Outcome atBase = Outcome.of(evaluation);
    SampledOutcomes byPath =
        bySamplingPath
                && evaluation.replay() == null
                && !(uncertain.inputs().isEmpty() && searched.isEmpty())
            ? SampledOutcomes.of(SamplingPath.of(uncertain), evaluation.results(), atBase)
            : null;
    for (int j = 0; j < uncertain.inputs().size(); j++) {
      int input = j;
      ScenarioKey key = uncertain.keys().get(j);
      double[] range = DecisionAnalysis.range(uncertain, j);
      DoubleFunction<Outcome> full =
          x -> Outcome.of(evaluator.apply(uncertain.withInput(scenario, input, x)));
      DoubleFunction<Outcome> at =
          cached(key.get(scenario), atBase, byPath == null ? full : x -> byPath.at(input, x, full));
      nearestFlips(
          at,
          evaluation,
          key,
          key.get(scenario),
          range[0],
          range[1],
          false,
          (flip, becomes) ->
              flips.add(
                  new RecommendationFlip(
                      uncertain.inputs().get(input).key(),
                      key.path(),
                      RecommendationFlip.Source.DISTRIBUTION,
                      null,
                      key.kind(),
                      key.get(scenario),
                      range[0],
                      range[1],
                      flip,
                      becomes)));
    }
    for (InputOrigin origin : searched) {
      ScenarioKey key = keys.get(origin.key());
      // The bisections of every pair and code, and the search for the recommendation's changes,
      // pass through many of the same values: each value of the key is evaluated once, by the
      // sampling path where it takes the key; the full evaluation only gives the figure a pair's
      // note quotes at the flip, and every value where the path cannot take the key.
      double value = key.get(scenario);
      double[] edges = edges(key, value, origin.placeholder());
      // A count is set to the whole number a value rounds to, as a distribution's is
      // (UncertainScenario.withInput): the search for the recommendation's changes reads values
      // between whole numbers.
      DoubleFunction<Evaluation> full =
          cached(value, evaluation, x -> evaluator.apply(key.with(scenario, key.coerce(x))));
      DoubleFunction<Outcome> fullOutcome = x -> Outcome.of(full.apply(x));
      SamplingPath.KeySlots slots = byPath == null ? null : byPath.slotsOf(key, edges);
      DoubleFunction<Outcome> at =
          cached(
              value,
              atBase,
              slots == null ? fullOutcome : x -> byPath.at(slots, key, x, fullOutcome));
      checkPairs(at, full, evaluation, key, origin, value, edges, pairNotes);
      nearestFlips(
          at,
          evaluation,
          key,
          value,
          edges[0],
          edges[1],
          true,
          (flip, becomes) ->
              flips.add(
                  new RecommendationFlip(
                      key.path(),
                      key.path(),
                      origin.placeholder()
                          ? RecommendationFlip.Source.CATALOG_PLACEHOLDER
                          : RecommendationFlip.Source.UNCERTAIN_CATALOG_FIGURE,
                      origin.catalogPath(),
                      key.kind(),
                      value,
                      edges[0],
                      edges[1],
                      flip,
                      becomes)));
    }
    if (pairNotes.isEmpty() && flips.isEmpty()) {
      return evaluation;
    }
    List<OptionResult> results = new ArrayList<>();
    for (OptionResult result : evaluation.results()) {
      List<Reason> extra = pairNotes.get(pair(result));
      if (extra == null) {
        results.add(result);
      } else {
        List<Reason> notes = new ArrayList<>(result.notes());
        notes.addAll(extra);
        results.add(result.withReasons(restingOn(result.reasons(), extra)).withNotes(notes));
      }
    }
    Recommendation recommendation = evaluation.recommendation();
    List<Reason> why = new ArrayList<>(recommendation.why());
    if (!flips.isEmpty()) {
      // Nearest first; flips as near as each other keep the order they were found in. A plain
      // lambda: Comparator.comparingDouble's is serializable, so generated at run time, every time.
      flips.sort((a, b) -> Double.compare(a.distance(), b.distance()));
      why.add(FeasibilityRules.recommendationRestsOn(flips, !uncertain.inputs().isEmpty()));
    }
    return new Evaluation(
        evaluation.scenario(),
        evaluation.horizon(),
        evaluation.logicalStart(),
        evaluation.logicalEnd(),
        evaluation.configurations(),
        results,
        new Recommendation(recommendation.configuration(), recommendation.option(), why),
        evaluation.replay());
  }

  /** {@code evaluate}, each value evaluated once; at the base value, the base's result. */
  private static <T> DoubleFunction<T> cached(double value, T base, DoubleFunction<T> evaluate) {
    Map<Double, T> evaluated = new HashMap<>();
    evaluated.put(value, base);
    return v -> evaluated.computeIfAbsent(v, evaluate::apply);
  }

  /**
   * What the searches read at one value of an input: the recommendation's name, and each pair's
   * horizon cost and blocking reasons' codes (as {@link SamplingEvaluator.Sample#reasons} holds
   * them), in the evaluation's order of pairs.
   */
  private static final class Outcome {
    final String recommendation;
    final double[] horizonUsd;
    final long[] blocking;

    Outcome(String recommendation, double[] horizonUsd, long[] blocking) {
      this.recommendation = recommendation;
      this.horizonUsd = horizonUsd;
      this.blocking = blocking;
    }

    static Outcome of(Evaluation evaluation) {
      List<OptionResult> results = evaluation.results();
      double[] horizon = new double[results.size()];
      long[] blocking = new long[results.size()];
      for (int p = 0; p < horizon.length; p++) {
        horizon[p] = results.get(p).horizonCost().usd();
        for (Reason reason : results.get(p).reasons()) {
          if (reason.code().blocking()) {
            blocking[p] |= SamplingEvaluator.reasonBit(reason.code());
          }
        }
      }
      return new Outcome(label(evaluation.recommendation()), horizon, blocking);
    }

    boolean blocks(int pair, ReasonCode code) {
      return (blocking[pair] & SamplingEvaluator.reasonBit(code)) != 0;
    }
  }

  /**
   * Outcomes by the sampling path, one input or key moved from the base; a value the path cannot
   * represent (a figure outside a double) goes to the full evaluation, which says what broke.
   */
  private static final class SampledOutcomes {
    final SamplingPath path;
    final List<OptionResult> layout;
    final double[] state;
    final SamplingEvaluator.Sample sample;

    private SampledOutcomes(SamplingPath path, List<OptionResult> layout) {
      this.path = path;
      this.layout = layout;
      this.state = path.newState();
      this.sample = path.evaluator().newSample();
      this.sample.withReasons = true;
    }

    /**
     * The sampling path of {@code path}'s base scenario, or {@code null} when there is none or it
     * does not give the base evaluation's outcome {@code atBase} at the base values (the same
     * recommendation and blocking codes): then every value is evaluated in full.
     */
    static SampledOutcomes of(SamplingPath path, List<OptionResult> layout, Outcome atBase) {
      if (path == null) {
        return null;
      }
      SampledOutcomes outcomes = new SampledOutcomes(path, layout);
      try {
        path.evaluator().evaluate(path.newState(), outcomes.sample);
      } catch (ArithmeticException outOfRange) {
        return null;
      }
      Outcome base = outcomes.outcome();
      return base.recommendation.equals(atBase.recommendation)
              && Arrays.equals(base.blocking, atBase.blocking)
          ? outcomes
          : null;
    }

    /** The slots {@code key} sets within {@code edges}, or null when the path cannot take it. */
    SamplingPath.KeySlots slotsOf(ScenarioKey key, double[] edges) {
      return path.slotsOf(key, edges[0], edges[1]);
    }

    Outcome at(int input, double value, DoubleFunction<Outcome> full) {
      if (!path.evaluateWith(input, value, state, sample)) {
        return full.apply(value);
      }
      return outcome();
    }

    /**
     * The outcome with {@code key} at {@code value} (a count rounded); a value the key does not
     * admit goes to the full evaluation too, which rejects it as {@link ScenarioKey#with} does.
     */
    Outcome at(
        SamplingPath.KeySlots slots, ScenarioKey key, double value, DoubleFunction<Outcome> full) {
      if (!key.admits(key.coerce(value)) || !path.evaluateWith(slots, value, state, sample)) {
        return full.apply(value);
      }
      return outcome();
    }

    private Outcome outcome() {
      double[] horizon = new double[layout.size()];
      for (int p = 0; p < horizon.length; p++) {
        horizon[p] = sample.figures[p * SamplingEvaluator.FIGURES + SamplingEvaluator.HORIZON];
      }
      int best = sample.recommended;
      String label =
          best < 0
              ? RecommendationFlip.NOTHING_FEASIBLE
              : layout.get(best).option() + " on " + layout.get(best).configuration();
      return new Outcome(label, horizon, sample.reasons.clone());
    }
  }

  /** Receives one flip: where, and what the recommendation becomes past it. */
  private interface FlipSink {
    void add(double flip, String becomes);
  }

  /**
   * The nearest change of the recommendation below {@code value} (within [lower, value]) and the
   * nearest above it (within [value, upper]), by {@link FlipPointFinder} on each side, the value
   * gap between two pairs' horizon costs guiding it where both are pairs. With {@code edgesFirst} a
   * side is searched only when the recommendation at its edge differs from the one at the value (a
   * change undone within the side goes unseen, as it does between two grid points).
   */
  private static void nearestFlips(
      DoubleFunction<Outcome> at,
      Evaluation base,
      ScenarioKey key,
      double value,
      double lower,
      double upper,
      boolean edgesFirst,
      FlipSink sink) {
    List<OptionResult> layout = base.results();
    DoubleFunction<String> recommendation = x -> at.apply(x).recommendation;
    FlipPointFinder.ValueGap gap =
        (from, to) -> {
          int a = indexOf(layout, from);
          int b = indexOf(layout, to);
          if (a < 0 || b < 0) {
            return null;
          }
          return x -> at.apply(x).horizonUsd[b] - at.apply(x).horizonUsd[a];
        };
    double tolerance =
        key.whole() ? WHOLE_TOLERANCE : (upper - lower) * DecisionAnalysis.FLIP_TOLERANCE;
    String atValue = recommendation.apply(value);
    if (lower < value && !(edgesFirst && recommendation.apply(lower).equals(atValue))) {
      List<FlipPoint> below =
          FlipPointFinder.find(
                  recommendation,
                  gap,
                  lower,
                  value,
                  gridPoints(value - lower, upper - lower),
                  tolerance)
              .points();
      if (!below.isEmpty()) {
        FlipPoint nearest = below.get(below.size() - 1);
        sink.add(key.whole() ? key.coerce(nearest.low()) : nearest.at(), nearest.from());
      }
    }
    if (value < upper && !(edgesFirst && recommendation.apply(upper).equals(atValue))) {
      List<FlipPoint> above =
          FlipPointFinder.find(
                  recommendation,
                  gap,
                  value,
                  upper,
                  gridPoints(upper - value, upper - lower),
                  tolerance)
              .points();
      if (!above.isEmpty()) {
        FlipPoint nearest = above.get(0);
        sink.add(key.whole() ? key.coerce(nearest.high()) : nearest.at(), nearest.to());
      }
    }
  }

  /**
   * Grid points for one side {@code side} wide of a range {@code range} wide: the spacing of {@code
   * decide}'s grid over the whole range, so that both see the same changes.
   */
  private static int gridPoints(double side, double range) {
    int steps = FlipPointFinder.DEFAULT_GRID_POINTS - 1;
    return Math.max(2, (int) Math.ceil(steps * side / range) + 1);
  }

  /** A count's flips are located to half a step: the values either side round to neighbours. */
  private static final double WHOLE_TOLERANCE = 0.5;

  /** The recommendation's name: "option on configuration", or that no pair is feasible. */
  private static String label(Recommendation recommendation) {
    return recommendation.found()
        ? recommendation.option() + " on " + recommendation.configuration()
        : RecommendationFlip.NOTHING_FEASIBLE;
  }

  private static int indexOf(List<OptionResult> layout, String label) {
    for (int p = 0; p < layout.size(); p++) {
      OptionResult result = layout.get(p);
      if ((result.option() + " on " + result.configuration()).equals(label)) {
        return p;
      }
    }
    return -1;
  }

  /**
   * The blocking reasons with, on each that an uncertain input decides, the figure {@code
   * rests_on}: the {@code verdict-rests-on} notes that name the input and the value it would need,
   * so that the reason itself says it rests on a placeholder and not only a note beside it.
   */
  private static List<Reason> restingOn(List<Reason> reasons, List<Reason> notes) {
    List<Reason> amended = new ArrayList<>();
    for (Reason reason : reasons) {
      List<Reason> decidedBy = new ArrayList<>();
      for (Reason note : notes) {
        if (note.figures().get("failure") == reason.code()
            && Boolean.TRUE.equals(note.figures().get("held"))) {
          decidedBy.add(note);
        }
      }
      if (decidedBy.isEmpty()) {
        amended.add(reason);
      } else {
        Map<String, Object> figures = new java.util.LinkedHashMap<>(reason.figures());
        figures.put("rests_on", List.copyOf(decidedBy));
        amended.add(new Reason(reason.code(), figures));
      }
    }
    return amended;
  }

  /**
   * For every pair and blocking code that differs at an edge of the key's range, the value where it
   * changes, by bisection toward that edge, as a {@code verdict-rests-on} note on the pair.
   */
  private static void checkPairs(
      DoubleFunction<Outcome> at,
      DoubleFunction<Evaluation> full,
      Evaluation base,
      ScenarioKey key,
      InputOrigin origin,
      double value,
      double[] edges,
      Map<String, List<Reason>> pairNotes) {
    Outcome atValue = at.apply(value);
    for (double edge : edges) {
      if (edge == value) {
        continue;
      }
      Outcome atEdge = at.apply(edge);
      for (int i = 0; i < base.results().size(); i++) {
        OptionResult before = base.results().get(i);
        for (ReasonCode code : changedCodes(atValue, atEdge, i)) {
          int index = i;
          boolean heldBefore = atValue.blocks(i, code);
          double flip = flip(at, key, value, edge, o -> o.blocks(index, code), heldBefore);
          OptionResult after = full.apply(flip).results().get(i);
          pairNotes
              .computeIfAbsent(pair(before), p -> new ArrayList<>())
              .add(pairNote(key, origin, value, flip, code, heldBefore, after));
        }
      }
    }
  }

  /** The low and high edges of the key's plausible range, inside its domain. */
  private static double[] edges(ScenarioKey key, double value, boolean placeholder) {
    double low;
    double high;
    if (placeholder) {
      low = key.min();
      high =
          value > 0
              ? value * PLACEHOLDER_FACTOR
              : key.kind() == ValueKind.MONEY ? PLACEHOLDER_MONEY_FROM_ZERO : PLACEHOLDER_FACTOR;
    } else {
      low = value / UNCERTAIN_FACTOR;
      high = value * UNCERTAIN_FACTOR;
    }
    low = key.coerce(Math.max(low, key.min()));
    high = key.coerce(Math.min(high, key.max()));
    if (key.whole()) {
      low = Math.max(low, key.min());
    }
    return new double[] {low, high};
  }

  /** A verdict of an outcome: a blocking reason applies. */
  private interface Verdict {
    boolean of(Outcome outcome);
  }

  /**
   * The value nearest {@code value} toward {@code edge} at which {@code verdict} no longer gives
   * {@code atValue}: bisection, on whole numbers for a count.
   */
  private static double flip(
      DoubleFunction<Outcome> at,
      ScenarioKey key,
      double value,
      double edge,
      Verdict verdict,
      boolean atValue) {
    double same = value;
    double differs = edge;
    for (int step = 0; step < 200; step++) {
      double width = Math.abs(differs - same);
      if (key.whole() ? width <= 1 : width <= PRECISION * Math.max(Math.abs(value), 1e-9)) {
        break;
      }
      double middle = key.coerce(same + (differs - same) / 2);
      if (middle == same || middle == differs) {
        break;
      }
      if (verdict.of(at.apply(middle)) == atValue) {
        same = middle;
      } else {
        differs = middle;
      }
    }
    return differs;
  }

  /**
   * The blocking codes pair {@code pair} has in one outcome and lacks in the other, in code order.
   */
  private static List<ReasonCode> changedCodes(Outcome a, Outcome b, int pair) {
    List<ReasonCode> changed = new ArrayList<>();
    for (ReasonCode code : ReasonCode.values()) {
      if (code.blocking() && a.blocks(pair, code) != b.blocks(pair, code)) {
        changed.add(code);
      }
    }
    return changed;
  }

  private static Reason pairNote(
      ScenarioKey key,
      InputOrigin origin,
      double value,
      double flip,
      ReasonCode code,
      boolean heldBefore,
      OptionResult after) {
    PairFigure figure = FIGURE_OF.getOrDefault(code, PairFigure.HORIZON_COST_USD);
    if (figure.value(after) == null) {
      figure = PairFigure.HORIZON_COST_USD;
    }
    return FeasibilityRules.verdictRestsOn(
        code,
        heldBefore,
        key.path(),
        typed(key, value),
        origin,
        typed(key, flip),
        after.feasible(),
        FIGURE_NAME.get(figure),
        figure.value(after));
  }

  /** The figure behind a reason code, to say what it would be at the flip. */
  private static final Map<ReasonCode, PairFigure> FIGURE_OF =
      Map.of(
          ReasonCode.SEED_TOO_LONG, PairFigure.SEED_SECONDS,
          ReasonCode.SEED_NEVER_CONVERGES, PairFigure.SEED_SECONDS,
          ReasonCode.RTO_MISSED, PairFigure.RTO_SECONDS,
          ReasonCode.RPO_MISSED, PairFigure.RPO_SECONDS,
          ReasonCode.RPO_BACKLOG_GROWS, PairFigure.RPO_SECONDS,
          ReasonCode.RPO_UNREACHABLE, PairFigure.RPO_SECONDS,
          ReasonCode.TOO_MANY_NODES, PairFigure.NODES_END);

  /** Those figures in words. */
  private static final Map<PairFigure, String> FIGURE_NAME =
      Map.of(
          PairFigure.SEED_SECONDS, "first copy",
          PairFigure.RTO_SECONDS, "RTO",
          PairFigure.RPO_SECONDS, "RPO",
          PairFigure.NODES_END, "VMs at the end",
          PairFigure.HORIZON_COST_USD, "horizon cost");

  private static Object typed(ScenarioKey key, double canonical) {
    return key.kind().typed(canonical);
  }

  private static String pair(OptionResult result) {
    return result.configuration() + "\u0000" + result.option();
  }
}

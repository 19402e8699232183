package dev.drplan.analysis;

import dev.drplan.catalog.ValueKind;
import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.FeasibilityRules;
import dev.drplan.model.OptionResult;
import dev.drplan.model.PairFigure;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.model.Recommendation;
import dev.drplan.scenario.InputOrigin;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * <p>Runs a few hundred evaluations, each as the base evaluation was made (with the change profile
 * replayed when it was, §5 "The backlog"); for {@code compare}, {@code explain} and the report,
 * never per Monte Carlo sample.
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
   * uncertain input, and on the recommendation when it does.
   */
  public static Evaluation annotate(Scenario scenario, Evaluation evaluation) {
    // Each edge is evaluated as the base was: with the change profile replayed when the base
    // replayed it, so that a verdict of the replay is never compared with one of the closed form.
    Function<Scenario, Evaluation> evaluator =
        evaluation.replay() == null ? Evaluator::evaluate : Evaluator.withBacklogShared();
    Map<String, ScenarioKey> keys = new HashMap<>();
    for (ScenarioKey key : ScenarioKeys.keysOf(scenario)) {
      keys.put(key.path(), key);
    }
    Map<String, List<Reason>> pairNotes = new HashMap<>();
    List<Reason> recommendationNotes = new ArrayList<>();
    for (InputOrigin origin : scenario.origins()) {
      ScenarioKey key = keys.get(origin.key());
      if (!origin.uncertain() || key == null) {
        continue;
      }
      check(scenario, evaluation, evaluator, key, origin, pairNotes, recommendationNotes);
    }
    if (pairNotes.isEmpty() && recommendationNotes.isEmpty()) {
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
    why.addAll(recommendationNotes);
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

  private static void check(
      Scenario scenario,
      Evaluation base,
      Function<Scenario, Evaluation> evaluator,
      ScenarioKey key,
      InputOrigin origin,
      Map<String, List<Reason>> pairNotes,
      List<Reason> recommendationNotes) {
    double value = key.get(scenario);
    // The bisections of every pair and code toward one edge pass through the same first points,
    // and each ends on a value already evaluated: each value of the key is evaluated once.
    Map<Double, Evaluation> evaluated = new HashMap<>();
    DoubleFunction<Evaluation> at =
        v -> evaluated.computeIfAbsent(v, x -> evaluator.apply(key.with(scenario, x)));
    for (double edge : edges(key, value, origin.placeholder())) {
      if (edge == value) {
        continue;
      }
      Evaluation atEdge = at.apply(edge);
      for (int i = 0; i < base.results().size(); i++) {
        OptionResult before = base.results().get(i);
        for (ReasonCode code : changedCodes(before, atEdge.results().get(i))) {
          int index = i;
          boolean heldBefore = blocks(before, code);
          double flip =
              flip(at, key, value, edge, s -> blocks(s.results().get(index), code), heldBefore);
          OptionResult after = at.apply(flip).results().get(i);
          pairNotes
              .computeIfAbsent(pair(before), p -> new ArrayList<>())
              .add(pairNote(key, origin, value, flip, code, heldBefore, after));
        }
      }
      Recommendation was = base.recommendation();
      if (!same(was, atEdge.recommendation())) {
        double flip = flip(at, key, value, edge, s -> !same(was, s.recommendation()), false);
        Recommendation now = at.apply(flip).recommendation();
        recommendationNotes.add(
            FeasibilityRules.recommendationRestsOn(
                key.path(),
                typed(key, value),
                origin,
                typed(key, flip),
                now.found() ? now.option() + " on " + now.configuration() : "no pair at all"));
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

  /** A verdict of an evaluation: feasible, or the recommendation changed. */
  private interface Verdict {
    boolean of(Evaluation evaluation);
  }

  /**
   * The value nearest {@code value} toward {@code edge} at which {@code verdict} no longer gives
   * {@code atValue}: bisection, on whole numbers for a count.
   */
  private static double flip(
      DoubleFunction<Evaluation> at,
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

  /** The blocking codes one result has and the other lacks, in code order. */
  private static List<ReasonCode> changedCodes(OptionResult a, OptionResult b) {
    List<ReasonCode> changed = new ArrayList<>();
    for (ReasonCode code : ReasonCode.values()) {
      if (code.blocking() && blocks(a, code) != blocks(b, code)) {
        changed.add(code);
      }
    }
    return changed;
  }

  private static boolean blocks(OptionResult result, ReasonCode code) {
    for (Reason reason : result.reasons()) {
      if (reason.code() == code) {
        return true;
      }
    }
    return false;
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

  private static boolean same(Recommendation a, Recommendation b) {
    return Objects.equals(a.option(), b.option())
        && Objects.equals(a.configuration(), b.configuration());
  }

  private static String pair(OptionResult result) {
    return result.configuration() + "\u0000" + result.option();
  }
}

package dev.drplan.analysis;

import dev.drplan.model.ConfigurationResult;
import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.model.PrimaryFit;
import dev.drplan.model.Recommendation;
import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Remedies (docs/model.md, "Remedies"): for every infeasible (configuration, option) pair, each
 * single change of one lever ({@link Levers}) that makes it feasible, by the fewest steps, with the
 * pair's figures and cost after the change.
 *
 * <p><b>Search.</b> Each lever is tried in each direction its bounds allow. The pair is evaluated
 * with the lever at its bound; if it is still infeasible the lever cannot help. Otherwise the step
 * count doubles from 1 until the pair is feasible, and the last interval is halved down to
 * neighbouring step counts. This assumes feasibility does not come and go as the lever moves one
 * way (more circuits, hosts or clusters never hurt; a smaller recovery scope never lengthens the
 * RTO), which holds for the default levers; the answer is always checked feasible. A lever whose
 * last step reaches the bound exactly is allowed a shorter last step.
 *
 * <p><b>Cost.</b> The change's cost is the model's own figures after the change, from the same cost
 * lines as every pair's (circuits pay their ports and VLAN attachments, VMs their hours, mover
 * hosts their monthly cost when it is given), plus what it adds to the on-prem spend of the pair's
 * configuration when the boxes are priced (§2), plus the lever's price per step: its monthly cost
 * for every month billed and its one-time cost. Objectives are never relaxed silently: a remedy on
 * an objective's key is marked, and ranked after every remedy that keeps the objectives.
 *
 * <p><b>Change profile.</b> Each change is evaluated as the pair was: with the scenario's change
 * profile replayed when the pair's verdict came from the replay (§5, "The backlog"), so that a
 * change is a remedy only when the pair then meets rpo_compliance, never by the closed form alone.
 */
public final class Remedies {
  private Remedies() {}

  /** The remedies of every infeasible pair of {@code scenario}, in the order of the results. */
  public static List<PairRemedies> of(Scenario scenario, Evaluation evaluation) {
    List<ResolvedLever> levers = Levers.of(scenario);
    Money recommended = recommendedCost(evaluation);
    Function<Scenario, Evaluation> evaluator = evaluatorOf(evaluation);
    List<PairRemedies> all = new ArrayList<>();
    for (OptionResult result : evaluation.results()) {
      if (!result.feasible()) {
        all.add(of(scenario, levers, result, recommended, evaluator));
      }
    }
    return all;
  }

  /**
   * The remedies of the pair ({@code configuration}, {@code option}) of an evaluated scenario, or
   * {@code null} when the pair is feasible.
   *
   * @throws IllegalArgumentException when the scenario has no such pair
   */
  public static PairRemedies ofPair(
      Scenario scenario, Evaluation evaluation, String configuration, String option) {
    for (OptionResult result : evaluation.results()) {
      if (result.configuration().equals(configuration) && result.option().equals(option)) {
        return result.feasible()
            ? null
            : of(
                scenario,
                Levers.of(scenario),
                result,
                recommendedCost(evaluation),
                evaluatorOf(evaluation));
      }
    }
    throw new IllegalArgumentException(
        "no pair " + configuration + "/" + option + " in " + scenario.name());
  }

  /**
   * How a changed pair is evaluated: as {@code evaluation} was, with the change profile replayed
   * when it was replayed there, so that a remedy is held to the same RPO rule as the verdict it
   * remedies.
   */
  static Function<Scenario, Evaluation> evaluatorOf(Evaluation evaluation) {
    return evaluation.replay() == null ? Evaluator::evaluate : Evaluator.withBacklogShared();
  }

  /**
   * The remedies of one infeasible pair, its result {@code before}, each change by {@code
   * evaluator}.
   */
  static PairRemedies of(
      Scenario scenario,
      List<ResolvedLever> levers,
      OptionResult before,
      Money recommended,
      Function<Scenario, Evaluation> evaluator) {
    Scenario pair = pairOnly(scenario, before.configuration(), before.option());
    List<Remedy> remedies = new ArrayList<>();
    List<ResolvedLever> exhausted = new ArrayList<>();
    for (ResolvedLever lever : Levers.of(levers, before.configuration(), before.option())) {
      boolean helped = false;
      for (boolean up : new boolean[] {true, false}) {
        Remedy remedy = search(pair, lever, up, before, recommended, evaluator);
        if (remedy != null) {
          remedies.add(remedy);
          helped = true;
        }
      }
      if (!helped) {
        exhausted.add(lever);
      }
    }
    remedies.sort(BEST_FIRST);
    return new PairRemedies(before.configuration(), before.option(), remedies, exhausted);
  }

  /**
   * Keeps the objectives before relaxing one; priced before not; then the cheaper horizon. One
   * comparator, not one composed with {@code Comparator.comparing}, whose serializable lambdas the
   * JDK's AOT cache cannot hold: each would be generated at run time on every compare's start-up.
   */
  static final Comparator<Remedy> BEST_FIRST =
      (a, b) -> {
        int objective = Boolean.compare(a.changesObjective(), b.changesObjective());
        if (objective != 0) {
          return objective;
        }
        int priced = Boolean.compare(!a.priced(), !b.priced());
        return priced != 0 ? priced : Double.compare(a.horizonCostUsd(), b.horizonCostUsd());
      };

  /**
   * The fewest steps of {@code lever} in one direction that make the only pair of {@code pair}
   * feasible, or null when its bound does not.
   */
  private static Remedy search(
      Scenario pair,
      ResolvedLever lever,
      boolean up,
      OptionResult before,
      Money recommended,
      Function<Scenario, Evaluation> evaluator) {
    int reach = lever.stepsToBound(up);
    if (reach == 0) {
      return null;
    }
    int sign = up ? 1 : -1;
    ScenarioKey key = ScenarioKeys.key(pair, lever.path());
    Map<Integer, Evaluation> tried = new HashMap<>();
    if (!evaluate(pair, key, lever, sign * reach, tried, evaluator).feasible()) {
      return null;
    }
    int infeasible = 0;
    int feasible = reach;
    for (int steps = 1; steps < reach; steps *= 2) {
      if (evaluate(pair, key, lever, sign * steps, tried, evaluator).feasible()) {
        feasible = steps;
        break;
      }
      infeasible = steps;
    }
    while (feasible - infeasible > 1) {
      int middle = infeasible + (feasible - infeasible) / 2;
      if (evaluate(pair, key, lever, sign * middle, tried, evaluator).feasible()) {
        feasible = middle;
      } else {
        infeasible = middle;
      }
    }
    int steps = sign * feasible;
    Evaluation changed = tried.get(steps);
    OptionResult after = changed.results().get(0);
    int count = Math.abs(steps);
    int months = after.monthlyCosts().months();
    double leverMonthly = count * lever.monthlyCost().usd();
    double leverTotal = leverMonthly * months + count * lever.oneTimeCost().usd();
    double monthlyDelta =
        after.monthlyCostStart().usd() - before.monthlyCostStart().usd() + leverMonthly;
    double horizonAfter =
        after.horizonCost().usd() + leverTotal + onPremSpendDeltaUsd(pair, changed);
    return new Remedy(
        lever,
        lever.valueAt(steps),
        steps,
        before,
        after,
        monthlyDelta,
        horizonAfter - before.horizonCost().usd(),
        horizonAfter,
        recommended);
  }

  /** The only pair of {@code pair} with the lever {@code steps} steps away. */
  private static OptionResult evaluate(
      Scenario pair,
      ScenarioKey key,
      ResolvedLever lever,
      int steps,
      Map<Integer, Evaluation> tried,
      Function<Scenario, Evaluation> evaluator) {
    return tried
        .computeIfAbsent(steps, s -> evaluator.apply(key.with(pair, lever.valueAt(s))))
        .results()
        .get(0);
  }

  /**
   * What a change adds to the on-prem spend of the pair's configuration (docs/model.md §2: the
   * purchase plus every expansion of the horizon), in USD, from {@code pair} as the scenario has it
   * to {@code changed}, its evaluation with the change; 0 when the boxes are not priced. D-boxes
   * bought now that the expansion plan would have bought later cost nothing more over the horizon:
   * the difference of the two spends, not the price of the boxes added.
   */
  static double onPremSpendDeltaUsd(Scenario pair, Evaluation changed) {
    ConfigurationResult before =
        PrimaryFit.size(
            pair.dataset(), pair.primary(), pair.primary().configurations().get(0), pair.horizon());
    ConfigurationResult after = changed.configurations().get(0);
    if (before.onPremSpend() == null || after.onPremSpend() == null) {
      return 0;
    }
    return after.onPremSpend().usd() - before.onPremSpend().usd();
  }

  /**
   * {@code scenario} with one configuration and one option, whose only pair is evaluated exactly as
   * in the whole scenario (a pair's figures depend on its configuration and option alone).
   */
  static Scenario pairOnly(Scenario scenario, String configuration, String option) {
    Configuration chosen = null;
    for (Configuration candidate : scenario.primary().configurations()) {
      if (candidate.name().equals(configuration)) {
        chosen = candidate;
      }
    }
    DrOption picked = null;
    for (DrOption candidate : scenario.options()) {
      if (candidate.name().equals(option)) {
        picked = candidate;
      }
    }
    if (chosen == null || picked == null) {
      throw new IllegalArgumentException(
          "no pair " + configuration + "/" + option + " in " + scenario.name());
    }
    return scenario
        .withPrimary(scenario.primary().withConfigurations(List.of(chosen)))
        .withOptions(List.of(picked));
  }

  /** The recommended pair's horizon cost, or null when nothing is feasible. */
  static Money recommendedCost(Evaluation evaluation) {
    Recommendation recommendation = evaluation.recommendation();
    if (!recommendation.found()) {
      return null;
    }
    for (OptionResult result : evaluation.results()) {
      if (result.configuration().equals(recommendation.configuration())
          && result.option().equals(recommendation.option())) {
        return result.horizonCost();
      }
    }
    throw new IllegalStateException("the recommended pair is not among the results");
  }
}

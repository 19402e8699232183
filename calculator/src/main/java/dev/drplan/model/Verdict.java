package dev.drplan.model;

import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The verdict: which pair to recommend and why (docs/model.md §8). */
public final class Verdict {
  private Verdict() {}

  /** Horizon costs closer than this share are a tie, decided by the configuration. */
  private static final double COST_TIE = 1e-9;

  /**
   * Among the feasible pairs, the cheapest horizon cost is recommended (§8). On a tie in cost (the
   * DR cost seldom depends on the on-prem configuration), the configuration that holds the data
   * through the horizon wins; among those, the one with fewer D-boxes. When none holds it, the one
   * that lasts longest wins. Then the first in the scenario.
   */
  public static Recommendation recommend(
      List<ConfigurationResult> configurations, List<OptionResult> results, TimeSpan horizon) {
    List<OptionResult> feasible = new ArrayList<>();
    for (OptionResult result : results) {
      if (result.feasible()) {
        feasible.add(result);
      }
    }
    if (feasible.isEmpty()) {
      return new Recommendation(null, null, List.of(Reason.of(ReasonCode.NOTHING_FEASIBLE)));
    }
    Comparator<OptionResult> byCost =
        (a, b) -> compareCosts(a.horizonCost().usd(), b.horizonCost().usd());
    Comparator<OptionResult> byConfiguration =
        Comparator.comparing(
            (OptionResult r) -> configurationOf(configurations, r), configurationOrder());
    OptionResult best = feasible.get(0);
    for (OptionResult candidate : feasible) {
      if (byCost.thenComparing(byConfiguration).compare(candidate, best) < 0) {
        best = candidate;
      }
    }
    List<Reason> why = new ArrayList<>();
    OptionResult runnerUp = null;
    for (OptionResult candidate : feasible) {
      if (!candidate.option().equals(best.option())
          && (runnerUp == null || byCost.compare(candidate, runnerUp) < 0)) {
        runnerUp = candidate;
      }
    }
    if (runnerUp == null) {
      why.add(
          Reason.of(
              ReasonCode.RECOMMENDED_ONLY_OPTION,
              "horizon_cost",
              best.horizonCost(),
              "horizon",
              horizon,
              "feasible_pairs",
              feasible.size()));
    } else {
      why.add(
          Reason.of(
              ReasonCode.RECOMMENDED_CHEAPEST,
              "feasible_pairs",
              feasible.size(),
              "horizon_cost",
              best.horizonCost(),
              "horizon",
              horizon,
              "runner_up",
              runnerUp.option(),
              "runner_up_cost",
              runnerUp.horizonCost()));
    }
    ConfigurationResult chosen = configurationOf(configurations, best);
    if (chosen.fitsHorizon()) {
      why.add(Reason.of(ReasonCode.CONFIGURATION_HOLDS, "configuration", chosen.configuration()));
    } else {
      ConfigurationResult longest = chosen;
      for (ConfigurationResult configuration : configurations) {
        if (lasts(configuration) > lasts(longest)) {
          longest = configuration;
        }
      }
      why.add(
          Reason.of(
              ReasonCode.CONFIGURATION_NEEDS_EXPANSION,
              "configuration",
              longest.configuration(),
              "time_to_full",
              longest.timeToFull()));
    }
    return new Recommendation(best.configuration(), best.option(), why);
  }

  /**
   * Horizon costs in the verdict's order (§8): within a relative {@value #COST_TIE} of each other
   * they are equal (0), else the lower first.
   */
  public static int compareCosts(double usd, double otherUsd) {
    if (Math.abs(usd - otherUsd) <= COST_TIE * Math.max(Math.abs(usd), Math.abs(otherUsd))) {
      return 0;
    }
    return Double.compare(usd, otherUsd);
  }

  /**
   * Between pairs of equal cost, their configurations in the verdict's order (§8): one that holds
   * the data through the horizon first; among those that do not, the one that lasts longest; then
   * fewer D-boxes.
   */
  public static Comparator<ConfigurationResult> configurationOrder() {
    return Comparator.comparing((ConfigurationResult c) -> !c.fitsHorizon())
        .thenComparing((ConfigurationResult c) -> c.fitsHorizon() ? 0 : -lasts(c))
        .thenComparingInt(ConfigurationResult::dboxes);
  }

  private static double lasts(ConfigurationResult configuration) {
    return configuration.timeToFull() == null
        ? Double.MAX_VALUE
        : configuration.timeToFull().seconds();
  }

  private static ConfigurationResult configurationOf(
      List<ConfigurationResult> configurations, OptionResult result) {
    for (ConfigurationResult configuration : configurations) {
      if (configuration.configuration().equals(result.configuration())) {
        return configuration;
      }
    }
    throw new IllegalStateException("no configuration " + result.configuration());
  }
}

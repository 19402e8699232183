package dev.drplan.model;

import dev.drplan.scenario.Provenance;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.Money;
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
   * DR cost seldom depends on the on-prem configuration), the configuration with the least on-prem
   * spend over the horizon wins, when the boxes are priced; then the one that holds the data
   * through the horizon; among those, the one with fewer D-boxes. When none holds it, the one that
   * lasts longest wins. Then the first in the scenario.
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
    // Cost, then configuration; written as one comparator rather than composed with
    // Comparator.thenComparing, whose lambdas are linked at run time on every compare's start-up.
    Comparator<OptionResult> byCostThenConfiguration =
        (a, b) -> {
          int cost = byCost.compare(a, b);
          return cost != 0
              ? cost
              : compareConfigurations(
                  configurationOf(configurations, a), configurationOf(configurations, b));
        };
    OptionResult best = feasible.get(0);
    for (OptionResult candidate : feasible) {
      if (byCostThenConfiguration.compare(candidate, best) < 0) {
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
      for (Reason note : runnerUp.notes()) {
        if (note.code() == ReasonCode.NOT_PRICED) {
          // The runner-up's total is a floor, not its cost: say so beside the figure.
          why.add(
              Reason.of(
                  ReasonCode.RUNNER_UP_NOT_PRICED,
                  "option",
                  runnerUp.option(),
                  "lines",
                  note.figures().get("lines")));
        }
      }
    }
    for (Reason note : best.notes()) {
      if (note.code() == ReasonCode.NOT_PRICED) {
        // The comparison above counted only what is priced: the cheapest may be so by omission.
        why.add(
            Reason.of(
                ReasonCode.RECOMMENDATION_NOT_PRICED,
                "option",
                best.option(),
                "lines",
                note.figures().get("lines")));
      }
    }
    ConfigurationResult chosen = configurationOf(configurations, best);
    Reason money = onPremSpend(chosen, configurations);
    if (money != null) {
      why.add(money);
    }
    ConfigurationResult longest = chosen;
    for (ConfigurationResult configuration : configurations) {
      if (lasts(configuration) > lasts(longest)) {
        longest = configuration;
      }
    }
    if (chosen.fitsHorizon()) {
      why.add(Reason.of(ReasonCode.CONFIGURATION_HOLDS, "configuration", chosen.configuration()));
    } else if (longest.fitsHorizon() || lasts(longest) > lasts(chosen)) {
      // Chosen on money over one that lasts longer: it expands, and its spend counts that.
      why.add(
          Reason.of(
              ReasonCode.CONFIGURATION_EXPANDS,
              "configuration",
              chosen.configuration(),
              "time_to_full",
              chosen.timeToFull()));
    } else {
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
   * What the on-prem side costs, so that the choice between configurations is seen on money too
   * (§8): the same spend with every configuration, or the chosen one's against the cheapest other
   * one's. {@code null} with a single configuration or unpriced boxes.
   */
  private static Reason onPremSpend(
      ConfigurationResult chosen, List<ConfigurationResult> configurations) {
    if (chosen.onPremSpend() == null || configurations.size() < 2) {
      return null;
    }
    ConfigurationResult cheapestOther = null;
    boolean allSame = true;
    for (ConfigurationResult configuration : configurations) {
      if (configuration == chosen || configuration.onPremSpend() == null) {
        continue;
      }
      double usd = configuration.onPremSpend().usd();
      allSame &= compareCosts(usd, chosen.onPremSpend().usd()) == 0;
      if (cheapestOther == null || usd < cheapestOther.onPremSpend().usd()) {
        cheapestOther = configuration;
      }
    }
    if (cheapestOther == null) {
      return null;
    }
    if (allSame) {
      return Reason.of(ReasonCode.ONPREM_SPEND_SAME, "onprem_spend", chosen.onPremSpend());
    }
    return Reason.of(
        ReasonCode.ONPREM_SPEND,
        "configuration",
        chosen.configuration(),
        "onprem_spend",
        chosen.onPremSpend(),
        "other_configuration",
        cheapestOther.configuration(),
        "other_onprem_spend",
        cheapestOther.onPremSpend());
  }

  /**
   * The recommendation with its on-prem spend qualified when the D-box price it rests on is an
   * assumption of the scenario ({@code provenance:}), not a quote: the spend then follows from that
   * price and must not read as independent evidence (§8). Unchanged otherwise.
   */
  static Recommendation qualifyOnPremSpend(Recommendation recommendation, Scenario scenario) {
    Provenance mark = scenario.provenance("primary.dbox_price");
    Money price = scenario.primary().dboxPrice();
    if (mark == null || mark.stated() || price == null) {
      return recommendation;
    }
    List<Reason> why = new ArrayList<>();
    for (Reason reason : recommendation.why()) {
      why.add(reason);
      if (reason.code() == ReasonCode.ONPREM_SPEND
          || reason.code() == ReasonCode.ONPREM_SPEND_SAME) {
        why.add(
            Reason.of(
                ReasonCode.ONPREM_PRICE_ASSUMED, "dbox_price", price, "why_assumed", mark.note()));
      }
    }
    return new Recommendation(recommendation.configuration(), recommendation.option(), why);
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
   * Between pairs of equal cost, their configurations in the verdict's order (§8): the least
   * on-prem spend over the horizon first (when the boxes are priced; spends within a relative
   * {@value #COST_TIE} are equal); then one that holds the data through the horizon; among those
   * that do not, the one that lasts longest; then fewer D-boxes.
   */
  public static Comparator<ConfigurationResult> configurationOrder() {
    return Verdict::compareConfigurations;
  }

  /** {@link #configurationOrder()}, one key after the other. */
  private static int compareConfigurations(ConfigurationResult a, ConfigurationResult b) {
    int bySpend =
        a.onPremSpend() == null || b.onPremSpend() == null
            ? 0
            : compareCosts(a.onPremSpend().usd(), b.onPremSpend().usd());
    if (bySpend != 0) {
      return bySpend;
    }
    int byFit = Boolean.compare(!a.fitsHorizon(), !b.fitsHorizon());
    if (byFit != 0) {
      return byFit;
    }
    int byLasting =
        Double.compare(a.fitsHorizon() ? 0 : -lasts(a), b.fitsHorizon() ? 0 : -lasts(b));
    return byLasting != 0 ? byLasting : Integer.compare(a.dboxes(), b.dboxes());
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

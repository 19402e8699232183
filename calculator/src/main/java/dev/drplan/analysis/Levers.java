package dev.drplan.analysis;

import dev.drplan.analysis.ResolvedLever.Pricing;
import dev.drplan.model.CloudCost;
import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.Lever;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The levers of a scenario: the keys a remedy may change (docs/model.md, "Remedies"), each with its
 * step, bounds and price. Every scenario has the default levers below, for the keys it has; its
 * {@code levers:} section changes a default's fields, adds a lever on any other numeric key, or
 * marks a key {@code fixed} (no lever).
 *
 * <table>
 *   <caption>Default levers</caption>
 *   <tr><th>key</th><th>step</th><th>bounds</th><th>priced</th></tr>
 *   <tr><td>network.circuits</td><td>1</td><td>up to 4 × the scenario's</td>
 *       <td>by the model: every circuit pays monthly_port_cost, and the VLAN attachments follow
 *       the bandwidth</td></tr>
 *   <tr><td>options.NAME.copy_engine.hosts</td><td>1</td><td>up to 4 ×</td>
 *       <td>by the model when the option gives copy_engine.host_monthly_cost or
 *       host_machine_type (the mover hosts line); otherwise not priced</td></tr>
 *   <tr><td>options.NAME.appliance.in_flight</td><td>1</td><td>up to max(4 ×, 64)</td>
 *       <td>by the model: the same loads, so the same fees and shipping</td></tr>
 *   <tr><td>primary.configurations.NAME.cboxes, .dboxes</td><td>1</td><td>up to 4 ×</td>
 *       <td>by the model when the primary gives dbox_price and cbox_price (the configuration's
 *       on-prem spend: purchase plus expansions, §2); otherwise not priced</td></tr>
 *   <tr><td>options.NAME.max_nodes</td><td>the scenario's max_nodes (one more cluster)</td>
 *       <td>up to 16 clusters</td><td>by the model: the VMs are priced by count</td></tr>
 *   <tr><td>objectives.recovery_scope</td><td>1%</td><td>down to 1%</td>
 *       <td>by the model; an objective: a remedy that moves it says so</td></tr>
 * </table>
 *
 * <p>A declared lever on a key without a default takes, for what it does not say, bounds at the
 * scenario's value (so it must give {@code min} or {@code max}), a step of a 32nd of the distance
 * to the farther bound (whole numbers for counts: at least 1), and no price.
 */
public final class Levers {
  private Levers() {}

  /** Default bounds as multiples of the scenario's value. */
  static final int TIMES = 4;

  /** The default upper bound of appliances in flight, when 4 × the scenario's is lower. */
  static final int APPLIANCES_IN_FLIGHT = 64;

  /** The default most clusters of a namespace. */
  static final int CLUSTERS = 16;

  /** The default step and lower bound of the recovery scope: 1%. */
  static final double SCOPE_STEP = 0.01;

  /** Steps from the scenario's value to the farther bound of a declared lever without a step. */
  static final int DEFAULT_STEPS = 32;

  /** Every lever of {@code scenario}, defaults first in the order of the schema, then the rest. */
  public static List<ResolvedLever> of(Scenario scenario) {
    Map<String, Lever> declared = new LinkedHashMap<>();
    for (Lever lever : scenario.levers()) {
      declared.put(lever.path(), lever);
    }
    List<ResolvedLever> levers = new ArrayList<>();
    for (ScenarioKey key : ScenarioKeys.keysOf(scenario)) {
      Lever lever = declared.remove(key.path());
      ResolvedLever byDefault = byDefault(scenario, key);
      if (lever != null && lever.fixed()) {
        continue;
      }
      if (lever == null) {
        if (byDefault != null) {
          levers.add(byDefault);
        }
        continue;
      }
      levers.add(declared(key, key.get(scenario), lever, byDefault));
    }
    // The loader only admits paths of keys the scenario has, so nothing is left over.
    if (!declared.isEmpty()) {
      throw new IllegalArgumentException("no key " + declared.keySet() + " in " + scenario.name());
    }
    return levers;
  }

  /**
   * The levers that can change the pair ({@code configuration}, {@code option}): those of the
   * scenario as a whole, of that option and of that configuration.
   */
  public static List<ResolvedLever> of(
      List<ResolvedLever> levers, String configuration, String option) {
    List<ResolvedLever> mine = new ArrayList<>();
    for (ResolvedLever lever : levers) {
      if (appliesTo(lever.path(), configuration, option)) {
        mine.add(lever);
      }
    }
    return mine;
  }

  static boolean appliesTo(String path, String configuration, String option) {
    if (path.startsWith(OPTIONS)) {
      return path.startsWith(OPTIONS + option + ".");
    }
    if (path.startsWith(CONFIGURATIONS)) {
      return path.startsWith(CONFIGURATIONS + configuration + ".");
    }
    return true;
  }

  private static final String OPTIONS = "options.";
  private static final String CONFIGURATIONS = "primary.configurations.";

  /** The default lever on {@code key}, or null when the key has none. */
  private static ResolvedLever byDefault(Scenario scenario, ScenarioKey key) {
    String path = key.path();
    double current = key.get(scenario);
    if (path.equals("network.circuits")) {
      return up(key, current, 1, TIMES * current, Pricing.BY_THE_MODEL);
    }
    if (path.equals("objectives.recovery_scope")) {
      double lower = Math.min(current, SCOPE_STEP);
      return new ResolvedLever(
          key,
          current,
          SCOPE_STEP,
          lower,
          current,
          Money.ZERO,
          Money.ZERO,
          Pricing.BY_THE_MODEL,
          true,
          false);
    }
    for (DrOption option : scenario.options()) {
      String prefix = OPTIONS + option.name() + ".";
      if (path.equals(prefix + "copy_engine.hosts")) {
        boolean priced = CloudCost.hostMonthly(((DataCopy) option).copyEngine()) != null;
        return up(
            key, current, 1, TIMES * current, priced ? Pricing.BY_THE_MODEL : Pricing.NOT_PRICED);
      }
      if (path.equals(prefix + "appliance.in_flight")) {
        return up(
            key, current, 1, Math.max(TIMES * current, APPLIANCES_IN_FLIGHT), Pricing.BY_THE_MODEL);
      }
      if (path.equals(prefix + "max_nodes")) {
        return up(key, current, current, CLUSTERS * current, Pricing.BY_THE_MODEL);
      }
    }
    for (Configuration configuration : scenario.primary().configurations()) {
      String prefix = CONFIGURATIONS + configuration.name() + ".";
      if (path.equals(prefix + "dboxes") || path.equals(prefix + "cboxes")) {
        boolean priced = scenario.primary().priced();
        return up(
            key, current, 1, TIMES * current, priced ? Pricing.BY_THE_MODEL : Pricing.NOT_PRICED);
      }
    }
    return null;
  }

  private static ResolvedLever up(
      ScenarioKey key, double current, double step, double upper, Pricing pricing) {
    return new ResolvedLever(
        key,
        current,
        step,
        current,
        Math.min(upper, key.max()),
        Money.ZERO,
        Money.ZERO,
        pricing,
        false,
        false);
  }

  /** A declared lever: its own fields, the default's (when there is one) for the rest. */
  private static ResolvedLever declared(
      ScenarioKey key, double current, Lever lever, ResolvedLever byDefault) {
    double lower =
        lever.lower() != null ? lever.lower() : byDefault != null ? byDefault.lower() : current;
    double upper =
        lever.upper() != null ? lever.upper() : byDefault != null ? byDefault.upper() : current;
    double step;
    if (lever.step() != null) {
      step = lever.step();
    } else if (byDefault != null) {
      step = byDefault.step();
    } else {
      double farther = Math.max(upper - current, current - lower);
      step = farther > 0 ? farther / DEFAULT_STEPS : 1;
      if (key.whole()) {
        step = Math.max(1, Math.rint(step));
      }
    }
    Pricing pricing;
    if (lever.priced()) {
      pricing = Pricing.BY_THE_SCENARIO;
    } else {
      pricing = byDefault != null ? byDefault.pricing() : Pricing.NOT_PRICED;
    }
    return new ResolvedLever(
        key,
        current,
        step,
        lower,
        upper,
        lever.monthlyCost() != null ? lever.monthlyCost() : Money.ZERO,
        lever.oneTimeCost() != null ? lever.oneTimeCost() : Money.ZERO,
        pricing,
        key.path().startsWith("objectives."),
        true);
  }
}

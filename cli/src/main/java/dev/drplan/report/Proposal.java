package dev.drplan.report;

import dev.drplan.analysis.Metric;
import dev.drplan.analysis.MonteCarlo;
import dev.drplan.analysis.MonteCarloResult;
import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.analysis.Sensitivity;
import dev.drplan.analysis.Sweep;
import dev.drplan.analysis.SweepAxis;
import dev.drplan.analysis.SweepResult;
import dev.drplan.analysis.Tornado;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Recommendation;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the proposal report shows, computed once and rendered as HTML or XLSX: the comparison
 * (spec/model.md §1–§8), the catalog entries the scenario draws on, two sweeps (seed time against
 * the number of circuits; horizon cost against the day-one data size), and, when some inputs are
 * uncertain, a Monte Carlo run and the tornadoes of the focus pair.
 *
 * @param uncertain the scenario with its uncertain inputs ({@code base()} is what compare
 *     evaluates)
 * @param comparison the comparison of the base scenario
 * @param catalogEntries the catalog entries the scenario uses, in catalog order (empty without a
 *     catalog)
 * @param focusConfiguration the configuration of the recommended pair, or the first one when
 *     nothing is feasible: the sweeps and the uncertainty charts are drawn for it
 * @param focusOption the option of the recommended pair, or the first one
 * @param circuitSweep seed time (and every figure) against {@code network.circuits}
 * @param sizeSweep horizon cost (and every figure) against {@code dataset.logical_size}, log
 * @param monteCarlo the Monte Carlo run; {@code null} when no input is uncertain
 * @param tornadoes horizon cost and seed time tornadoes of the focus pair; empty when no input is
 *     uncertain
 */
public record Proposal(
    UncertainScenario uncertain,
    Comparison comparison,
    List<CatalogEntry> catalogEntries,
    String focusConfiguration,
    String focusOption,
    SweepResult circuitSweep,
    SweepResult sizeSweep,
    MonteCarloResult monteCarlo,
    List<Tornado> tornadoes) {

  /** Default Monte Carlo samples of the report. */
  public static final int DEFAULT_SAMPLES = 10_000;

  /** Default Monte Carlo seed of the report. */
  public static final long DEFAULT_SEED = 1;

  /** Points of the dataset-size sweep, a factor of 100 either side in all. */
  static final int SIZE_STEPS = 25;

  /** The most points of the circuit sweep. */
  static final int MAX_CIRCUIT_STEPS = 32;

  /** The key of the seed-time chart. */
  static final String CIRCUITS = "network.circuits";

  /** The key of the cost chart. */
  static final String LOGICAL_SIZE = "dataset.logical_size";

  public Proposal {
    Objects.requireNonNull(uncertain, "uncertain");
    Objects.requireNonNull(comparison, "comparison");
    catalogEntries = List.copyOf(catalogEntries);
    tornadoes = List.copyOf(tornadoes);
  }

  /**
   * Computes the proposal of {@code uncertain}.
   *
   * @param catalog the catalog the scenario names, or {@code null} for none
   * @param samples Monte Carlo samples (when some input is uncertain)
   * @param seed Monte Carlo seed
   * @param threads Monte Carlo threads
   */
  public static Proposal of(
      UncertainScenario uncertain, Catalog catalog, int samples, long seed, int threads) {
    Scenario scenario = uncertain.base();
    Comparison comparison = Comparison.of(scenario);
    Recommendation recommendation = comparison.evaluation().recommendation();
    OptionResult first = comparison.evaluation().results().get(0);
    String configuration =
        recommendation.found() ? recommendation.configuration() : first.configuration();
    String option = recommendation.found() ? recommendation.option() : first.option();

    int circuits = scenario.network().circuits();
    int most = Math.max(4 * circuits, 8);
    SweepResult circuitSweep =
        Sweep.run(
            scenario,
            List.of(SweepAxis.linear(CIRCUITS, 1, most, Math.min(most, MAX_CIRCUIT_STEPS))));
    double size = ScenarioKeys.get(scenario, LOGICAL_SIZE);
    SweepResult sizeSweep =
        size > 0
            ? Sweep.run(
                scenario, List.of(SweepAxis.log(LOGICAL_SIZE, size / 10, size * 10, SIZE_STEPS)))
            : null;

    MonteCarloResult monteCarlo = null;
    List<Tornado> tornadoes = new ArrayList<>();
    if (!uncertain.inputs().isEmpty()) {
      monteCarlo = MonteCarlo.run(uncertain, samples, seed, threads);
      tornadoes.add(Sensitivity.tornado(uncertain, Metric.HORIZON_COST_USD, configuration, option));
      tornadoes.add(Sensitivity.tornado(uncertain, Metric.SEED_SECONDS, configuration, option));
    }
    return new Proposal(
        uncertain,
        comparison,
        usedEntries(scenario, catalog),
        configuration,
        option,
        circuitSweep,
        sizeSweep,
        monteCarlo,
        tornadoes);
  }

  /** The scenario this proposal is about, every uncertain input at its base value. */
  public Scenario scenario() {
    return comparison.scenario();
  }

  /** The index of the pair (configuration, option) in the comparison's results. */
  int pairIndex(String configuration, String option) {
    List<OptionResult> results = comparison.evaluation().results();
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).configuration().equals(configuration)
          && results.get(i).option().equals(option)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no pair " + configuration + "/" + option);
  }

  /**
   * The catalog entries behind the scenario's figures: its D-box and C-box models, each namespace's
   * machine type, each data copy's storage class and location, appliance model and (for a restore
   * to primary) the default restore egress, and the interconnect circuits of the scenario's line
   * rate. The scenario's own overrides and inline figures take precedence over them; the report
   * says so.
   */
  static List<CatalogEntry> usedEntries(Scenario scenario, Catalog catalog) {
    if (catalog == null) {
      return List.of();
    }
    Set<String> prefixes = new LinkedHashSet<>();
    Set<String> paths = new LinkedHashSet<>();
    prefixes.add("dboxes." + scenario.primary().dbox().name() + ".");
    prefixes.add("cboxes." + scenario.primary().cbox().name() + ".");
    for (DrOption option : scenario.options()) {
      if (option instanceof NamespaceInCloud) {
        prefixes.add("machines." + ((NamespaceInCloud) option).machine().name() + ".");
      } else {
        DataCopy copy = (DataCopy) option;
        prefixes.add("gcs." + copy.storageClass().id() + "." + copy.location() + ".");
        if (!copy.seed().byNetwork()) {
          prefixes.add("appliances." + copy.seed().appliance().name() + ".");
        }
        if (copy.recovery().restoresToPrimary()) {
          paths.add(Catalog.DEFAULT_EGRESS);
        }
      }
    }
    for (String circuit : catalog.namesUnder("interconnect")) {
      CatalogEntry lineRate = catalog.find("interconnect." + circuit + ".line_rate");
      if (lineRate != null
          && lineRate.value() instanceof DataRate
          && ((DataRate) lineRate.value()).compareTo(scenario.network().lineRate()) == 0) {
        prefixes.add("interconnect." + circuit + ".");
      }
    }
    List<CatalogEntry> used = new ArrayList<>();
    for (CatalogEntry entry : catalog.entries()) {
      boolean match = paths.contains(entry.path());
      for (String prefix : prefixes) {
        match = match || entry.path().startsWith(prefix);
      }
      if (match) {
        used.add(entry);
      }
    }
    return used;
  }
}

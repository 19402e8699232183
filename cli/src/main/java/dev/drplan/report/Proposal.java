package dev.drplan.report;

import dev.drplan.analysis.ProposalAnalysis;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.analysis.UncertainVerdicts;
import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.InputOrigin;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the proposal report writes, in one record, computed once before any writer runs (HTML or
 * XLSX): the engine's {@link ProposalAnalysis} (the evaluation, every chart's series, the Monte
 * Carlo run and tornadoes), the comparison the sizing tables read, and the catalog entries the
 * scenario draws on. The writers only draw it.
 *
 * @param analysis everything computed for the charts and the uncertainty section
 * @param comparison the base scenario and its evaluation (the analysis's), for the sizing tables
 * @param catalogEntries the catalog entries the scenario uses, in catalog order (empty without a
 *     catalog)
 */
public record Proposal(
    ProposalAnalysis analysis, Comparison comparison, List<CatalogEntry> catalogEntries) {

  public Proposal {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(comparison, "comparison");
    catalogEntries = List.copyOf(catalogEntries);
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
    ProposalAnalysis analysis = ProposalAnalysis.of(uncertain, samples, seed, threads);
    Scenario scenario = analysis.scenario();
    return new Proposal(
        analysis,
        new Comparison(scenario, UncertainVerdicts.annotate(scenario, analysis.evaluation())),
        usedEntries(scenario, catalog));
  }

  /** The scenario this proposal is about, every uncertain input at its base value. */
  public Scenario scenario() {
    return comparison.scenario();
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
        if (copy.seed().byAppliance()) {
          prefixes.add("appliances." + copy.seed().appliance().name() + ".");
        }
        if (copy.recovery().restoresToPrimary()) {
          paths.add(Catalog.DEFAULT_EGRESS);
        }
      }
    }
    // Every other input the loader took from the catalog (transfer fees, VLAN attachments, a
    // namespace's failback egress).
    for (InputOrigin origin : scenario.origins()) {
      paths.add(origin.catalogPath());
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

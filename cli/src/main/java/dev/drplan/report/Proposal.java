package dev.drplan.report;

import dev.drplan.analysis.ProposalAnalysis;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.analysis.UncertainVerdicts;
import dev.drplan.catalog.Catalog;
import dev.drplan.scenario.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * What the proposal report writes, in one record, computed once before any writer runs (HTML or
 * XLSX): the engine's {@link ProposalAnalysis} (the evaluation, every chart's series, the Monte
 * Carlo run and tornadoes), the comparison the sizing tables read, and the price and hardware
 * figures the scenario rests on, each with the value used beside the catalog's. The writers only
 * draw it.
 *
 * @param analysis everything computed for the charts and the uncertainty section
 * @param comparison the base scenario and its evaluation (the analysis's), for the sizing tables
 * @param sources the price and hardware figures behind the sizing, in {@link SourcedFigure#of}'s
 *     order
 */
public record Proposal(
    ProposalAnalysis analysis, Comparison comparison, List<SourcedFigure> sources) {

  public Proposal {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(comparison, "comparison");
    sources = List.copyOf(sources);
  }

  /**
   * Computes the proposal of {@code uncertain}.
   *
   * @param catalog the catalog the scenario names as published (its overrides are in the scenario's
   *     figures, not in it), or {@code null} for none
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
        new Comparison(scenario, UncertainVerdicts.annotate(uncertain, analysis.evaluation())),
        SourcedFigure.of(scenario, catalog));
  }

  /** The scenario this proposal is about, every uncertain input at its base value. */
  public Scenario scenario() {
    return comparison.scenario();
  }

  /** How many of the figures behind the sizing the scenario sets itself. */
  public long setByScenario() {
    return sources.stream().filter(SourcedFigure::setByScenario).count();
  }
}

package dev.drplan.report;

import dev.drplan.model.ConfigurationResult;
import dev.drplan.model.Evaluation;
import dev.drplan.model.ExpansionStep;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Recommendation;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.Network;
import dev.drplan.scenario.Objectives;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a comparison as display strings, shared by the terminal and the markdown report: a
 * summary of the inputs, the configurations, their expansion plan, the results (replication and
 * recovery, then cost), the numbered reasons and notes, and the recommendation.
 */
final class ComparisonTables {
  private final Comparison comparison;
  private final ReasonNotes notes;

  ComparisonTables(Comparison comparison) {
    this.comparison = comparison;
    this.notes = new ReasonNotes(comparison.evaluation().results());
  }

  /** The data, objectives and network in one line each. */
  List<String> summary() {
    Scenario scenario = comparison.scenario();
    Evaluation evaluation = comparison.evaluation();
    Dataset dataset = scenario.dataset();
    Objectives objectives = scenario.objectives();
    Network network = scenario.network();
    List<String> lines = new ArrayList<>();
    lines.add(
        "Data: "
            + Display.sizeAsWritten(evaluation.logicalStart())
            + " on day one, "
            + Display.sizeLike(evaluation.logicalEnd(), evaluation.logicalStart())
            + " at the end of the "
            + Display.duration(evaluation.horizon())
            + " horizon (growth "
            + Display.percent(dataset.annualGrowth())
            + " a year, daily change "
            + Display.percent(dataset.dailyChange())
            + ", peak factor "
            + Display.number(dataset.peakFactor())
            + ").");
    lines.add(
        "Objectives: RPO "
            + Display.duration(objectives.rpo())
            + ", RTO "
            + Display.duration(objectives.rto())
            + " for "
            + Display.percent(objectives.recoveryScope())
            + " of the data, first copy within "
            + Display.duration(objectives.maxSeed())
            + ".");
    lines.add(
        "Network: "
            + network.circuits()
            + " x "
            + Display.gigabits(network.lineRate())
            + " at "
            + Display.percent(network.efficiency())
            + " efficiency, "
            + Display.percent(network.drShare())
            + " for DR.");
    return lines;
  }

  /** One row per configuration: capacity, time to full, whether it holds the horizon. */
  Table configurations() {
    Table table =
        new Table()
            .left("configuration")
            .right("C-boxes")
            .right("D-boxes")
            .right("raw")
            .right("usable")
            .right("logical capacity")
            .right("time to full")
            .left("fits horizon")
            .right("replication egress");
    for (ConfigurationResult configuration : comparison.evaluation().configurations()) {
      table.row(
          List.of(
              configuration.configuration(),
              Display.count(configuration.cboxes()),
              Display.count(configuration.dboxes()),
              Display.size(configuration.raw()),
              Display.size(configuration.usable()),
              Display.size(configuration.logicalCapacity()),
              timeToFull(configuration),
              Display.yesNo(configuration.fitsHorizon()),
              Display.rate(configuration.replicationEgress())));
    }
    return table;
  }

  /** D-boxes needed at the end of each year, with the number added that year. */
  Table expansion() {
    int years = 0;
    for (ConfigurationResult configuration : comparison.evaluation().configurations()) {
      years = Math.max(years, configuration.expansion().size());
    }
    Table table = new Table().left("configuration");
    for (int year = 1; year <= years; year++) {
      table.right("year " + year);
    }
    for (ConfigurationResult configuration : comparison.evaluation().configurations()) {
      List<String> row = new ArrayList<>();
      row.add(configuration.configuration());
      for (ExpansionStep step : configuration.expansion()) {
        row.add(
            step.dboxesToAdd() > 0
                ? Display.count(step.dboxesNeeded())
                    + " (+"
                    + Display.count(step.dboxesToAdd())
                    + ")"
                : Display.count(step.dboxesNeeded()));
      }
      while (row.size() < years + 1) {
        row.add(Display.NONE);
      }
      table.row(row);
    }
    return table;
  }

  /** Replication, seed, RPO, RTO, cloud footprint and the verdict of every pair. */
  Table performance() {
    Table table =
        new Table()
            .left("configuration")
            .left("option")
            .left("kind")
            .right("replication")
            .left("bottleneck")
            .right("seed")
            .right("RPO")
            .right("RTO")
            .right("cloud at end")
            .left("feasible")
            .left("see");
    for (OptionResult result : comparison.evaluation().results()) {
      table.row(
          List.of(
              result.configuration(),
              result.option(),
              result.kind(),
              Display.rate(result.replication().rate()),
              result.replication().bottleneck().id(),
              Display.durationOrNever(result.seed().time()),
              Display.durationOrNone(result.rpo()),
              Display.durationOrNone(result.rto()),
              footprint(result),
              Display.yesNo(result.feasible()),
              notes.references(result)));
    }
    return table;
  }

  /** Recurring, one-time, horizon and recovery-event cost of every pair. */
  Table costs() {
    Table table =
        new Table()
            .left("configuration")
            .left("option")
            .right("monthly, first month")
            .right("monthly, last month")
            .right("one-time")
            .right("horizon cost (" + Display.duration(comparison.evaluation().horizon()) + ")")
            .right("per recovery event")
            .left("feasible");
    for (OptionResult result : comparison.evaluation().results()) {
      table.row(
          List.of(
              result.configuration(),
              result.option(),
              Display.moneyPerMonth(result.monthlyCostStart()),
              Display.moneyPerMonth(result.monthlyCostEnd()),
              Display.money(result.oneTimeCost()),
              Display.money(result.horizonCost()),
              Display.money(result.recoveryEventCost()),
              Display.yesNo(result.feasible())));
    }
    return table;
  }

  /** The numbered reasons and notes the {@code see} column refers to. */
  List<ReasonNotes.Entry> notes() {
    return notes.entries();
  }

  /** The recommended pair, or "none". */
  String recommended() {
    Recommendation recommendation = comparison.evaluation().recommendation();
    return recommendation.found()
        ? recommendation.option() + " on " + recommendation.configuration()
        : "none";
  }

  /** Why, as one sentence. */
  String why() {
    return ReasonText.sentence(comparison.evaluation().recommendation().why());
  }

  private static String timeToFull(ConfigurationResult configuration) {
    if (!configuration.fitsNow()) {
      return "already full";
    }
    return Display.durationOrNever(configuration.timeToFull());
  }

  private static String footprint(OptionResult result) {
    if (result.nodesEnd() != null) {
      String vms = Display.count(result.nodesEnd()) + " VMs";
      return result.clustersEnd() != null && result.clustersEnd() > 1
          ? vms + " in " + Display.count(result.clustersEnd()) + " clusters"
          : vms;
    }
    return result.storedEnd() == null ? Display.NONE : Display.size(result.storedEnd());
  }
}

package dev.drplan.report;

import dev.drplan.model.CostLine;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The assumptions a proposal states beside drplan's figures: where the prices and hardware figures
 * came from, the unit conventions of every report, and the model's key simplifications
 * (docs/model.md).
 */
final class Assumptions {
  private Assumptions() {}

  /** The assumptions, citing the model by section sign (the markdown). */
  static List<String> of(Comparison comparison) {
    return of(comparison, ModelCitation.SECTION_SIGNS);
  }

  /**
   * The assumptions, each simplification citing the section of the model it is from by {@code
   * cite}.
   */
  static List<String> of(Comparison comparison, ModelCitation cite) {
    Scenario scenario = comparison.scenario();
    List<String> lines = new ArrayList<>();
    if (scenario.catalogName() != null) {
      lines.add(
          "Catalog: prices and hardware figures from the built-in catalog `"
              + scenario.catalogName()
              + "`"
              + (scenario.catalogAsOf() != null ? ", as of " + scenario.catalogAsOf() : "")
              + ", with the scenario's overrides and inline definitions applied. List prices;"
              + " negotiated discounts apply only where the scenario states them.");
    } else {
      lines.add("Catalog: none; every price and hardware figure is given in the scenario itself.");
    }
    lines.add(
        "Sizes are decimal: 1 TB = 10^12 bytes, 1 PB = 10^15 bytes. GCS bills storage,"
            + " retrieval and egress per GiB (2^30 bytes = 1.074 GB).");
    lines.add(
        "Rates are bytes per second with the bit rate beside: 1 Gbps = 10^9 bit/s"
            + " = 125 MB/s, so 1 GB/s = 8 Gbps.");
    lines.add(
        "Time: 1 d = 86,400 s, 1 y = 365.25 d, 1 month = 365.25 / 12 d = 30.4375 d"
            + " = 730.5 h.");
    lines.add(
        "Money: US dollars; k, M and B are thousands, millions and billions. DR costs are a sum"
            + " of named lines ("
            + horizonLines()
            + "); a line without a price in the scenario is named as not priced, never counted as"
            + " zero. The on-prem purchase is priced apart, when the scenario gives box prices ("
            + cite.of(2, 7)
            + ").");
    lines.add(
        "Data grows by compound annual growth, L(t) = L0 · (1 + g)^(t / 1 y); the daily"
            + " change is a fixed share of the data of the day, its peak hour the peak factor times"
            + " the average ("
            + cite.of(1)
            + ").");
    lines.add(
        "The replication rate is the smallest of the network (circuits · line rate ·"
            + " efficiency · DR share), the primary's replication egress and what the cloud side can"
            + " take; the binding one is named as the bottleneck ("
            + cite.of(3)
            + ").");
    lines.add(
        "The first copy over the network races the changes that arrive meanwhile:"
            + " T = L0 / (R − d(0)); it never converges when R ≤ d(0). By transfer appliance, batches"
            + " of appliances ship one round trip each and the changes of that time catch up over the"
            + " network ("
            + cite.of(4)
            + ").");
    lines.add(
        "RPO = I + d_peak · I / R at the peak change rate of the largest data in the horizon;"
            + " the backlog grows without bound when d_peak ≥ R. That takes the busiest hour's"
            + " rate as held without a pause, the worst case; "
            + (comparison.evaluation().replay() == null
                ? "a replay of a measured change profile judges the real pattern, with its quiet"
                    + " hours ("
                    + cite.of("The backlog", 5)
                    + ")."
                : "here the change profile's replay judges the real pattern instead (below)."));
    if (comparison.evaluation().replay() != null) {
      lines.add(
          "With a change profile, each pair's copies are replayed one snapshot after the other over"
              + " the profile, "
              + (comparison.evaluation().replay().profile().span().compareTo(scenario.horizon()) > 0
                  ? "replayed from day one because it is longer than the horizon (and so past the"
                      + " horizon's end),"
                  : "placed where the data is largest (ending at the horizon when the data"
                      + " grows)")
              + " and scaled with the data's growth; a pair is feasible when its RPO is within"
              + " the objective for at least "
              + Display.percent(scenario.objectives().rpoCompliance())
              + " of that time, and the copies keep up"
              + " with the profile's average change rate ("
              + cite.of("The backlog", 5)
              + ")."
              + (comparison.evaluation().replay().spec().isMeasured()
                  ? ""
                  : " The profile is synthetic: its daily peak, quieter weekends and month-end"
                      + " burst are assumptions, not a measurement."));
    }
    lines.add(
        "RTO: a namespace in the cloud fails over in its failover time; a data copy restored"
            + " to primary takes recovery scope · L(H) / restore rate; a data copy run in the cloud"
            + " takes its cloud start time ("
            + cite.of(6)
            + ").");
    lines.add(
        "Each month bills the integral of its costs over the month as the data grows; the"
            + " monthly figures at start and at end are the run rates on day one and at the end of"
            + " the horizon, the same instant as the VMs and stored bytes at end. One-time costs"
            + " ("
            + oneTimeLines()
            + ") are part of the horizon cost only."
            + " Deletions the inputs imply are removed from the copy too, and versions deleted"
            + " before their class's minimum duration bill the rest as early deletion. The"
            + " recommendation is the feasible pair with the lowest horizon cost ("
            + cite.of(1, 7, 8)
            + ").");
    return lines;
  }

  /** The cost lines a horizon cost sums, by their labels in the cost-line table (§7). */
  private static String horizonLines() {
    List<String> labels = new ArrayList<>();
    for (CostLine line : CostLine.values()) {
      if (line.inHorizonCost()) {
        labels.add(line.label());
      }
    }
    return String.join(", ", labels);
  }

  /** The parts of a one-time cost, as explain names them (§7). */
  private static String oneTimeLines() {
    List<String> labels = new ArrayList<>();
    for (CostLine line : CostLine.oneTime()) {
      labels.add(line.oneTimeLabel());
    }
    return String.join(", ", labels);
  }
}

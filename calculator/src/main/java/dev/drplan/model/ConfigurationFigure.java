package dev.drplan.model;

import static dev.drplan.model.Formula.input;

import dev.drplan.catalog.ValueKind;
import java.util.List;
import java.util.function.Function;

/**
 * The figures of one primary configuration (docs/model.md §2), read from its {@link
 * ConfigurationResult}; each names the method of {@link PrimaryFit} that computes it.
 */
public enum ConfigurationFigure implements Figure {
  /** C-boxes, as the scenario gives them. */
  CBOXES("cboxes", ValueKind.COUNT, "§2", c -> (long) c.cboxes()),
  /** D-boxes, as the scenario gives them. */
  DBOXES("dboxes", ValueKind.COUNT, "§2", c -> (long) c.dboxes()),
  /** {@link PrimaryFit#raw}. */
  RAW_BYTES(
      "raw_bytes",
      ValueKind.SIZE,
      "§2",
      ConfigurationResult::raw,
      Formula.of(
          "raw = dboxes · dbox_raw",
          input("dboxes", s -> s.configuration().dboxes()),
          input(
              "dbox_raw",
              s -> s.scenario().primary().dbox().name(),
              s -> s.scenario().primary().dbox().rawSize()))),
  /** {@link PrimaryFit#usableEfficiency}. */
  USABLE_EFFICIENCY(
      "usable_efficiency", ValueKind.FRACTION, "§2", ConfigurationResult::usableEfficiency),
  /** raw · usable_efficiency, in {@link PrimaryFit#size}. */
  USABLE_BYTES(
      "usable_bytes",
      ValueKind.SIZE,
      "§2",
      ConfigurationResult::usable,
      Formula.of(
          "usable = raw · usable_efficiency",
          input("raw", s -> s.configuration().raw()),
          input("usable_efficiency", s -> s.configuration().usableEfficiency()))),
  /** {@link PrimaryFit#logicalCapacity}. */
  LOGICAL_CAPACITY_BYTES(
      "logical_capacity_bytes",
      ValueKind.SIZE,
      "§2",
      ConfigurationResult::logicalCapacity,
      Formula.of(
          "logical capacity = usable · reduction_ratio",
          input("usable", s -> s.configuration().usable()),
          input("reduction_ratio", s -> s.dataset().reductionRatio()))),
  /** fill_limit · logical capacity, in {@link PrimaryFit#size}. */
  FILL_THRESHOLD_BYTES(
      "fill_threshold_bytes", ValueKind.SIZE, "§2", ConfigurationResult::fillThreshold),
  /** {@link PrimaryFit#timeToFull}. */
  TIME_TO_FULL_SECONDS(
      "time_to_full_seconds",
      ValueKind.DURATION,
      "§2",
      ConfigurationResult::timeToFull,
      // Only where the data fills the configuration after day one: it never does when it does not
      // grow (no time to full), and already has when day one is past the threshold (0).
      Formula.when(
          s -> s.configuration().fitsNow() && s.configuration().timeToFull() != null,
          "time to full = ln(fill_limit · capacity / L0) / ln(1 + g) years",
          input("fill_limit", s -> s.scenario().primary().fillLimit()),
          input("capacity", s -> s.configuration().logicalCapacity()),
          input("L0", s -> s.dataset().logicalSize()),
          input("g", s -> s.dataset().annualGrowth()))),
  /** {@link PrimaryFit#purchase}; {@code null} unless the boxes are priced. */
  PURCHASE_USD(
      "purchase_usd",
      ValueKind.MONEY,
      "§2",
      ConfigurationResult::purchase,
      Formula.when(
          s -> s.configuration().purchase() != null,
          "purchase = dboxes · dbox_price + cboxes · cbox_price",
          input("dboxes", s -> s.configuration().dboxes()),
          input("dbox_price", s -> s.scenario().primary().dboxPrice()),
          input("cboxes", s -> s.configuration().cboxes()),
          input("cbox_price", s -> s.scenario().primary().cboxPrice()))),
  /** {@link PrimaryFit#onPremSpend}; {@code null} unless the boxes are priced. */
  ONPREM_SPEND_USD(
      "onprem_spend_usd",
      ValueKind.MONEY,
      "§2",
      ConfigurationResult::onPremSpend,
      Formula.when(
          s -> s.configuration().onPremSpend() != null,
          "on-prem spend = purchase + Σ dboxes_to_add · dbox_price",
          input("purchase", s -> s.configuration().purchase()),
          input(
              "Σ dboxes_to_add",
              s -> {
                long added = 0;
                for (ExpansionStep step : s.configuration().expansion()) {
                  added += step.dboxesToAdd();
                }
                return added;
              }),
          input("dbox_price", s -> s.scenario().primary().dboxPrice()))),
  /** {@link PrimaryFit#replicationEgress}. */
  REPLICATION_EGRESS_BYTES_PER_SECOND(
      "replication_egress_bytes_per_second",
      ValueKind.RATE,
      "§2",
      ConfigurationResult::replicationEgress,
      Formula.of(
          "egress = cboxes · nodes_per_cbox · per_node_replication",
          input("cboxes", s -> s.configuration().cboxes()),
          input("nodes_per_cbox", s -> s.scenario().primary().cbox().nodes()),
          input("per_node_replication", s -> s.scenario().primary().cbox().perNodeReplication())));

  private final Definition definition;
  private final Function<ConfigurationResult, ?> read;

  ConfigurationFigure(
      String id,
      ValueKind kind,
      String section,
      Function<ConfigurationResult, ?> read,
      Formula... formulas) {
    this.definition = new Definition(id, kind, section, List.of(formulas));
    this.read = read;
  }

  @Override
  public Definition definition() {
    return definition;
  }

  @Override
  public String label() {
    switch (this) {
      case CBOXES:
        return "C-boxes";
      case DBOXES:
        return "D-boxes";
      case RAW_BYTES:
        return "raw capacity";
      case USABLE_EFFICIENCY:
        return "usable share of raw";
      case USABLE_BYTES:
        return "usable capacity";
      case LOGICAL_CAPACITY_BYTES:
        return "logical capacity";
      case FILL_THRESHOLD_BYTES:
        return "data at the fill limit";
      case TIME_TO_FULL_SECONDS:
        return "time to full";
      case REPLICATION_EGRESS_BYTES_PER_SECOND:
        return "replication egress";
      case PURCHASE_USD:
        return "purchase of the boxes";
      case ONPREM_SPEND_USD:
        return "on-prem spend over the horizon";
      default:
        return null;
    }
  }

  /** The typed figure of {@code configuration}; {@code null} when it cannot exist. */
  public Object value(ConfigurationResult configuration) {
    return read.apply(configuration);
  }

  /** The figure in its canonical unit; NaN when it cannot exist. */
  public double canonical(ConfigurationResult configuration) {
    return Figure.canonical(read.apply(configuration));
  }

  Derivation derive(Subject subject) {
    return Formula.derive(this, formulas(), subject, s -> value(s.configuration()));
  }
}

package dev.drplan.model;

import static dev.drplan.model.Formula.input;

import dev.drplan.catalog.ValueKind;
import java.util.List;
import java.util.function.Function;

/**
 * The figures of one year of a configuration's expansion plan (docs/model.md §2), read from its
 * {@link ExpansionStep}; {@link PrimaryFit#expansion} computes them. Their formulas are derived
 * from a {@link Subject#atStep subject at that step}.
 */
public enum ExpansionFigure implements Figure {
  /** The D-boxes that keep L under the fill limit at the end of the year. */
  DBOXES_NEEDED(
      "dboxes_needed",
      ValueKind.COUNT,
      ExpansionStep::dboxesNeeded,
      Formula.of(
          "dboxes needed = max(owned, ceil(L(year) / (fill_limit · dbox_raw · usable_efficiency"
              + " · reduction_ratio)))",
          input("owned", ExpansionFigure::owned),
          input("L(year)", s -> s.step().logicalSize()),
          input("fill_limit", s -> s.scenario().primary().fillLimit()),
          input(
              "dbox_raw",
              s -> s.scenario().primary().dbox().name(),
              s -> s.scenario().primary().dbox().rawSize()),
          input("usable_efficiency", s -> s.configuration().usableEfficiency()),
          input("reduction_ratio", s -> s.dataset().reductionRatio()))),
  /** How many D-boxes to add that year. */
  DBOXES_TO_ADD(
      "dboxes_to_add",
      ValueKind.COUNT,
      ExpansionStep::dboxesToAdd,
      Formula.of(
          "dboxes to add = dboxes needed − owned",
          input("dboxes needed", s -> s.step().dboxesNeeded()),
          input("owned", ExpansionFigure::owned))),
  /** L at the end of the year, or at H for the last, by {@link DataGrowth#logicalAt}. */
  LOGICAL_BYTES(
      "logical_bytes",
      ValueKind.SIZE,
      ExpansionStep::logicalSize,
      Formula.of(
          "L(year) = L0 · (1 + g)^min(year, H / 1 y)",
          input("L0", Subject::logicalStart),
          input("g", s -> s.dataset().annualGrowth()),
          input("year", s -> s.step().year()),
          input("H", s -> s.scenario().horizon()))),
  /** What that year's addition costs; {@code null} without a D-box price. */
  SPEND_USD(
      "spend_usd",
      ValueKind.MONEY,
      ExpansionStep::spend,
      Formula.when(
          s -> s.step().spend() != null,
          "spend = dboxes_to_add · dbox_price",
          input("dboxes_to_add", s -> s.step().dboxesToAdd()),
          input("dbox_price", s -> s.scenario().primary().dboxPrice()))),
  /** When the D-boxes owned before the addition reach the fill limit, by PrimaryFit.fillsAt. */
  FILLS_AT_SECONDS(
      "fills_at_seconds",
      ValueKind.DURATION,
      ExpansionStep::fillsAt,
      Formula.when(
          s -> s.step().fillsAt() != null && s.step().fillsAt().seconds() > 0,
          "fills at = ln(fill_limit · owned · dbox_raw · usable_efficiency · reduction_ratio / L0)"
              + " / ln(1 + g) years",
          input("fill_limit", s -> s.scenario().primary().fillLimit()),
          input("owned", ExpansionFigure::owned),
          input(
              "dbox_raw",
              s -> s.scenario().primary().dbox().name(),
              s -> s.scenario().primary().dbox().rawSize()),
          input("usable_efficiency", s -> s.configuration().usableEfficiency()),
          input("reduction_ratio", s -> s.dataset().reductionRatio()),
          input("L0", Subject::logicalStart),
          input("g", s -> s.dataset().annualGrowth())),
      // Day one already holds more than the boxes owned take under the fill limit.
      Formula.rule(
          s -> s.step().fillsAt() != null && s.step().fillsAt().seconds() == 0,
          "fills at = 0: L0 is already past the fill limit of the D-boxes owned",
          input("L0", Subject::logicalStart),
          input("owned", ExpansionFigure::owned))),
  /** {@link ExpansionStep#orderBy}. */
  ORDER_BY_SECONDS(
      "order_by_seconds",
      ValueKind.DURATION,
      ExpansionStep::orderBy,
      Formula.when(
          s -> s.step().fillsAt() != null,
          "order by = max(0, fills at − lead_time)",
          input("fills at", s -> s.step().fillsAt()),
          input("lead_time", s -> s.scenario().primary().leadTime()))),
  /** {@link ExpansionStep#lateBy}. */
  LATE_BY_SECONDS(
      "late_by_seconds",
      ValueKind.DURATION,
      ExpansionStep::lateBy,
      Formula.when(
          s -> s.step().fillsAt() != null,
          "late by = max(0, lead_time − fills at)",
          input("fills at", s -> s.step().fillsAt()),
          input("lead_time", s -> s.scenario().primary().leadTime())));

  private final Definition definition;
  private final Function<ExpansionStep, ?> read;

  ExpansionFigure(String id, ValueKind kind, Function<ExpansionStep, ?> read, Formula... formulas) {
    this.definition = new Definition(id, kind, "§2", List.of(formulas));
    this.read = read;
  }

  @Override
  public Definition definition() {
    return definition;
  }

  @Override
  public String label() {
    switch (this) {
      case DBOXES_NEEDED:
        return "D-boxes needed";
      case DBOXES_TO_ADD:
        return "D-boxes to add";
      case LOGICAL_BYTES:
        return "logical size at year end";
      case SPEND_USD:
        return "spend";
      case FILLS_AT_SECONDS:
        return "when the D-boxes owned reach the fill limit";
      case ORDER_BY_SECONDS:
        return "latest order date";
      case LATE_BY_SECONDS:
        return "order date late by";
      default:
        return null;
    }
  }

  /** The typed figure of {@code step}; {@code null} when it cannot exist. */
  public Object value(ExpansionStep step) {
    return read.apply(step);
  }

  /** The figure in its canonical unit; NaN when it cannot exist. */
  public double canonical(ExpansionStep step) {
    return Figure.canonical(read.apply(step));
  }

  /** The derivation of the figure for {@code subject}'s {@link Subject#step step}. */
  public Derivation derive(Subject subject) {
    return Formula.derive(this, formulas(), subject, s -> value(s.step()));
  }

  /**
   * The D-boxes owned before the step's addition: the configuration's for the first year, the
   * previous year's needed after it.
   */
  private static long owned(Subject subject) {
    int year = subject.step().year();
    return year == 1
        ? subject.configuration().dboxes()
        : subject.configuration().expansion().get(year - 2).dboxesNeeded();
  }
}

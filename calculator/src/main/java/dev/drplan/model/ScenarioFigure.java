package dev.drplan.model;

import static dev.drplan.model.Formula.input;

import dev.drplan.catalog.ValueKind;
import java.util.List;
import java.util.function.Function;

/** The figures of a whole scenario (docs/model.md §1), read from its {@link Evaluation}. */
public enum ScenarioFigure implements Figure {
  /** H, the horizon of the plan, as the scenario gives it. */
  HORIZON_SECONDS("horizon_seconds", ValueKind.DURATION, "§1", Evaluation::horizon),
  /** L0, the logical size on day one, as the scenario gives it. */
  LOGICAL_BYTES_START("logical_bytes_start", ValueKind.SIZE, "§1", Evaluation::logicalStart),
  /** L(H) by {@link DataGrowth#logicalAt}. */
  LOGICAL_BYTES_END(
      "logical_bytes_end",
      ValueKind.SIZE,
      "§1",
      Evaluation::logicalEnd,
      Formula.of(
          "L(H) = L0 · (1 + g)^(H / 1 y)",
          input("L0", Subject::logicalStart),
          input("g", s -> s.dataset().annualGrowth()),
          input("H", s -> s.scenario().horizon())));

  private final Definition definition;
  private final Function<Evaluation, ?> read;

  ScenarioFigure(
      String id,
      ValueKind kind,
      String section,
      Function<Evaluation, ?> read,
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
      case HORIZON_SECONDS:
        return "horizon";
      case LOGICAL_BYTES_START:
        return "data on day one";
      case LOGICAL_BYTES_END:
        return "data at the end of the horizon";
      default:
        return null;
    }
  }

  /** The typed figure of {@code evaluation}; {@code null} when it cannot exist. */
  public Object value(Evaluation evaluation) {
    return read.apply(evaluation);
  }

  /** The figure in its canonical unit; NaN when it cannot exist. */
  public double canonical(Evaluation evaluation) {
    return Figure.canonical(read.apply(evaluation));
  }

  Derivation derive(Subject subject) {
    return Formula.derive(this, formulas(), subject, s -> value(s.evaluation()));
  }
}

package dev.drplan.model;

import static dev.drplan.model.Formula.input;

import dev.drplan.catalog.ValueKind;
import dev.drplan.units.Money;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The figures of one cost line of a pair (docs/model.md §7; a recovery event's share, §6), read
 * from its {@link LineCosts}; {@link CostLedger} computes them. Each is {@code null} where the line
 * applies but is not priced. A line's run rates are derived by the pair's figure of that line
 * ({@link PairFigure}); what the line adds to the horizon is derived here, from a {@link
 * Subject#onLine subject on that line}.
 */
public enum CostLineFigure implements Figure {
  /** The line's run rate on day one. */
  MONTHLY_USD_START("monthly_usd_start", "§7", LineCosts::start),
  /** The line's run rate at the end of the horizon. */
  MONTHLY_USD_END("monthly_usd_end", "§7", LineCosts::end),
  /** The line summed over every month of the horizon. */
  RECURRING_USD("recurring_usd", "§7", LineCosts::recurring),
  /** The line's one-time cost. */
  ONE_TIME_USD("one_time_usd", "§7", LineCosts::oneTime),
  /** {@link LineCosts#horizon}: what the line adds to the horizon cost. */
  HORIZON_USD(
      "horizon_usd",
      "§7",
      LineCosts::horizon,
      Formula.when(
          s -> s.priced(s.line()),
          "line over the horizon = recurring + one-time",
          input("recurring", s -> s.result().costLines().recurring(s.line())),
          input("one-time", s -> s.result().costLines().oneTime(s.line())))),
  /** What the line adds to one recovery event. */
  RECOVERY_EVENT_USD("recovery_event_usd", "§6", LineCosts::event);

  private final Definition definition;
  private final BiFunction<LineCosts, CostLine, Money> read;

  CostLineFigure(
      String id, String section, BiFunction<LineCosts, CostLine, Money> read, Formula... formulas) {
    this.definition = new Definition(id, ValueKind.MONEY, section, List.of(formulas));
    this.read = read;
  }

  @Override
  public Definition definition() {
    return definition;
  }

  @Override
  public String label() {
    switch (this) {
      case MONTHLY_USD_START:
        return "monthly run rate on day one";
      case MONTHLY_USD_END:
        return "monthly run rate at the end of the horizon";
      case RECURRING_USD:
        return "recurring over the horizon";
      case ONE_TIME_USD:
        return "one-time";
      case HORIZON_USD:
        return "over the horizon";
      case RECOVERY_EVENT_USD:
        return "per recovery event";
      default:
        return null;
    }
  }

  /** The typed figure of {@code line}; {@code null} when the line is not priced. */
  public Money value(LineCosts costs, CostLine line) {
    return read.apply(costs, line);
  }

  /** The figure in USD; NaN when the line is not priced. */
  public double canonical(LineCosts costs, CostLine line) {
    return Figure.canonical(read.apply(costs, line));
  }

  /** The derivation of the figure for {@code subject}'s {@link Subject#line line}. */
  public Derivation derive(Subject subject) {
    return Formula.derive(this, formulas(), subject, s -> value(s.result().costLines(), s.line()));
  }
}

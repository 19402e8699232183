package dev.drplan.analysis;

import dev.drplan.catalog.ValueKind;
import dev.drplan.model.OptionResult;
import dev.drplan.model.PairFigure;
import dev.drplan.scenario.Objectives;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A headline figure of one (configuration, option) pair that the analyses (simulate, sensitivity,
 * sweep, solve) summarise, by its {@link PairFigure} (its JSON key, kind and value) and a short
 * alias. A figure that cannot exist (the seed of a copy that never converges) reads as {@code
 * null}; the analyses treat it as +∞ (never), never as a huge number.
 */
public enum Metric {
  SEED_SECONDS(PairFigure.SEED_SECONDS, "seed", Objectives::maxSeed),
  RPO_SECONDS(PairFigure.RPO_SECONDS, "rpo", Objectives::rpo),
  RTO_SECONDS(PairFigure.RTO_SECONDS, "rto", Objectives::rto),
  MONTHLY_COST_USD_START(PairFigure.MONTHLY_COST_USD_START, null, null),
  MONTHLY_COST_USD_END(PairFigure.MONTHLY_COST_USD_END, null, null),
  ONE_TIME_COST_USD(PairFigure.ONE_TIME_COST_USD, null, null),
  HORIZON_COST_USD(PairFigure.HORIZON_COST_USD, "horizon_cost", null),
  REPLICATION_BYTES_PER_SECOND(PairFigure.REPLICATION_BYTES_PER_SECOND, "replication", null);

  private final PairFigure figure;
  private final String alias;
  private final Function<Objectives, TimeSpan> objective;

  Metric(PairFigure figure, String alias, Function<Objectives, TimeSpan> objective) {
    this.figure = figure;
    this.alias = alias;
    this.objective = objective;
  }

  /** The figure this metric reads. */
  public PairFigure figure() {
    return figure;
  }

  /** The JSON output key: {@code seed_seconds}, {@code horizon_cost_usd}, ... */
  public String id() {
    return figure.id();
  }

  /** The name people read: the short alias ({@code seed}) where there is one, else the JSON key. */
  public String shortName() {
    return alias != null ? alias : id();
  }

  /** The kind of quantity, which fixes the canonical unit. */
  public ValueKind kind() {
    return figure.kind();
  }

  /** The figure of {@code result} in canonical units, or {@code null} when it cannot exist. */
  public Double of(OptionResult result) {
    double value = valueOrNaN(result);
    return Double.isNaN(value) ? null : value;
  }

  /**
   * {@link #of} without boxing, for Monte Carlo: NaN when the figure cannot exist. Reads the same
   * record component as {@link #figure()}'s definition, but directly: one call site per metric
   * instead of the registry's shared, megamorphic one (a fifth of a sample's time otherwise).
   * {@code MetricTest} checks that both reads agree.
   */
  double valueOrNaN(OptionResult result) {
    switch (this) {
      case SEED_SECONDS:
        return seconds(result.seed().time());
      case RPO_SECONDS:
        return seconds(result.rpo());
      case RTO_SECONDS:
        return seconds(result.rto());
      case MONTHLY_COST_USD_START:
        return usd(result.monthlyCostStart());
      case MONTHLY_COST_USD_END:
        return usd(result.monthlyCostEnd());
      case ONE_TIME_COST_USD:
        return usd(result.oneTimeCost());
      case HORIZON_COST_USD:
        return usd(result.horizonCost());
      case REPLICATION_BYTES_PER_SECOND:
        DataRate rate = result.replication().rate();
        return rate == null ? Double.NaN : rate.bytesPerSecond();
      default:
        return figure.canonical(result);
    }
  }

  private static double seconds(TimeSpan span) {
    return span == null ? Double.NaN : span.seconds();
  }

  private static double usd(Money money) {
    return money == null ? Double.NaN : money.usd();
  }

  /**
   * Whether the scenario's objectives hold a limit for this metric ({@code max_seed}, rpo, rto).
   */
  public boolean hasObjective() {
    return objective != null;
  }

  /**
   * The objective this metric must meet in {@code scenario}: max_seed, rpo or rto, in seconds.
   *
   * @throws IllegalArgumentException for a metric without an objective
   */
  public double objective(Scenario scenario) {
    if (objective == null) {
      throw new IllegalArgumentException(id() + " has no objective in the scenario");
    }
    return objective.apply(scenario.objectives()).seconds();
  }

  /**
   * The metric named {@code name}: its JSON key ({@code seed_seconds}) or short alias ({@code
   * seed}, {@code rpo}, {@code rto}, {@code horizon_cost}, {@code replication}).
   *
   * @throws UnknownNameException listing the names, with a "did you mean"
   */
  public static Metric byName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (Metric metric : values()) {
      if (metric.id().equals(wanted) || wanted.equals(metric.alias)) {
        return metric;
      }
    }
    throw new UnknownNameException("metric", name, names());
  }

  /** Every accepted metric name: JSON keys, then aliases. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Metric metric : values()) {
      names.add(metric.id());
    }
    for (Metric metric : values()) {
      if (metric.alias != null) {
        names.add(metric.alias);
      }
    }
    return names;
  }
}

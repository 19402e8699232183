package dev.drplan.analysis;

import dev.drplan.catalog.ValueKind;
import dev.drplan.model.OptionResult;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A headline figure of one (configuration, option) pair, named as in the JSON output contract of
 * spec/model.md, in canonical units. A figure that cannot exist (the seed of a copy that never
 * converges) reads as {@code null}; the analyses treat it as +∞ (never), never as a huge number.
 */
public enum Metric {
  SEED_SECONDS("seed_seconds", ValueKind.DURATION, "seed"),
  RPO_SECONDS("rpo_seconds", ValueKind.DURATION, "rpo"),
  RTO_SECONDS("rto_seconds", ValueKind.DURATION, "rto"),
  MONTHLY_COST_USD_START("monthly_cost_usd_start", ValueKind.MONEY, null),
  MONTHLY_COST_USD_END("monthly_cost_usd_end", ValueKind.MONEY, null),
  ONE_TIME_COST_USD("one_time_cost_usd", ValueKind.MONEY, null),
  HORIZON_COST_USD("horizon_cost_usd", ValueKind.MONEY, "horizon_cost"),
  REPLICATION_BYTES_PER_SECOND("replication_bytes_per_second", ValueKind.RATE, "replication");

  private final String id;
  private final ValueKind kind;
  private final String alias;

  Metric(String id, ValueKind kind, String alias) {
    this.id = id;
    this.kind = kind;
    this.alias = alias;
  }

  /** The JSON output key: {@code seed_seconds}, {@code horizon_cost_usd}, ... */
  public String id() {
    return id;
  }

  /** The kind of quantity, which fixes the canonical unit. */
  public ValueKind kind() {
    return kind;
  }

  /** The figure of {@code result} in canonical units, or {@code null} when it cannot exist. */
  public Double of(OptionResult result) {
    double value = valueOrNaN(result);
    return Double.isNaN(value) ? null : value;
  }

  /** {@link #of} without boxing, for Monte Carlo: NaN when the figure cannot exist. */
  double valueOrNaN(OptionResult result) {
    switch (this) {
      case SEED_SECONDS:
        return result.seed().time() == null ? Double.NaN : result.seed().time().seconds();
      case RPO_SECONDS:
        return result.rpo() == null ? Double.NaN : result.rpo().seconds();
      case RTO_SECONDS:
        return result.rto() == null ? Double.NaN : result.rto().seconds();
      case MONTHLY_COST_USD_START:
        return result.monthlyCostStart().usd();
      case MONTHLY_COST_USD_END:
        return result.monthlyCostEnd().usd();
      case ONE_TIME_COST_USD:
        return result.oneTimeCost().usd();
      case HORIZON_COST_USD:
        return result.horizonCost().usd();
      case REPLICATION_BYTES_PER_SECOND:
        return result.replication().rate().bytesPerSecond();
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Whether the scenario's objectives hold a limit for this metric ({@code max_seed}, rpo, rto).
   */
  public boolean hasObjective() {
    return this == SEED_SECONDS || this == RPO_SECONDS || this == RTO_SECONDS;
  }

  /**
   * The objective this metric must meet in {@code scenario}: max_seed, rpo or rto, in seconds.
   *
   * @throws IllegalArgumentException for a metric without an objective
   */
  public double objective(Scenario scenario) {
    switch (this) {
      case SEED_SECONDS:
        return scenario.objectives().maxSeed().seconds();
      case RPO_SECONDS:
        return scenario.objectives().rpo().seconds();
      case RTO_SECONDS:
        return scenario.objectives().rto().seconds();
      default:
        throw new IllegalArgumentException(id + " has no objective in the scenario");
    }
  }

  /**
   * The metric named {@code name}: its JSON key ({@code seed_seconds}) or short alias ({@code
   * seed}, {@code rpo}, {@code rto}, {@code horizon_cost}, {@code replication}).
   *
   * @throws IllegalArgumentException listing the names, with a "did you mean"
   */
  public static Metric byName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (Metric metric : values()) {
      if (metric.id.equals(wanted) || wanted.equals(metric.alias)) {
        return metric;
      }
    }
    List<String> names = names();
    String suggestion = Suggestions.closest(wanted, names);
    throw new IllegalArgumentException(
        "unknown metric \""
            + name
            + "\""
            + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?")
            + "\nvalid metrics: "
            + String.join(", ", names));
  }

  /** Every accepted metric name: JSON keys, then aliases. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Metric metric : values()) {
      names.add(metric.id);
    }
    for (Metric metric : values()) {
      if (metric.alias != null) {
        names.add(metric.alias);
      }
    }
    return names;
  }
}

package dev.drplan.analysis;

import dev.drplan.model.ConfigurationResult;
import dev.drplan.model.Evaluation;
import dev.drplan.model.OptionResult;
import dev.drplan.scenario.Scenario;
import java.util.Objects;

/**
 * A condition on an evaluated scenario, for {@link Solve}: a metric of a pair against a value or
 * the scenario's objective, a pair being feasible, or a configuration holding the data through the
 * horizon. {@link ConstraintParser} reads the text form, which {@link #text()} gives back.
 *
 * <p>A configuration or option left {@code null} means every one: {@code rpo<=objective} must hold
 * for every pair, {@code rpo(gcs-archive)<=objective} for that option with every configuration,
 * {@code rpo(minimum/gcs-archive)<=objective} for one pair.
 */
public sealed interface Constraint
    permits Constraint.MetricBound, Constraint.Feasible, Constraint.FitsHorizon {

  /** Whether the constraint holds for {@code evaluation} of {@code scenario}. */
  boolean holds(Scenario scenario, Evaluation evaluation);

  /**
   * How far from holding, in the metric's unit: at most 0 when it holds, larger the further it is;
   * infinite when a figure cannot exist; NaN for a yes/no constraint, which has no margin.
   */
  double margin(Scenario scenario, Evaluation evaluation);

  /** The text form, which {@link ConstraintParser#parse} reads back to an equal constraint. */
  String text();

  /**
   * Checks that the names exist in {@code scenario}.
   *
   * @throws IllegalArgumentException naming the unknown configuration or option, with the valid
   *     ones and a "did you mean"
   */
  void check(Scenario scenario);

  /** How a metric is compared with its bound. */
  enum Comparison {
    AT_MOST("<="),
    BELOW("<"),
    AT_LEAST(">="),
    ABOVE(">");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    boolean upper() {
      return this == AT_MOST || this == BELOW;
    }
  }

  /**
   * A metric compared with a value (canonical units) or, when {@code value} is {@code null}, with
   * the scenario's objective for it (max_seed, rpo, rto). A figure that cannot exist is +∞: it
   * never meets an upper bound and always meets a lower one.
   */
  record MetricBound(
      Metric metric, String configuration, String option, Comparison comparison, Double value)
      implements Constraint {
    public MetricBound {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(comparison, "comparison");
      if (value == null && !metric.hasObjective()) {
        throw new IllegalArgumentException(metric.id() + " has no objective to compare with");
      }
      if (value != null && (value.isNaN() || value.isInfinite())) {
        throw new IllegalArgumentException("the bound must be a finite number, was " + value);
      }
    }

    /** The bound in {@code scenario}: the value, or the objective. */
    public double bound(Scenario scenario) {
      return value != null ? value : metric.objective(scenario);
    }

    @Override
    public boolean holds(Scenario scenario, Evaluation evaluation) {
      double bound = bound(scenario);
      for (OptionResult result : Constraints.pairs(evaluation, configuration, option)) {
        Double figure = metric.of(result);
        double x = figure == null ? Double.POSITIVE_INFINITY : figure;
        boolean ok;
        switch (comparison) {
          case AT_MOST:
            ok = x <= bound;
            break;
          case BELOW:
            ok = x < bound;
            break;
          case AT_LEAST:
            ok = x >= bound;
            break;
          default:
            ok = x > bound;
        }
        if (!ok) {
          return false;
        }
      }
      return true;
    }

    @Override
    public double margin(Scenario scenario, Evaluation evaluation) {
      double bound = bound(scenario);
      double worst = Double.NEGATIVE_INFINITY;
      for (OptionResult result : Constraints.pairs(evaluation, configuration, option)) {
        Double figure = metric.of(result);
        double x = figure == null ? Double.POSITIVE_INFINITY : figure;
        worst = Math.max(worst, comparison.upper() ? x - bound : bound - x);
      }
      return worst;
    }

    @Override
    public String text() {
      return metric.id()
          + Constraints.scope(configuration, option)
          + comparison.symbol()
          + (value == null ? "objective" : Constraints.number(value));
    }

    @Override
    public void check(Scenario scenario) {
      Constraints.checkNames(scenario, configuration, option);
    }
  }

  /** The pair(s) are feasible (docs/model.md §8); {@code configuration} null means every one. */
  record Feasible(String configuration, String option) implements Constraint {
    public Feasible {
      Objects.requireNonNull(option, "option");
    }

    @Override
    public boolean holds(Scenario scenario, Evaluation evaluation) {
      for (OptionResult result : Constraints.pairs(evaluation, configuration, option)) {
        if (!result.feasible()) {
          return false;
        }
      }
      return true;
    }

    @Override
    public double margin(Scenario scenario, Evaluation evaluation) {
      return Double.NaN;
    }

    @Override
    public String text() {
      return "feasible(" + (configuration == null ? "" : configuration + "/") + option + ")";
    }

    @Override
    public void check(Scenario scenario) {
      Constraints.checkNames(scenario, configuration, option);
    }
  }

  /** The configuration holds the data through the horizon without expansion (§2). */
  record FitsHorizon(String configuration) implements Constraint {
    public FitsHorizon {
      Objects.requireNonNull(configuration, "configuration");
    }

    @Override
    public boolean holds(Scenario scenario, Evaluation evaluation) {
      for (ConfigurationResult result : evaluation.configurations()) {
        if (result.configuration().equals(configuration)) {
          return result.fitsHorizon();
        }
      }
      throw new IllegalArgumentException("no configuration " + configuration);
    }

    @Override
    public double margin(Scenario scenario, Evaluation evaluation) {
      return Double.NaN;
    }

    @Override
    public String text() {
      return "fits_horizon(" + configuration + ")";
    }

    @Override
    public void check(Scenario scenario) {
      Constraints.checkNames(scenario, configuration, null);
    }
  }
}

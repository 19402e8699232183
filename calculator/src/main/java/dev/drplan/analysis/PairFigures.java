package dev.drplan.analysis;

import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The headline figures of one pair at one point of a sweep.
 *
 * @param reasons the codes of what makes the pair infeasible, in the engine's order
 * @param figures one value per {@link Metric}, in enum order; {@code null} where the figure cannot
 *     exist
 */
public record PairFigures(
    String configuration,
    String option,
    boolean feasible,
    List<ReasonCode> reasons,
    List<Double> figures) {

  public PairFigures {
    reasons = List.copyOf(reasons);
    figures = Collections.unmodifiableList(new ArrayList<>(figures));
  }

  /** The figures of one evaluated pair. */
  public static PairFigures of(OptionResult result) {
    List<ReasonCode> codes = new ArrayList<>();
    for (Reason reason : result.reasons()) {
      codes.add(reason.code());
    }
    List<Double> figures = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      figures.add(metric.of(result));
    }
    return new PairFigures(
        result.configuration(), result.option(), result.feasible(), codes, figures);
  }

  /** The value of {@code metric}, or {@code null} when it cannot exist. */
  public Double value(Metric metric) {
    return figures.get(metric.ordinal());
  }
}

package dev.drplan.analysis;

import dev.drplan.model.CostLine;
import java.util.List;

/**
 * Monte Carlo results of one (configuration, option) pair. Probabilities are shares of the samples;
 * each objective is compared with the sample's own objective (objectives may be uncertain too), and
 * a figure that cannot exist never meets one.
 *
 * @param metrics one summary per {@link Metric}, in enum order
 * @param feasible share of samples in which the pair is feasible (every reason of §8 considered)
 * @param meetsMaxSeed share with seed time ≤ max_seed
 * @param meetsRpo share with RPO ≤ the rpo objective
 * @param meetsRto share with RTO ≤ the rto objective
 * @param recommended share of samples in which the verdict (§8) recommends this pair
 * @param notPriced the cost lines the pair's costs leave out as not priced (§7), in the base
 *     scenario: each of its costs is a floor when there is one
 */
public record PairSummary(
    String configuration,
    String option,
    String kind,
    List<MetricSummary> metrics,
    double feasible,
    double meetsMaxSeed,
    double meetsRpo,
    double meetsRto,
    double recommended,
    List<CostLine> notPriced) {

  public PairSummary {
    metrics = List.copyOf(metrics);
    notPriced = List.copyOf(notPriced);
  }

  /** The summary of {@code metric}. */
  public MetricSummary metric(Metric metric) {
    return metrics.get(metric.ordinal());
  }
}

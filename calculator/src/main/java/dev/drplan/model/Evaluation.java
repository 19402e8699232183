package dev.drplan.model;

import dev.drplan.model.backlog.ProfileReplay;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.util.List;

/**
 * Everything {@code compare} reports for one scenario: each configuration sized (§2), each
 * (configuration, option) pair evaluated (§3–§7), and the recommendation (§8).
 *
 * @param replay the scenario's change profile on the plan's clock when the evaluation replayed it
 *     (§5, "The backlog"); {@code null} without a profile or without a replay
 */
public record Evaluation(
    String scenario,
    TimeSpan horizon,
    DataSize logicalStart,
    DataSize logicalEnd,
    List<ConfigurationResult> configurations,
    List<OptionResult> results,
    Recommendation recommendation,
    ProfileReplay replay) {
  public Evaluation {
    configurations = List.copyOf(configurations);
    results = List.copyOf(results);
  }

  /** An evaluation without a backlog replay. */
  public Evaluation(
      String scenario,
      TimeSpan horizon,
      DataSize logicalStart,
      DataSize logicalEnd,
      List<ConfigurationResult> configurations,
      List<OptionResult> results,
      Recommendation recommendation) {
    this(
        scenario, horizon, logicalStart, logicalEnd, configurations, results, recommendation, null);
  }
}

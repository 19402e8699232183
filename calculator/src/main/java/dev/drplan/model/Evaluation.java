package dev.drplan.model;

import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.util.List;

/**
 * Everything {@code compare} reports for one scenario: each configuration sized (§2), each
 * (configuration, option) pair evaluated (§3–§7), and the recommendation (§8).
 */
public record Evaluation(
    String scenario,
    TimeSpan horizon,
    DataSize logicalStart,
    DataSize logicalEnd,
    List<ConfigurationResult> configurations,
    List<OptionResult> results,
    Recommendation recommendation) {
  public Evaluation {
    configurations = List.copyOf(configurations);
    results = List.copyOf(results);
  }
}

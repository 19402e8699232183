package dev.drplan.scenario;

import dev.drplan.units.TimeSpan;
import java.util.List;
import java.util.Objects;

/**
 * One scenario, fully resolved: every catalog reference of the YAML has been replaced by the
 * figures it names (spec/scenario-format.md, "Top level"). The engine needs nothing else.
 *
 * @param catalogName the built-in catalog the figures came from, or {@code null} if none was named
 * @param catalogAsOf the catalog's as-of date (ISO), or {@code null}
 */
public record Scenario(
    String name,
    String description,
    TimeSpan horizon,
    String catalogName,
    String catalogAsOf,
    Dataset dataset,
    Primary primary,
    Network network,
    Objectives objectives,
    List<DrOption> options) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(horizon, "horizon");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(objectives, "objectives");
    description = description == null ? "" : description;
    options = List.copyOf(options);
  }

  /** A copy with other options, for sweeps and tests. */
  public Scenario withOptions(List<DrOption> newOptions) {
    return new Scenario(
        name,
        description,
        horizon,
        catalogName,
        catalogAsOf,
        dataset,
        primary,
        network,
        objectives,
        newOptions);
  }
}

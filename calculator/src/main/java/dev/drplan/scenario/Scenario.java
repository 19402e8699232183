package dev.drplan.scenario;

import dev.drplan.units.TimeSpan;
import java.util.List;
import java.util.Objects;

/**
 * One scenario, fully resolved: every catalog reference of the YAML has been replaced by the
 * figures it names (docs/scenario-format.md, "Top level"). The engine needs nothing else.
 *
 * @param catalogName the built-in catalog the figures came from, or {@code null} if none was named
 * @param catalogAsOf the catalog's as-of date (ISO), or {@code null}
 * @param changeProfile the measured or synthetic change profile the backlog replay of docs/model.md
 *     §5 ("The backlog") uses, or {@code null} for none
 * @param levers what the scenario says about the keys a remedy may change ({@code levers:}); the
 *     keys it does not name take their defaults (docs/model.md, "Remedies")
 * @param origins the inputs that came from catalog entries rather than from the scenario's own
 *     text, with whether each entry is uncertain (docs/model.md §8)
 * @param provenance which inputs the customer stated and which are assumptions, with the words or
 *     the reason ({@code provenance:}); empty when the scenario marks none
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
    List<DrOption> options,
    ChangeProfileSpec changeProfile,
    List<Lever> levers,
    List<InputOrigin> origins,
    List<Provenance> provenance) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(horizon, "horizon");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(objectives, "objectives");
    description = description == null ? "" : description;
    options = List.copyOf(options);
    levers = List.copyOf(levers);
    origins = origins == null ? List.of() : List.copyOf(origins);
    provenance = provenance == null ? List.of() : List.copyOf(provenance);
  }

  /** A scenario that marks none of its inputs as stated or assumed. */
  public Scenario(
      String name,
      String description,
      TimeSpan horizon,
      String catalogName,
      String catalogAsOf,
      Dataset dataset,
      Primary primary,
      Network network,
      Objectives objectives,
      List<DrOption> options,
      ChangeProfileSpec changeProfile,
      List<Lever> levers,
      List<InputOrigin> origins) {
    this(
        name,
        description,
        horizon,
        catalogName,
        catalogAsOf,
        dataset,
        primary,
        network,
        objectives,
        options,
        changeProfile,
        levers,
        origins,
        List.of());
  }

  /**
   * A scenario without a change profile, without a {@code levers:} section and recording no
   * origins.
   */
  public Scenario(
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
    this(
        name,
        description,
        horizon,
        catalogName,
        catalogAsOf,
        dataset,
        primary,
        network,
        objectives,
        options,
        null,
        List.of(),
        List.of());
  }

  /**
   * Whether the customer stated the input at {@code key} or it is an assumption, with the words or
   * the reason; {@code null} when the scenario does not mark it (docs/scenario-format.md,
   * "provenance").
   */
  public Provenance provenance(String key) {
    return Provenance.of(provenance, key);
  }

  /** A copy that marks its inputs with {@code marks}. */
  public Scenario withProvenance(List<Provenance> marks) {
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
        options,
        changeProfile,
        levers,
        origins,
        marks);
  }

  /** The origin of the input at {@code key}, or {@code null} if the scenario gave it itself. */
  public InputOrigin origin(String key) {
    for (InputOrigin origin : origins) {
      if (origin.key().equals(key)) {
        return origin;
      }
    }
    return null;
  }

  /** A copy with other origins. */
  public Scenario withOrigins(List<InputOrigin> newOrigins) {
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
        options,
        changeProfile,
        levers,
        newOrigins,
        provenance);
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
        newOptions,
        changeProfile,
        levers,
        origins,
        provenance);
  }

  /** A copy with another dataset. */
  public Scenario withDataset(Dataset newDataset) {
    return new Scenario(
        name,
        description,
        horizon,
        catalogName,
        catalogAsOf,
        newDataset,
        primary,
        network,
        objectives,
        options,
        changeProfile,
        levers,
        origins,
        provenance);
  }

  /** A copy with another horizon. */
  public Scenario withHorizon(TimeSpan newHorizon) {
    return new Scenario(
        name,
        description,
        newHorizon,
        catalogName,
        catalogAsOf,
        dataset,
        primary,
        network,
        objectives,
        options,
        changeProfile,
        levers,
        origins,
        provenance);
  }

  /** A copy with another network. */
  public Scenario withNetwork(Network newNetwork) {
    return new Scenario(
        name,
        description,
        horizon,
        catalogName,
        catalogAsOf,
        dataset,
        primary,
        newNetwork,
        objectives,
        options,
        changeProfile,
        levers,
        origins,
        provenance);
  }

  /** A copy with another objectives. */
  public Scenario withObjectives(Objectives newObjectives) {
    return new Scenario(
        name,
        description,
        horizon,
        catalogName,
        catalogAsOf,
        dataset,
        primary,
        network,
        newObjectives,
        options,
        changeProfile,
        levers,
        origins,
        provenance);
  }

  /** A copy with another primary. */
  public Scenario withPrimary(Primary newPrimary) {
    return new Scenario(
        name,
        description,
        horizon,
        catalogName,
        catalogAsOf,
        dataset,
        newPrimary,
        network,
        objectives,
        options,
        changeProfile,
        levers,
        origins,
        provenance);
  }

  /** A copy with another change profile ({@code null} for none). */
  public Scenario withChangeProfile(ChangeProfileSpec newChangeProfile) {
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
        options,
        newChangeProfile,
        levers,
        origins,
        provenance);
  }

  /** A copy with other levers. */
  public Scenario withLevers(List<Lever> newLevers) {
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
        options,
        changeProfile,
        newLevers,
        origins,
        provenance);
  }
}

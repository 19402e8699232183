package dev.drplan.scenario;

import java.util.Objects;

/**
 * Where one input of a resolved scenario came from, when it was not written in the scenario: the
 * catalog entry that supplied it, and whether that entry is uncertain (an estimate, an older copy,
 * a placeholder). The verdict uses it to say when a figure it rests on is uncertain (docs/model.md
 * §8).
 *
 * @param key the input's path in the scenario format, e.g. {@code
 *     options.gcs-archive-appliance-seed.appliance.in_flight}
 * @param catalogPath the catalog entry, e.g. {@code appliances.ta300.in_flight}
 * @param uncertain whether the catalog flags the entry uncertain
 * @param placeholder whether the entry is a placeholder (no source gives a value at all)
 */
public record InputOrigin(String key, String catalogPath, boolean uncertain, boolean placeholder) {
  public InputOrigin {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(catalogPath, "catalogPath");
  }
}

package dev.drplan.analysis;

import java.util.Objects;

/**
 * One scenario key whose value is uncertain, and what is known about it.
 *
 * @param key the key's path, as {@link ScenarioKeys} names it
 * @param distribution its distribution over canonical values
 */
public record UncertainInput(String key, Distribution distribution) {
  public UncertainInput {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(distribution, "distribution");
  }
}

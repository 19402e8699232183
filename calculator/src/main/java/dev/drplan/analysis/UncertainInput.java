package dev.drplan.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One uncertain quantity of a scenario and what is known about it: a distribution, and the keys
 * whose value it is. Most are written at their key ({@code per_stream: {dist: ...}}) and set that
 * key alone; a quantity named once in {@code uncertain:} sets every key that refers to it, with the
 * same draw in each sample (docs/scenario-format.md, "Distributions").
 *
 * @param key the input's name: its key path ({@code network.efficiency}), or the name given in
 *     {@code uncertain:} ({@code copy_stream_rate})
 * @param distribution its distribution over canonical values
 * @param sets the key paths that take its value, as {@link ScenarioKeys} names them; at least one,
 *     all of the same kind
 * @param question the question to ask the customer about it, as the scenario words it; {@code null}
 *     to use its first key's ({@link ScenarioKey#question()})
 */
public record UncertainInput(
    String key, Distribution distribution, List<String> sets, String question) {
  public UncertainInput {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(distribution, "distribution");
    sets = List.copyOf(sets);
    if (sets.isEmpty()) {
      throw new IllegalArgumentException("uncertain input " + key + " sets no key");
    }
  }

  /** An input written at its key, which it alone sets, asked about in the key's words. */
  public UncertainInput(String key, Distribution distribution) {
    this(key, distribution, List.of(key), null);
  }

  /** Whether the input is named once for several keys (or one) rather than written at its key. */
  public boolean named() {
    return !(sets.size() == 1 && sets.get(0).equals(key));
  }
}

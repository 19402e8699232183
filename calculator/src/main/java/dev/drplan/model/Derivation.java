package dev.drplan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one output figure was computed: its key (as in the JSON output), the section of
 * docs/model.md, the formula in words and symbols, the input values by name and the result. Values
 * are typed quantities, numbers or words; report writers choose their display units. Made by a
 * {@link Formula} of the figure's definition.
 */
public record Derivation(
    String figure, String section, String formula, Map<String, Object> inputs, Object value) {
  public Derivation {
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
  }
}

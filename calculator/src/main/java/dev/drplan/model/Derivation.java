package dev.drplan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one output figure was computed: its key (as in the JSON output), the section of
 * spec/model.md, the formula in words and symbols, the input values by name and the result. Values
 * are typed quantities, numbers or words; report writers choose their display units.
 */
public record Derivation(
    String figure, String section, String formula, Map<String, Object> inputs, Object value) {
  public Derivation {
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
  }

  static Derivation of(
      String figure, String section, String formula, Object value, Object... namesAndValues) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      inputs.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Derivation(figure, section, formula, inputs, value);
  }
}

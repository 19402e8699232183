package dev.drplan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One reason a pair is infeasible, or a note about it, with the figures involved (typed
 * quantities, counts, words) under the names of its code's template.
 */
public record Reason(ReasonCode code, Map<String, Object> figures) {
  public Reason {
    Objects.requireNonNull(code, "code");
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }

  /** A reason from alternating name, value arguments. */
  static Reason of(ReasonCode code, Object... namesAndValues) {
    Map<String, Object> figures = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      figures.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Reason(code, figures);
  }

  public boolean blocking() {
    return code.blocking();
  }
}

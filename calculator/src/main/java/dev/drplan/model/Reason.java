package dev.drplan.model;

import java.util.Map;
import java.util.Objects;

/**
 * One reason a pair is infeasible, or a note about it, with the figures involved (typed quantities,
 * counts, words) under the names of its code's template. The figures are an unmodifiable map in
 * insertion order.
 */
public record Reason(ReasonCode code, Map<String, Object> figures) {
  public Reason {
    Objects.requireNonNull(code, "code");
    figures = Figures.copyOf(figures);
  }

  /** A reason from alternating name, value arguments. */
  static Reason of(ReasonCode code, Object... namesAndValues) {
    return new Reason(code, Figures.of(namesAndValues));
  }

  public boolean blocking() {
    return code.blocking();
  }
}

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

  // equals and hashCode are written out, with the meaning of the ones a record generates: those are
  // linked by an invokedynamic bootstrap on their first call, about 7 ms of each compare's
  // start-up (benchmarks/README.md, "Issue 12, sixth round").
  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof Reason that && code == that.code && figures.equals(that.figures);
  }

  @Override
  public int hashCode() {
    return 31 * code.hashCode() + figures.hashCode();
  }
}

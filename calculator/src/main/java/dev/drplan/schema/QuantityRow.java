package dev.drplan.schema;

import dev.drplan.catalog.ValueKind;
import dev.drplan.scenario.Scenario;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Writes one {@link Row.Quantity} of the schema table as one statement: {@code
 * QuantityRow.of("dataset", "logical_size", SIZE, ABOVE_ZERO, "data to protect on day
 * one").varies(Dataset::logicalSize, Dataset::withLogicalSize).row()}. Required unless {@link
 * #orElse}, {@link #sameAs} or {@link #optional} says otherwise.
 */
final class QuantityRow<P, T> {
  private final String doc;
  private final String key;
  private final ValueKind kind;
  private final Domain domain;
  private final String meaning;
  private final DoubleFunction<T> typed;
  private Row.Presence presence = Row.Presence.REQUIRED;
  private T defaultValue;
  private String sameAs;
  private String form;
  private Function<P, T> get;
  private BiFunction<P, T, P> with;
  private Predicate<P> present;
  private BiFunction<Scenario, T, Scenario> alsoSets;
  private ToDoubleFunction<Scenario> limit;
  private Function<Row.Values, String> catalogDefault;

  private QuantityRow(
      String doc,
      String key,
      ValueKind kind,
      Domain domain,
      String meaning,
      DoubleFunction<T> typed) {
    this.doc = doc;
    this.key = key;
    this.kind = kind;
    this.domain = domain;
    this.meaning = meaning;
    this.typed = typed;
  }

  /** A quantity whose Java type is the kind's own ({@link ValueKind#valueType()}). */
  @SuppressWarnings("unchecked")
  static <P, T> QuantityRow<P, T> of(
      String doc, String key, ValueKind kind, Domain domain, String meaning) {
    return new QuantityRow<>(doc, key, kind, domain, meaning, v -> (T) kind.typed(v));
  }

  /** A count held by the record as an {@code int}. */
  static <P> QuantityRow<P, Integer> count(String doc, String key, String meaning) {
    return new QuantityRow<>(
        doc, key, ValueKind.COUNT, Domain.COUNT, meaning, v -> (int) Math.rint(v));
  }

  /** Absent: {@code value}. */
  QuantityRow<P, T> orElse(T value) {
    presence = Row.Presence.DEFAULT;
    defaultValue = value;
    return this;
  }

  /** Absent: the value of the key at {@code path}. */
  QuantityRow<P, T> sameAs(String path) {
    presence = Row.Presence.SAME_AS;
    sameAs = path;
    return this;
  }

  /** Absent: nothing ({@code null} in the record). */
  QuantityRow<P, T> optional() {
    presence = Row.Presence.OPTIONAL;
    return this;
  }

  /** The form a message asks for, where the kind's (or a share's domain) does not say it. */
  QuantityRow<P, T> form(String text) {
    form = text;
    return this;
  }

  /** A key of sweep, solve and distributions: read with {@code get}, changed with {@code with}. */
  QuantityRow<P, T> varies(Function<P, T> get, BiFunction<P, T, P> with) {
    this.get = get;
    this.with = with;
    return this;
  }

  /** The key exists only where {@code present} holds (an optional value that was given). */
  QuantityRow<P, T> when(Predicate<P> present) {
    this.present = present;
    return this;
  }

  /** Changing the key changes the keys linked to it too. */
  QuantityRow<P, T> alsoSets(BiFunction<Scenario, T, Scenario> link) {
    alsoSets = link;
    return this;
  }

  /** The key is also bounded by other keys: at most {@code limit} of the scenario. */
  QuantityRow<P, T> limitedBy(ToDoubleFunction<Scenario> limit) {
    this.limit = limit;
    return this;
  }

  /**
   * Absent from a scenario that names a catalog: the catalog entry at the path {@code path} gives
   * from the values read beside the key ({@code null}: none).
   */
  QuantityRow<P, T> fromCatalog(Function<Row.Values, String> path) {
    catalogDefault = path;
    return this;
  }

  Row.Quantity<P, T> row() {
    return new Row.Quantity<>(
        key,
        meaning,
        doc,
        kind,
        domain,
        presence,
        defaultValue,
        sameAs,
        form,
        typed,
        get,
        with,
        present,
        alsoSets,
        limit,
        catalogDefault);
  }
}

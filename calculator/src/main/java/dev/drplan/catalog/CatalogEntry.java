package dev.drplan.catalog;

import java.util.Objects;

/**
 * One figure of the built-in catalog, with where it comes from.
 *
 * @param path dotted path, e.g. {@code gcs.archive.us-central1.storage_per_gib_month}
 * @param kind the kind of quantity, which fixes the type of {@code value}
 * @param value a {@link dev.drplan.units.DataSize}, {@link dev.drplan.units.Money}, ... per {@code
 *     kind}
 * @param source the source URL (or a scenario's "override" marker)
 * @param asOf the date of the source copy (ISO date), or of the override
 * @param uncertain whether the figure is an estimate, disputed or not found in a primary source
 * @param note why it is uncertain, or how it was derived; may be empty
 */
public record CatalogEntry(
    String path,
    ValueKind kind,
    Object value,
    String source,
    String asOf,
    boolean uncertain,
    String note) {

  public CatalogEntry {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    note = note == null ? "" : note;
    if (!kind.valueType().isInstance(value)) {
      throw new IllegalArgumentException(
          path
              + ": a "
              + kind
              + " entry needs a "
              + kind.valueType().getSimpleName()
              + ", was "
              + value.getClass().getSimpleName());
    }
  }

  /** The note of an entry a scenario's {@code overrides} replaced. */
  private static final String OVERRIDDEN_NOTE = "overridden by the scenario";

  /** A copy holding another value, as a scenario's {@code overrides} makes it. */
  public CatalogEntry overriddenBy(Object newValue, String overrideSource) {
    return new CatalogEntry(path, kind, newValue, overrideSource, asOf, false, OVERRIDDEN_NOTE);
  }

  /** Whether a scenario's {@code overrides} set this entry's value (its source says where). */
  public boolean overridden() {
    return OVERRIDDEN_NOTE.equals(note);
  }
}

package dev.drplan.load;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.UnknownCatalogEntryException;
import java.util.List;

/**
 * Where the scenario loader finds the built-in catalog a scenario's {@code catalog:} key names. The
 * command line passes the reader of the bundled resources; tests pass small fixtures.
 */
public interface CatalogSource {

  /**
   * The catalog called {@code name} (aliases included).
   *
   * @throws UnknownCatalogEntryException if there is no such catalog; its valid names are {@link
   *     #names()}
   */
  Catalog load(String name);

  /** Every name {@link #load} accepts, aliases included, for "expected one of" messages. */
  List<String> names();

  /** A source that knows no catalog: every scenario must define its figures inline. */
  static CatalogSource none() {
    return new CatalogSource() {
      @Override
      public Catalog load(String name) {
        throw new UnknownCatalogEntryException("catalog", name, List.of());
      }

      @Override
      public List<String> names() {
        return List.of();
      }
    };
  }
}

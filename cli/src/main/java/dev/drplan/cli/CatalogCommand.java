package dev.drplan.cli;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.UnknownCatalogEntryException;
import dev.drplan.load.CatalogReader;
import dev.drplan.report.CatalogListing;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drplan catalog [FILTER]}: the built-in price and hardware catalog. */
@Command(
    name = "catalog",
    header = "List the built-in catalog: every entry with its value, unit, source and as-of date.",
    sortOptions = false)
final class CatalogCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILTER",
      description =
          "show only the entries whose path contains FILTER (gcs.archive), or matches it"
              + " as a glob (machines.z3-*.hourly)")
  private String filter;

  @Option(
      names = "--catalog",
      paramLabel = "NAME",
      description = "list only this catalog (default: every built-in catalog)")
  private String catalog;

  @Option(names = "--notes", description = "print each entry's note under it")
  private boolean notes;

  @Mixin private OutputFile output;

  @Override
  public Integer call() throws IOException {
    output.check("a text table", "txt");
    CatalogReader reader = Wiring.catalogs();
    List<String> names = catalog == null ? reader.catalogNames() : List.of(catalog);
    StringBuilder listing = new StringBuilder();
    for (String name : names) {
      Catalog loaded;
      try {
        loaded = reader.load(name);
      } catch (UnknownCatalogEntryException e) {
        throw InputException.of(e.getMessage());
      }
      listing.append(CatalogListing.render(loaded, filter, notes));
    }
    output.write(listing.toString());
    return ExitCodes.OK;
  }
}

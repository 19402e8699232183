package dev.drplan.cli;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.UnknownCatalogEntryException;
import dev.drplan.load.CatalogReader;
import dev.drplan.report.CatalogListing;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code drplan catalog [FILTER]}: the built-in price and hardware catalog. */
@Command(
    name = "catalog",
    header = "List the built-in catalog: every entry with its value, unit, source and as-of date.",
    sortOptions = false)
final class CatalogCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

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

  @Override
  public Integer call() {
    CatalogReader reader = CatalogReader.builtIn();
    List<String> names = catalog == null ? reader.catalogNames() : List.of(catalog);
    PrintWriter out = spec.commandLine().getOut();
    for (String name : names) {
      Catalog loaded;
      try {
        loaded = reader.load(name);
      } catch (UnknownCatalogEntryException e) {
        throw InputException.of(e.getMessage());
      }
      out.print(CatalogListing.render(loaded, filter, notes));
    }
    out.flush();
    return ExitCodes.OK;
  }
}

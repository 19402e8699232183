package dev.drplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code drplan catalog [FILTER]}: the built-in price and hardware catalog. */
@Command(
    name = "catalog",
    header = "List the built-in catalog: every entry with its value, unit, source and as-of date.")
final class CatalogCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILTER",
      description = "show only the entries whose path contains FILTER (e.g. gcs.archive)")
  private String filter;

  @Override
  public Integer call() {
    Wiring.listCatalog(filter, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}

package dev.drplan.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The edges that other branches deliver, in one place, so that connecting them is a few lines
 * here and nothing in the commands:
 *
 * <ul>
 *   <li>WIRING POINT (loader): {@link #scenarioReader()} returns the YAML loader, {@code new
 *       dev.drplan.load.ScenarioLoader(catalogs).load(file)}, with its {@code ScenarioException}
 *       rethrown as {@link InputException#located} (exit 2, message alone);
 *   <li>WIRING POINT (catalog): {@link #listCatalog} prints {@code
 *       dev.drplan.report.CatalogListing} for {@code drplan catalog [FILTER]};
 *   <li>WIRING POINT (probe, validate): {@link #addSubcommands} adds {@code
 *       dev.drplan.gcs.cli.ProbeCommand} as {@code probe}, and {@code validate} when it exists.
 * </ul>
 */
final class Wiring {
  private Wiring() {}

  /** The scenario reader of the real command line. */
  static ScenarioReader scenarioReader() {
    // WIRING POINT (loader), once dev.drplan.load.ScenarioLoader and CatalogReader are in main:
    //   ScenarioLoader loader = new ScenarioLoader(<the bundled CatalogSource>);
    //   return file -> {
    //     try {
    //       return loader.load(file);
    //     } catch (ScenarioException e) {
    //       throw InputException.located(e.getMessage(), e);
    //     }
    //   };
    return file -> {
      throw new UnsupportedOperationException(
          "reading scenario files is not wired yet (dev.drplan.load.ScenarioLoader)");
    };
  }

  /** Prints the built-in catalog's entries whose path contains {@code filter} (all if null). */
  static void listCatalog(String filter, PrintWriter out) {
    // WIRING POINT (catalog), once dev.drplan.load.CatalogReader and
    // dev.drplan.report.CatalogListing are in main: print the listing of the bundled catalogs,
    // filtered, to `out`; an unknown catalog name is an InputException (exit 2).
    throw new UnsupportedOperationException(
        "drplan catalog is not wired yet (dev.drplan.report.CatalogListing)");
  }

  /** Adds the subcommands that live in other modules. */
  static void addSubcommands(CommandLine root) {
    // WIRING POINT (probe, validate), once dev.drplan.gcs.cli.ProbeCommand is in main:
    //   root.addSubcommand("probe", new dev.drplan.gcs.cli.ProbeCommand());
    // A subcommand added here gets the exit-code list and error handlers of DrplanCommand.
  }
}

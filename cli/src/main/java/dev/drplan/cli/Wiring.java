package dev.drplan.cli;

import picocli.CommandLine;

/**
 * The edges that other branches deliver, in one place, so that connecting them is a few lines
 * here and nothing in the commands:
 *
 * <ul>
 *   <li>WIRING POINT (loader): {@link #scenarioReader()} returns the YAML loader, {@code new
 *       dev.drplan.load.ScenarioLoader(catalogs).load(file)}, with its {@code ScenarioException}
 *       rethrown as {@link InputException#located} (exit 2, message alone);
 *   <li>WIRING POINT (probe, validate): {@link #addSubcommands} adds {@code
 *       dev.drplan.gcs.cli.ProbeCommand} as {@code probe}, and {@code validate} when it exists.
 * </ul>
 */
final class Wiring {
  private Wiring() {}

  /** The scenario reader of the real command line. */
  static ScenarioReader scenarioReader() {
    // WIRING POINT (loader), once dev.drplan.load.ScenarioLoader is in main (the built-in catalogs
    // are CatalogReader.builtIn(), whose load(name) and names() are what CatalogSource asks for):
    //   ScenarioLoader loader = new ScenarioLoader(<CatalogReader.builtIn() as a CatalogSource>);
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

  /** Adds the subcommands that live in other modules. */
  static void addSubcommands(CommandLine root) {
    // WIRING POINT (probe, validate), once dev.drplan.gcs.cli.ProbeCommand is in main:
    //   root.addSubcommand("probe", new dev.drplan.gcs.cli.ProbeCommand());
    // A subcommand added here gets the exit-code list and error handlers of DrplanCommand.
  }
}

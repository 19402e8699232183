package dev.drplan.cli;

import dev.drplan.analysis.UncertainScenario;
import dev.drplan.load.CatalogReader;
import dev.drplan.load.CatalogSource;
import dev.drplan.load.ScenarioException;
import dev.drplan.load.ScenarioLoader;
import dev.drplan.scenario.Scenario;
import java.nio.file.Path;

/**
 * The edges that other modules and branches deliver, in one place, so that connecting them is a few
 * lines here and nothing in the commands: {@link #scenarioReader()}, the YAML loader with the
 * built-in catalogs.
 */
final class Wiring {
  private Wiring() {}

  /**
   * The scenario reader of the real command line: the YAML loader, resolving {@code catalog:} names
   * against the built-in catalogs; its positioned errors are bad input (exit 2, printed as they
   * are).
   */
  static ScenarioReader scenarioReader() {
    return scenarioReader(CatalogReader.builtIn());
  }

  /** The same reader over other catalogs (tests pass small fixtures). */
  static ScenarioReader scenarioReader(CatalogSource catalogs) {
    ScenarioLoader loader = new ScenarioLoader(catalogs);
    return new ScenarioReader() {
      @Override
      public Scenario read(Path file) {
        return readUncertain(file).base();
      }

      @Override
      public UncertainScenario readUncertain(Path file) {
        try {
          return loader.loadUncertain(file);
        } catch (ScenarioException e) {
          throw InputException.located(e.getMessage(), e);
        }
      }
    };
  }
}

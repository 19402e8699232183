package dev.drplan.cli;

import dev.drplan.scenario.Scenario;
import java.nio.file.Path;

/** How the commands turn their FILE argument into a scenario; tests pass hand-built ones. */
@FunctionalInterface
public interface ScenarioReader {

  /**
   * Reads and resolves the scenario in {@code file}.
   *
   * @throws InputException if the file is not a valid scenario (exit 2)
   */
  Scenario read(Path file);
}

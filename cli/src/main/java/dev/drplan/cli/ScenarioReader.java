package dev.drplan.cli;

import dev.drplan.analysis.UncertainScenario;
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

  /**
   * Reads the scenario in {@code file} with its distributions (docs/scenario-format.md: any numeric
   * value may be a {@code {dist: ...}}); {@link UncertainScenario#base()} is what {@link #read}
   * returns. A reader that knows no distributions returns the scenario with none.
   *
   * @throws InputException if the file is not a valid scenario (exit 2)
   */
  default UncertainScenario readUncertain(Path file) {
    return UncertainScenario.certain(read(file));
  }
}

package dev.drplan.cli;

import dev.drplan.analysis.UncertainScenario;
import dev.drplan.scenario.Scenario;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The FILE argument of the commands that read a scenario, as a mixin. */
final class ScenarioFile {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "the scenario, a YAML file (docs/scenario-format.md)")
  private Path file;

  /**
   * Reads the scenario through the root command's reader.
   *
   * @throws InputException if the file cannot be read or is not a valid scenario
   */
  Scenario read() {
    DrplanCommand root = (DrplanCommand) mixee.root().userObject();
    return root.scenarios().read(file);
  }

  /**
   * Reads the scenario with its distributions through the root command's reader.
   *
   * @throws InputException if the file cannot be read or is not a valid scenario
   */
  UncertainScenario readUncertain() {
    DrplanCommand root = (DrplanCommand) mixee.root().userObject();
    return root.scenarios().readUncertain(file);
  }

  /** The FILE argument as given. */
  Path path() {
    return file;
  }
}

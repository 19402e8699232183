package dev.drplan.cli;

import dev.drplan.analysis.UncertainScenario;
import dev.drplan.load.profile.ProfileFiles;
import dev.drplan.scenario.ChangeProfileSpec;
import dev.drplan.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The FILE argument of the commands that read a scenario, as a mixin. */
final class ScenarioFile {
  // Constants and package-private fields for CompareCommandModel, which builds the same argument.
  static final String LABEL = "FILE";
  static final String HELP = "the scenario, a YAML file (docs/scenario-format.md)";

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Parameters(index = "0", paramLabel = LABEL, description = HELP)
  Path file;

  /**
   * The commands that replay a scenario's change profile (docs/model.md §5, "Which commands replay
   * it"); every other command that reads a scenario says on standard error that it does not.
   */
  private static final Set<String> REPLAYING = Set.of("compare", "explain", "report");

  /** The files the scenario named and the reader read too (a change profile's). */
  private final List<Path> alsoRead = new ArrayList<>();

  /**
   * Reads the scenario through the root command's reader.
   *
   * @throws InputException if the file cannot be read or is not a valid scenario
   */
  Scenario read() {
    DrplanCommand root = (DrplanCommand) mixee.root().userObject();
    Scenario scenario = root.scenarios().read(file);
    noteFilesRead(scenario);
    return scenario;
  }

  /**
   * Reads the scenario with its distributions through the root command's reader.
   *
   * @throws InputException if the file cannot be read or is not a valid scenario
   */
  UncertainScenario readUncertain() {
    DrplanCommand root = (DrplanCommand) mixee.root().userObject();
    UncertainScenario uncertain = root.scenarios().readUncertain(file);
    noteFilesRead(uncertain.base());
    return uncertain;
  }

  /**
   * The files read besides FILE, once the scenario is read: {@link OutputFile} counts them as
   * inputs too, so that {@code --out} never replaces a change profile the scenario names.
   */
  List<Path> alsoRead() {
    return List.copyOf(alsoRead);
  }

  private void noteFilesRead(Scenario scenario) {
    ChangeProfileSpec profile = scenario.changeProfile();
    if (profile != null && profile.file() != null) {
      alsoRead.add(ProfileFiles.resolve(file.toString(), profile.file().path()));
    }
    if (profile != null && !REPLAYING.contains(mixee.name())) {
      // Its figures would otherwise contradict compare's verdict without a word: say so once.
      PrintWriter err = mixee.commandLine().getErr();
      err.println(
          "drplan "
              + mixee.name()
              + ": note: the scenario's change profile is not replayed here; the RPO and"
              + " feasibility are §5's closed form at the peak change rate (docs/model.md §5,"
              + " \"The backlog\"). drplan compare, explain and report replay it.");
      err.flush();
    }
  }

  /** The FILE argument as given. */
  Path path() {
    return file;
  }
}

package dev.drplan.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root of the command tree: {@code drplan compare | explain | report | simulate | sensitivity
 * | sweep | solve | catalog | probe | validate | help}. Holds the
 * options every subcommand shares ({@code --help}, {@code --version}, {@code --stacktrace}) and the
 * scenario reader the subcommands use; {@link #commandLine} configures error handling and the
 * exit-code list once for the whole tree.
 */
@Command(
    name = "drplan",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Hybrid-cloud disaster-recovery sizing: compare DR options for a storage cluster.",
    subcommands = {
      CompareCommand.class,
      ExplainCommand.class,
      ReportCommand.class,
      SimulateCommand.class,
      SensitivityCommand.class,
      SweepCommand.class,
      SolveCommand.class,
      CatalogCommand.class,
      HelpCommand.class
    })
public final class DrplanCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  // Declared here so that picocli accepts it anywhere and lists it in --help; Errors reads it from
  // the arguments, so that it also works for an error found while parsing them.
  @Option(
      names = Errors.STACKTRACE,
      scope = ScopeType.INHERIT,
      description = "on an error, print its stack trace too (for developers)")
  private boolean stacktrace;

  private final ScenarioReader scenarios;

  /** The command line as shipped, with the wired scenario loader. */
  public DrplanCommand() {
    this(Wiring.scenarioReader());
  }

  /** A command tree that reads scenarios with {@code scenarios} (tests pass hand-built ones). */
  public DrplanCommand(ScenarioReader scenarios) {
    this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
  }

  ScenarioReader scenarios() {
    return scenarios;
  }

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command: compare, explain, report, simulate, sensitivity, sweep, solve, catalog,"
            + " probe, validate or help");
  }

  /**
   * The configured command line for {@code root}: the error handlers of {@link Errors}, the exit
   * codes of {@link ExitCodes} in every command's {@code --help}, and the subcommands other modules
   * add (see {@link Wiring}).
   */
  public static CommandLine commandLine(DrplanCommand root) {
    CommandLine commandLine = new CommandLine(root);
    Wiring.addSubcommands(commandLine);
    Errors errors = new Errors();
    commandLine.setParameterExceptionHandler(errors);
    commandLine.setExecutionExceptionHandler(errors);
    commandLine.setExitCodeExceptionMapper(ExitCodes::of);
    describeExitCodes(commandLine);
    return commandLine;
  }

  private static void describeExitCodes(CommandLine commandLine) {
    commandLine.getCommandSpec().usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCodes.helpList());
    for (CommandLine subcommand : commandLine.getSubcommands().values()) {
      describeExitCodes(subcommand);
    }
  }
}

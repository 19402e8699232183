package dev.drplan.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root of the command tree: {@code drplan compare | explain | report | simulate | decide |
 * sensitivity | sweep | solve | catalog | schema | probe | validate | completion | help}. Holds the
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
    header = DrplanCommand.HEADER)
public final class DrplanCommand implements Callable<Integer> {

  // The texts of the command line are constants so that CompareCommandModel builds the same one.
  static final String HEADER =
      "Hybrid-cloud disaster-recovery sizing: compare DR options for a storage cluster.";
  static final String STACKTRACE_HELP = "on an error, print its stack trace too (for developers)";

  @Spec CommandSpec spec; // package-private, as stacktrace, for CompareCommandModel

  // Declared here so that picocli accepts it anywhere and lists it in --help; Errors reads it from
  // the arguments, so that it also works for an error found while parsing them.
  @Option(names = Errors.STACKTRACE, scope = ScopeType.INHERIT, description = STACKTRACE_HELP)
  boolean stacktrace;

  private final ScenarioReader scenarios;
  private final AtomicFile files;

  /** The command line as shipped, with the wired scenario loader. */
  public DrplanCommand() {
    this(Wiring.scenarioReader());
  }

  /** A command tree that reads scenarios with {@code scenarios} (tests pass hand-built ones). */
  public DrplanCommand(ScenarioReader scenarios) {
    this(scenarios, AtomicFile.onDisk());
  }

  /** A command tree that also writes its --out files with {@code files} (tests: a full disk). */
  DrplanCommand(ScenarioReader scenarios, AtomicFile files) {
    this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
    this.files = Objects.requireNonNull(files, "files");
  }

  ScenarioReader scenarios() {
    return scenarios;
  }

  AtomicFile files() {
    return files;
  }

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command: compare, explain, report, simulate, decide, sensitivity, sweep, solve,"
            + " catalog, schema, probe, validate, completion or help");
  }

  /**
   * Every subcommand in help order, by name, and how to make it. Picocli reflects over a command
   * when it is added, which costs start-up time, so a run adds only the one it needs (see {@link
   * #commandLine(DrplanCommand, String[])}).
   */
  static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("compare", CompareCommand::new);
    all.put("explain", ExplainCommand::new);
    all.put("report", ReportCommand::new);
    all.put("simulate", SimulateCommand::new);
    all.put("decide", DecideCommand::new);
    all.put("sensitivity", SensitivityCommand::new);
    all.put("sweep", SweepCommand::new);
    all.put("solve", SolveCommand::new);
    all.put("catalog", CatalogCommand::new);
    all.put("schema", SchemaCommand::new);
    all.put("probe", ProbeCommand::new);
    all.put("validate", ValidateCommand::new);
    all.put("completion", CompletionCommand::new);
    all.put("help", HelpCommand::new);
    return all;
  }

  /** The configured command line with every subcommand, as {@code --help} and tests need it. */
  public static CommandLine commandLine(DrplanCommand root) {
    return commandLine(root, new String[0]);
  }

  /**
   * The configured command line for running {@code args}: when they name a subcommand (other than
   * {@code help}), only that one is added; otherwise every one, so that the root's help, its "did
   * you mean" for a mistyped command and {@code help COMMAND} see them all. Either way: the error
   * handlers of {@link Errors} and the exit codes of {@link ExitCodes} in every command's {@code
   * --help}.
   */
  public static CommandLine commandLine(DrplanCommand root, String[] args) {
    String named = firstWord(args);
    // compare, simulate and explain are built without reading annotations (CompareCommandModel,
    // SimulateCommandModel, ExplainCommandModel); the root of every other subcommand too, so that a
    // run reads only its own subcommand's annotations.
    if ("compare".equals(named)) {
      return configured(CompareCommandModel.commandLine(root));
    }
    if ("simulate".equals(named)) {
      return configured(SimulateCommandModel.commandLine(root));
    }
    if ("explain".equals(named)) {
      return configured(ExplainCommandModel.commandLine(root));
    }
    Map<String, Supplier<Object>> subcommands = subcommands();
    if (named != null && !named.equals("help") && subcommands.containsKey(named)) {
      return configured(
          CompareCommandModel.withSubcommand(
              root, named, new CommandLine(subcommands.get(named).get())));
    }
    return configured(annotatedCommandLine(root, named));
  }

  /**
   * The command line read from the annotations, with only the subcommand {@code named} when there
   * is one (other than {@code help}), else with every one.
   */
  static CommandLine annotatedCommandLine(DrplanCommand root, String named) {
    CommandLine commandLine = new CommandLine(root);
    Map<String, Supplier<Object>> subcommands = subcommands();
    if (named != null && !named.equals("help") && subcommands.containsKey(named)) {
      commandLine.addSubcommand(named, subcommands.get(named).get());
    } else {
      subcommands.forEach((name, make) -> commandLine.addSubcommand(name, make.get()));
    }
    return commandLine;
  }

  /** {@code commandLine} with the error handlers and exit codes of the whole tree. */
  static CommandLine configured(CommandLine commandLine) {
    Errors errors = new Errors();
    commandLine.setParameterExceptionHandler(errors);
    commandLine.setExecutionExceptionHandler(errors);
    commandLine.setExecutionStrategy(DrplanCommand::runCheckingStandardOutput);
    commandLine.setExitCodeExceptionMapper(ExitCodes::of);
    describeExitCodes(commandLine);
    return commandLine;
  }

  /**
   * Runs the command (or its help) and then checks that everything it printed reached standard
   * output: a command that returns 0 after a failed write (help to a full disk, a table to a closed
   * pipe) does not exit 0.
   */
  private static int runCheckingStandardOutput(ParseResult parseResult) {
    int code = new CommandLine.RunLast().execute(parseResult);
    CommandLine commandLine = parseResult.commandSpec().commandLine();
    StandardOutput.Failure failure = StandardOutput.failureOf(commandLine.getOut());
    if (code == ExitCodes.OK && failure != null) {
      return Errors.standardOutputFailed(commandLine, failure);
    }
    return code;
  }

  /** The first argument that is not an option of the root, or {@code null}. */
  private static String firstWord(String[] args) {
    int at = firstWordAt(args);
    return at < 0 ? null : args[at];
  }

  /** Where {@link #firstWord} is in {@code args}: the command's name; -1 when there is none. */
  static int firstWordAt(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("-")) {
        return i;
      }
    }
    return -1;
  }

  private static void describeExitCodes(CommandLine commandLine) {
    // A command with exit codes of its own (probe) keeps them.
    if (commandLine.getCommandSpec().usageMessage().exitCodeList().isEmpty()) {
      commandLine
          .getCommandSpec()
          .usageMessage()
          .exitCodeListHeading("%nExit codes:%n")
          .exitCodeList(ExitCodes.helpList());
    }
    for (CommandLine subcommand : commandLine.getSubcommands().values()) {
      describeExitCodes(subcommand);
    }
  }
}

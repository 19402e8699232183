package dev.drplan.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line of {@code drplan compare} (the root and {@code compare}), built with picocli's
 * programmatic API instead of read from the annotations of {@link DrplanCommand}, {@link
 * CompareCommand} and its mixins.
 *
 * <p>Why: start-up. Reading annotations is the JDK's first annotation parsing in the process (a
 * dynamic proxy class per annotation type, generated cold) plus reflective field access; building
 * the same model by hand saved compare 55–75 ms of CPU and 30–70 ms of wall time a run, 6.5 times
 * {@code java -version} down to 5.1–5.4 (benchmarks/README.md, "Issue 12, seventh round: an
 * annotation-free command line"). The root is built so for every run whose first word names a
 * subcommand ({@link #withSubcommand}), which then reads only that subcommand's annotations;
 * compare and simulate ({@link SimulateCommandModel}) are built whole. The whole tree ({@code
 * drplan --help}, {@code help compare}, a mistyped command) is still read from the annotations.
 *
 * <p>How it stays equal: the annotations remain the declaration. Every text (headers, descriptions,
 * labels) is a constant of the annotated class that both the annotation and this class name, and
 * {@code CompareCommandModelTest} builds the model both ways and compares the usage help at several
 * widths, every option and parameter attribute by attribute, the mixins, and the outcome of a table
 * of argument lines: an option added to or changed in {@link CompareCommand} or its mixins without
 * a change here fails that test.
 */
final class CompareCommandModel {
  private CompareCommandModel() {}

  /** The root with {@code compare} as its one subcommand, both bound to new command objects. */
  static CommandLine commandLine(DrplanCommand root) {
    CompareCommand compare = new CompareCommand();
    CommandSpec spec = CommandSpec.wrapWithoutInspection(compare);
    spec.name("compare").versionProvider(new ManifestVersionProvider());
    spec.usageMessage()
        .sortOptions(false)
        .autoWidth(true)
        .header(CompareCommand.HEADER)
        .description(CompareCommand.WHAT_IT_DOES, CompareCommand.INFEASIBLE);

    ScenarioFile scenario = new ScenarioFile();
    compare.scenario = scenario;
    addScenario(spec, scenario);
    FormatOption format = compare.format;
    addFormat(spec, format);
    OutputFile output = new OutputFile();
    compare.output = output;
    addOutput(spec, output);
    addStandardHelp(spec);

    // What picocli injects into the annotated mixins' @Spec(MIXEE) members.
    scenario.mixee = spec;
    output.mixee = spec;
    format.mixee(spec); // also the resource bundle that holds the option's help

    return withSubcommand(root, "compare", new CommandLine(spec));
  }

  /**
   * The root, built by hand, with {@code subcommand} as its one subcommand: what picocli makes of
   * {@link DrplanCommand}'s annotations when only that subcommand is added. The subcommand (and its
   * own subcommands) inherit the root's attributes, its {@code --stacktrace} and its {@code -h} and
   * {@code -V} as for the annotated root ({@code scope = INHERIT}, {@code mixinStandardHelpOptions
   * = true}), except that the help options are added here, from a mixin built by hand: picocli
   * would read them from the annotations of a class of its own.
   */
  static CommandLine withSubcommand(DrplanCommand root, String name, CommandLine subcommand) {
    CommandSpec rootSpec = CommandSpec.wrapWithoutInspection(root);
    rootSpec.name("drplan").versionProvider(new ManifestVersionProvider());
    rootSpec.scopeType(ScopeType.INHERIT);
    rootSpec.usageMessage().sortOptions(false).autoWidth(true).header(DrplanCommand.HEADER);
    Binding stacktrace =
        new Binding(() -> root.stacktrace, value -> root.stacktrace = (Boolean) value);
    // Inherited: picocli adds it to the subcommand, as for the annotation. The label, description
    // key and prompt, never shown, are what picocli gives an annotated field (here and below).
    rootSpec.addOption(
        OptionSpec.builder(Errors.STACKTRACE)
            .type(boolean.class)
            .scopeType(ScopeType.INHERIT)
            .paramLabel("<stacktrace>")
            .descriptionKey("")
            .description(DrplanCommand.STACKTRACE_HELP)
            .initialValue(false)
            .getter(stacktrace)
            .setter(stacktrace)
            .prompt("")
            .build());
    root.spec = rootSpec;
    CommandLine rootLine = new CommandLine(rootSpec);
    // Where the annotated root's subcommand gets -h and -V: before the inherited --stacktrace.
    addInheritedStandardHelp(subcommand.getCommandSpec());
    rootLine.addSubcommand(name, subcommand);
    // Only now: a root with them already would have picocli read its own mixin's annotations to
    // give them to the subcommand. After --stacktrace, as picocli orders the annotated root's.
    addStandardHelp(rootSpec);
    return rootLine;
  }

  /** {@code -h} and {@code -V} for {@code command} and its subcommands, where they have none. */
  private static void addInheritedStandardHelp(CommandSpec command) {
    if (!command.mixinStandardHelpOptions() && command.findOption("--help") == null) {
      addStandardHelp(command);
    }
    for (CommandLine subcommand : command.subcommands().values()) {
      addInheritedStandardHelp(subcommand.getCommandSpec());
    }
  }

  /**
   * FILE, the scenario, as the mixin {@code scenario} of {@code command} ({@link ScenarioFile}).
   */
  static void addScenario(CommandSpec command, ScenarioFile scenario) {
    CommandSpec scenarioMixin = CommandSpec.wrapWithoutInspection(scenario);
    Binding file = new Binding(() -> scenario.file, value -> scenario.file = (Path) value);
    scenarioMixin.addPositional(
        PositionalParamSpec.builder()
            .index("0")
            .arity("1")
            .required(true)
            .paramLabel(ScenarioFile.LABEL)
            .type(Path.class)
            .converters(CompareCommandModel::path)
            .descriptionKey("")
            .description(ScenarioFile.HELP)
            .getter(file)
            .setter(file)
            .prompt("")
            .build());
    command.addMixin("scenario", scenarioMixin);
  }

  /** {@code -f, --format} as the mixin {@code format} of {@code command} ({@link FormatOption}). */
  static void addFormat(CommandSpec command, FormatOption format) {
    CommandSpec formatMixin = CommandSpec.wrapWithoutInspection(format);
    Binding given = new Binding(() -> format.given, value -> format.given = (String) value);
    formatMixin.addOption(
        OptionSpec.builder("-f", "--format")
            .paramLabel(FormatOption.LABEL)
            .type(String.class)
            .descriptionKey(FormatOption.HELP_KEY)
            .description(FormatOption.HELP_WITHOUT_BUNDLE)
            .getter(given)
            .setter(given)
            .prompt("")
            .build());
    command.addMixin("format", formatMixin);
  }

  /** {@code -o, --out} and {@code --force} as the mixin {@code output} ({@link OutputFile}). */
  static void addOutput(CommandSpec command, OutputFile output) {
    CommandSpec outputMixin = CommandSpec.wrapWithoutInspection(output);
    Binding out = new Binding(() -> output.out, value -> output.out = (Path) value);
    outputMixin.addOption(
        OptionSpec.builder("-o", "--out")
            .paramLabel(OutputFile.OUT_LABEL)
            .type(Path.class)
            .converters(CompareCommandModel::path)
            .descriptionKey("")
            .description(OutputFile.OUT_HELP)
            .getter(out)
            .setter(out)
            .prompt("")
            .build());
    Binding force = new Binding(() -> output.force, value -> output.force = (Boolean) value);
    outputMixin.addOption(
        OptionSpec.builder("--force")
            .type(boolean.class)
            .paramLabel("<force>")
            .descriptionKey("")
            .description(OutputFile.FORCE_HELP)
            .initialValue(false)
            .getter(force)
            .setter(force)
            .prompt("")
            .build());
    command.addMixin("output", outputMixin);
  }

  /** picocli's {@code -h} and {@code -V} ({@link #standardHelpOptions()}) on {@code command}. */
  static void addStandardHelp(CommandSpec command) {
    command.addMixin(STANDARD_HELP, standardHelpOptions());
  }

  /**
   * The name picocli gives the mixin of {@code -h} and {@code -V} ({@code mixinStandardHelpOptions
   * = true}), which {@link CommandSpec#mixinStandardHelpOptions()} looks for.
   */
  private static final String STANDARD_HELP = "mixinStandardHelpOptions";

  /**
   * {@code -h, --help} and {@code -V, --version} as picocli declares them for {@code
   * mixinStandardHelpOptions = true}: its texts, its description keys.
   */
  private static CommandSpec standardHelpOptions() {
    CommandSpec mixin = CommandSpec.wrapWithoutInspection(new Object());
    mixin.addOption(
        OptionSpec.builder("-h", "--help")
            .type(boolean.class)
            .usageHelp(true)
            .paramLabel("<helpRequested>")
            .descriptionKey("mixinStandardHelpOptions.help")
            .description("Show this help message and exit.")
            .initialValue(false)
            .prompt("")
            .build());
    mixin.addOption(
        OptionSpec.builder("-V", "--version")
            .type(boolean.class)
            .versionHelp(true)
            .paramLabel("<versionRequested>")
            .descriptionKey("mixinStandardHelpOptions.version")
            .description("Print version information and exit.")
            .initialValue(false)
            .prompt("")
            .build());
    return mixin;
  }

  /**
   * A path as picocli's own converter makes it (reflectively, through {@code Paths.get}), with the
   * same message for a name that is no path.
   */
  private static Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new TypeConversionException(
          String.format("cannot convert '%s' to %s (%s)", name, Path.class, e));
    }
  }

  /** An option's or a parameter's field, read and written through lambdas, not reflection. */
  static final class Binding implements IGetter, ISetter {
    private final Supplier<Object> getter;
    private final Consumer<Object> setter;

    Binding(Supplier<Object> getter, Consumer<Object> setter) {
      this.getter = getter;
      this.setter = setter;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> T get() {
      return (T) getter.get();
    }

    @Override
    public <T> T set(T value) {
      T previous = get();
      setter.accept(value);
      return previous;
    }
  }
}

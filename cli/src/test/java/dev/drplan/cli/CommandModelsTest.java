package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.report.TestScenarios;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line a run builds when its first word names a subcommand ({@link
 * DrplanCommand#commandLine(DrplanCommand, String[])}: the root built by hand, {@code compare} and
 * {@code simulate} too) is the one picocli reads from the annotations with that subcommand alone:
 * the same usage help of every command in it, the same commands, options and parameters attribute
 * by attribute, and the same outcome for every argument line of a table. {@link
 * CompareCommandModelTest} holds compare's to more argument lines.
 */
class CommandModelsTest {

  /** Every subcommand a first word names; {@code help} always gets the whole annotated tree. */
  static Stream<String> subcommands() {
    return DrplanCommand.subcommands().keySet().stream().filter(name -> !name.equals("help"));
  }

  @Test
  void everySubcommandButHelpIsCovered() {
    assertThat(subcommands()).hasSize(13).contains("compare", "simulate", "probe", "completion");
  }

  private static DrplanCommand root() {
    return new DrplanCommand(file -> TestScenarios.walmartLike());
  }

  /** As {@link DrplanCommand#commandLine(DrplanCommand, String[])} made it before the builders. */
  private static CommandLine annotated(String subcommand) {
    return DrplanCommand.configured(DrplanCommand.annotatedCommandLine(root(), subcommand));
  }

  private static CommandLine handBuilt(String subcommand) {
    return DrplanCommand.commandLine(root(), new String[] {subcommand});
  }

  @Test
  void theRootIsBuiltByHandForEverySubcommandButHelp() {
    subcommands()
        .forEach(
            name ->
                assertThat(
                        handBuilt(name)
                            .getCommandSpec()
                            .findOption("--stacktrace")
                            .getter()
                            .getClass()
                            .getName())
                    .as(name)
                    .startsWith(CompareCommandModel.class.getName()));
    assertThat(handBuilt("simulate").getSubcommands().get("simulate").getCommandSpec())
        .satisfies(
            simulate ->
                assertThat(simulate.findOption("--samples").getter().getClass().getName())
                    .as("built by hand: no reflective field binding")
                    .startsWith(CompareCommandModel.class.getName()));
    assertThat(handBuilt("help").getSubcommands()).hasSize(14);
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void theUsageHelpOfEveryCommandIsTheSame(String subcommand) {
    for (int width : new int[] {60, 80, 120}) {
      assertThat(usages(handBuilt(subcommand), width))
          .as(subcommand + " at " + width + " columns")
          .isEqualTo(usages(annotated(subcommand), width));
    }
  }

  /** The usage help of {@code commandLine} and of every command under it, by qualified name. */
  private static Map<String, String> usages(CommandLine commandLine, int width) {
    Map<String, String> usages = new LinkedHashMap<>();
    collectUsages(commandLine, width, usages);
    return usages;
  }

  private static void collectUsages(
      CommandLine commandLine, int width, Map<String, String> usages) {
    commandLine.getCommandSpec().usageMessage().autoWidth(false).width(width);
    usages.put(
        commandLine.getCommandSpec().qualifiedName(),
        commandLine.getUsageMessage(CommandLine.Help.Ansi.OFF));
    for (CommandLine subcommand : commandLine.getSubcommands().values()) {
      collectUsages(subcommand, width, usages);
    }
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void theCommandsAreTheSame(String subcommand) {
    assertSameTree(handBuilt(subcommand).getCommandSpec(), annotated(subcommand).getCommandSpec());
  }

  private static void assertSameTree(CommandSpec handBuilt, CommandSpec annotated) {
    String name = annotated.qualifiedName();
    assertThat(commandAttributes(handBuilt)).as(name).isEqualTo(commandAttributes(annotated));
    assertThat(handBuilt.options().stream().map(CommandModelsTest::attributes))
        .as(name + "'s options")
        .containsExactlyElementsOf(
            annotated.options().stream().map(CommandModelsTest::attributes).toList());
    assertThat(handBuilt.positionalParameters().stream().map(CommandModelsTest::attributes))
        .as(name + "'s parameters")
        .containsExactlyElementsOf(
            annotated.positionalParameters().stream().map(CommandModelsTest::attributes).toList());
    assertThat(handBuilt.subcommands().keySet())
        .as(name + "'s subcommands")
        .containsExactlyElementsOf(annotated.subcommands().keySet());
    for (String subcommand : annotated.subcommands().keySet()) {
      assertSameTree(
          handBuilt.subcommands().get(subcommand).getCommandSpec(),
          annotated.subcommands().get(subcommand).getCommandSpec());
    }
  }

  /**
   * {@link CompareCommandModelTest#attributes}, an argument group by what it holds (each model has
   * groups of its own, which are equal only to themselves).
   */
  private static Map<String, Object> attributes(ArgSpec arg) {
    Map<String, Object> attributes = new LinkedHashMap<>(CompareCommandModelTest.attributes(arg));
    attributes.computeIfPresent("group", (key, group) -> group.toString());
    return attributes;
  }

  /** {@link CompareCommandModelTest#commandAttributes}, and what a command inherits. */
  private static Map<String, Object> commandAttributes(CommandSpec spec) {
    Map<String, Object> attributes =
        new LinkedHashMap<>(CompareCommandModelTest.commandAttributes(spec));
    attributes.put("scopeType", spec.scopeType());
    attributes.put("inherited", spec.inherited());
    attributes.put("parent", spec.parent() == null ? null : spec.parent().qualifiedName());
    attributes.put("usageWidth", spec.usageMessage().width());
    attributes.put("abbreviateSynopsis", spec.usageMessage().abbreviateSynopsis());
    attributes.put("showDefaultValues", spec.usageMessage().showDefaultValues());
    attributes.put("hidden", spec.usageMessage().hidden());
    attributes.put("footer", List.of(spec.usageMessage().footer()));
    attributes.put("exitCodeListHeading", spec.usageMessage().exitCodeListHeading());
    attributes.put("subcommandsRepeatable", spec.subcommandsRepeatable());
    attributes.put("argGroups", spec.argGroups().size());
    return attributes;
  }

  /** The argument lines, after the word {@code drplan}, for every subcommand. */
  static Stream<String> argumentLines() {
    Stream<String> everyCommand =
        subcommands()
            .flatMap(
                name ->
                    Stream.of(
                        name,
                        name + " -h",
                        name + " --help",
                        "-h " + name,
                        "--help " + name,
                        name + " -V",
                        "--version " + name,
                        name + " --stacktrace --no-such-option",
                        "--stacktrace " + name + " -x",
                        name + " x.yaml y.yaml z.yaml w.yaml v.yaml"));
    Stream<String> simulate =
        Stream.of(
            "simulate x.yaml",
            "simulate x.yaml --samples 1 --seed 7 --threads 2 --format json",
            "simulate x.yaml --samples=1000000 -fcsv -o out.csv --force",
            "simulate x.yaml --samples 0",
            "simulate x.yaml --samples 100000001",
            "simulate x.yaml --samples 1e6",
            "simulate x.yaml --samples",
            "simulate x.yaml --seed -9223372036854775808",
            "simulate x.yaml --seed 9223372036854775808",
            "simulate x.yaml --seed x",
            "simulate x.yaml --threads 0",
            "simulate x.yaml --threads 100000",
            "simulate x.yaml --format xml",
            "simulate x.yaml --format",
            "simulate x.yaml --out",
            "simulate x.yaml --sample 5",
            "simulate x.yaml --samples 5 --samples 6",
            "simulate --stacktrace x.yaml --seed 3",
            "simulate -- --samples",
            "simulate x.yaml -- --force");
    Stream<String> probe =
        Stream.of(
            "probe plan-fleet -h",
            "probe merge --help",
            "probe merge -V",
            "probe plan-fleet --stacktrace --no-such-option",
            "probe merge");
    return Stream.of(everyCommand, simulate, probe).flatMap(lines -> lines);
  }

  @ParameterizedTest
  @MethodSource("argumentLines")
  void anArgumentLineParsesTheSame(String line) {
    String[] args = line.split(" ");
    String subcommand = args[DrplanCommand.firstWordAt(args)];

    assertThat(parsed(handBuilt(subcommand), args)).isEqualTo(parsed(annotated(subcommand), args));
  }

  /** The values of every argument of the commands matched, or the error; what is printed. */
  private static String parsed(CommandLine commandLine, String[] args) {
    return outcome(
        commandLine,
        args,
        parsed -> {
          List<String> values = new ArrayList<>();
          for (ParseResult command = parsed; command != null; command = command.subcommand()) {
            values.add(command.commandSpec().qualifiedName() + " " + values(command));
          }
          values.add("unmatched=" + parsed.unmatched());
          return String.join("\n", values);
        });
  }

  /**
   * What {@code args} give: {@code described} of the parse result, or the parse error; and, when
   * they ask for help or a version or are in error, the exit code and what the command line printed
   * (running any other line would do the command's work).
   */
  static String outcome(
      CommandLine commandLine, String[] args, Function<ParseResult, String> described) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String outcome;
    boolean runs = false;
    try {
      ParseResult parsed = commandLine.parseArgs(args);
      outcome = described.apply(parsed);
      for (ParseResult command = parsed; command != null; command = command.subcommand()) {
        runs |= command.isUsageHelpRequested() || command.isVersionHelpRequested();
      }
    } catch (ParameterException e) {
      outcome = "error: " + e.getMessage();
      runs = true;
    }
    if (!runs) {
      return outcome;
    }
    int code = commandLine.execute(args);
    return outcome + "\nexit " + code + "\nout:\n" + out + "\nerr:\n" + err;
  }

  /** Each argument's name, whether it was matched, and the value its field holds. */
  private static List<String> values(ParseResult command) {
    List<String> values = new ArrayList<>();
    for (ArgSpec arg : command.commandSpec().args()) {
      Object value = arg.getValue();
      values.add(
          (arg instanceof OptionSpec ? ((OptionSpec) arg).longestName() : arg.paramLabel())
              + (command.matchedArgs().contains(arg) ? "*" : "")
              + "="
              + (value instanceof Object[]
                  ? Arrays.deepToString((Object[]) value)
                  : String.valueOf(value)));
    }
    return values;
  }
}

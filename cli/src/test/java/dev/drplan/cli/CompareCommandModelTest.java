package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.report.TestScenarios;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@link CompareCommandModel} builds the same command line as picocli reads from the annotations of
 * {@link DrplanCommand}, {@link CompareCommand} and its mixins: the same usage help, the same
 * options and parameters attribute by attribute, the same mixins, and the same outcome for every
 * argument line of a table. An option added to or changed in the annotations without the builder
 * fails here.
 */
class CompareCommandModelTest {

  /** As {@link DrplanCommand#commandLine(DrplanCommand, String[])} made it before the builder. */
  private static CommandLine annotated() {
    return DrplanCommand.configured(
        DrplanCommand.annotatedCommandLine(
            new DrplanCommand(file -> TestScenarios.walmartLike()), "compare"));
  }

  private static CommandLine handBuilt() {
    return DrplanCommand.configured(
        CompareCommandModel.commandLine(new DrplanCommand(file -> TestScenarios.walmartLike())));
  }

  @Test
  void theCommandLineOfCompareIsTheHandBuiltOne() {
    CommandLine commandLine =
        DrplanCommand.commandLine(
            new DrplanCommand(file -> TestScenarios.walmartLike()),
            new String[] {"--stacktrace", "compare", "x.yaml"});

    assertThat(commandLine.getCommandSpec().userObject()).isInstanceOf(DrplanCommand.class);
    assertThat(
            commandLine
                .getSubcommands()
                .get("compare")
                .getCommandSpec()
                .findOption("--out")
                .getter()
                .getClass()
                .getName())
        .as("built by hand: no reflective field binding")
        .startsWith(CompareCommandModel.class.getName());
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 80, 120})
  void theUsageHelpIsTheSame(int width) {
    CommandLine annotated = annotated();
    CommandLine handBuilt = handBuilt();

    assertThat(usage(handBuilt, width)).isEqualTo(usage(annotated, width));
    assertThat(usage(handBuilt.getSubcommands().get("compare"), width))
        .isEqualTo(usage(annotated.getSubcommands().get("compare"), width))
        .contains("Exit codes:", "-f, --format=FORMAT", "table (default)");
  }

  private static String usage(CommandLine commandLine, int width) {
    commandLine.getCommandSpec().usageMessage().autoWidth(false).width(width);
    return commandLine.getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  @Test
  void theCommandsAreTheSame() {
    CommandLine annotated = annotated();
    CommandLine handBuilt = handBuilt();

    assertThat(handBuilt.getSubcommands().keySet())
        .isEqualTo(annotated.getSubcommands().keySet())
        .containsExactly("compare");
    assertSameCommand(handBuilt.getCommandSpec(), annotated.getCommandSpec());
    assertSameCommand(
        handBuilt.getSubcommands().get("compare").getCommandSpec(),
        annotated.getSubcommands().get("compare").getCommandSpec());
  }

  private static void assertSameCommand(CommandSpec handBuilt, CommandSpec annotated) {
    assertThat(commandAttributes(handBuilt))
        .as(annotated.qualifiedName())
        .isEqualTo(commandAttributes(annotated));
    assertThat(handBuilt.options().stream().map(CompareCommandModelTest::attributes))
        .as(annotated.qualifiedName() + "'s options")
        .containsExactlyElementsOf(
            annotated.options().stream().map(CompareCommandModelTest::attributes).toList());
    assertThat(handBuilt.positionalParameters().stream().map(CompareCommandModelTest::attributes))
        .as(annotated.qualifiedName() + "'s parameters")
        .containsExactlyElementsOf(
            annotated.positionalParameters().stream()
                .map(CompareCommandModelTest::attributes)
                .toList());
  }

  static Map<String, Object> commandAttributes(CommandSpec spec) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("userObject", spec.userObject().getClass().getName());
    attributes.put("name", spec.name());
    attributes.put("qualifiedName", spec.qualifiedName());
    attributes.put("aliases", List.of(spec.aliases()));
    attributes.put("mixinStandardHelpOptions", spec.mixinStandardHelpOptions());
    Map<String, List<String>> mixins = new LinkedHashMap<>();
    spec.mixins()
        .forEach(
            (name, mixin) ->
                mixins.put(
                    name,
                    Stream.concat(
                            // picocli's own -h/-V mixin is an instance of a private class
                            Stream.of(name.equals("mixinStandardHelpOptions") ? "" : type(mixin)),
                            Stream.concat(
                                mixin.options().stream().map(OptionSpec::longestName),
                                mixin.positionalParameters().stream().map(ArgSpec::paramLabel)))
                        .toList()));
    attributes.put("mixins", mixins);
    attributes.put("versionProvider", versionProviderClass(spec));
    attributes.put("version", List.of(spec.version()));
    attributes.put("resourceBundleBaseName", spec.resourceBundleBaseName());
    attributes.put("helpCommand", spec.helpCommand());
    attributes.put("exitCodeOnSuccess", spec.exitCodeOnSuccess());
    attributes.put("exitCodeOnUsageHelp", spec.exitCodeOnUsageHelp());
    attributes.put("exitCodeOnVersionHelp", spec.exitCodeOnVersionHelp());
    attributes.put("exitCodeOnInvalidInput", spec.exitCodeOnInvalidInput());
    attributes.put("exitCodeOnExecutionException", spec.exitCodeOnExecutionException());
    attributes.put("separator", spec.parser().separator());
    attributes.put("unmatchedArgumentsAllowed", spec.parser().unmatchedArgumentsAllowed());
    attributes.put("sortOptions", spec.usageMessage().sortOptions());
    attributes.put("autoWidth", spec.usageMessage().autoWidth());
    attributes.put("header", List.of(spec.usageMessage().header()));
    attributes.put("description", List.of(spec.usageMessage().description()));
    attributes.put("exitCodeList", spec.usageMessage().exitCodeList());
    return attributes;
  }

  private static String type(CommandSpec mixin) {
    return mixin.userObject().getClass().getName();
  }

  private static Object versionProviderClass(CommandSpec spec) {
    return spec.versionProvider() == null ? null : spec.versionProvider().getClass();
  }

  /** Every attribute picocli reads of an option or a parameter, but how its field is reached. */
  static Map<String, Object> attributes(ArgSpec arg) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    if (arg instanceof OptionSpec) {
      OptionSpec option = (OptionSpec) arg;
      attributes.put("names", List.of(option.names()));
      attributes.put("order", option.order());
      attributes.put("negatable", option.negatable());
      attributes.put("usageHelp", option.usageHelp());
      attributes.put("versionHelp", option.versionHelp());
      attributes.put("help", option.help());
      attributes.put("fallbackValue", option.fallbackValue());
      attributes.put("group", option.group());
    } else {
      PositionalParamSpec positional = (PositionalParamSpec) arg;
      attributes.put("index", positional.index().toString());
    }
    attributes.put("paramLabel", arg.paramLabel());
    attributes.put("hideParamSyntax", arg.hideParamSyntax());
    attributes.put("arity", arg.arity().toString());
    attributes.put("type", arg.type());
    attributes.put("auxiliaryTypes", List.of(arg.auxiliaryTypes()));
    attributes.put("multiValue", arg.isMultiValue());
    attributes.put("description", List.of(arg.description()));
    attributes.put("renderedDescription", List.of(arg.renderedDescription()));
    attributes.put("descriptionKey", arg.descriptionKey());
    attributes.put("defaultValue", arg.defaultValue());
    attributes.put("initialValue", arg.initialValue());
    attributes.put("hasInitialValue", arg.hasInitialValue());
    attributes.put("required", arg.required());
    attributes.put("hidden", arg.hidden());
    attributes.put("scopeType", arg.scopeType());
    attributes.put("inherited", arg.inherited());
    attributes.put("splitRegex", arg.splitRegex());
    attributes.put("splitRegexSynopsisLabel", arg.splitRegexSynopsisLabel());
    attributes.put("mapFallbackValue", arg.mapFallbackValue());
    attributes.put("interactive", arg.interactive());
    attributes.put("echo", arg.echo());
    attributes.put("prompt", arg.prompt());
    attributes.put("showDefaultValue", arg.showDefaultValue());
    attributes.put("completionCandidates", candidates(arg));
    attributes.put("parameterConsumer", arg.parameterConsumer());
    attributes.put("preprocessor", arg.preprocessor().getClass());
    attributes.put("valueGettable", arg.isValueGettable());
    // Not compared: converters (the hand-built Path converter is a method reference, checked by
    // the argument lines below) and the getter/setter (lambdas instead of reflection).
    return attributes;
  }

  private static List<String> candidates(ArgSpec arg) {
    List<String> candidates = new ArrayList<>();
    if (arg.completionCandidates() != null) {
      arg.completionCandidates().forEach(candidates::add);
    }
    return candidates;
  }

  /** The argument lines, after the word {@code drplan}. */
  static Stream<String> argumentLines() {
    return Stream.of(
        "compare x.yaml",
        "compare x.yaml -f table",
        "compare x.yaml -f markdown",
        "compare x.yaml -f csv",
        "compare x.yaml --format json",
        "compare x.yaml --format=json",
        "compare x.yaml -fjson",
        "compare x.yaml --format JSON",
        "compare x.yaml --format xml",
        "compare x.yaml -f",
        "compare x.yaml --format",
        "compare x.yaml -o out.csv",
        "compare x.yaml --out=out.md --force",
        "compare x.yaml --out",
        "compare x.yaml --force",
        "compare x.yaml --force=true",
        "compare --stacktrace x.yaml",
        "--stacktrace compare x.yaml",
        "compare x.yaml --stacktrace",
        "compare",
        "compare x.yaml y.yaml",
        "compare x.yaml --colour",
        "compare x.yaml -x",
        "compare x.yaml --fromat json",
        "compare -h",
        "compare --help",
        "compare x.yaml --help",
        "-h compare",
        "compare -V",
        "compare --version",
        "--version compare",
        "compare x.yaml -f json -f csv",
        "compare x.yaml -o a.csv -o b.csv",
        "compare -- -x.yaml",
        "compare x.yaml -- --force");
  }

  @ParameterizedTest
  @MethodSource("argumentLines")
  void anArgumentLineParsesTheSame(String line) {
    String[] args = line.split(" ");

    assertThat(parsed(handBuilt(), args)).isEqualTo(parsed(annotated(), args));
  }

  @Test
  void aNameThatIsNoPathIsRefusedInTheSameWords() {
    // Unreachable from a shell (an argument holds no NUL), but the same all the same.
    String[] args = {"compare", "x.yaml", "--out", "a\0b"};

    assertThat(parsed(handBuilt(), args))
        .isEqualTo(parsed(annotated(), args))
        .contains("cannot convert 'a\0b' to interface java.nio.file.Path");
  }

  /** The fields the arguments set, or the error; what help, version or an error prints. */
  private static String parsed(CommandLine commandLine, String[] args) {
    return CommandModelsTest.outcome(commandLine, args, parsed -> fields(commandLine, parsed));
  }

  private static String fields(CommandLine commandLine, ParseResult parsed) {
    DrplanCommand root = commandLine.getCommand();
    CompareCommand compare = commandLine.getSubcommands().get("compare").getCommand();
    List<String> matched = new ArrayList<>();
    for (ParseResult command = parsed; command != null; command = command.subcommand()) {
      matched.add(
          command.commandSpec().name()
              + " "
              + command.matchedArgs().stream().map(CompareCommandModelTest::name).toList());
    }
    return String.join(
        "\n",
        "stacktrace=" + root.stacktrace,
        "file=" + compare.scenario.file,
        "format=" + compare.format.given,
        "out=" + compare.output.out,
        "force=" + compare.output.force,
        "matched=" + matched,
        "unmatched=" + Arrays.toString(parsed.unmatched().toArray()));
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec ? ((OptionSpec) arg).longestName() : arg.paramLabel();
  }
}

package dev.drplan.cli;

import dev.drplan.cli.CompareCommandModel.Binding;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line of {@code drplan explain} (the root and {@code explain}), built with picocli's
 * programmatic API instead of read from the annotations of {@link ExplainCommand} and its mixins,
 * as {@link CompareCommandModel} builds compare's.
 *
 * <p>Why: start-up. Reading annotations makes the JDK generate a proxy class per annotation type
 * and method-handle forms at run time, which the AOT cache cannot hold (benchmarks/README.md,
 * "Issue 12, eighth round: where start-up stands").
 *
 * <p>How it stays equal: the annotations remain the declaration; every text is a constant of {@link
 * ExplainCommand} that both name, and {@code CommandModelsTest} builds the model both ways and
 * compares the usage help, every option and parameter attribute by attribute, and the outcome of a
 * table of argument lines.
 */
final class ExplainCommandModel {
  private ExplainCommandModel() {}

  /** The root with {@code explain} as its one subcommand, both bound to new command objects. */
  static CommandLine commandLine(DrplanCommand root) {
    ExplainCommand explain = new ExplainCommand();
    CommandSpec spec = CommandSpec.wrapWithoutInspection(explain);
    spec.name("explain");
    spec.usageMessage()
        .sortOptions(false)
        .header(ExplainCommand.HEADER)
        .description(ExplainCommand.WHAT_IT_DOES);

    ScenarioFile scenario = new ScenarioFile();
    explain.scenario = scenario;
    CompareCommandModel.addScenario(spec, scenario);
    Binding option = new Binding(() -> explain.option, value -> explain.option = (String) value);
    spec.addOption(
        OptionSpec.builder("--option")
            .paramLabel(ExplainCommand.NAME_LABEL)
            .required(true)
            .type(String.class)
            .descriptionKey("")
            .description(ExplainCommand.OPTION_HELP)
            .getter(option)
            .setter(option)
            .prompt("")
            .build());
    Binding configuration =
        new Binding(() -> explain.configuration, value -> explain.configuration = (String) value);
    spec.addOption(
        OptionSpec.builder("--configuration")
            .paramLabel(ExplainCommand.NAME_LABEL)
            .type(String.class)
            .descriptionKey("")
            .description(ExplainCommand.CONFIGURATION_HELP)
            .getter(configuration)
            .setter(configuration)
            .prompt("")
            .build());
    OutputFile output = new OutputFile();
    explain.output = output;
    CompareCommandModel.addOutput(spec, output);

    // What picocli injects into the @Spec members of the mixins.
    scenario.mixee = spec;
    output.mixee = spec;

    return CompareCommandModel.withSubcommand(root, "explain", new CommandLine(spec));
  }
}

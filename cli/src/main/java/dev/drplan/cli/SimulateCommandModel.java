package dev.drplan.cli;

import dev.drplan.cli.CompareCommandModel.Binding;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line of {@code drplan simulate} (the root and {@code simulate}), built with picocli's
 * programmatic API instead of read from the annotations of {@link SimulateCommand} and its mixins,
 * as {@link CompareCommandModel} builds compare's.
 *
 * <p>Why: start-up, which counts in a Monte Carlo whose target includes it (1,000,000 samples in
 * under 2 s). Reading annotations is the first annotation parsing in the process: a dynamic proxy
 * class per annotation type and method-handle forms, generated at run time where the AOT cache
 * cannot hold them (benchmarks/README.md, "Issue 12, eighth round: simulate's start-up").
 *
 * <p>How it stays equal: the annotations remain the declaration; every text is a constant of the
 * annotated class that both name, and {@code CommandModelsTest} builds the model both ways and
 * compares the usage help, every option and parameter attribute by attribute, and the outcome of a
 * table of argument lines.
 */
final class SimulateCommandModel {
  private SimulateCommandModel() {}

  /** The root with {@code simulate} as its one subcommand, both bound to new command objects. */
  static CommandLine commandLine(DrplanCommand root) {
    SimulateCommand simulate = new SimulateCommand();
    CommandSpec spec = CommandSpec.wrapWithoutInspection(simulate);
    spec.name("simulate");
    spec.usageMessage()
        .sortOptions(false)
        .header(SimulateCommand.HEADER)
        .description(SimulateCommand.WHAT_IT_DOES, SimulateCommand.SAME_SEED);

    ScenarioFile scenario = new ScenarioFile();
    simulate.scenario = scenario;
    CompareCommandModel.addScenario(spec, scenario);
    SamplingOptions sampling = new SamplingOptions();
    simulate.sampling = sampling;
    addSampling(spec, sampling);
    FormatOption format = simulate.format;
    CompareCommandModel.addFormat(spec, format);
    OutputFile output = new OutputFile();
    simulate.output = output;
    CompareCommandModel.addOutput(spec, output);

    // What picocli injects into the @Spec members of the command and of its mixins.
    simulate.spec = spec;
    scenario.mixee = spec;
    output.mixee = spec;
    format.mixee(spec); // also the resource bundle that holds the option's help

    return CompareCommandModel.withSubcommand(root, "simulate", new CommandLine(spec));
  }

  /** {@code --samples}, {@code --seed} and {@code --threads} as the mixin {@code sampling}. */
  static void addSampling(CommandSpec command, SamplingOptions sampling) {
    CommandSpec mixin = CommandSpec.wrapWithoutInspection(sampling);
    Binding samples =
        new Binding(() -> sampling.samples, value -> sampling.samples = (Integer) value);
    mixin.addOption(
        OptionSpec.builder("--samples")
            .paramLabel(SamplingOptions.LABEL)
            .type(int.class)
            .defaultValue(SamplingOptions.SAMPLES_DEFAULT)
            .converters(new OptionRanges.Samples())
            .descriptionKey("")
            .description(SamplingOptions.SAMPLES_HELP)
            .initialValue(0)
            .getter(samples)
            .setter(samples)
            .prompt("")
            .build());
    Binding seed = new Binding(() -> sampling.seed, value -> sampling.seed = (Long) value);
    mixin.addOption(
        OptionSpec.builder("--seed")
            .paramLabel(SamplingOptions.LABEL)
            .type(long.class)
            .defaultValue(SamplingOptions.SEED_DEFAULT)
            .converters(new OptionRanges.Seed())
            .descriptionKey("")
            .description(SamplingOptions.SEED_HELP)
            .initialValue(0L)
            .getter(seed)
            .setter(seed)
            .prompt("")
            .build());
    Binding threads =
        new Binding(() -> sampling.threads, value -> sampling.threads = (Integer) value);
    mixin.addOption(
        OptionSpec.builder("--threads")
            .paramLabel(SamplingOptions.LABEL)
            .type(Integer.class)
            .converters(new OptionRanges.Threads())
            .descriptionKey("")
            .description(SamplingOptions.THREADS_HELP)
            .getter(threads)
            .setter(threads)
            .prompt("")
            .build());
    command.addMixin("sampling", mixin);
  }
}

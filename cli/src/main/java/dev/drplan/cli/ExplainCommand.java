package dev.drplan.cli;

import dev.drplan.report.ExplainReport;
import dev.drplan.report.Explanation;
import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code drplan explain FILE --option NAME}: how each figure of one option was computed. */
@Command(
    name = "explain",
    header = ExplainCommand.HEADER,
    description = ExplainCommand.WHAT_IT_DOES,
    sortOptions = false)
final class ExplainCommand implements Callable<Integer> {

  // The texts of the command line are constants and its fields package-private so that
  // ExplainCommandModel builds the same one.
  static final String HEADER = "Show how every figure of one DR option was computed.";
  static final String WHAT_IT_DOES =
      "Prints each derivation of the option under each configuration (or the one"
          + " given): its JSON key, the section of docs/model.md, the formula, the inputs and the"
          + " result.";
  static final String NAME_LABEL = "NAME";
  static final String OPTION_HELP = "the option to explain, as named in the scenario";
  static final String CONFIGURATION_HELP =
      "the configuration to explain it under (default: every configuration)";

  @Mixin ScenarioFile scenario;

  @Option(names = "--option", paramLabel = NAME_LABEL, required = true, description = OPTION_HELP)
  String option;

  @Option(names = "--configuration", paramLabel = NAME_LABEL, description = CONFIGURATION_HELP)
  String configuration;

  @Mixin OutputFile output;

  @Override
  public Integer call() throws IOException {
    output.check("text", "txt");
    Scenario loaded = scenario.read();
    List<String> options = new ArrayList<>();
    for (DrOption candidate : loaded.options()) {
      options.add(candidate.name());
    }
    List<String> configurations = new ArrayList<>();
    for (Configuration candidate : loaded.primary().configurations()) {
      configurations.add(candidate.name());
    }
    UnknownNames.require("--option", "option", option, options);
    if (configuration != null) {
      UnknownNames.require("--configuration", "configuration", configuration, configurations);
      configurations = List.of(configuration);
    }
    List<Explanation> explanations = new ArrayList<>();
    for (String name : configurations) {
      explanations.add(Explanation.of(loaded, name, option));
    }
    StringWriter report = new StringWriter();
    new ExplainReport(loaded).write(explanations, report);
    output.write(report.toString());
    return ExitCodes.OK;
  }
}

package dev.drplan.cli;

import dev.drplan.analysis.Metric;
import dev.drplan.analysis.Sensitivity;
import dev.drplan.analysis.Tornado;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.analysis.UnknownNameException;
import dev.drplan.report.ReportFormat;
import dev.drplan.report.TornadoReport;
import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.DrOption;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code drplan sensitivity FILE --metric M}: the tornado of one figure of one pair. */
@Command(
    name = "sensitivity",
    header = "Which uncertain input moves a figure most: the tornado of one pair.",
    description = {
      "Moves each uncertain input (a value written as {dist: ...}) to its P10 and to its P90,"
          + " every other input at its base, and shows the figure at both ends, widest swing"
          + " first.",
      "Without --configuration and --option, the pair compare recommends (the first pair when"
          + " nothing is feasible)."
    },
    sortOptions = false)
final class SensitivityCommand implements Callable<Integer> {

  @Mixin private ScenarioFile scenario;

  @Option(
      names = "--metric",
      paramLabel = "METRIC",
      defaultValue = "horizon_cost",
      description =
          "the figure: seed, rpo, rto, horizon_cost, replication, or a JSON key such as"
              + " monthly_cost_usd_end (default ${DEFAULT-VALUE})")
  private String metric;

  @Option(names = "--option", paramLabel = "NAME", description = "the pair's DR option")
  private String option;

  @Option(
      names = "--configuration",
      paramLabel = "NAME",
      description = "the pair's primary configuration")
  private String configuration;

  @Mixin private FormatOption format = FormatOption.text();

  @Mixin private OutputFile output;

  @Override
  public Integer call() throws IOException {
    ReportFormat outputFormat = format.chosen();
    Metric chosen = metric(metric);
    output.check();
    UncertainScenario uncertain = scenario.readUncertain();
    if (configuration != null) {
      List<String> names = new ArrayList<>();
      for (Configuration c : uncertain.base().primary().configurations()) {
        names.add(c.name());
      }
      UnknownNames.require("--configuration", "configuration", configuration, names);
    }
    if (option != null) {
      List<String> names = new ArrayList<>();
      for (DrOption o : uncertain.base().options()) {
        names.add(o.name());
      }
      UnknownNames.require("--option", "option", option, names);
    }
    Tornado tornado = Sensitivity.tornado(uncertain, chosen, configuration, option);
    StringWriter report = new StringWriter();
    TornadoReport.write(outputFormat, uncertain, tornado, report);
    output.write(report.toString());
    return ExitCodes.OK;
  }

  /** The metric named {@code name}, or an input error listing the names. */
  static Metric metric(String name) {
    try {
      return Metric.byName(name.strip());
    } catch (UnknownNameException e) {
      throw UnknownNames.of("--metric", e);
    }
  }
}

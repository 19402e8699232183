package dev.drplan.cli;

import dev.drplan.analysis.UncertainScenario;
import dev.drplan.report.Comparison;
import dev.drplan.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code drplan compare FILE}: every option against every configuration, and the verdict. */
@Command(
    name = "compare",
    header = CompareCommand.HEADER,
    description = {CompareCommand.WHAT_IT_DOES, CompareCommand.INFEASIBLE},
    sortOptions = false)
final class CompareCommand implements Callable<Integer> {

  // The texts of the command are constants so that CompareCommandModel builds the same one.
  static final String HEADER =
      "Compare every DR option of a scenario against every primary configuration.";
  static final String WHAT_IT_DOES =
      "Sizes each configuration, evaluates each (configuration, option) pair (replication rate,"
          + " seed, RPO, RTO, cost over the horizon), and recommends the cheapest feasible pair.";
  static final String INFEASIBLE =
      "An infeasible option is a result with its reasons, not an error.";

  // Package-private for CompareCommandModel, which sets them without reflection.
  @Mixin ScenarioFile scenario;

  @Mixin FormatOption format = FormatOption.text().note(" (docs/model.md's output contract)");

  @Mixin OutputFile output;

  @Override
  public Integer call() throws IOException {
    ReportFormat chosen = format.chosen(); // checks --out first, as every command's does
    UncertainScenario uncertain = scenario.readUncertain();
    Comparison comparison = Comparison.of(uncertain);
    StringWriter report = new StringWriter();
    chosen.writer().write(comparison, report);
    output.write(report.toString());
    return ExitCodes.OK;
  }
}

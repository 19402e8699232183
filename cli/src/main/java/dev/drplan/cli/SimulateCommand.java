package dev.drplan.cli;

import dev.drplan.analysis.MonteCarlo;
import dev.drplan.analysis.MonteCarloResult;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.report.ReportFormat;
import dev.drplan.report.SimulationReport;
import java.io.IOException;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code drplan simulate FILE}: Monte Carlo over the scenario's distributions. */
@Command(
    name = "simulate",
    header = SimulateCommand.HEADER,
    description = {SimulateCommand.WHAT_IT_DOES, SimulateCommand.SAME_SEED},
    sortOptions = false)
final class SimulateCommand implements Callable<Integer> {

  // The texts of the command line are constants and its fields package-private so that
  // SimulateCommandModel builds the same one.
  static final String HEADER =
      "Monte Carlo over the scenario's distributions: percentiles and probabilities.";
  static final String WHAT_IT_DOES =
      "Draws every uncertain input (a value written as {dist: ...} in the scenario) --samples"
          + " times, evaluates each draw as compare does, and reports for every (configuration,"
          + " option) pair the P10, P50, P90 and mean of seed time, RPO, RTO, monthly and horizon"
          + " cost, and the probability of being feasible and of meeting each objective.";
  static final String SAME_SEED =
      "The same --seed gives the same report, byte for byte, whatever --threads is.";

  @Spec CommandSpec spec;

  @Mixin ScenarioFile scenario;

  @Mixin SamplingOptions sampling;

  @Mixin FormatOption format = FormatOption.text();

  @Mixin OutputFile output;

  @Override
  public Integer call() throws IOException {
    ReportFormat outputFormat = format.chosen();
    int samples = sampling.samples();
    int workers = sampling.threads();
    output.check();
    UncertainScenario uncertain = scenario.readUncertain();
    requireMemoryFor(samples, uncertain);
    MonteCarloResult result;
    try (TerminalProgress progress =
        TerminalProgress.of(spec.commandLine().getErr(), "simulate", "samples")) {
      result = MonteCarlo.run(uncertain, samples, sampling.seed(), workers, progress);
    }
    StringWriter report = new StringWriter();
    SimulationReport.write(outputFormat, uncertain, result, report);
    output.write(report.toString());
    return ExitCodes.OK;
  }

  /**
   * Refuses a sample count whose means would not fit a quarter of this JVM's heap (one sum per
   * block of samples, pair and figure: {@link MonteCarlo#heldBytes}), with the most that would.
   */
  static void requireMemoryFor(int samples, UncertainScenario uncertain) {
    int pairs = SamplingOptions.pairs(uncertain);
    long budget = Runtime.getRuntime().maxMemory() / 4;
    long most = (long) MonteCarlo.BLOCK * (budget / MonteCarlo.heldBytes(MonteCarlo.BLOCK, pairs));
    SamplingOptions.requireAtMost(samples, pairs, most, "");
  }
}

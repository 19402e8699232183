package dev.drplan.cli;

import dev.drplan.analysis.DecisionAnalysis;
import dev.drplan.analysis.DecisionResult;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.report.DecisionReport;
import dev.drplan.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code drplan decide FILE}: which pair to propose, how sure, and what to ask first. */
@Command(
    name = "decide",
    header = "Decide under uncertainty: how sure each pair is, what to propose, what to ask first.",
    description = {
      "Samples the scenario's uncertain inputs (as simulate does) and reports, for every"
          + " (configuration, option) pair, the probability of being feasible and of meeting each"
          + " objective and its P10, P50 and P90 horizon cost; the recommendation at the"
          + " confidence of objectives.confidence (default 90%%), remedies considered, or the pair"
          + " that comes closest and what it lacks; where along each uncertain input compare's"
          + " recommendation changes (flip points); and the inputs worth learning first, by the"
          + " expected value of partial perfect information in dollars, with the question to ask.",
      "The same --seed gives the same report, byte for byte, whatever --threads is."
    },
    sortOptions = false)
final class DecideCommand implements Callable<Integer> {

  @Mixin private ScenarioFile scenario;

  @Mixin private SamplingOptions sampling;

  @Mixin private FormatOption format = FormatOption.text();

  @Mixin private OutputFile output;

  @Override
  public Integer call() throws IOException {
    ReportFormat outputFormat = format.chosen();
    int samples = sampling.samples();
    int workers = sampling.threads();
    output.check();
    UncertainScenario uncertain = scenario.readUncertain();
    requireMemoryFor(samples, uncertain);
    DecisionResult result = DecisionAnalysis.run(uncertain, samples, sampling.seed(), workers);
    StringWriter report = new StringWriter();
    DecisionReport.write(outputFormat, uncertain, result, report);
    output.write(report.toString());
    return ExitCodes.OK;
  }

  /**
   * Refuses a sample count whose draws would not fit half of this JVM's heap ({@link
   * DecisionAnalysis#heldBytes}: unlike simulate, decide keeps every sample) or the one array of
   * utilities, with the most that would.
   */
  static void requireMemoryFor(int samples, UncertainScenario uncertain) {
    int pairs = SamplingOptions.pairs(uncertain);
    long budget = Runtime.getRuntime().maxMemory() / 2;
    long most =
        Math.min(
            budget / DecisionAnalysis.heldBytes(1, pairs, uncertain.inputs().size()),
            DecisionAnalysis.mostSamplesInOneArray(pairs));
    SamplingOptions.requireAtMost(samples, pairs, most, " or one array holds");
  }
}

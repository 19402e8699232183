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
import picocli.CommandLine.Option;

/** {@code drplan decide FILE}: which pair to propose, how sure, and what to ask first. */
@Command(
    name = "decide",
    header = "Decide under uncertainty: how sure each pair is, what to propose, what to ask first.",
    description = {
      "Samples the scenario's uncertain inputs (as simulate does) and reports, for every"
          + " (configuration, option) pair, the probability of being feasible and of meeting each"
          + " objective and its P10, P50 and P90 horizon cost; the recommendation at the"
          + " confidence of objectives.confidence (default 90%), remedies considered, or the pair"
          + " that comes closest and what it lacks; where along each uncertain input compare's"
          + " recommendation changes (flip points); and the inputs worth learning first, by the"
          + " expected value of partial perfect information in dollars, with the question to ask.",
      "The same --seed gives the same report, byte for byte, whatever --threads is."
    },
    sortOptions = false)
final class DecideCommand implements Callable<Integer> {

  @Mixin private ScenarioFile scenario;

  @Option(
      names = "--samples",
      paramLabel = "N",
      defaultValue = "100000",
      description = "how many futures to sample (default ${DEFAULT-VALUE})")
  private int samples;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "seed of the draws (default ${DEFAULT-VALUE}, so a rerun gives the same"
              + " figures); any 64-bit integer")
  private long seed;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "worker threads (default: the available processors); never changes a figure")
  private Integer threads;

  @Mixin private FormatOption format = FormatOption.text();

  @Mixin private OutputFile output;

  @Override
  public Integer call() throws IOException {
    ReportFormat outputFormat = format.chosen();
    if (samples < 1) {
      throw InputException.of("--samples: expected a whole number of at least 1, found " + samples);
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw InputException.of("--threads: expected a whole number of at least 1, found " + workers);
    }
    output.check();
    UncertainScenario uncertain = scenario.readUncertain();
    DecisionResult result = DecisionAnalysis.run(uncertain, samples, seed, workers);
    StringWriter report = new StringWriter();
    DecisionReport.write(outputFormat, uncertain.base(), result, report);
    output.write(report.toString());
    return ExitCodes.OK;
  }
}

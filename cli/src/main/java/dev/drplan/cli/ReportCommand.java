package dev.drplan.cli;

import dev.drplan.analysis.ProposalAnalysis;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.catalog.Catalog;
import dev.drplan.load.CatalogReader;
import dev.drplan.report.HtmlReport;
import dev.drplan.report.Proposal;
import dev.drplan.report.ReportFormat;
import dev.drplan.report.XlsxReport;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code drplan report FILE --out proposal.html}: the proposal a customer reads, as one
 * self-contained HTML file with charts, or ({@code --format xlsx}) the sizing tables as a workbook.
 * The XLSX writer (Apache POI) is reached only from the xlsx branch, so no other command loads it.
 */
@Command(
    name = "report",
    header = "Write the proposal: sizing tables, recommendation, assumptions and charts.",
    description = {
      "HTML (default): one self-contained file (no script, no network) with the sizing tables,"
          + " the recommendation and why, the remedies (the cheapest single change of the"
          + " design that makes each infeasible pair feasible, then the others, objectives apart), the assumptions, every price and hardware figure"
          + " used beside the catalog's (source, as-of date; the scenario's own marked), and"
          + " charts: monthly cost, seed time against bandwidth, horizon cost against data size"
          + " with the feasibility edges, and, for uncertain inputs, Monte Carlo histograms and"
          + " tornadoes.",
      "With a change profile, the RPO over the replayed profile: the achieved RPO and"
          + " compliance of every pair, the bandwidth the objective needs, and a chart of the"
          + " backlog and RPO over the worst week of each option.",
      "With uncertain inputs, a section \"Deciding under uncertainty\" (as drplan decide):"
          + " how likely each option is to work and what it costs, the recommendation at the"
          + " scenario's confidence, where the recommendation changes, and what to ask the"
          + " customer first.",
      "XLSX: the sizing tables as numbers in the units their headers name, the assumptions, and"
          + " the price and hardware figures used beside the catalog's."
    },
    sortOptions = false)
final class ReportCommand implements Callable<Integer> {

  @Mixin private ScenarioFile scenario;

  @Mixin
  private FormatOption format =
      FormatOption.of(ReportFormat.HTML, ReportFormat.HTML, ReportFormat.XLSX);

  @Mixin private OutputFile output;

  @Option(
      names = "--samples",
      paramLabel = "N",
      defaultValue = "" + ProposalAnalysis.DEFAULT_SAMPLES,
      converter = OptionRanges.Samples.class,
      description =
          "Monte Carlo samples when some inputs are uncertain, 1 to 100,000,000 (default:"
              + " ${DEFAULT-VALUE})")
  private int samples;

  @Option(
      names = "--seed",
      paramLabel = "N",
      converter = OptionRanges.Seed.class,
      defaultValue = "" + ProposalAnalysis.DEFAULT_SEED,
      description =
          "Monte Carlo seed; the same seed gives the same report (default:" + " ${DEFAULT-VALUE})")
  private long seed;

  @Override
  public Integer call() throws IOException {
    boolean xlsx = format.chosen() == ReportFormat.XLSX;
    output.check();
    UncertainScenario uncertain = scenario.readUncertain();
    SimulateCommand.requireMemoryFor(samples, uncertain);
    DecideCommand.requireMemoryFor(samples, uncertain);
    Proposal proposal =
        Proposal.of(
            uncertain,
            catalog(uncertain.base()),
            samples,
            seed,
            Runtime.getRuntime().availableProcessors());
    if (xlsx) {
      output.write(XlsxReport.write(proposal), "--format xlsx");
    } else {
      output.write(HtmlReport.render(proposal));
    }
    return ExitCodes.OK;
  }

  /** The built-in catalog the scenario names, for the sources; null when there is none. */
  private static Catalog catalog(Scenario scenario) {
    if (scenario.catalogName() == null) {
      return null;
    }
    CatalogReader reader = Wiring.catalogs();
    return reader.names().contains(scenario.catalogName())
        ? reader.load(scenario.catalogName())
        : null;
  }
}

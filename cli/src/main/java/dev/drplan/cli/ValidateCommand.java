package dev.drplan.cli;

import dev.drplan.gcs.probe.FleetReport;
import dev.drplan.gcs.probe.Measurement;
import dev.drplan.gcs.probe.ProbeReportReader;
import dev.drplan.model.AssumptionCheck;
import dev.drplan.model.MeasuredThroughput;
import dev.drplan.report.ReportFormat;
import dev.drplan.report.ValidationReport;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataSize;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code drplan validate FILE --probe probe.json}: holds each data-copy option's copy-engine
 * assumption against a recorded probe and recomputes what depends on it.
 */
@Command(
    name = "validate",
    header = "Hold the scenario's copy-engine assumptions against a recorded drplan probe.",
    description = {
      "For each data-copy option: its copy_engine assumption (per_stream, streams_per_host, hosts,"
          + " host_nic) beside the probe's write throughput at the same streams per host and the"
          + " nearest probed object size; the verdict (holds, or optimistic by X%%); and the"
          + " replication rate and bottleneck, seed, RPO and RTO recomputed with the measurement.",
      "A probe measures one host: its figure is taken per host and multiplied by the hosts."
          + " A merged fleet report (drplan probe merge --format json --out merged.json) measured N"
          + " hosts together: per host is its aggregate over the window where all ran, divided by"
          + " N, so that N hosts give the measured aggregate itself; the report says which it"
          + " used. --hosts sets how many hosts the recomputed figures use (default: the"
          + " scenario's)."
    },
    sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

  @Mixin private ScenarioFile scenario;

  @Option(
      names = "--probe",
      required = true,
      paramLabel = "PROBE_JSON",
      description =
          "a probe.json written by drplan probe --out, or a fleet's merged report (drplan probe"
              + " merge --format json)")
  private Path probe;

  @Option(
      names = "--hosts",
      paramLabel = "N",
      converter = OptionRanges.Hosts.class,
      description = "data-mover hosts for the recomputed figures (default: the scenario's)")
  private Integer hosts;

  @Mixin
  private FormatOption format =
      FormatOption.of(
          ReportFormat.TABLE, ReportFormat.TABLE, ReportFormat.MARKDOWN, ReportFormat.JSON);

  @Mixin private OutputFile output;

  @Override
  public Integer call() throws IOException {
    ReportFormat chosen = format.chosen();
    if (hosts != null && hosts < 1) {
      throw InputException.of("--hosts: expected a whole number of at least 1, found " + hosts);
    }
    output.check();
    Scenario loaded = scenario.read();
    Measurement report = readProbe(probe);
    Map<DataSize, MeasuredThroughput> writesBySize =
        MeasuredThroughput.writesByObjectSize(report.measuredPerHost());
    if (writesBySize.isEmpty()) {
      throw InputException.of(
          probe
              + ": the probe has no completed write steps to validate"
              + " against; run drplan probe with --operations write");
    }
    List<AssumptionCheck.Matched> checks =
        AssumptionCheck.atNearestObjectSize(loaded, writesBySize, hosts);
    if (checks.isEmpty()) {
      throw InputException.of(
          loaded.name()
              + ": the scenario has no data-copy option; validate"
              + " checks copy_engine assumptions, which only data-copy options have");
    }
    List<String> warnings = new ArrayList<>(report.warnings());
    if (report instanceof FleetReport) {
      warnings.addAll(((FleetReport) report).leftOutOfPerHost());
    }
    if (!report.outcomeLabel().equals("completed")) {
      warnings.add(
          (report instanceof FleetReport ? "the fleet: " : "the probe ended ")
              + report.outcomeLabel()
              + "; figures come from the steps completed");
    }
    ValidationReport.Source source =
        new ValidationReport.Source(
            probe.toString(),
            report.endpoint(),
            report.emulator(),
            report.outcomeLabel(),
            warnings,
            report.hostsMeasured(),
            report instanceof FleetReport);
    output.write(ValidationReport.render(chosen, loaded.name(), source, checks));
    return ExitCodes.OK;
  }

  private static Measurement readProbe(Path file) {
    try {
      return ProbeReportReader.readMeasurement(file);
    } catch (ProbeReportReader.InvalidReportException invalid) {
      throw InputException.located(invalid.getMessage(), invalid);
    } catch (IOException unreadable) {
      throw InputException.of(
          file + ": cannot read the probe report: " + firstLine(unreadable.getMessage()));
    }
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unreadable";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}

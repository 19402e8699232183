package dev.drplan.cli;

import dev.drplan.report.ReportFormat;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option the analysis commands share (simulate, sensitivity, sweep, solve).
 */
final class AnalysisFormatOption {

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = AnalysisFormatConverter.class,
      completionCandidates = AnalysisFormatConverter.class,
      description = AnalysisFormatConverter.DESCRIPTION)
  private ReportFormat format;

  ReportFormat get() {
    return format;
  }
}

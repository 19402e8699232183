package dev.drplan.cli;

import dev.drplan.report.Comparison;
import dev.drplan.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code drplan compare FILE}: every option against every configuration, and the verdict. */
@Command(
    name = "compare",
    header = "Compare every DR option of a scenario against every primary configuration.",
    description = {
      "Sizes each configuration, evaluates each (configuration, option) pair (replication rate,"
          + " seed, RPO, RTO, cost over the horizon), and recommends the cheapest feasible pair.",
      "An infeasible option is a result with its reasons, not an error."
    },
    sortOptions = false)
final class CompareCommand implements Callable<Integer> {

  @Mixin private ScenarioFile scenario;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverter.class,
      completionCandidates = FormatConverter.class,
      description = "table (default), markdown, csv or json (spec/model.md's output contract)")
  private ReportFormat format;

  @Mixin private OutputFile output;

  @Override
  public Integer call() throws IOException {
    output.check();
    Comparison comparison = Comparison.of(scenario.read());
    StringWriter report = new StringWriter();
    format.writer().write(comparison, report);
    output.write(report.toString());
    return ExitCodes.OK;
  }

  /** {@code --format} in any case, with an error that lists the formats. */
  static final class FormatConverter implements ITypeConverter<ReportFormat>, Iterable<String> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return ReportFormat.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }

    @Override
    public Iterator<String> iterator() {
      return List.of(ReportFormat.ids().split(", ")).iterator();
    }
  }
}

package dev.drplan.cli;

import dev.drplan.report.ReportFormat;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --format} of the analysis commands (simulate, sensitivity, sweep, solve): table, markdown,
 * csv or json, in any case, with an error that lists them.
 */
final class AnalysisFormatConverter implements ITypeConverter<ReportFormat>, Iterable<String> {
  static final List<ReportFormat> FORMATS =
      List.of(ReportFormat.TABLE, ReportFormat.MARKDOWN, ReportFormat.CSV, ReportFormat.JSON);

  static final String DESCRIPTION = "table (default), markdown, csv or json";

  @Override
  public ReportFormat convert(String value) {
    for (ReportFormat format : FORMATS) {
      if (format.id().equalsIgnoreCase(value)) {
        return format;
      }
    }
    throw new TypeConversionException(
        "expected one of table, markdown, csv, json, found \"" + value + "\"");
  }

  @Override
  public Iterator<String> iterator() {
    return List.of("table", "markdown", "csv", "json").iterator();
  }
}

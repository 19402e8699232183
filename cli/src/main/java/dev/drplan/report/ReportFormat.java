package dev.drplan.report;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Every output format of drplan, one constant each; a command says which of them it writes (the
 * command line's {@code --format} reads this enum for all of them). The four text formats of {@code
 * compare} are also the factories of its writers; HTML and XLSX are {@code report}'s proposal.
 */
public enum ReportFormat {
  /** Terminal tables with human units; the default. */
  TABLE(TableReport::new, "table.txt"),
  /** GitHub pipe tables and an assumptions section, ready to paste into a proposal. */
  MARKDOWN(MarkdownReport::new, "md"),
  /** One row per (configuration, option), unit-suffixed columns, plain numbers (RFC 4180). */
  CSV(CsvReport::new, "csv"),
  /** The output contract of docs/model.md, plus additive extras. */
  JSON(JsonReport::new, "json"),
  /** The proposal as one self-contained page ({@link HtmlReport}). */
  HTML(null, "html"),
  /** The proposal's sizing tables as a workbook ({@link XlsxReport}); binary. */
  XLSX(null, "xlsx");

  private final Supplier<ReportWriter> comparisonWriter;
  private final String extension;

  ReportFormat(Supplier<ReportWriter> comparisonWriter, String extension) {
    this.comparisonWriter = comparisonWriter;
    this.extension = extension;
  }

  /**
   * A new comparison writer of this format ({@code compare}'s).
   *
   * @throws IllegalStateException for HTML and XLSX, which write the proposal, not a comparison
   */
  public ReportWriter writer() {
    if (comparisonWriter == null) {
      throw new IllegalStateException(
          id() + " writes the proposal (drplan report), not a comparison");
    }
    return comparisonWriter.get();
  }

  /** The lower-case name used on the command line: {@code table}, {@code markdown}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The file name ending of this format, without the dot: {@code md}, {@code html}; a golden file
   * of {@code compare} ends in it, and {@code report} chooses its format by it.
   */
  public String extension() {
    return extension;
  }

  /** The format called {@code id}, in any case, or {@code null} when there is none. */
  public static ReportFormat byId(String id) {
    for (ReportFormat format : values()) {
      if (format.id().equalsIgnoreCase(id)) {
        return format;
      }
    }
    return null;
  }
}

package dev.drplan.report;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The report formats of {@code drplan compare}, each a factory of its writer. A new format (HTML,
 * XLSX) is one more constant and one more {@link ReportWriter}.
 */
public enum ReportFormat {
  /** Terminal tables with human units; the default. */
  TABLE(TableReport::new, "table.txt"),
  /** GitHub pipe tables and an assumptions section, ready to paste into a proposal. */
  MARKDOWN(MarkdownReport::new, "md"),
  /** One row per (configuration, option), unit-suffixed columns, plain numbers (RFC 4180). */
  CSV(CsvReport::new, "csv"),
  /** The output contract of spec/model.md, plus additive extras. */
  JSON(JsonReport::new, "json");

  private final Supplier<ReportWriter> factory;
  private final String extension;

  ReportFormat(Supplier<ReportWriter> factory, String extension) {
    this.factory = factory;
    this.extension = extension;
  }

  /** A new writer of this format. */
  public ReportWriter writer() {
    return factory.get();
  }

  /** The lower-case name used on the command line: {@code table}, {@code markdown}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The file name ending of this format's golden files, without the dot: {@code md}. */
  public String extension() {
    return extension;
  }

  /**
   * The format called {@code id}, in any case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static ReportFormat of(String id) {
    for (ReportFormat format : values()) {
      if (format.id().equalsIgnoreCase(id)) {
        return format;
      }
    }
    throw new IllegalArgumentException("expected one of " + ids() + ", found \"" + id + "\"");
  }

  /** Every format's id, comma-separated: {@code table, markdown, csv, json}. */
  public static String ids() {
    StringBuilder ids = new StringBuilder();
    for (ReportFormat format : values()) {
      if (ids.length() > 0) {
        ids.append(", ");
      }
      ids.append(format.id());
    }
    return ids.toString();
  }
}

package dev.drplan.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes one comparison in one format. Implementations choose the display units (through {@link
 * Display}) and write {@code \n} line ends, except where the format says otherwise (CSV).
 */
public interface ReportWriter {

  /** Writes the whole report for {@code comparison} to {@code out}. */
  void write(Comparison comparison, Writer out) throws IOException;
}

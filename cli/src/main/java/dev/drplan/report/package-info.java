/**
 * Report writers: the only code that chooses display units. {@link dev.drplan.report.Display} is
 * the one {@code Locale.ROOT} formatter; {@link dev.drplan.report.ReportFormat} is the enum of
 * writer factories behind {@link dev.drplan.report.ReportWriter} (table, markdown, csv, json);
 * {@link dev.drplan.report.ExplainReport} prints the derivations of one pair. The JSON writer
 * follows the output contract of spec/model.md.
 */
package dev.drplan.report;

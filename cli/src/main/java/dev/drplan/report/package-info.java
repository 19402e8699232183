/**
 * Report writers: turn the engine's typed results and the catalog into text for people and tools.
 * The only place that chooses display units; every number is formatted as {@code Locale.ROOT}
 * writes it. {@link dev.drplan.report.Display} is the formatter of the comparison reports; {@link
 * dev.drplan.report.ReportFormat} is the enum of writer factories behind {@link
 * dev.drplan.report.ReportWriter} (table, markdown, csv, json; the JSON writer follows the output
 * contract of spec/model.md); {@link dev.drplan.report.ExplainReport} prints the derivations of
 * one pair; {@link dev.drplan.report.CatalogListing} prints the catalog.
 */
package dev.drplan.report;

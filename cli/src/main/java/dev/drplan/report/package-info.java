/**
 * Report writers: turn the engine's typed results and the catalog into text for people and tools.
 * The only place that chooses display units; every number is formatted as {@code Locale.ROOT}
 * writes it. {@link dev.drplan.report.Display} is the formatter of the comparison reports; {@link
 * dev.drplan.report.ReportFormat} is the enum of writer factories behind {@link
 * dev.drplan.report.ReportWriter} (table, markdown, csv, json; the JSON writer follows the output
 * contract of spec/model.md); {@link dev.drplan.report.ExplainReport} prints the derivations of one
 * pair; {@link dev.drplan.report.CatalogListing} prints the catalog. The proposal ({@code drplan
 * report}): {@link dev.drplan.report.Proposal} gathers the comparison, sweeps, Monte Carlo and
 * tornadoes; {@link dev.drplan.report.HtmlReport} renders it as one self-contained HTML file with
 * inline SVG charts ({@code Charts}, {@code Scale}, {@code Svg}); {@link
 * dev.drplan.report.XlsxReport} writes the sizing tables as an XLSX workbook (Apache POI, loaded
 * only for that format).
 */
package dev.drplan.report;

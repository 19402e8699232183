/**
 * Report writers: turn the engine's typed results and the catalog into text for people and tools.
 * The only place that chooses display units; every number is formatted as {@code Locale.ROOT}
 * writes it. {@link dev.drplan.report.Display} is the formatter of the comparison reports; {@link
 * dev.drplan.report.ReportFormat} names every output format (the command line's {@code --format})
 * and is the enum of writer factories behind {@link dev.drplan.report.ReportWriter} for table,
 * markdown, csv and json (the JSON writer follows the output contract of docs/model.md); {@link
 * dev.drplan.report.ExplainReport} prints the derivations of one pair; {@link
 * dev.drplan.report.CatalogListing} prints the catalog. The proposal ({@code drplan report}):
 * {@link dev.drplan.report.Proposal} holds the engine's {@link
 * dev.drplan.analysis.ProposalAnalysis} (sweeps, feasibility edges, Monte Carlo, tornadoes, all
 * computed before any writer runs), the comparison and the catalog entries used; {@link
 * dev.drplan.report.HtmlReport} renders it as one self-contained HTML file with inline SVG charts
 * ({@code Charts}, {@code Scale}, {@code Svg}) that only draw; {@link dev.drplan.report.XlsxReport}
 * writes the sizing tables as an XLSX workbook (Apache POI, loaded only for that format).
 */
package dev.drplan.report;

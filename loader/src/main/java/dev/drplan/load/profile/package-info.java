/**
 * Change profiles read from files, for the backlog simulation of docs/model.md §5 (the engine's
 * {@link dev.drplan.model.backlog.ChangeProfile}): {@link dev.drplan.load.profile.CsvProfileReader}
 * for a CSV of timestamps and amounts changed, with the unit in the header, and {@link
 * dev.drplan.load.profile.PrometheusProfileReader} for the JSON of a Prometheus {@code
 * query_range}. Both stream their file (a five-million-row file holds one {@code double} per row in
 * memory) and refuse a bad profile with a {@link dev.drplan.load.profile.ProfileFormatException}:
 * one paragraph naming the file, line and column, what was expected and what was found.
 */
package dev.drplan.load.profile;

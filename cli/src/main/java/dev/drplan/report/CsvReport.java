package dev.drplan.report;

import dev.drplan.analysis.PairRemedies;
import dev.drplan.analysis.Remedy;
import dev.drplan.model.BacklogFigure;
import dev.drplan.model.ConfigurationFigure;
import dev.drplan.model.ConfigurationResult;
import dev.drplan.model.OptionResult;
import dev.drplan.model.PairBacklog;
import dev.drplan.model.PairFigure;
import dev.drplan.model.Reason;
import dev.drplan.model.Recommendation;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One row per (configuration, option) for spreadsheets, RFC 4180: CRLF line ends, a field quoted
 * when it holds a comma, a quote or a line break, quotes doubled; a text that a spreadsheet would
 * run as a formula is neutralised ({@link #quote}). Column names carry their unit ({@code
 * seed_days}, {@code replication_gbps}, {@code horizon_cost_usd}); numbers are {@link Display#plain
 * plain} (full precision, no grouping, no exponent, {@code Locale.ROOT}); a figure that cannot
 * exist is an empty cell. The configuration's own figures repeat on each of its rows so that every
 * row stands alone in a filter or pivot.
 */
final class CsvReport implements ReportWriter {
  private static final String EOL = "\r\n";

  /** One column: its name and how a row's cell is computed. */
  private record Column(String name, Function<Row, String> cell) {}

  private record Row(
      Scenario scenario,
      ConfigurationResult configuration,
      OptionResult result,
      PairRemedies remedies,
      Recommendation recommendation) {
    /** The pair's best remedy, or null (feasible, or no single change works). */
    Remedy remedy() {
      return remedies == null ? null : remedies.best();
    }

    /** Whether this row is the recommended pair (§8); no row is when nothing is feasible. */
    boolean recommended() {
      return recommendation.found()
          && recommendation.configuration().equals(result.configuration())
          && recommendation.option().equals(result.option());
    }
  }

  private static final List<Column> COLUMNS =
      List.of(
          new Column("configuration", r -> r.result().configuration()),
          new Column("option", r -> r.result().option()),
          new Column("kind", r -> r.result().kind()),
          new Column("feasible", r -> Boolean.toString(r.result().feasible())),
          pair(PairFigure.REPLICATION_BYTES_PER_SECOND, DisplayUnit.GIGABITS_PER_SECOND),
          pair(PairFigure.REPLICATION_BYTES_PER_SECOND, DisplayUnit.GIGABYTES_PER_SECOND),
          new Column("bottleneck", r -> r.result().replication().bottleneck().id()),
          pair(PairFigure.SEED_SECONDS, DisplayUnit.DAYS),
          pair(PairFigure.RPO_SECONDS, DisplayUnit.MINUTES),
          pair(PairFigure.RPO_MAX_INTERVAL_SECONDS, DisplayUnit.MINUTES),
          pair(PairFigure.RTO_SECONDS, DisplayUnit.HOURS),
          pair(PairFigure.STORED_BYTES_END, DisplayUnit.TERABYTES),
          pair(PairFigure.STORED_BYTES_END, DisplayUnit.GIBIBYTES),
          pair(PairFigure.NODES_START, DisplayUnit.COUNT),
          pair(PairFigure.NODES_END, DisplayUnit.COUNT),
          pair(PairFigure.CLUSTERS_END, DisplayUnit.COUNT),
          pair(PairFigure.MONTHLY_COST_USD_START, DisplayUnit.USD),
          pair(PairFigure.MONTHLY_COST_USD_END, DisplayUnit.USD),
          pair(PairFigure.ONE_TIME_COST_USD, DisplayUnit.USD),
          pair(PairFigure.HORIZON_COST_USD, DisplayUnit.USD),
          pair(PairFigure.RECOVERY_EVENT_COST_USD, DisplayUnit.USD),
          configuration(ConfigurationFigure.USABLE_BYTES, DisplayUnit.TERABYTES),
          configuration(ConfigurationFigure.LOGICAL_CAPACITY_BYTES, DisplayUnit.TERABYTES),
          configuration(ConfigurationFigure.TIME_TO_FULL_SECONDS, DisplayUnit.DAYS),
          new Column("fits_horizon", r -> Boolean.toString(r.configuration().fitsHorizon())),
          new Column("reasons", r -> texts(r.result().reasons())),
          new Column("notes", r -> texts(ReasonText.notesToSay(r.result()))),
          new Column("reason_codes", r -> codes(r.result().reasons())),
          new Column(
              "remedy",
              r -> r.remedies() == null ? "" : RemedyText.best(r.scenario(), r.remedies())),
          new Column("remedy_lever", r -> r.remedy() == null ? "" : r.remedy().lever().path()),
          new Column(
              "remedy_unit", r -> r.remedy() == null ? "" : r.remedy().lever().key().kind().unit()),
          new Column("remedy_to", r -> r.remedy() == null ? "" : Display.plain(r.remedy().to())),
          new Column(
              "remedy_horizon_cost_usd",
              r -> r.remedy() == null ? "" : Display.plain(r.remedy().horizonCostUsd())),
          new Column(
              "remedy_horizon_cost_delta_usd",
              r -> r.remedy() == null ? "" : Display.plain(r.remedy().horizonCostDeltaUsd())),
          new Column(
              "remedy_changes_objective",
              r -> r.remedy() == null ? "" : Boolean.toString(r.remedy().changesObjective())),
          new Column("recommended", r -> Boolean.toString(r.recommended())),
          configuration(ConfigurationFigure.PURCHASE_USD, DisplayUnit.USD),
          configuration(ConfigurationFigure.ONPREM_SPEND_USD, DisplayUnit.USD));

  /**
   * The columns of a pair's backlog replay (docs/model.md §5, "The backlog"), after the others,
   * only when the scenario has a change profile.
   */
  private static final List<Column> BACKLOG_COLUMNS =
      List.of(
          backlog(BacklogFigure.RPO_P50_SECONDS, DisplayUnit.MINUTES),
          backlog(BacklogFigure.RPO_P95_SECONDS, DisplayUnit.MINUTES),
          backlog(BacklogFigure.RPO_P99_SECONDS, DisplayUnit.MINUTES),
          backlog(BacklogFigure.RPO_MAX_SECONDS, DisplayUnit.MINUTES),
          backlog(BacklogFigure.RPO_WITHIN_OBJECTIVE, DisplayUnit.RATIO),
          backlog(BacklogFigure.RPO_VIOLATIONS, DisplayUnit.COUNT),
          backlog(BacklogFigure.RPO_VIOLATIONS_PER_DAY, DisplayUnit.RATIO),
          backlog(BacklogFigure.BACKLOG_MAX_BYTES, DisplayUnit.TERABYTES),
          new Column(
              "backlog_max_at",
              r -> {
                PairBacklog backlog = r.result().backlog();
                return backlog.simulated() == null || backlog.simulated().largestBacklogAt() == null
                    ? ""
                    : backlog.simulated().largestBacklogAt().toString();
              }),
          backlog(BacklogFigure.BACKLOG_DRAIN_SECONDS, DisplayUnit.HOURS),
          new Column(
              "backlog_catches_up",
              r ->
                  r.result().backlog().beyondDataLimit()
                      ? ""
                      : Boolean.toString(r.result().backlog().catchesUp())),
          backlog(
              BacklogFigure.BACKLOG_SHORTFALL_BYTES_PER_SECOND, DisplayUnit.GIGABITS_PER_SECOND),
          backlog(BacklogFigure.RPO_COMPLIANCE_BYTES_PER_SECOND, DisplayUnit.GIGABITS_PER_SECOND),
          backlog(BacklogFigure.RPO_COMPLIANCE_BYTES_PER_SECOND, DisplayUnit.GIGABYTES_PER_SECOND),
          backlog(BacklogFigure.RPO_COMPLIANCE_CIRCUITS, DisplayUnit.COUNT),
          new Column(
              "rpo_compliance_capped_by",
              r ->
                  r.result().backlog().cappedBy() == null
                      ? ""
                      : r.result().backlog().cappedBy().id()),
          backlog(BacklogFigure.RPO_COMPLIANCE_RPO_MAX_SECONDS, DisplayUnit.MINUTES),
          backlog(BacklogFigure.RPO_WITHIN_OBJECTIVE_UNLIMITED, DisplayUnit.RATIO));

  /** The column of a pair's backlog figure in {@code unit}. */
  private static Column backlog(BacklogFigure figure, DisplayUnit unit) {
    return new Column(unit.columnOf(figure), r -> cell(unit, figure.canonical(r.result())));
  }

  /** The column of a pair's figure in {@code unit}, named by {@link DisplayUnit#columnOf}. */
  private static Column pair(PairFigure figure, DisplayUnit unit) {
    return new Column(unit.columnOf(figure), r -> cell(unit, figure.canonical(r.result())));
  }

  /** The column of a configuration's figure in {@code unit}, repeated on each of its rows. */
  private static Column configuration(ConfigurationFigure figure, DisplayUnit unit) {
    return new Column(unit.columnOf(figure), r -> cell(unit, figure.canonical(r.configuration())));
  }

  /** A figure in {@code unit}: a whole number for a count, empty where it cannot exist. */
  private static String cell(DisplayUnit unit, double canonical) {
    if (Double.isNaN(canonical)) {
      return "";
    }
    return unit == DisplayUnit.COUNT
        ? Long.toString((long) canonical)
        : Display.plain(unit.of(canonical));
  }

  /** The header line's column names, in order. */
  static List<String> columnNames() {
    List<String> names = new ArrayList<>();
    for (Column column : COLUMNS) {
      names.add(column.name());
    }
    return names;
  }

  /** The columns of {@code comparison}: the backlog's too when it replayed a change profile. */
  private static List<Column> columns(Comparison comparison) {
    if (comparison.evaluation().replay() == null) {
      return COLUMNS;
    }
    List<Column> columns = new ArrayList<>(COLUMNS);
    columns.addAll(BACKLOG_COLUMNS);
    return columns;
  }

  @Override
  public void write(Comparison comparison, Writer out) throws IOException {
    List<Column> columns = columns(comparison);
    List<String> names = new ArrayList<>();
    for (Column column : columns) {
      names.add(column.name());
    }
    line(out, names);
    for (OptionResult result : comparison.evaluation().results()) {
      Row row =
          new Row(
              comparison.scenario(),
              comparison.configuration(result.configuration()),
              result,
              comparison.remedies(result),
              comparison.evaluation().recommendation());
      List<String> cells = new ArrayList<>();
      for (Column column : columns) {
        cells.add(column.cell().apply(row));
      }
      line(out, cells);
    }
  }

  private static void line(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells.get(i)));
    }
    out.write(EOL);
  }

  /**
   * One CSV field, safe to open in a spreadsheet. RFC 4180: quoted when it holds a comma, a quote
   * or a line break, inner quotes doubled. OWASP's rule against formula injection: a text that
   * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, which a
   * spreadsheet would run as a formula, gets a single quote in front and is quoted ({@code
   * "'=HYPERLINK(...)"}). A number is never touched, so a negative figure ({@code -0.25}) stays a
   * number: every figure drplan writes is {@link Display#plain plain} ({@code -?digits[.digits]}),
   * and only a field of exactly that shape counts as one.
   */
  static String quote(String field) {
    if (!field.isEmpty() && FORMULA_START.indexOf(field.charAt(0)) >= 0 && !isPlainNumber(field)) {
      return "\"'" + field.replace("\"", "\"\"") + '"';
    }
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /** The first characters that make a spreadsheet read a cell as a formula (OWASP). */
  private static final String FORMULA_START = "=+-@\t\r";

  /** Whether {@code field} is a number as {@link Display#plain} writes one: -?digits[.digits]. */
  static boolean isPlainNumber(String field) {
    int i = field.startsWith("-") ? 1 : 0;
    int digits = 0;
    boolean point = false;
    for (; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point && digits > 0) {
        point = true;
        digits = 0;
      } else {
        return false;
      }
    }
    return digits > 0;
  }

  /** The reasons in the engine's words, joined by "; " (a CSV cell, or a sentence's list). */
  static String texts(List<Reason> reasons) {
    List<String> texts = new ArrayList<>();
    for (Reason reason : reasons) {
      texts.add(ReasonText.of(reason));
    }
    return String.join("; ", texts);
  }

  /** The reason codes, space separated (a CSV cell). */
  static String codes(List<Reason> reasons) {
    List<String> codes = new ArrayList<>();
    for (Reason reason : reasons) {
      codes.add(reason.code().id());
    }
    return String.join(" ", codes);
  }
}

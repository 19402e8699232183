package dev.drplan.report;

import dev.drplan.model.ConfigurationResult;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One row per (configuration, option) for spreadsheets, RFC 4180: CRLF line ends, a field quoted
 * when it holds a comma, a quote or a line break, quotes doubled. Column names carry their unit
 * ({@code seed_days}, {@code replication_gbps}, {@code horizon_cost_usd}); numbers are {@link
 * Display#plain plain} (full precision, no grouping, no exponent, {@code Locale.ROOT}); a figure
 * that cannot exist is an empty cell. The configuration's own figures repeat on each of its rows so
 * that every row stands alone in a filter or pivot.
 */
final class CsvReport implements ReportWriter {
  private static final String EOL = "\r\n";

  /** One column: its name and how a row's cell is computed. */
  private record Column(String name, Function<Row, String> cell) {}

  private record Row(ConfigurationResult configuration, OptionResult result) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("configuration", r -> r.result().configuration()),
          new Column("option", r -> r.result().option()),
          new Column("kind", r -> r.result().kind()),
          new Column("feasible", r -> Boolean.toString(r.result().feasible())),
          new Column("replication_gbps", r -> gbps(r.result().replication().rate())),
          new Column("replication_gb_per_s", r -> gbPerSecond(r.result().replication().rate())),
          new Column("bottleneck", r -> r.result().replication().bottleneck().id()),
          new Column("seed_days", r -> days(r.result().seed().time())),
          new Column("rpo_minutes", r -> minutes(r.result().rpo())),
          new Column(
              "rpo_max_interval_minutes", r -> minutes(r.result().longestIntervalMeetingRpo())),
          new Column("rto_hours", r -> hours(r.result().rto())),
          new Column("stored_end_tb", r -> terabytes(r.result().storedEnd())),
          new Column("stored_end_gib", r -> gibibytes(r.result().storedEnd())),
          new Column("nodes_start", r -> count(r.result().nodesStart())),
          new Column("nodes_end", r -> count(r.result().nodesEnd())),
          new Column("clusters_end", r -> count(r.result().clustersEnd())),
          new Column("monthly_cost_start_usd", r -> usd(r.result().monthlyCostStart())),
          new Column("monthly_cost_end_usd", r -> usd(r.result().monthlyCostEnd())),
          new Column("one_time_cost_usd", r -> usd(r.result().oneTimeCost())),
          new Column("horizon_cost_usd", r -> usd(r.result().horizonCost())),
          new Column("recovery_event_cost_usd", r -> usd(r.result().recoveryEventCost())),
          new Column("usable_tb", r -> terabytes(r.configuration().usable())),
          new Column("logical_capacity_tb", r -> terabytes(r.configuration().logicalCapacity())),
          new Column("time_to_full_days", r -> days(r.configuration().timeToFull())),
          new Column("fits_horizon", r -> Boolean.toString(r.configuration().fitsHorizon())),
          new Column("reasons", r -> texts(r.result().reasons())),
          new Column("notes", r -> texts(r.result().notes())),
          new Column("reason_codes", r -> codes(r.result().reasons())));

  /** The header line's column names, in order. */
  static List<String> columnNames() {
    List<String> names = new ArrayList<>();
    for (Column column : COLUMNS) {
      names.add(column.name());
    }
    return names;
  }

  @Override
  public void write(Comparison comparison, Writer out) throws IOException {
    line(out, columnNames());
    for (OptionResult result : comparison.evaluation().results()) {
      Row row = new Row(comparison.configuration(result.configuration()), result);
      List<String> cells = new ArrayList<>();
      for (Column column : COLUMNS) {
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

  /** RFC 4180: quoted when needed, inner quotes doubled. */
  static String quote(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  private static String gbps(DataRate rate) {
    return Display.plain(rate.gigabitsPerSecond());
  }

  private static String gbPerSecond(DataRate rate) {
    return Display.plain(rate.gigabytesPerSecond());
  }

  private static String days(TimeSpan span) {
    return span == null ? "" : Display.plain(span.days());
  }

  private static String minutes(TimeSpan span) {
    return span == null ? "" : Display.plain(span.minutes());
  }

  private static String hours(TimeSpan span) {
    return span == null ? "" : Display.plain(span.hours());
  }

  private static String terabytes(DataSize size) {
    return size == null ? "" : Display.plain(size.terabytes());
  }

  private static String gibibytes(DataSize size) {
    return size == null ? "" : Display.plain(size.gibibytes());
  }

  private static String count(Long count) {
    return count == null ? "" : Long.toString(count);
  }

  private static String usd(Money money) {
    return Display.plain(money.usd());
  }

  private static String texts(List<Reason> reasons) {
    List<String> texts = new ArrayList<>();
    for (Reason reason : reasons) {
      texts.add(ReasonText.of(reason));
    }
    return String.join("; ", texts);
  }

  private static String codes(List<Reason> reasons) {
    List<String> codes = new ArrayList<>();
    for (Reason reason : reasons) {
      codes.add(reason.code().id());
    }
    return String.join(" ", codes);
  }
}

package dev.drplan.report;

import dev.drplan.analysis.PairRemedies;
import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.model.BacklogFigure;
import dev.drplan.model.ConfigurationFigure;
import dev.drplan.model.ConfigurationResult;
import dev.drplan.model.CostLine;
import dev.drplan.model.CostLineFigure;
import dev.drplan.model.Evaluation;
import dev.drplan.model.ExpansionFigure;
import dev.drplan.model.ExpansionStep;
import dev.drplan.model.Figure;
import dev.drplan.model.LineCosts;
import dev.drplan.model.OptionResult;
import dev.drplan.model.PairFigure;
import dev.drplan.model.Reason;
import dev.drplan.model.Recommendation;
import dev.drplan.scenario.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The proposal's sizing tables as an XLSX workbook (Apache POI), one sheet per table: figures are
 * numeric cells in the unit their header names ({@code Seed (days)}, {@code Horizon cost (USD)}),
 * converted from the engine's canonical figures by the unit's definition alone; a figure that
 * cannot exist is an empty cell; headers are the figures' labels ({@link Wording}). Then the
 * recommendation, the assumptions, and the price and hardware figures used with the catalog's
 * values and sources beside them.
 *
 * <p>Only {@code drplan report --format xlsx} reaches this class, so no other command loads POI.
 */
public final class XlsxReport {
  private XlsxReport() {}

  /** Sheet names, in workbook order (the Monte Carlo sheet is not among them). */
  public static final List<String> SHEETS =
      List.of(
          "Configurations",
          "Expansion plan",
          "Options",
          "Cost lines",
          "Monthly costs",
          "Recommendation",
          "Inputs",
          "Assumptions",
          "Sources");

  /** One column: its header (with the unit) and its cell for a row; null for an empty cell. */
  private record Column<T>(String header, Function<T, Object> cell) {}

  /** The workbook's bytes. */
  public static byte[] write(Proposal proposal) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      Evaluation evaluation = proposal.comparison().evaluation();
      Scenario scenario = proposal.scenario();

      sheet(
          workbook,
          styles,
          SHEETS.get(0),
          evaluation.configurations(),
          List.of(
              new Column<ConfigurationResult>("Configuration", ConfigurationResult::configuration),
              new Column<ConfigurationResult>("C-boxes", c -> (long) c.cboxes()),
              new Column<ConfigurationResult>("D-boxes", c -> (long) c.dboxes()),
              configuration(ConfigurationFigure.RAW_BYTES, DisplayUnit.TERABYTES),
              configuration(ConfigurationFigure.USABLE_BYTES, DisplayUnit.TERABYTES),
              configuration(ConfigurationFigure.LOGICAL_CAPACITY_BYTES, DisplayUnit.TERABYTES),
              configuration(ConfigurationFigure.TIME_TO_FULL_SECONDS, DisplayUnit.DAYS),
              new Column<ConfigurationResult>("Fits now", c -> Display.yesNo(c.fitsNow())),
              new Column<ConfigurationResult>("Fits horizon", c -> Display.yesNo(c.fitsHorizon())),
              configuration(
                  ConfigurationFigure.REPLICATION_EGRESS_BYTES_PER_SECOND,
                  DisplayUnit.GIGABYTES_PER_SECOND),
              configuration(ConfigurationFigure.PURCHASE_USD, DisplayUnit.USD),
              configuration(ConfigurationFigure.ONPREM_SPEND_USD, DisplayUnit.USD)));

      List<Object[]> steps = new ArrayList<>();
      for (ConfigurationResult configuration : evaluation.configurations()) {
        for (ExpansionStep step : configuration.expansion()) {
          steps.add(new Object[] {configuration.configuration(), step});
        }
      }
      sheet(
          workbook,
          styles,
          SHEETS.get(1),
          steps,
          List.of(
              new Column<Object[]>("Configuration", s -> s[0]),
              new Column<Object[]>("Year", s -> (long) ((ExpansionStep) s[1]).year()),
              step(ExpansionFigure.LOGICAL_BYTES, DisplayUnit.TERABYTES),
              step(ExpansionFigure.DBOXES_NEEDED, DisplayUnit.COUNT),
              step(ExpansionFigure.DBOXES_TO_ADD, DisplayUnit.COUNT),
              step(ExpansionFigure.SPEND_USD, DisplayUnit.USD),
              // The header says where the days count from: the label alone would read as a date.
              new Column<Object[]>(
                  Wording.figureTitle(ExpansionFigure.ORDER_BY_SECONDS)
                      + " ("
                      + DisplayUnit.DAYS.label()
                      + " from day one)",
                  s ->
                      cell(
                          DisplayUnit.DAYS,
                          ExpansionFigure.ORDER_BY_SECONDS.canonical((ExpansionStep) s[1]))),
              step(ExpansionFigure.LATE_BY_SECONDS, DisplayUnit.DAYS)));

      sheet(
          workbook,
          styles,
          SHEETS.get(2),
          evaluation.results(),
          List.of(
              new Column<OptionResult>("Configuration", OptionResult::configuration),
              new Column<OptionResult>("Option", OptionResult::option),
              new Column<OptionResult>("Kind", r -> Wording.kind(r.kind())),
              new Column<OptionResult>("Feasible", r -> Display.yesNo(r.feasible())),
              pair(PairFigure.REPLICATION_BYTES_PER_SECOND, DisplayUnit.GIGABYTES_PER_SECOND),
              pair(PairFigure.REPLICATION_BYTES_PER_SECOND, DisplayUnit.GIGABITS_PER_SECOND),
              new Column<OptionResult>(
                  "Bottleneck", r -> Wording.bottleneck(r.replication().bottleneck())),
              pair(PairFigure.SEED_SECONDS, DisplayUnit.DAYS),
              pair(PairFigure.RPO_SECONDS, DisplayUnit.HOURS),
              pair(PairFigure.RTO_SECONDS, DisplayUnit.HOURS),
              pair(PairFigure.STORED_BYTES_END, DisplayUnit.TERABYTES),
              pair(PairFigure.NODES_END, DisplayUnit.COUNT),
              pair(PairFigure.CLUSTERS_END, DisplayUnit.COUNT),
              pair(PairFigure.MONTHLY_COST_USD_START, DisplayUnit.USD),
              pair(PairFigure.MONTHLY_COST_USD_END, DisplayUnit.USD),
              pair(PairFigure.ONE_TIME_COST_USD, DisplayUnit.USD),
              pair(PairFigure.HORIZON_COST_USD, DisplayUnit.USD),
              pair(PairFigure.RECOVERY_EVENT_COST_USD, DisplayUnit.USD),
              new Column<OptionResult>("Reasons", r -> texts(r.reasons(), scenario)),
              new Column<OptionResult>("Notes", r -> texts(ReasonText.notesToSay(r), scenario)),
              new Column<OptionResult>(
                  "Remedy",
                  r -> {
                    PairRemedies remedies = proposal.comparison().remedies(r);
                    return remedies == null ? null : RemedyText.best(scenario, remedies);
                  })));

      costLines(workbook, styles, evaluation.results());
      if (evaluation.replay() != null) {
        rpoReplay(workbook, styles, evaluation.results());
      }
      monthlyCosts(workbook, styles, evaluation.results());

      Recommendation recommendation = evaluation.recommendation();
      List<String[]> verdict = new ArrayList<>();
      verdict.add(
          new String[] {
            "Configuration", recommendation.found() ? recommendation.configuration() : Display.NONE
          });
      verdict.add(
          new String[] {"Option", recommendation.found() ? recommendation.option() : Display.NONE});
      verdict.add(new String[] {"Why", Wording.sentence(recommendation.why(), scenario)});
      // As in the HTML report: how likely the pair is, from the report's own sampled futures.
      String howSure = HtmlReport.howSure(proposal);
      if (!howSure.isEmpty()) {
        String label = "How sure: ";
        verdict.add(
            new String[] {
              "How sure", howSure.startsWith(label) ? howSure.substring(label.length()) : howSure
            });
      }
      sheet(
          workbook,
          styles,
          SHEETS.get(5),
          verdict,
          List.of(
              new Column<String[]>("Field", r -> r[0]), new Column<String[]>("Value", r -> r[1])));

      sheet(
          workbook,
          styles,
          SHEETS.get(6),
          InputMarks.of(scenario),
          List.of(
              new Column<InputMarks.Entry>("Input", InputMarks.Entry::label),
              new Column<InputMarks.Entry>("Value", InputMarks.Entry::value),
              new Column<InputMarks.Entry>("Source", InputMarks.Entry::source),
              new Column<InputMarks.Entry>(
                  "Said, or the reason", e -> e.mark() == null ? null : e.note())));

      List<String> assumptions = new ArrayList<>();
      assumptions.add(InputMarks.summary(scenario, "the Inputs sheet"));
      assumptions.addAll(Assumptions.of(proposal.comparison(), ModelCitation.TITLES));
      sheet(
          workbook,
          styles,
          SHEETS.get(7),
          assumptions,
          List.of(new Column<String>("Assumption", a -> a)));

      sheet(
          workbook,
          styles,
          SHEETS.get(8),
          proposal.sources(),
          List.of(
              new Column<SourcedFigure>("Figure", SourcedFigure::label),
              new Column<SourcedFigure>("Used by", f -> String.join(", ", f.usedBy())),
              new Column<SourcedFigure>("Value used", SourcedFigure::usedText),
              new Column<SourcedFigure>("Set by", SourcedFigure::setByText),
              new Column<SourcedFigure>(
                  "Catalog value", f -> f.catalog() == null ? null : f.catalogText()),
              new Column<SourcedFigure>(
                  "Catalog uncertainty",
                  f -> f.catalog() == null ? null : uncertainty(f.catalog())),
              new Column<SourcedFigure>(
                  "As of", f -> f.catalog() == null ? null : f.catalog().asOf()),
              new Column<SourcedFigure>(
                  "Source", f -> f.catalog() == null ? null : f.catalog().source())));

      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }

  /** A catalog figure's uncertainty (docs/model.md §8): "uncertain", "placeholder", or "no". */
  private static String uncertainty(CatalogEntry entry) {
    String mark = Catalog.uncertaintyMark(entry);
    return mark.isEmpty() ? "no" : mark;
  }

  /**
   * A column of a configuration's figure: the header is the figure's label with the unit, the cell
   * is in it.
   */
  private static Column<ConfigurationResult> configuration(
      ConfigurationFigure figure, DisplayUnit unit) {
    return new Column<>(header(figure, unit), c -> cell(unit, figure.canonical(c)));
  }

  /**
   * A column of a figure of one year of a configuration's expansion plan, for a row of
   * (configuration, step).
   */
  private static Column<Object[]> step(ExpansionFigure figure, DisplayUnit unit) {
    return new Column<>(
        header(figure, unit), s -> cell(unit, figure.canonical((ExpansionStep) s[1])));
  }

  /** A column of a pair's figure: the header is the figure's label with the unit. */
  private static Column<OptionResult> pair(PairFigure figure, DisplayUnit unit) {
    return new Column<>(header(figure, unit), r -> cell(unit, figure.canonical(r)));
  }

  /**
   * A figure's column header: its label ({@link Wording#figureTitle}) and the unit of its cells,
   * {@code "First full copy (days)"}; {@code "Recovery point (RPO), hours"} when the label ends in
   * parentheses of its own.
   */
  static String header(Figure figure, DisplayUnit unit) {
    String title = Wording.figureTitle(figure);
    if (unit == DisplayUnit.COUNT) {
      return title;
    }
    return title.endsWith(")") ? title + ", " + unit.label() : title + " (" + unit.label() + ")";
  }

  /** A figure in {@code unit}: a count as a whole number, empty where it cannot exist. */
  private static Object cell(DisplayUnit unit, double canonical) {
    if (Double.isNaN(canonical)) {
      return null;
    }
    return unit == DisplayUnit.COUNT ? (Object) (long) canonical : (Object) unit.of(canonical);
  }

  private static String texts(List<Reason> reasons, Scenario scenario) {
    List<String> texts = new ArrayList<>();
    for (Reason reason : reasons) {
      texts.add(Wording.reason(reason, scenario));
    }
    return texts.isEmpty() ? null : String.join("; ", texts);
  }

  /**
   * What each option's horizon cost is made of (docs/model.md §7): one row per option, since costs
   * do not depend on the configuration; a column per cost line that adds to the horizon for some
   * option, in USD over the horizon, "not priced" where an input is missing, empty where the line
   * does not apply; then the horizon cost, which is their sum.
   */
  private static void costLines(XSSFWorkbook workbook, Styles styles, List<OptionResult> results) {
    List<OptionResult> options = ComparisonTables.onePerOption(results);
    List<Column<OptionResult>> columns = new ArrayList<>();
    columns.add(new Column<OptionResult>("Option", OptionResult::option));
    for (CostLine line : ComparisonTables.horizonLinesOf(options)) {
      columns.add(
          new Column<OptionResult>(
              Wording.capitalised(line.label()) + " (USD)",
              r -> {
                LineCosts lines = r.costLines();
                if (!lines.applies(line)) {
                  return null;
                }
                return lines.priced(line)
                    ? (Object) CostLineFigure.HORIZON_USD.canonical(lines, line)
                    : NOT_PRICED;
              }));
    }
    columns.add(new Column<OptionResult>("Horizon cost (USD)", r -> r.horizonCost().usd()));
    sheet(workbook, styles, SHEETS.get(3), options, columns);
  }

  /**
   * The sheet of the change profile's backlog replay (docs/model.md §5, "The backlog"), after the
   * cost lines, only when the evaluation replayed a profile: {@link #SHEETS} lists the others.
   */
  public static final String RPO_REPLAY_SHEET = "RPO replay";

  /** Each pair's replayed RPO, backlog and RPO compliance, in the units compare's CSV uses. */
  private static void rpoReplay(XSSFWorkbook workbook, Styles styles, List<OptionResult> results) {
    List<Column<OptionResult>> columns = new ArrayList<>();
    columns.add(new Column<OptionResult>("Configuration", OptionResult::configuration));
    columns.add(new Column<OptionResult>("Option", OptionResult::option));
    columns.add(backlog(BacklogFigure.RPO_P50_SECONDS, DisplayUnit.MINUTES));
    columns.add(backlog(BacklogFigure.RPO_P95_SECONDS, DisplayUnit.MINUTES));
    columns.add(backlog(BacklogFigure.RPO_P99_SECONDS, DisplayUnit.MINUTES));
    columns.add(backlog(BacklogFigure.RPO_MAX_SECONDS, DisplayUnit.MINUTES));
    columns.add(backlog(BacklogFigure.RPO_WITHIN_OBJECTIVE, DisplayUnit.RATIO));
    columns.add(backlog(BacklogFigure.RPO_VIOLATIONS, DisplayUnit.COUNT));
    columns.add(backlog(BacklogFigure.BACKLOG_MAX_BYTES, DisplayUnit.TERABYTES));
    columns.add(backlog(BacklogFigure.BACKLOG_DRAIN_SECONDS, DisplayUnit.HOURS));
    columns.add(
        new Column<OptionResult>(
            "Backlog catches up",
            r ->
                r.backlog().beyondDataLimit()
                    ? Display.NONE
                    : Display.yesNo(r.backlog().catchesUp())));
    columns.add(
        backlog(BacklogFigure.RPO_COMPLIANCE_BYTES_PER_SECOND, DisplayUnit.GIGABITS_PER_SECOND));
    columns.add(backlog(BacklogFigure.RPO_COMPLIANCE_CIRCUITS, DisplayUnit.COUNT));
    sheet(workbook, styles, RPO_REPLAY_SHEET, results, columns);
  }

  private static Column<OptionResult> backlog(BacklogFigure figure, DisplayUnit unit) {
    return new Column<>(header(figure, unit), r -> cell(unit, figure.canonical(r)));
  }

  /** The cell of a cost line whose inputs were not given. */
  static final String NOT_PRICED = Display.NOT_PRICED;

  /** Month by month, one column per pair, in USD. */
  private static void monthlyCosts(
      XSSFWorkbook workbook, Styles styles, List<OptionResult> results) {
    int months = 0;
    for (OptionResult result : results) {
      months = Math.max(months, result.monthlyCosts().months());
    }
    List<Column<Integer>> columns = new ArrayList<>();
    columns.add(new Column<Integer>("Month", m -> (long) (m + 1)));
    for (OptionResult result : results) {
      double[] usd = result.monthlyCosts().toUsdArray();
      columns.add(
          new Column<Integer>(
              result.configuration() + " / " + result.option() + monthlyUnit(result),
              m -> m < usd.length ? (Object) usd[m] : null));
    }
    List<Integer> rows = new ArrayList<>();
    for (int m = 0; m < months; m++) {
      rows.add(m);
    }
    sheet(workbook, styles, SHEETS.get(4), rows, columns);
  }

  /**
   * A monthly cost column's unit, and the lines its sums leave out because they are not priced, so
   * that no total reads as complete without saying so: {@code " (USD)"}, {@code " (USD; not priced,
   * so not in it: inter-region replication)"}.
   */
  static String monthlyUnit(OptionResult result) {
    List<String> lines = new ArrayList<>();
    for (CostLine line : result.costLines().notPriced()) {
      lines.add(line.label());
    }
    return lines.isEmpty()
        ? " (USD)"
        : " (USD; " + NOT_PRICED + ", so not in it: " + String.join(", ", lines) + ")";
  }

  private static <T> void sheet(
      XSSFWorkbook workbook, Styles styles, String name, List<T> rows, List<Column<T>> columns) {
    Sheet sheet = workbook.createSheet(name);
    Row header = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(columns.get(c).header());
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(
          c, Math.min(80, Math.max(12, columns.get(c).header().length() + 3)) * 256);
    }
    sheet.createFreezePane(0, 1);
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < columns.size(); c++) {
        Object value = columns.get(c).cell().apply(rows.get(r));
        if (value == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        if (value instanceof Long || value instanceof Integer) {
          cell.setCellValue(((Number) value).doubleValue());
          cell.setCellStyle(styles.count);
        } else if (value instanceof Number) {
          double number = ((Number) value).doubleValue();
          if (Double.isNaN(number) || Double.isInfinite(number)) {
            throw new IllegalStateException(name + ": a figure must be finite, was " + number);
          }
          cell.setCellValue(number);
          cell.setCellStyle(styles.number);
        } else {
          // A cell shows no markup: a shared sentence's code spans lose their backticks here.
          cell.setCellValue(Prose.plain(String.valueOf(value)));
          cell.setCellStyle(styles.text);
        }
      }
    }
  }

  /** The workbook's cell styles: bold headers, grouped numbers, wrapped text. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle number;
    final CellStyle count;
    final CellStyle text;

    Styles(XSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      number = workbook.createCellStyle();
      number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
      count = workbook.createCellStyle();
      count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
      text = workbook.createCellStyle();
      text.setWrapText(false);
    }
  }
}

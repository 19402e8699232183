package dev.drplan.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table of display strings, rendered either for a terminal (columns padded, a rule under the
 * header) or as a GitHub pipe table. The report writers build one set of tables and render it the
 * way their format needs, so the terminal and the markdown report always show the same figures.
 */
final class Table {

  /** How a column's cells line up: text to the left, figures to the right. */
  enum Align {
    LEFT,
    RIGHT
  }

  private final List<String> headers = new ArrayList<>();
  private final List<Align> aligns = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  /** Adds a column; columns are added before rows. */
  Table column(String header, Align align) {
    if (!rows.isEmpty()) {
      throw new IllegalStateException("add every column before the first row");
    }
    headers.add(header);
    aligns.add(align);
    return this;
  }

  Table left(String header) {
    return column(header, Align.LEFT);
  }

  Table right(String header) {
    return column(header, Align.RIGHT);
  }

  /** Adds a row with one cell per column. */
  Table row(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException(
          "a row needs " + headers.size() + " cells, got " + cells.size());
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  List<String> headers() {
    return Collections.unmodifiableList(headers);
  }

  List<List<String>> rows() {
    return Collections.unmodifiableList(rows);
  }

  /** The table for a terminal: two spaces between columns, a dashed rule under the header. */
  String toText() {
    int[] widths = widths(headers);
    StringBuilder out = new StringBuilder();
    appendLine(out, headers, widths, "", "  ", "");
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    appendLine(out, rule, widths, "", "  ", "");
    for (List<String> row : rows) {
      appendLine(out, row, widths, "", "  ", "");
    }
    return out.toString();
  }

  /**
   * The table as a GitHub pipe table; a backslash, pipe, angle bracket or line break inside a cell
   * is escaped, so no cell splits, swallows an escape or passes raw HTML.
   */
  String toMarkdown() {
    List<String> escapedHeaders = escape(headers);
    List<List<String>> escapedRows = new ArrayList<>();
    for (List<String> row : rows) {
      escapedRows.add(escape(row));
    }
    int[] widths = widths(escapedHeaders, escapedRows, 3);
    StringBuilder out = new StringBuilder();
    appendLine(out, escapedHeaders, widths, "| ", " | ", " |");
    List<String> rule = new ArrayList<>();
    for (int i = 0; i < widths.length; i++) {
      rule.add(
          aligns.get(i) == Align.RIGHT ? "-".repeat(widths[i] - 1) + ":" : "-".repeat(widths[i]));
    }
    out.append("| ").append(String.join(" | ", rule)).append(" |\n");
    for (List<String> row : escapedRows) {
      appendLine(out, row, widths, "| ", " | ", " |");
    }
    return out.toString();
  }

  /**
   * A figure's text with its number and unit held together ({@code "80.0 GB/s (640 Gbps)"} may
   * break only before the parenthesis; {@code "per GiB-month"} not at its hyphen), so that a narrow
   * table wraps a figure between its two units, never inside one.
   */
  static String keepUnits(String figure) {
    StringBuilder out = new StringBuilder(figure.length());
    for (int i = 0; i < figure.length(); i++) {
      char c = figure.charAt(i);
      boolean breakable = c == ' ' && i + 1 < figure.length() && figure.charAt(i + 1) == '(';
      boolean inWord =
          c == '-'
              && i > 0
              && i + 1 < figure.length()
              && Character.isLetter(figure.charAt(i - 1))
              && Character.isLetter(figure.charAt(i + 1));
      if (c == ' ' && !breakable) {
        out.append('\u00A0');
      } else if (inWord) {
        out.append('\u2011'); // "GiB-month" stays one word
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The table as an HTML {@code <table>}, every cell escaped; figures right-aligned, each held
   * together with its unit ({@link #keepUnits}).
   */
  String toHtml(String cssClass) {
    StringBuilder out =
        new StringBuilder("<table class=\"").append(cssClass).append("\">\n<thead><tr>");
    for (int i = 0; i < headers.size(); i++) {
      out.append("<th class=\"")
          .append(aligns.get(i) == Align.RIGHT ? "num" : "text")
          .append("\">")
          .append(Html.escape(headers.get(i)))
          .append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        out.append("<td class=\"")
            .append(aligns.get(i) == Align.RIGHT ? "num" : "text")
            .append("\">")
            .append(Html.escape(aligns.get(i) == Align.RIGHT ? keepUnits(row.get(i)) : row.get(i)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    return out.append("</tbody></table>\n").toString();
  }

  private int[] widths(List<String> header) {
    return widths(header, rows, 1);
  }

  private static int[] widths(List<String> header, List<List<String>> body, int minimum) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = Math.max(minimum, header.get(i).length());
      for (List<String> row : body) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    return widths;
  }

  private void appendLine(
      StringBuilder out, List<String> cells, int[] widths, String open, String gap, String close) {
    StringBuilder line = new StringBuilder(open);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(gap);
      }
      String cell = cells.get(i);
      String padding = " ".repeat(widths[i] - cell.length());
      line.append(aligns.get(i) == Align.RIGHT ? padding + cell : cell + padding);
    }
    line.append(close);
    out.append(stripTrailing(line)).append('\n');
  }

  private static String stripTrailing(StringBuilder line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    return line.substring(0, end);
  }

  /**
   * Cells for a pipe table: a pipe would end the cell and a line break the row, so a pipe is
   * escaped ({@code \\|}) and a line break becomes {@code <br>}, the line break a pipe table allows
   * inside a cell.
   */
  private static List<String> escape(List<String> cells) {
    List<String> escaped = new ArrayList<>();
    for (String cell : cells) {
      escaped.add(
          cell.replace("\\", "\\\\")
              .replace("|", "\\|")
              .replace("<", "&lt;")
              .replace(">", "&gt;")
              .replace("\r\n", "<br>")
              .replace("\n", "<br>")
              .replace("\r", "<br>"));
    }
    return escaped;
  }
}

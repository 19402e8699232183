package dev.drplan.report;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.catalog.ValueKind;
import dev.drplan.schema.CatalogSchema;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of {@code drplan catalog [filter]}: one line per entry with its value in a unit people
 * read (sizes in the unit they were published in, TB or GiB; rates in Gbps, money in dollars,
 * durations in days), the as-of date, an {@code uncertain} marker and the source URL; with notes,
 * each entry's note follows on its own line. Pure formatting: the command prints the string.
 *
 * <p>The filter is a case-insensitive substring of the path, or, when it holds {@code *} or {@code
 * ?}, a glob matched against the whole path ({@code *} any run of characters, dots included; {@code
 * ?} one character).
 */
public final class CatalogListing {

  private CatalogListing() {}

  /**
   * The marker printed for an uncertain entry (an estimate, an older copy, a disputed figure);
   * {@link Catalog#PLACEHOLDER} marks one no source gives (docs/model.md §8).
   */
  public static final String UNCERTAIN = Catalog.UNCERTAIN;

  /**
   * Whether {@code entry} is a placeholder price of 0: no source gives the price, so the 0 stands
   * for "not priced", never for free; a cost line that reads it is left out of the costs and named
   * as not priced (docs/model.md §7). Shown as {@link Display#NOT_PRICED}, never as $0.
   */
  static boolean notPriced(CatalogEntry entry) {
    return entry.kind() == ValueKind.MONEY
        && Catalog.isPlaceholder(entry)
        && ((Money) entry.value()).usd() == 0;
  }

  /** The entries whose paths match {@code filter} (all of them for a null or blank filter). */
  public static List<CatalogEntry> select(Catalog catalog, String filter) {
    if (filter == null || filter.isBlank()) {
      return catalog.entries();
    }
    String wanted = filter.trim().toLowerCase(Locale.ROOT);
    List<CatalogEntry> selected = new ArrayList<>();
    if (wanted.contains("*") || wanted.contains("?")) {
      Pattern glob = globPattern(wanted);
      for (CatalogEntry entry : catalog.entries()) {
        if (glob.matcher(entry.path().toLowerCase(Locale.ROOT)).matches()) {
          selected.add(entry);
        }
      }
    } else {
      for (CatalogEntry entry : catalog.entries()) {
        if (entry.path().toLowerCase(Locale.ROOT).contains(wanted)) {
          selected.add(entry);
        }
      }
    }
    return List.copyOf(selected);
  }

  /** The listing without notes. */
  public static String render(Catalog catalog, String filter) {
    return render(catalog, filter, false);
  }

  /** The listing; with {@code withNotes}, each entry's note is printed under it. */
  public static String render(Catalog catalog, String filter, boolean withNotes) {
    List<CatalogEntry> entries = select(catalog, filter);
    StringBuilder out = new StringBuilder();
    out.append("catalog ")
        .append(catalog.name())
        .append(", as of ")
        .append(catalog.asOf())
        .append(": ");
    if (filter == null || filter.isBlank()) {
      out.append(entries.size()).append(" entries\n");
    } else {
      out.append(entries.size())
          .append(" of ")
          .append(catalog.entries().size())
          .append(" entries match \"")
          .append(filter.trim())
          .append("\"\n");
    }
    if (entries.isEmpty()) {
      return out.toString();
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"PATH", "VALUE", "UNIT", "AS OF", "", "SOURCE"});
    for (CatalogEntry entry : entries) {
      Shown shown = show(entry);
      rows.add(
          new String[] {
            entry.path(),
            shown.value(),
            shown.unit(),
            entry.asOf(),
            Catalog.uncertaintyMark(entry),
            entry.source()
          });
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String cell = row[i];
        if (i == 1) {
          line.append(" ".repeat(widths[i] - cell.length())).append(cell); // numbers right-aligned
        } else if (i == row.length - 1) {
          line.append(cell);
        } else {
          line.append(cell).append(" ".repeat(widths[i] - cell.length()));
        }
        if (i < row.length - 1) {
          line.append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
      if (withNotes && r > 0 && !entries.get(r - 1).note().isEmpty()) {
        out.append("    ").append(entries.get(r - 1).note()).append('\n');
      }
    }
    return out.toString();
  }

  /** An entry's value with its unit, as the listing shows it: {@code "0.0012 per GiB-month"}. */
  static String valueText(CatalogEntry entry) {
    if (notPriced(entry)) {
      return Display.NOT_PRICED;
    }
    return valueText(CatalogSchema.field(entry.path()), entry.kind(), entry.value());
  }

  /**
   * A value of catalog field {@code field} with its unit, as the listing shows the field's entries:
   * the same text for a scenario's own value of the field as for the catalog's.
   */
  static String valueText(CatalogSchema.Field field, ValueKind kind, Object value) {
    Shown shown = show(field, kind, value);
    String unit = shown.unit();
    if (unit.isEmpty() || unit.equals("%")) {
      return shown.value() + unit;
    }
    if (shown.value().equals("1") && unit.endsWith("s")) {
      unit = unit.substring(0, unit.length() - 1); // one appliance, one node
    }
    return shown.value() + " " + unit;
  }

  /** A value as shown and its unit. */
  private record Shown(String value, String unit) {}

  private static Shown show(CatalogEntry entry) {
    if (notPriced(entry)) {
      return new Shown(Display.NOT_PRICED, "");
    }
    return show(CatalogSchema.field(entry.path()), entry.kind(), entry.value());
  }

  /**
   * A value of {@code kind} as the listing shows it; a price or a count with the unit its catalog
   * field names ({@code null} when the path is not the schema's: no unit).
   */
  private static Shown show(CatalogSchema.Field field, ValueKind kind, Object value) {
    String unit = field == null ? "" : field.unit();
    switch (kind) {
      case SIZE:
        // In the unit it was published in: "3,000 GiB" of local SSD, "1,351.68 TB" of flash.
        String[] written = Display.sizeInItsUnit((DataSize) value);
        return new Shown(written[0], written[1]);
      case RATE:
        DataRate rate = (DataRate) value;
        return new Shown(Display.precise(rate.gigabitsPerSecond(), 0, 3), "Gbps");
      case DURATION:
        return new Shown(Display.precise(((TimeSpan) value).days(), 0, 3), "d");
      case FRACTION:
        return new Shown(Display.precise(((Fraction) value).percent(), 0, 3), "%");
      case MONEY:
        return new Shown(
            "$" + Display.precise(((Money) value).usd(), 2, 9), unit.isEmpty() ? "USD" : unit);
      case COUNT:
        return new Shown(Display.precise(((Long) value).doubleValue(), 0, 0), unit);
      case NUMBER:
        return new Shown(Display.precise((Double) value, 0, 6), "");
      default:
        throw new IllegalStateException("no display for " + kind);
    }
  }

  private static Pattern globPattern(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}

package dev.drplan.report;

import dev.drplan.model.Figure;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.util.function.DoubleUnaryOperator;

/**
 * The units the spreadsheet formats (CSV, XLSX) show a figure in, each converted from the figure's
 * canonical unit by the quantity's own accessor: {@code seed_days}, {@code Seed (days)}. A count
 * shows as it is, without a unit.
 */
enum DisplayUnit {
  DAYS("days", "days", seconds -> TimeSpan.ofSeconds(seconds).days()),
  HOURS("hours", "hours", seconds -> TimeSpan.ofSeconds(seconds).hours()),
  MINUTES("minutes", "minutes", seconds -> TimeSpan.ofSeconds(seconds).minutes()),
  TERABYTES("tb", "TB", bytes -> DataSize.ofBytes(bytes).terabytes()),
  GIBIBYTES("gib", "GiB", bytes -> DataSize.ofBytes(bytes).gibibytes()),
  GIGABITS_PER_SECOND("gbps", "Gbps", rate -> DataRate.ofBytesPerSecond(rate).gigabitsPerSecond()),
  GIGABYTES_PER_SECOND(
      "gb_per_s", "GB/s", rate -> DataRate.ofBytesPerSecond(rate).gigabytesPerSecond()),
  USD("usd", "USD", usd -> usd),
  COUNT("", "", count -> count),
  /** A share as a plain ratio (0.99) or a plain number, without a unit. */
  RATIO("", "", ratio -> ratio);

  private final String suffix;
  private final String label;
  private final DoubleUnaryOperator fromCanonical;

  DisplayUnit(String suffix, String label, DoubleUnaryOperator fromCanonical) {
    this.suffix = suffix;
    this.label = label;
    this.fromCanonical = fromCanonical;
  }

  /**
   * The unit as a CSV column name ends: {@code days}, {@code gb_per_s}; empty for a count, a ratio
   * or a plain number.
   */
  String suffix() {
    return suffix;
  }

  /** The unit as a spreadsheet header shows it: {@code days}, {@code GB/s}; empty for a count. */
  String label() {
    return label;
  }

  /** A canonical figure in this unit. */
  double of(double canonical) {
    return fromCanonical.applyAsDouble(canonical);
  }

  /**
   * The CSV column of {@code figure} in this unit: the figure's JSON key without its canonical
   * unit, then this unit: {@code seed_seconds} → {@code seed_days}, {@code stored_bytes_end} →
   * {@code stored_end_tb}, {@code nodes_end} → {@code nodes_end}.
   */
  String columnOf(Figure figure) {
    String name = figure.id().replace("_" + figure.kind().unit(), "");
    return suffix.isEmpty() ? name : name + "_" + suffix;
  }
}

package dev.drplan.load;

import dev.drplan.catalog.ValueKind;
import dev.drplan.units.QuantityFormatException;
import dev.drplan.units.QuantityParser;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which kind of quantity each catalog key holds, and how its text is read. One table serves the
 * built-in catalog, a scenario's {@code overrides} (keyed by the last segment of the path) and
 * inline definitions such as {@code dbox: { raw_size: 1351.68 TB, usable_efficiency: 88% }}.
 *
 * <p>A key is looked up in {@link #KINDS} first. A key not listed there that still reads as a price
 * ({@code *_per_gib*}, {@code *_per_1000}, {@code monthly_*}) is money; anything else is unknown,
 * which callers report as an error rather than guess.
 */
public final class CatalogKeys {

  private CatalogKeys() {}

  /** Every known key and its kind, in the order of the catalog layout. */
  public static final Map<String, ValueKind> KINDS;

  static {
    Map<String, ValueKind> kinds = new LinkedHashMap<>();
    // gcs.<class>.<location>.*  (and a data-copy option's inline prices)
    kinds.put("storage_per_gib_month", ValueKind.MONEY);
    kinds.put("class_a_per_1000", ValueKind.MONEY);
    kinds.put("class_b_per_1000", ValueKind.MONEY);
    kinds.put("retrieval_per_gib", ValueKind.MONEY);
    kinds.put("egress_per_gib", ValueKind.MONEY);
    kinds.put("min_storage_duration", ValueKind.DURATION);
    // egress.<name>.*
    kinds.put("per_gib", ValueKind.MONEY);
    // interconnect.<name>.*
    kinds.put("line_rate", ValueKind.RATE);
    kinds.put("monthly_port_cost", ValueKind.MONEY);
    // machines.<name>.*
    kinds.put("local_ssd", ValueKind.SIZE);
    kinds.put("network", ValueKind.RATE);
    kinds.put("hourly", ValueKind.MONEY);
    kinds.put("vcpus", ValueKind.COUNT);
    kinds.put("monthly_1y_commitment", ValueKind.MONEY);
    kinds.put("monthly_3y_commitment", ValueKind.MONEY);
    // dboxes.<name>.*
    kinds.put("raw_size", ValueKind.SIZE);
    kinds.put("usable_efficiency", ValueKind.FRACTION);
    // cboxes.<name>.*
    kinds.put("nodes", ValueKind.COUNT);
    kinds.put("per_node_replication", ValueKind.RATE);
    // appliances.<name>.*
    kinds.put("capacity", ValueKind.SIZE);
    kinds.put("round_trip", ValueKind.DURATION);
    kinds.put("in_flight", ValueKind.COUNT);
    kinds.put("fee", ValueKind.MONEY);
    KINDS = Collections.unmodifiableMap(kinds);
  }

  /** The kind of {@code key} (the last segment of a catalog path), if it is known. */
  public static Optional<ValueKind> kindOf(String key) {
    ValueKind listed = KINDS.get(key);
    if (listed != null) {
      return Optional.of(listed);
    }
    if (key.contains("_per_gib") || key.endsWith("_per_1000") || key.startsWith("monthly_")) {
      return Optional.of(ValueKind.MONEY);
    }
    return Optional.empty();
  }

  /**
   * Reads {@code text} as a value of {@code kind}, through {@link QuantityParser}; the result has
   * the Java type {@link ValueKind#valueType()} names.
   *
   * @throws QuantityFormatException if the text is not of that kind
   */
  public static Object parse(ValueKind kind, String text) {
    return kind.parse(text);
  }

  /** The form {@code kind} expects, for error messages ("a size like \"300 TB\" ..."). */
  public static String form(ValueKind kind) {
    return kind.form();
  }
}

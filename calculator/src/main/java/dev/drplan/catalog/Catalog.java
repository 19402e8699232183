package dev.drplan.catalog;

import dev.drplan.scenario.ApplianceSpec;
import dev.drplan.scenario.CBoxSpec;
import dev.drplan.scenario.DBoxSpec;
import dev.drplan.scenario.GcsPrices;
import dev.drplan.scenario.MachineSpec;
import dev.drplan.scenario.StorageClass;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A price and hardware catalog: typed figures under dotted paths, each with its source and as-of
 * date. The layout of paths is the contract that {@code overrides} and {@code drplan catalog} use:
 *
 * <ul>
 *   <li>{@code gcs.<class>.<location>.storage_per_gib_month | class_a_per_1000 | class_b_per_1000 |
 *       retrieval_per_gib | min_storage_duration}
 *   <li>{@code egress.<name>.per_gib}; the default restore egress is {@code
 *       egress.interconnect-north-america.per_gib}
 *   <li>{@code interconnect.<name>.line_rate | monthly_port_cost}
 *   <li>{@code machines.<name>.local_ssd | network | hourly | vcpus | monthly_1y_commitment |
 *       monthly_3y_commitment}
 *   <li>{@code dboxes.<name>.raw_size | usable_efficiency}
 *   <li>{@code cboxes.<name>.nodes | per_node_replication}
 *   <li>{@code appliances.<name>.capacity | round_trip | in_flight | fee | shipping}
 *   <li>{@code transfer.<tool>.per_gib}
 *   <li>{@code vlan_attachments.<name>.capacity | hourly}
 * </ul>
 *
 * <p>An uncertain entry whose note begins with "Placeholder" is a placeholder: no source gives the
 * value at all ({@link #isPlaceholder}).
 *
 * <p>Pure: the edge reads the resource file and builds this; lookups here only read the map.
 */
public final class Catalog {

  /** The restore egress price used when an option names none. */
  public static final String DEFAULT_EGRESS = "egress.interconnect-north-america.per_gib";

  private final String name;
  private final String asOf;
  private final Map<String, CatalogEntry> entries;

  public Catalog(String name, String asOf, List<CatalogEntry> entries) {
    this.name = Objects.requireNonNull(name, "name");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    Map<String, CatalogEntry> byPath = new LinkedHashMap<>();
    for (CatalogEntry entry : entries) {
      if (byPath.put(entry.path(), entry) != null) {
        throw new IllegalArgumentException("duplicate catalog path " + entry.path());
      }
    }
    this.entries = Collections.unmodifiableMap(byPath);
  }

  /** An empty catalog, for scenarios that define everything inline. */
  public static Catalog empty() {
    return new Catalog("none", "", List.of());
  }

  public String name() {
    return name;
  }

  public String asOf() {
    return asOf;
  }

  /** Every entry, in catalog order. */
  public List<CatalogEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** The entry at {@code path}, or {@code null}. */
  public CatalogEntry find(String path) {
    return entries.get(path);
  }

  /** A catalog in which {@code path} holds {@code value} (same kind); the path must exist. */
  public Catalog withOverride(String path, Object value, String overrideSource) {
    CatalogEntry existing = entries.get(path);
    if (existing == null) {
      throw new UnknownCatalogEntryException("catalog path", path, List.copyOf(entries.keySet()));
    }
    List<CatalogEntry> copy = new ArrayList<>(entries.values());
    copy.replaceAll(e -> e.path().equals(path) ? e.overriddenBy(value, overrideSource) : e);
    return new Catalog(name, asOf, copy);
  }

  /** The distinct names directly under {@code prefix} ("machines" gives every machine name). */
  public List<String> namesUnder(String prefix) {
    String start = prefix + ".";
    TreeSet<String> names = new TreeSet<>();
    for (String path : entries.keySet()) {
      if (path.startsWith(start)) {
        String rest = path.substring(start.length());
        int dot = rest.indexOf('.');
        names.add(dot < 0 ? rest : rest.substring(0, dot));
      }
    }
    return List.copyOf(names);
  }

  public DBoxSpec dbox(String model) {
    String base = require("dboxes", model, "D-box model");
    return new DBoxSpec(
        model,
        get(base + ".raw_size", DataSize.class),
        get(base + ".usable_efficiency", Fraction.class));
  }

  public CBoxSpec cbox(String model) {
    String base = require("cboxes", model, "C-box model");
    return new CBoxSpec(
        model,
        Math.toIntExact(get(base + ".nodes", Long.class)),
        get(base + ".per_node_replication", DataRate.class));
  }

  public MachineSpec machine(String type) {
    String base = require("machines", type, "machine type");
    return new MachineSpec(
        type,
        get(base + ".local_ssd", DataSize.class),
        get(base + ".network", DataRate.class),
        get(base + ".hourly", Money.class));
  }

  public ApplianceSpec appliance(String model) {
    String base = require("appliances", model, "transfer appliance model");
    return new ApplianceSpec(
        model,
        get(base + ".capacity", DataSize.class),
        get(base + ".round_trip", TimeSpan.class),
        Math.toIntExact(get(base + ".in_flight", Long.class)),
        get(base + ".fee", Money.class),
        find(base + ".shipping") == null ? Money.ZERO : get(base + ".shipping", Money.class));
  }

  /** Whether {@code entry} is a placeholder: uncertain, with a note that begins "Placeholder". */
  public static boolean isPlaceholder(CatalogEntry entry) {
    return entry.uncertain() && entry.note().startsWith("Placeholder");
  }

  /**
   * The one vocabulary of a catalog figure's uncertainty, used by every output (docs/model.md §8,
   * "Uncertain figures"): an entry marked uncertain is an "uncertain catalog figure", marked
   * {@value #UNCERTAIN}; one no source gives at all is a "catalog placeholder", marked {@value
   * #PLACEHOLDER}.
   */
  public static final String UNCERTAIN = "uncertain";

  /** The mark of a placeholder: an uncertain entry no source gives ({@link #UNCERTAIN}). */
  public static final String PLACEHOLDER = "placeholder";

  /** An uncertain entry's name inside a sentence ({@link #UNCERTAIN}). */
  public static final String UNCERTAIN_FIGURE = "uncertain catalog figure";

  /** A placeholder's name inside a sentence ({@link #UNCERTAIN}). */
  public static final String PLACEHOLDER_FIGURE = "catalog placeholder";

  /**
   * An uncertain figure's kind inside a sentence, with its article: "a catalog placeholder" when no
   * source gives it, else "an uncertain catalog figure".
   */
  public static String uncertaintyInSentence(boolean placeholder) {
    return placeholder ? "a " + PLACEHOLDER_FIGURE : "an " + UNCERTAIN_FIGURE;
  }

  /** The mark of {@code entry}: {@link #PLACEHOLDER}, {@link #UNCERTAIN}, or empty when sourced. */
  public static String uncertaintyMark(CatalogEntry entry) {
    return isPlaceholder(entry) ? PLACEHOLDER : entry.uncertain() ? UNCERTAIN : "";
  }

  /** The GCS prices of one class in one location, with the default restore egress. */
  public GcsPrices gcsPrices(StorageClass storageClass, String location) {
    String classBase = require("gcs", storageClass.id(), "storage class");
    String base = require(classBase, location, "GCS location for " + storageClass.id());
    CatalogEntry replication = entries.get(base + ".replication_per_gib");
    return new GcsPrices(
        get(base + ".storage_per_gib_month", Money.class),
        get(base + ".class_a_per_1000", Money.class),
        get(base + ".retrieval_per_gib", Money.class),
        get(DEFAULT_EGRESS, Money.class),
        get(base + ".min_storage_duration", TimeSpan.class),
        replication == null ? null : (Money) replication.value());
  }

  /** The typed value at {@code path}. */
  public <T> T get(String path, Class<T> type) {
    CatalogEntry entry = entries.get(path);
    if (entry == null) {
      throw new UnknownCatalogEntryException("catalog path", path, List.copyOf(entries.keySet()));
    }
    return type.cast(entry.value());
  }

  private String require(String prefix, String name, String what) {
    List<String> names = namesUnder(prefix);
    if (!names.contains(name)) {
      throw new UnknownCatalogEntryException(what, name, names);
    }
    return prefix + "." + name;
  }
}

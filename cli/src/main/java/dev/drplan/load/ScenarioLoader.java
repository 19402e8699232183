package dev.drplan.load;

import dev.drplan.analysis.Distribution;
import dev.drplan.analysis.ScenarioKey;
import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.analysis.UncertainInput;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.analysis.UnknownScenarioKeyException;
import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.catalog.UnknownCatalogEntryException;
import dev.drplan.catalog.ValueKind;
import dev.drplan.scenario.ApplianceSpec;
import dev.drplan.scenario.CBoxSpec;
import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.CopyEngine;
import dev.drplan.scenario.DBoxSpec;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.GcsPrices;
import dev.drplan.scenario.MachineSpec;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Network;
import dev.drplan.scenario.Objectives;
import dev.drplan.scenario.Primary;
import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.Seeding;
import dev.drplan.scenario.StorageClass;
import dev.drplan.scenario.Suggestions;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.QuantityFormatException;
import dev.drplan.units.QuantityParser;
import dev.drplan.units.TimeSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Reads a scenario file (spec/scenario-format.md, version 1) into the engine's fully resolved
 * {@link Scenario}: every key checked against the keys valid at its place, every value read by
 * {@link QuantityParser} and range-checked, every default of the format applied, every catalog
 * reference resolved (after the scenario's {@code overrides}). Anything wrong is one {@link
 * ScenarioException} naming file, line, column and key path.
 *
 * <p>Defaults applied: {@code dataset.peak_factor} 1, {@code dataset.overwrite_share} 0, {@code
 * dataset.reduction_ratio} 1, {@code network.monthly_port_cost} 0, {@code
 * objectives.recovery_scope} 100%, and for namespace-in-cloud options {@code reduction_ratio} and
 * {@code fill_limit} the primary's, {@code commitment_discount} 0. Every other key of the format is
 * required where its section applies (the spec gives it no default).
 *
 * <p>Thread-safe: a loader holds only its catalog source.
 */
public final class ScenarioLoader {

  /** Longest planning horizon accepted; the engine sums costs month by month over it. */
  static final double MAX_HORIZON_YEARS = 100;

  /** Highest annual growth accepted (1000% a year); beyond it a figure is surely a slip. */
  static final double MAX_ANNUAL_GROWTH = 10;

  static final String INLINE = "inline";

  /** Longest text read as a quantity; "465661287.30774 GiB" is 19 characters. */
  static final int MAX_QUANTITY_LENGTH = 200;

  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

  private static final List<String> TOP_KEYS =
      List.of(
          "name",
          "description",
          "horizon",
          "catalog",
          "overrides",
          "dataset",
          "primary",
          "network",
          "objectives",
          "options");
  private static final List<String> DATASET_KEYS =
      List.of(
          "logical_size",
          "annual_growth",
          "daily_change",
          "peak_factor",
          "overwrite_share",
          "average_file_size",
          "reduction_ratio");
  private static final List<String> PRIMARY_KEYS =
      List.of("dbox_model", "dbox", "cbox_model", "cbox", "fill_limit", "configurations");
  private static final List<String> DBOX_KEYS = List.of("raw_size", "usable_efficiency");
  private static final List<String> CBOX_KEYS = List.of("nodes", "per_node_replication");
  private static final List<String> CONFIGURATION_KEYS =
      List.of("cboxes", "dboxes", "usable_efficiency");
  private static final List<String> NETWORK_KEYS =
      List.of("circuits", "efficiency", "dr_share", "rtt", "monthly_port_cost");
  private static final List<String> OBJECTIVES_KEYS =
      List.of("rpo", "rto", "recovery_scope", "max_seed");
  private static final List<String> OPTION_KEYS = List.of("name", "kind", "replication_interval");
  private static final List<String> NAMESPACE_KEYS =
      List.of(
          "machine_type",
          "machine",
          "protection_overhead",
          "reduction_ratio",
          "max_nodes",
          "fill_limit",
          "commitment_discount",
          "failover_time");
  private static final List<String> DATA_COPY_KEYS =
      List.of(
          "storage_class",
          "location",
          "prices",
          "object_size",
          "retention",
          "seed",
          "appliance_model",
          "appliance",
          "copy_engine",
          "recovery",
          "cloud_start_time");
  private static final List<String> MACHINE_KEYS = List.of("local_ssd", "network", "hourly");
  private static final List<String> PRICE_KEYS =
      List.of(
          "storage_per_gib_month",
          "class_a_per_1000",
          "retrieval_per_gib",
          "egress_per_gib",
          "min_storage_duration");
  private static final List<String> APPLIANCE_KEYS =
      List.of("capacity", "round_trip", "in_flight", "fee");
  private static final List<String> COPY_ENGINE_KEYS =
      List.of("hosts", "streams_per_host", "per_stream", "host_nic");
  private static final List<String> SEED_KEYS = List.of("kind", "appliance_model", "appliance");
  private static final List<String> RECOVERY_KEYS = List.of("kind", "cloud_start_time");

  private static final List<String> KINDS = List.of(NamespaceInCloud.KIND, DataCopy.KIND);
  private static final String SEED_NETWORK = "network";
  private static final String SEED_APPLIANCE = "transfer-appliance";
  private static final List<String> SEEDS = List.of(SEED_NETWORK, SEED_APPLIANCE);
  private static final String RESTORE = "restore-to-primary";
  private static final String RUN_IN_CLOUD = "run-in-cloud";
  private static final List<String> RECOVERIES = List.of(RESTORE, RUN_IN_CLOUD);
  private static final String FILES = "files";

  private static final String SHARE_FORM = "a share from 0% to 100%";
  private static final String POSITIVE_SHARE_FORM = "a share above 0% and at most 100%";
  private static final String SHARE_BELOW_ONE_FORM = "a share from 0% up to (not including) 100%";

  private static final Map<String, List<String>> DISTRIBUTION_FIELDS = distributionFields();
  private static final List<String> DISTRIBUTION_IDS = List.copyOf(DISTRIBUTION_FIELDS.keySet());

  private static Map<String, List<String>> distributionFields() {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("triangular", List.of("min", "mode", "max"));
    fields.put("uniform", List.of("min", "max"));
    fields.put("normal", List.of("mean", "sd", "lower", "upper"));
    fields.put("lognormal", List.of("median", "p90"));
    fields.put("pert", List.of("min", "mode", "max"));
    return fields;
  }

  /**
   * How values of one kind cross into the engine's canonical doubles and back, and how a spread (a
   * normal's sd) of that kind is read: in the key's unit, a count's as a plain number.
   */
  private static final class Kind<T> {
    static final Kind<DataSize> SIZE =
        new Kind<>(DataSize::bytes, DataSize::ofBytes, QuantityParser::size);
    static final Kind<DataRate> RATE =
        new Kind<>(DataRate::bytesPerSecond, DataRate::ofBytesPerSecond, QuantityParser::rate);
    static final Kind<TimeSpan> DURATION =
        new Kind<>(TimeSpan::seconds, TimeSpan::ofSeconds, QuantityParser::duration);
    static final Kind<Fraction> FRACTION =
        new Kind<>(Fraction::value, Fraction::of, QuantityParser::fraction);
    static final Kind<Money> MONEY = new Kind<>(Money::usd, Money::ofUsd, QuantityParser::money);
    static final Kind<Double> NUMBER = new Kind<>(v -> v, v -> v, QuantityParser::number);
    static final Kind<Integer> COUNT =
        new Kind<>(v -> v, v -> (int) Math.rint(v), QuantityParser::number);

    private final ToDoubleFunction<T> canonical;
    private final DoubleFunction<T> typed;
    private final Function<String, ?> spreadParser;

    private <S> Kind(
        ToDoubleFunction<T> canonical, DoubleFunction<T> typed, Function<String, S> spreadParser) {
      this.canonical = canonical;
      this.typed = typed;
      this.spreadParser = spreadParser;
    }

    double canonical(T value) {
      return canonical.applyAsDouble(value);
    }

    T typed(double value) {
      return typed.apply(value);
    }

    Function<String, ?> spreadParser() {
      return spreadParser;
    }

    /** A spread read by {@link #spreadParser()}, in canonical units. */
    @SuppressWarnings("unchecked")
    double spread(Object value) {
      return value instanceof Double ? (Double) value : canonical.applyAsDouble((T) value);
    }
  }

  /** A distribution read from {@code node}, waiting for its key to be checked. */
  private record Pending(YamlNode node, Distribution distribution) {}

  private final CatalogSource catalogs;

  /** A loader that resolves {@code catalog:} names through {@code catalogs}. */
  public ScenarioLoader(CatalogSource catalogs) {
    this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
  }

  /**
   * Loads the scenario in {@code file}; messages name the file as {@code file.toString()}.
   *
   * @throws ScenarioException if the file cannot be read or is not a valid scenario
   */
  public Scenario load(Path file) {
    return loadUncertain(file).base();
  }

  /**
   * Loads the scenario in {@code file} with its distributions: every numeric value written as
   * {@code {dist: ...}} becomes an {@link UncertainInput} on the key {@link ScenarioKeys} names
   * ({@code options[1].copy_engine.per_stream} is {@code
   * options.gcs-archive.copy_engine.per_stream}), in canonical units, and {@link
   * UncertainScenario#base()} holds every such key at its distribution's base value (mode or
   * median): the scenario {@link #load(Path)} returns.
   *
   * @throws ScenarioException if the file cannot be read, is not a valid scenario, or holds an
   *     invalid distribution
   */
  public UncertainScenario loadUncertain(Path file) {
    String source = file.toString();
    return loadUncertain(source, readFile(file, source));
  }

  /** {@link #loadUncertain(Path)} from UTF-8 bytes; {@code sourceName} names them in messages. */
  public UncertainScenario loadUncertain(String sourceName, byte[] content) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(content, "content");
    YamlNode root = YamlReader.read(sourceName, content);
    return new Build(sourceName).uncertain(root);
  }

  /** {@link #loadUncertain(Path)} from text; {@code sourceName} names it in messages. */
  public UncertainScenario loadUncertain(String sourceName, String content) {
    return loadUncertain(sourceName, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Loads a scenario from UTF-8 bytes; {@code sourceName} is the file name used in messages.
   *
   * @throws ScenarioException if the content is not a valid scenario
   */
  public Scenario load(String sourceName, byte[] content) {
    return loadUncertain(sourceName, content).base();
  }

  /**
   * Loads a scenario from text; {@code sourceName} is the file name used in messages.
   *
   * @throws ScenarioException if the text is not a valid scenario
   */
  public Scenario load(String sourceName, String content) {
    return load(sourceName, content.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] readFile(Path file, String source) {
    try {
      if (Files.isDirectory(file)) {
        throw fileError(source, "cannot read the scenario: this is a directory, not a file");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return in.readNBytes(YamlReader.MAX_BYTES + 1);
      }
    } catch (NoSuchFileException missing) {
      throw fileError(source, "cannot read the scenario: there is no such file");
    } catch (AccessDeniedException denied) {
      throw fileError(source, "cannot read the scenario: permission denied");
    } catch (IOException | SecurityException failed) {
      throw fileError(
          source,
          "cannot read the scenario: " + Messages.clean(String.valueOf(failed.getMessage()), 200));
    }
  }

  private static ScenarioException fileError(String source, String detail) {
    return new ScenarioException(source, 0, 0, "", detail, null);
  }

  /** One load: the source name for messages and the catalog once it is known. */
  private final class Build {
    private final String source;
    private Catalog catalog;
    private YamlNode catalogNode;
    private final List<Pending> distributions = new ArrayList<>();
    private final Map<String, String> optionNames = new HashMap<>();
    private boolean distributionsAllowed = true;

    Build(String source) {
      this.source = source;
    }

    UncertainScenario uncertain(YamlNode rootNode) {
      return uncertainScenario(scenario(rootNode));
    }

    private Scenario scenario(YamlNode rootNode) {
      YamlNode.Mapping root =
          mapping(
              rootNode,
              "a scenario: a mapping with name, horizon, dataset, primary, network, objectives"
                  + " and options",
              TOP_KEYS);
      String name = scenarioName(required(root, "name", "the scenario's name"));
      String description = optionalText(root, "description");
      TimeSpan horizon = horizon(required(root, "horizon", QuantityParser.DURATION_FORM));
      if (root.has("catalog")) {
        catalogNode = root.get("catalog");
        catalog = loadCatalog(catalogNode);
      }
      if (root.has("overrides")) {
        applyOverrides(root.entries().get("overrides"));
      }
      Dataset dataset = dataset(required(root, "dataset", "a mapping"));
      Primary primary = primary(required(root, "primary", "a mapping"));
      Network network = network(required(root, "network", "a mapping"));
      Objectives objectives = objectives(required(root, "objectives", "a mapping"));
      List<DrOption> options =
          options(required(root, "options", "a list of DR options"), dataset, primary);
      return new Scenario(
          name,
          description,
          horizon,
          catalog == null ? null : catalog.name(),
          catalog == null ? null : catalog.asOf(),
          dataset,
          primary,
          network,
          objectives,
          options);
    }

    // ---- top level -------------------------------------------------------------------------

    private String scenarioName(YamlNode node) {
      String text = text(node, "a name of lower-case letters, digits and hyphens");
      if (!NAME.matcher(text).matches()) {
        String fixed = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        fixed = fixed.replaceAll("^-+|-+$", "");
        throw error(
            node,
            "expected a name of lower-case letters, digits and hyphens, like \"walmart-dr\","
                + " found "
                + node.describe(),
            NAME.matcher(fixed).matches() && fixed.length() <= Messages.MAX_QUOTED ? fixed : null);
      }
      return text;
    }

    private TimeSpan horizon(YamlNode node) {
      return uncertain(node, Kind.DURATION, this::horizonValue);
    }

    private TimeSpan horizonValue(YamlNode node) {
      TimeSpan horizon = positiveDurationValue(node);
      if (horizon.years() > MAX_HORIZON_YEARS) {
        throw error(
            node,
            "expected a planning horizon of at most "
                + (int) MAX_HORIZON_YEARS
                + " y, found "
                + node.describe());
      }
      return horizon;
    }

    private Catalog loadCatalog(YamlNode node) {
      String name = text(node, "the name of a built-in catalog");
      try {
        return catalogs.load(name);
      } catch (UnknownCatalogEntryException unknown) {
        List<String> names = catalogs.names();
        throw error(
            node,
            "unknown catalog " + node.describe() + "; expected one of: " + Messages.list(names),
            Suggestions.closest(name, names));
      }
    }

    private void applyOverrides(YamlNode.Entry overridesEntry) {
      YamlNode node = overridesEntry.value();
      if (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).isAbsent()) {
        return; // "overrides:" with nothing under it, or "overrides: {}" written as null
      }
      if (!(node instanceof YamlNode.Mapping)) {
        throw error(
            node,
            "expected a mapping of catalog paths to values, like"
                + " \"gcs.archive.us-central1.storage_per_gib_month: 0.0011\", found "
                + node.describe());
      }
      YamlNode.Mapping overrides = (YamlNode.Mapping) node;
      if (catalog == null && !overrides.entries().isEmpty()) {
        throw errorAt(
            overridesEntry.line(),
            overridesEntry.column(),
            "overrides",
            "overrides replace catalog entries, but the scenario names no catalog;"
                + " add \"catalog: <name>\" or define the figures inline");
      }
      List<String> paths = new ArrayList<>();
      for (CatalogEntry entry : catalog == null ? List.<CatalogEntry>of() : catalog.entries()) {
        paths.add(entry.path());
      }
      for (YamlNode.Entry override : overrides.entries().values()) {
        String path = override.key();
        CatalogEntry existing = catalog.find(path);
        if (existing == null) {
          throw errorAt(
              override.line(),
              override.column(),
              override.value().path(),
              "unknown catalog path; an override must name an existing entry of catalog "
                  + catalog.name()
                  + " (\"drplan catalog\" lists them)",
              Suggestions.closest(path, paths));
        }
        distributionsAllowed = false;
        Object value = overrideValue(override.value(), existing.kind(), path);
        distributionsAllowed = true;
        catalog =
            catalog.withOverride(path, value, "override in " + source + ":" + override.line());
      }
    }

    private Object overrideValue(YamlNode node, ValueKind kind, String path) {
      String leaf = path.substring(path.lastIndexOf('.') + 1);
      switch (kind) {
        case SIZE:
          return leaf.equals("raw_size") || leaf.equals("local_ssd") || leaf.equals("capacity")
              ? positiveSize(node)
              : size(node);
        case RATE:
          return positiveRate(node);
        case DURATION:
          return leaf.equals("round_trip") ? positiveDuration(node) : duration(node);
        case FRACTION:
          return leaf.equals("usable_efficiency") ? positiveShare(node) : share(node);
        case MONEY:
          return money(node);
        case COUNT:
          return (long) count(node, 1);
        case NUMBER:
          return number(node);
        default:
          throw new IllegalStateException("unhandled catalog kind " + kind);
      }
    }

    // ---- dataset ---------------------------------------------------------------------------

    private Dataset dataset(YamlNode node) {
      YamlNode.Mapping map = mapping(node, "a mapping", DATASET_KEYS);
      DataSize logical = positiveSize(required(map, "logical_size", QuantityParser.SIZE_FORM));
      Fraction growth = growth(required(map, "annual_growth", "an annual growth like \"20%\""));
      Fraction dailyChange = share(required(map, "daily_change", SHARE_FORM));
      double peak = map.has("peak_factor") ? atLeastOne(map.get("peak_factor")) : 1;
      Fraction overwrite =
          map.has("overwrite_share") ? share(map.get("overwrite_share")) : Fraction.ZERO;
      DataSize fileSize =
          map.has("average_file_size") ? positiveSize(map.get("average_file_size")) : null;
      double reduction = map.has("reduction_ratio") ? atLeastOne(map.get("reduction_ratio")) : 1;
      return new Dataset(logical, growth, dailyChange, peak, overwrite, fileSize, reduction);
    }

    private Fraction growth(YamlNode node) {
      return uncertain(node, Kind.FRACTION, this::growthValue);
    }

    private Fraction growthValue(YamlNode node) {
      Fraction growth = parse(node, QuantityParser::fraction);
      if (growth.value() <= -1 || growth.value() > MAX_ANNUAL_GROWTH) {
        throw error(
            node,
            "expected an annual growth above -100% and at most "
                + (int) (MAX_ANNUAL_GROWTH * 100)
                + "%, found "
                + node.describe());
      }
      return growth;
    }

    // ---- primary ---------------------------------------------------------------------------

    private Primary primary(YamlNode node) {
      YamlNode.Mapping map = mapping(node, "a mapping", PRIMARY_KEYS);
      DBoxSpec dbox =
          referenceOrInline(
              map,
              "dbox_model",
              "a catalog D-box model",
              "dbox",
              "{raw_size, usable_efficiency}",
              ref -> lookup(ref, "D-box model", () -> catalog.dbox(ref.text())),
              this::inlineDbox);
      CBoxSpec cbox =
          referenceOrInline(
              map,
              "cbox_model",
              "a catalog C-box model",
              "cbox",
              "{nodes, per_node_replication}",
              ref -> lookup(ref, "C-box model", () -> catalog.cbox(ref.text())),
              this::inlineCbox);
      Fraction fill = positiveShare(required(map, "fill_limit", POSITIVE_SHARE_FORM));
      YamlNode configurationsNode =
          required(map, "configurations", "a mapping of configuration names to {cboxes, dboxes}");
      YamlNode.Mapping configurations =
          mapping(configurationsNode, "a mapping of configuration names to {cboxes, dboxes}", null);
      if (configurations.entries().isEmpty()) {
        throw error(
            configurations,
            "expected at least one configuration, like \"minimum: { cboxes: 4, dboxes: 20 }\","
                + " found none");
      }
      List<Configuration> list = new ArrayList<>();
      for (YamlNode.Entry entry : configurations.entries().values()) {
        list.add(configuration(entry));
      }
      return new Primary(dbox, cbox, fill, list);
    }

    private DBoxSpec inlineDbox(YamlNode.Mapping map) {
      return new DBoxSpec(
          INLINE,
          positiveSize(required(map, "raw_size", QuantityParser.SIZE_FORM)),
          positiveShare(required(map, "usable_efficiency", POSITIVE_SHARE_FORM)));
    }

    private CBoxSpec inlineCbox(YamlNode.Mapping map) {
      return new CBoxSpec(
          INLINE,
          count(required(map, "nodes", QuantityParser.COUNT_FORM), 1),
          positiveRate(required(map, "per_node_replication", QuantityParser.RATE_FORM)));
    }

    private Configuration configuration(YamlNode.Entry entry) {
      if (entry.key().isBlank()) {
        throw errorAt(
            entry.line(), entry.column(), entry.value().path(), "a configuration needs a name");
      }
      YamlNode.Mapping map =
          mapping(
              entry.value(), "a mapping like \"{ cboxes: 4, dboxes: 20 }\"", CONFIGURATION_KEYS);
      int cboxes = count(required(map, "cboxes", QuantityParser.COUNT_FORM), 1);
      int dboxes = count(required(map, "dboxes", QuantityParser.COUNT_FORM), 1);
      Fraction efficiency =
          map.has("usable_efficiency") ? positiveShare(map.get("usable_efficiency")) : null;
      return new Configuration(entry.key(), cboxes, dboxes, efficiency);
    }

    // ---- network and objectives ------------------------------------------------------------

    private Network network(YamlNode node) {
      YamlNode.Mapping map = mapping(node, "a mapping", NETWORK_KEYS);
      YamlNode circuitsNode = required(map, "circuits", QuantityParser.LINK_FORM);
      if (circuitsNode instanceof YamlNode.Mapping) {
        throw error(
            circuitsNode,
            "expected "
                + QuantityParser.LINK_FORM
                + ", found a mapping; a link size cannot take a distribution (to explore circuit"
                + " counts, run \"drplan sweep --vary network.circuits=1..16:16\")");
      }
      QuantityParser.LinkSize link = parse(circuitsNode, QuantityParser::link);
      if (link.circuits() < 1 || link.lineRate().isZero()) {
        throw error(
            circuitsNode,
            "expected at least one circuit of a positive line rate, like \"4 x 100 Gbps\","
                + " found "
                + circuitsNode.describe());
      }
      Fraction efficiency = positiveShare(required(map, "efficiency", POSITIVE_SHARE_FORM));
      // Without dr_share, DR may use the whole link; rtt is informative (the model does not use
      // it).
      Fraction drShare = map.has("dr_share") ? positiveShare(map.get("dr_share")) : Fraction.ONE;
      TimeSpan rtt = map.has("rtt") ? duration(map.get("rtt")) : TimeSpan.ZERO;
      Money portCost =
          map.has("monthly_port_cost") ? money(map.get("monthly_port_cost")) : Money.ZERO;
      return new Network(link.circuits(), link.lineRate(), efficiency, drShare, rtt, portCost);
    }

    private Objectives objectives(YamlNode node) {
      YamlNode.Mapping map = mapping(node, "a mapping", OBJECTIVES_KEYS);
      TimeSpan rpo = positiveDuration(required(map, "rpo", QuantityParser.DURATION_FORM));
      TimeSpan rto = positiveDuration(required(map, "rto", QuantityParser.DURATION_FORM));
      Fraction scope =
          map.has("recovery_scope") ? positiveShare(map.get("recovery_scope")) : Fraction.ONE;
      TimeSpan maxSeed = positiveDuration(required(map, "max_seed", QuantityParser.DURATION_FORM));
      return new Objectives(rpo, rto, scope, maxSeed);
    }

    // ---- options ---------------------------------------------------------------------------

    private List<DrOption> options(YamlNode node, Dataset dataset, Primary primary) {
      if (!(node instanceof YamlNode.Sequence)) {
        throw error(
            node,
            "expected a list of DR options (each \"- name: ..., kind: ...\"), found "
                + node.describe());
      }
      YamlNode.Sequence sequence = (YamlNode.Sequence) node;
      if (sequence.items().isEmpty()) {
        throw error(node, "expected at least one DR option, found an empty list");
      }
      List<DrOption> options = new ArrayList<>();
      Map<String, YamlNode> names = new HashMap<>();
      for (YamlNode item : sequence.items()) {
        DrOption option = option(item, dataset, primary);
        YamlNode.Mapping map = (YamlNode.Mapping) item;
        YamlNode earlier = names.putIfAbsent(option.name(), map.get("name"));
        if (earlier != null) {
          throw error(
              map.get("name"),
              "duplicate option name "
                  + Messages.quote(option.name())
                  + "; it was first used at line "
                  + earlier.line()
                  + ", column "
                  + earlier.column()
                  + " (reports tell options apart by name)");
        }
        options.add(option);
      }
      return options;
    }

    private DrOption option(YamlNode node, Dataset dataset, Primary primary) {
      YamlNode.Mapping map = mapping(node, "a DR option: a mapping with name and kind", null);
      YamlNode kindNode = required(map, "kind", "one of: " + Messages.list(KINDS));
      String kind = text(kindNode, "one of: " + Messages.list(KINDS));
      List<String> allowed = new ArrayList<>(OPTION_KEYS);
      List<String> others;
      String other;
      if (kind.equals(NamespaceInCloud.KIND)) {
        allowed.addAll(NAMESPACE_KEYS);
        others = DATA_COPY_KEYS;
        other = DataCopy.KIND;
      } else if (kind.equals(DataCopy.KIND)) {
        allowed.addAll(DATA_COPY_KEYS);
        others = NAMESPACE_KEYS;
        other = NamespaceInCloud.KIND;
      } else {
        throw error(
            kindNode,
            "unknown option kind "
                + kindNode.describe()
                + "; expected one of: "
                + Messages.list(KINDS),
            Suggestions.closest(kind, KINDS));
      }
      for (YamlNode.Entry entry : map.entries().values()) {
        if (!allowed.contains(entry.key())) {
          String note =
              others.contains(entry.key()) ? " (it belongs to options of kind " + other + ")" : "";
          throw unknownKey(entry, map, allowed, "an option of kind " + kind + note);
        }
      }
      String name = text(required(map, "name", "the option's name"), "the option's name");
      optionNames.put(map.path(), name);
      if (kind.equals(NamespaceInCloud.KIND)) {
        return namespaceInCloud(map, name, dataset, primary);
      }
      return dataCopy(map, name, dataset);
    }

    private NamespaceInCloud namespaceInCloud(
        YamlNode.Mapping map, String name, Dataset dataset, Primary primary) {
      MachineSpec machine =
          referenceOrInline(
              map,
              "machine_type",
              "a catalog machine type",
              "machine",
              "{local_ssd, network, hourly}",
              ref -> lookup(ref, "machine type", () -> catalog.machine(ref.text())),
              this::inlineMachine);
      Fraction overhead = shareBelowOne(required(map, "protection_overhead", SHARE_BELOW_ONE_FORM));
      double reduction =
          map.has("reduction_ratio")
              ? atLeastOne(map.get("reduction_ratio"))
              : dataset.reductionRatio();
      int maxNodes = count(required(map, "max_nodes", QuantityParser.COUNT_FORM), 1);
      Fraction fill =
          map.has("fill_limit") ? positiveShare(map.get("fill_limit")) : primary.fillLimit();
      Fraction discount =
          map.has("commitment_discount")
              ? shareBelowOne(map.get("commitment_discount"))
              : Fraction.ZERO;
      TimeSpan interval =
          positiveDuration(required(map, "replication_interval", QuantityParser.DURATION_FORM));
      TimeSpan failover = duration(required(map, "failover_time", QuantityParser.DURATION_FORM));
      return new NamespaceInCloud(
          name, machine, overhead, reduction, maxNodes, fill, discount, interval, failover);
    }

    private MachineSpec inlineMachine(YamlNode.Mapping map) {
      return new MachineSpec(
          INLINE,
          positiveSize(required(map, "local_ssd", QuantityParser.SIZE_FORM)),
          positiveRate(required(map, "network", QuantityParser.RATE_FORM)),
          money(required(map, "hourly", QuantityParser.MONEY_FORM)));
    }

    private DataCopy dataCopy(YamlNode.Mapping map, String name, Dataset dataset) {
      YamlNode classNode =
          required(map, "storage_class", "one of: " + Messages.list(storageClassIds()));
      StorageClass storageClass = storageClass(classNode);
      YamlNode locationNode = required(map, "location", "a location like \"us-central1\"");
      String location = text(locationNode, "a location like \"us-central1\"");
      GcsPrices prices = prices(map, storageClass, classNode, location, locationNode);
      YamlNode objectNode = required(map, "object_size", "a size like \"64 MiB\" or \"files\"");
      DataSize objectSize;
      boolean perFile = false;
      String objectText =
          objectNode instanceof YamlNode.Mapping
              ? ""
              : text(objectNode, "a size like \"64 MiB\" or \"files\"");
      if (objectText.strip().equals(FILES)) {
        if (dataset.averageFileSize() == null) {
          throw error(
              objectNode,
              "\"files\" copies one object per file, which needs dataset.average_file_size;"
                  + " add it to dataset or give an object size like \"64 MiB\"");
        }
        objectSize = dataset.averageFileSize();
        perFile = true;
      } else {
        objectSize = positiveSize(objectNode, "a size like \"64 MiB\" or \"files\"");
      }
      TimeSpan retention = duration(required(map, "retention", QuantityParser.DURATION_FORM));
      Seeding seed = seeding(map);
      CopyEngine engine =
          copyEngine(
              required(
                  map, "copy_engine", "a mapping {hosts, streams_per_host, per_stream, host_nic}"));
      TimeSpan interval =
          positiveDuration(required(map, "replication_interval", QuantityParser.DURATION_FORM));
      Recovery recovery = recovery(map);
      return new DataCopy(
          name,
          storageClass,
          location,
          prices,
          objectSize,
          perFile,
          retention,
          seed,
          engine,
          interval,
          recovery);
    }

    private List<String> storageClassIds() {
      List<String> ids = new ArrayList<>();
      for (StorageClass storageClass : StorageClass.values()) {
        ids.add(storageClass.id());
      }
      return ids;
    }

    private StorageClass storageClass(YamlNode node) {
      List<String> ids = storageClassIds();
      String text = text(node, "one of: " + Messages.list(ids));
      for (StorageClass storageClass : StorageClass.values()) {
        if (storageClass.id().equals(text)) {
          return storageClass;
        }
      }
      throw error(
          node,
          "unknown storage class " + node.describe() + "; expected one of: " + Messages.list(ids),
          Suggestions.closest(text, ids));
    }

    private GcsPrices prices(
        YamlNode.Mapping option,
        StorageClass storageClass,
        YamlNode classNode,
        String location,
        YamlNode locationNode) {
      YamlNode.Mapping inline =
          option.has("prices")
              ? mapping(option.get("prices"), "a mapping " + braces(PRICE_KEYS), PRICE_KEYS)
              : null;
      boolean complete = inline != null && inline.entries().keySet().containsAll(PRICE_KEYS);
      GcsPrices base = null;
      if (!complete) {
        if (catalog == null) {
          if (inline != null) {
            String missing = firstMissing(inline, PRICE_KEYS);
            throw error(
                inline,
                "missing key \""
                    + missing
                    + "\"; the scenario names no catalog, so the prices must be given in full: "
                    + braces(PRICE_KEYS));
          }
          throw error(
              classNode,
              "the storage class and location name catalog prices, but the scenario names no"
                  + " catalog; add \"catalog: <name>\" or give \"prices: "
                  + braces(PRICE_KEYS)
                  + "\"");
        }
        try {
          base = catalog.gcsPrices(storageClass, location);
        } catch (UnknownCatalogEntryException unknown) {
          if (unknown.requested().equals(location)) {
            throw error(
                locationNode,
                "catalog "
                    + catalog.name()
                    + " has no "
                    + storageClass.id()
                    + " prices for location "
                    + locationNode.describe()
                    + "; expected one of: "
                    + Messages.list(unknown.validNames()),
                Suggestions.closest(location, unknown.validNames()));
          }
          if (unknown.requested().equals(storageClass.id())) {
            throw error(
                classNode,
                "catalog "
                    + catalog.name()
                    + " has no prices for storage class "
                    + classNode.describe()
                    + "; give them inline as \"prices: "
                    + braces(PRICE_KEYS)
                    + "\"");
          }
          throw incompleteCatalog(locationNode, unknown);
        }
      }
      Money storage =
          priceOr(inline, "storage_per_gib_month", base == null ? null : base.storagePerGibMonth());
      Money classA =
          priceOr(inline, "class_a_per_1000", base == null ? null : base.classAPer1000());
      Money retrieval =
          priceOr(inline, "retrieval_per_gib", base == null ? null : base.retrievalPerGib());
      Money egress = priceOr(inline, "egress_per_gib", base == null ? null : base.egressPerGib());
      TimeSpan minimum =
          inline != null && inline.has("min_storage_duration")
              ? duration(inline.get("min_storage_duration"))
              : base.minStorageDuration();
      return new GcsPrices(storage, classA, retrieval, egress, minimum);
    }

    private Money priceOr(YamlNode.Mapping inline, String key, Money fallback) {
      return inline != null && inline.has(key) ? money(inline.get(key)) : fallback;
    }

    private Seeding seeding(YamlNode.Mapping option) {
      YamlNode node = required(option, "seed", "\"network\" or \"transfer-appliance\"");
      YamlNode.Mapping holder;
      YamlNode kindNode;
      if (node instanceof YamlNode.Mapping) {
        holder = mapping(node, "a mapping", SEED_KEYS);
        for (String key : List.of("appliance_model", "appliance")) {
          if (option.has(key)) {
            throw unexpectedSibling(option, key, "seed");
          }
        }
        kindNode = required(holder, "kind", "\"network\" or \"transfer-appliance\"");
      } else {
        holder = option;
        kindNode = node;
      }
      String kind = word(kindNode, "seed", SEEDS);
      if (kind.equals(SEED_NETWORK)) {
        for (String key : List.of("appliance_model", "appliance")) {
          if (holder.has(key)) {
            YamlNode.Entry entry = holder.entries().get(key);
            throw errorAt(
                entry.line(),
                entry.column(),
                entry.value().path(),
                "an appliance is only used with seed \"transfer-appliance\"; this option seeds"
                    + " over the network");
          }
        }
        return Seeding.NETWORK;
      }
      return Seeding.byAppliance(
          referenceOrInline(
              holder,
              "appliance_model",
              "a catalog transfer appliance model",
              "appliance",
              braces(APPLIANCE_KEYS),
              ref -> lookup(ref, "transfer appliance model", () -> catalog.appliance(ref.text())),
              this::inlineAppliance));
    }

    private ApplianceSpec inlineAppliance(YamlNode.Mapping map) {
      return new ApplianceSpec(
          INLINE,
          positiveSize(required(map, "capacity", QuantityParser.SIZE_FORM)),
          positiveDuration(required(map, "round_trip", QuantityParser.DURATION_FORM)),
          count(required(map, "in_flight", QuantityParser.COUNT_FORM), 1),
          money(required(map, "fee", QuantityParser.MONEY_FORM)));
    }

    private CopyEngine copyEngine(YamlNode node) {
      YamlNode.Mapping map =
          mapping(node, "a mapping " + braces(COPY_ENGINE_KEYS), COPY_ENGINE_KEYS);
      return new CopyEngine(
          count(required(map, "hosts", QuantityParser.COUNT_FORM), 1),
          count(required(map, "streams_per_host", QuantityParser.COUNT_FORM), 1),
          positiveRate(required(map, "per_stream", QuantityParser.RATE_FORM)),
          positiveRate(required(map, "host_nic", QuantityParser.RATE_FORM)));
    }

    private Recovery recovery(YamlNode.Mapping option) {
      YamlNode node = required(option, "recovery", "\"restore-to-primary\" or \"run-in-cloud\"");
      YamlNode.Mapping holder;
      YamlNode kindNode;
      if (node instanceof YamlNode.Mapping) {
        holder = mapping(node, "a mapping", RECOVERY_KEYS);
        if (option.has("cloud_start_time")) {
          throw unexpectedSibling(option, "cloud_start_time", "recovery");
        }
        kindNode = required(holder, "kind", "\"restore-to-primary\" or \"run-in-cloud\"");
      } else {
        holder = option;
        kindNode = node;
      }
      String kind = word(kindNode, "recovery", RECOVERIES);
      if (kind.equals(RESTORE)) {
        if (holder.has("cloud_start_time")) {
          YamlNode.Entry entry = holder.entries().get("cloud_start_time");
          throw errorAt(
              entry.line(),
              entry.column(),
              entry.value().path(),
              "cloud_start_time is only used with recovery \"run-in-cloud\"; this option"
                  + " restores to the primary");
        }
        return Recovery.RESTORE_TO_PRIMARY;
      }
      if (!holder.has("cloud_start_time")) {
        throw error(
            kindNode,
            "recovery \"run-in-cloud\" needs cloud_start_time (the time until workloads run in"
                + " the cloud, its RTO); add it beside recovery");
      }
      return Recovery.runInCloud(duration(holder.get("cloud_start_time")));
    }

    private ScenarioException unexpectedSibling(
        YamlNode.Mapping option, String key, String parent) {
      YamlNode.Entry entry = option.entries().get(key);
      return errorAt(
          entry.line(),
          entry.column(),
          entry.value().path(),
          "when " + parent + " is a mapping, " + key + " goes inside it, not beside it");
    }

    /** One of a fixed set of words ({@code seed: network}). */
    private String word(YamlNode node, String what, List<String> words) {
      String text = text(node, "one of: " + Messages.list(words));
      if (!words.contains(text)) {
        throw error(
            node,
            "unknown "
                + what
                + " "
                + node.describe()
                + "; expected one of: "
                + Messages.list(words),
            Suggestions.closest(text, words));
      }
      return text;
    }

    // ---- catalog references ----------------------------------------------------------------

    /**
     * The spec named by {@code refKey} in the catalog, or defined inline under {@code inlineKey};
     * exactly one of the two must be given.
     */
    private <T> T referenceOrInline(
        YamlNode.Mapping map,
        String refKey,
        String refWhat,
        String inlineKey,
        String inlineForm,
        Function<YamlNode.Scalar, T> fromCatalog,
        Function<YamlNode.Mapping, T> inline) {
      YamlNode.Entry ref = map.entries().get(refKey);
      YamlNode.Entry def = map.entries().get(inlineKey);
      if (ref != null && def != null) {
        YamlNode.Entry later =
            ref.line() > def.line() || (ref.line() == def.line() && ref.column() > def.column())
                ? ref
                : def;
        throw errorAt(
            later.line(),
            later.column(),
            later.value().path(),
            "give either " + refKey + " or " + inlineKey + ", not both");
      }
      if (ref == null && def == null) {
        throw error(
            map,
            "missing key \""
                + refKey
                + "\" ("
                + refWhat
                + ") or its inline form \""
                + inlineKey
                + ": "
                + inlineForm
                + "\"");
      }
      if (def != null) {
        return inline.apply(
            mapping(def.value(), "an inline definition " + inlineForm, keysOf(inlineForm)));
      }
      YamlNode node = ref.value();
      text(node, refWhat);
      if (catalog == null) {
        throw error(
            node,
            "names catalog entry "
                + node.describe()
                + ", but the scenario names no catalog; add \"catalog: <name>\" at the top or"
                + " define it inline as \""
                + inlineKey
                + ": "
                + inlineForm
                + "\"");
      }
      return fromCatalog.apply((YamlNode.Scalar) node);
    }

    private List<String> keysOf(String braces) {
      List<String> keys = new ArrayList<>();
      for (String key : braces.substring(1, braces.length() - 1).split(",")) {
        keys.add(key.strip());
      }
      return keys;
    }

    private <T> T lookup(YamlNode.Scalar ref, String what, Supplier<T> lookup) {
      try {
        return lookup.get();
      } catch (UnknownCatalogEntryException unknown) {
        if (unknown.requested().equals(ref.text())) {
          throw error(
              ref,
              "unknown "
                  + what
                  + " "
                  + ref.describe()
                  + " in catalog "
                  + catalog.name()
                  + "; expected one of: "
                  + Messages.list(unknown.validNames()),
              Suggestions.closest(ref.text(), unknown.validNames()));
        }
        throw incompleteCatalog(ref, unknown);
      } catch (IllegalArgumentException | ArithmeticException | ClassCastException unusable) {
        throw error(
            ref,
            "the catalog's "
                + what
                + " "
                + ref.describe()
                + " is not usable ("
                + Messages.clean(String.valueOf(unusable.getMessage()), 200)
                + "); check the scenario's overrides");
      }
    }

    private ScenarioException incompleteCatalog(YamlNode at, UnknownCatalogEntryException unknown) {
      return error(
          at,
          "catalog "
              + catalog.name()
              + " has no entry "
              + Messages.quote(unknown.requested())
              + ", which this needs; define the figures inline instead");
    }

    // ---- structure -------------------------------------------------------------------------

    /** {@code node} as a mapping whose keys are all in {@code allowed} ({@code null}: any key). */
    private YamlNode.Mapping mapping(YamlNode node, String expected, List<String> allowed) {
      if (!(node instanceof YamlNode.Mapping)) {
        String form =
            allowed != null && expected.equals("a mapping")
                ? expected + " " + braces(allowed)
                : expected;
        throw error(node, "expected " + form + ", found " + node.describe());
      }
      YamlNode.Mapping map = (YamlNode.Mapping) node;
      if (allowed != null) {
        for (YamlNode.Entry entry : map.entries().values()) {
          if (!allowed.contains(entry.key())) {
            throw unknownKey(entry, map, allowed, null);
          }
        }
      }
      return map;
    }

    private ScenarioException unknownKey(
        YamlNode.Entry entry, YamlNode.Mapping map, List<String> allowed, String where) {
      String place = where != null ? where : map.path().isEmpty() ? "the top level" : map.path();
      return errorAt(
          entry.line(),
          entry.column(),
          entry.value().path(),
          "unknown key "
              + Messages.quote(entry.key())
              + " in "
              + place
              + "; expected one of: "
              + Messages.list(allowed),
          Suggestions.closest(entry.key(), allowed));
    }

    private YamlNode required(YamlNode.Mapping map, String key, String expected) {
      YamlNode node = map.get(key);
      if (node == null) {
        String parent = map.path().isEmpty() ? "the scenario" : map.path();
        throw error(map, "missing key \"" + key + "\" (" + expected + ") in " + parent);
      }
      return node;
    }

    private String optionalText(YamlNode.Mapping map, String key) {
      YamlNode node = map.get(key);
      if (node == null
          || (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).isAbsent())) {
        return "";
      }
      return text(node, "text");
    }

    /** The text of a scalar that must hold something. */
    private String text(YamlNode node, String expected) {
      if (node instanceof YamlNode.Mapping && ((YamlNode.Mapping) node).has("dist")) {
        throw error(
            node,
            "expected "
                + expected
                + ", found a distribution; only numeric values (sizes, rates, durations, shares,"
                + " amounts, counts and numbers) can be uncertain");
      }
      if (!(node instanceof YamlNode.Scalar) || ((YamlNode.Scalar) node).isAbsent()) {
        throw error(node, "expected " + expected + ", found " + node.describe());
      }
      return ((YamlNode.Scalar) node).text();
    }

    private String firstMissing(YamlNode.Mapping map, List<String> keys) {
      for (String key : keys) {
        if (!map.has(key)) {
          return key;
        }
      }
      return keys.get(0);
    }

    private String braces(List<String> keys) {
      return "{" + String.join(", ", keys) + "}";
    }

    // ---- values ----------------------------------------------------------------------------

    /** {@code node}'s text read by {@code parser}, its format errors positioned at the node. */
    private <T> T parse(YamlNode node, Function<String, T> parser) {
      return parse(node, parser, null);
    }

    private <T> T parse(YamlNode node, Function<String, T> parser, String expectedOverride) {
      if (!(node instanceof YamlNode.Scalar) || ((YamlNode.Scalar) node).isAbsent()) {
        String expected = expectedOverride;
        if (expected == null) {
          try {
            parser.apply(null);
          } catch (QuantityFormatException e) {
            expected = e.expected();
          }
        }
        throw error(node, "expected " + expected + ", found " + node.describe());
      }
      String text = ((YamlNode.Scalar) node).text();
      if (text.length() > MAX_QUANTITY_LENGTH) {
        // Far longer than any quantity; refused before the parser's patterns see it.
        String expected = expectedOverride;
        if (expected == null) {
          try {
            parser.apply(null);
          } catch (QuantityFormatException e) {
            expected = e.expected();
          }
        }
        throw error(
            node, "expected " + expected + ", found " + node.describe() + " (far too long)");
      }
      try {
        return withoutNegativeZero(parser.apply(text));
      } catch (QuantityFormatException e) {
        String expected = expectedOverride != null ? expectedOverride : e.expected();
        StringBuilder detail =
            new StringBuilder("expected ")
                .append(expected)
                .append(", found ")
                .append(Messages.clean(e.found(), Messages.MAX_QUOTED + 2));
        if (needsUnit(expected) && isBareNumber(text)) {
          detail
              .append(" (a bare number has no unit; write one, e.g. \"")
              .append(Messages.clean(text.strip(), 30))
              .append(' ')
              .append(exampleUnit(expected))
              .append("\" if that is what you mean)");
        }
        throw error(node, detail.toString(), percentHint(expected, text));
      }
    }

    /** "-0 TB" reads as zero, not as a negative zero that would print as "-0". */
    @SuppressWarnings("unchecked")
    private <T> T withoutNegativeZero(T value) {
      Object plain = value;
      if (value instanceof DataSize && ((DataSize) value).bytes() == 0) {
        plain = DataSize.ZERO;
      } else if (value instanceof DataRate && ((DataRate) value).bytesPerSecond() == 0) {
        plain = DataRate.ZERO;
      } else if (value instanceof TimeSpan && ((TimeSpan) value).seconds() == 0) {
        plain = TimeSpan.ZERO;
      } else if (value instanceof Money && ((Money) value).usd() == 0) {
        plain = Money.ZERO;
      } else if (value instanceof Fraction && ((Fraction) value).value() == 0) {
        plain = Fraction.ZERO;
      } else if (value instanceof Double && (Double) value == 0) {
        plain = 0.0;
      }
      return (T) plain;
    }

    /** For {@code 90} where a fraction is meant, the hint {@code 90%}. */
    private String percentHint(String expected, String text) {
      if (!expected.equals(QuantityParser.FRACTION_FORM) || !isBareNumber(text)) {
        return null;
      }
      double number = Double.parseDouble(text.strip());
      return number > 1 && number <= 100 ? text.strip() + "%" : null;
    }

    private boolean needsUnit(String expected) {
      return expected.contains("size")
          || expected.contains("rate")
          || expected.contains("duration");
    }

    private String exampleUnit(String expected) {
      if (expected.contains("size")) {
        return "TB";
      }
      if (expected.contains("rate")) {
        return "Gbps";
      }
      return "d";
    }

    private boolean isBareNumber(String text) {
      return text.strip().matches("[+-]?[0-9]+(\\.[0-9]*)?([eE][+-]?[0-9]+)?");
    }

    private DataSize size(YamlNode node) {
      return uncertain(node, Kind.SIZE, n -> parse(n, QuantityParser::size));
    }

    private DataSize positiveSize(YamlNode node) {
      return positiveSize(node, null);
    }

    private DataSize positiveSize(YamlNode node, String expected) {
      return uncertain(node, Kind.SIZE, n -> positiveSizeValue(n, expected));
    }

    private DataSize positiveSizeValue(YamlNode node, String expected) {
      DataSize size = parse(node, QuantityParser::size, expected);
      if (size.isZero()) {
        throw error(node, "expected a size above zero, found " + node.describe());
      }
      return size;
    }

    private DataRate positiveRate(YamlNode node) {
      return uncertain(node, Kind.RATE, this::positiveRateValue);
    }

    private DataRate positiveRateValue(YamlNode node) {
      DataRate rate = parse(node, QuantityParser::rate);
      if (rate.isZero()) {
        throw error(node, "expected a rate above zero, found " + node.describe());
      }
      return rate;
    }

    private TimeSpan duration(YamlNode node) {
      return uncertain(node, Kind.DURATION, n -> parse(n, QuantityParser::duration));
    }

    private TimeSpan positiveDuration(YamlNode node) {
      return uncertain(node, Kind.DURATION, this::positiveDurationValue);
    }

    private TimeSpan positiveDurationValue(YamlNode node) {
      TimeSpan span = parse(node, QuantityParser::duration);
      if (span.seconds() == 0) {
        throw error(node, "expected a duration above zero, found " + node.describe());
      }
      return span;
    }

    private Fraction share(YamlNode node) {
      return uncertain(node, Kind.FRACTION, this::shareValue);
    }

    private Fraction shareValue(YamlNode node) {
      Fraction share = parse(node, QuantityParser::fraction);
      if (share.value() < 0 || share.value() > 1) {
        throw error(node, "expected " + SHARE_FORM + ", found " + node.describe());
      }
      return share;
    }

    private Fraction positiveShare(YamlNode node) {
      return uncertain(node, Kind.FRACTION, this::positiveShareValue);
    }

    private Fraction positiveShareValue(YamlNode node) {
      Fraction share = parse(node, QuantityParser::fraction);
      if (share.value() <= 0 || share.value() > 1) {
        throw error(node, "expected " + POSITIVE_SHARE_FORM + ", found " + node.describe());
      }
      return share;
    }

    private Fraction shareBelowOne(YamlNode node) {
      return uncertain(node, Kind.FRACTION, this::shareBelowOneValue);
    }

    private Fraction shareBelowOneValue(YamlNode node) {
      Fraction share = parse(node, QuantityParser::fraction);
      if (share.value() < 0 || share.value() >= 1) {
        throw error(node, "expected " + SHARE_BELOW_ONE_FORM + ", found " + node.describe());
      }
      return share;
    }

    private Money money(YamlNode node) {
      return uncertain(node, Kind.MONEY, n -> parse(n, QuantityParser::money));
    }

    private double number(YamlNode node) {
      return uncertain(node, Kind.NUMBER, n -> parse(n, QuantityParser::number));
    }

    /** A plain number of at least 1 (reduction ratios, peak factors). */
    private double atLeastOne(YamlNode node) {
      return uncertain(node, Kind.NUMBER, this::atLeastOneValue);
    }

    private double atLeastOneValue(YamlNode node) {
      double value = parse(node, QuantityParser::number);
      if (!(value >= 1)) {
        throw error(node, "expected a plain number of at least 1, found " + node.describe());
      }
      return value;
    }

    private int count(YamlNode node, int minimum) {
      return uncertain(node, Kind.COUNT, n -> countValue(n, minimum));
    }

    private int countValue(YamlNode node, int minimum) {
      int value = parse(node, QuantityParser::count);
      if (value < minimum) {
        throw error(
            node, "expected a whole number of at least " + minimum + ", found " + node.describe());
      }
      return value;
    }

    // ---- distributions ---------------------------------------------------------------------

    /**
     * A value that may be written as a distribution: a scalar goes to {@code reader}; a mapping is
     * a distribution whose parameters each go to {@code reader} (so they meet every rule of the
     * key: a share stays in [0, 1], a size is not negative), checked for order, recorded for {@link
     * #uncertainScenario}, and read as its base value (mode or median).
     */
    private <T> T uncertain(YamlNode node, Kind<T> kind, Function<YamlNode, T> reader) {
      if (!(node instanceof YamlNode.Mapping)) {
        return reader.apply(node);
      }
      YamlNode.Mapping map = (YamlNode.Mapping) node;
      if (!distributionsAllowed) {
        throw error(
            node,
            "a catalog override takes one value, not a distribution; put the distribution on"
                + " the scenario key instead");
      }
      if (!map.has("dist")) {
        throw error(
            node,
            "expected one value, or a distribution like \"{dist: triangular, min, mode, max}\","
                + " found a mapping without \"dist\" (one of: "
                + Messages.list(DISTRIBUTION_IDS)
                + ")");
      }
      String id = word(map.get("dist"), "distribution", DISTRIBUTION_IDS);
      List<String> allowed = new ArrayList<>();
      allowed.add("dist");
      allowed.addAll(DISTRIBUTION_FIELDS.get(id));
      for (YamlNode.Entry entry : map.entries().values()) {
        if (!allowed.contains(entry.key())) {
          throw unknownKey(entry, map, allowed, "a " + id + " distribution");
        }
      }
      Distribution distribution;
      switch (id) {
        case "triangular":
        case "pert":
          distribution = minModeMax(map, id, kind, reader);
          break;
        case "uniform":
          distribution = uniform(map, kind, reader);
          break;
        case "normal":
          distribution = normal(map, kind, reader);
          break;
        default:
          distribution = logNormal(map, kind, reader);
          break;
      }
      distributions.add(new Pending(map, distribution));
      return kind.typed(distribution.base());
    }

    private <T> double parameter(
        YamlNode.Mapping map, String field, String id, Kind<T> kind, Function<YamlNode, T> reader) {
      YamlNode node =
          required(
              map, field, "the " + field + " of the " + id + " distribution, in the key's unit");
      return kind.canonical(reader.apply(node));
    }

    private <T> Distribution minModeMax(
        YamlNode.Mapping map, String id, Kind<T> kind, Function<YamlNode, T> reader) {
      double min = parameter(map, "min", id, kind, reader);
      double mode = parameter(map, "mode", id, kind, reader);
      double max = parameter(map, "max", id, kind, reader);
      requireBelow(map, "min", min, "max", max);
      if (!(min <= mode && mode <= max)) {
        throw error(
            map.get("mode"),
            "expected the mode between min and max, found min "
                + map.get("min").describe()
                + ", mode "
                + map.get("mode").describe()
                + ", max "
                + map.get("max").describe());
      }
      return built(
          map,
          () ->
              id.equals("pert")
                  ? new Distribution.Pert(min, mode, max)
                  : new Distribution.Triangular(min, mode, max));
    }

    private <T> Distribution uniform(
        YamlNode.Mapping map, Kind<T> kind, Function<YamlNode, T> reader) {
      double min = parameter(map, "min", "uniform", kind, reader);
      double max = parameter(map, "max", "uniform", kind, reader);
      requireBelow(map, "min", min, "max", max);
      return built(map, () -> new Distribution.Uniform(min, max));
    }

    private <T> Distribution normal(
        YamlNode.Mapping map, Kind<T> kind, Function<YamlNode, T> reader) {
      double mean = parameter(map, "mean", "normal", kind, reader);
      YamlNode sdNode =
          required(
              map, "sd", "the standard deviation of the normal distribution, in the key's unit");
      double sd = kind.spread(parse(sdNode, kind.spreadParser()));
      if (!(sd > 0)) {
        throw error(sdNode, "expected a standard deviation above zero, found " + sdNode.describe());
      }
      double lower =
          map.has("lower")
              ? kind.canonical(reader.apply(map.get("lower")))
              : Double.NEGATIVE_INFINITY;
      double upper =
          map.has("upper")
              ? kind.canonical(reader.apply(map.get("upper")))
              : Double.POSITIVE_INFINITY;
      if (map.has("lower") && map.has("upper")) {
        requireBelow(map, "lower", lower, "upper", upper);
      }
      return built(map, () -> new Distribution.Normal(mean, sd, lower, upper));
    }

    private <T> Distribution logNormal(
        YamlNode.Mapping map, Kind<T> kind, Function<YamlNode, T> reader) {
      double median = parameter(map, "median", "lognormal", kind, reader);
      double p90 = parameter(map, "p90", "lognormal", kind, reader);
      if (!(median > 0)) {
        throw error(
            map.get("median"),
            "expected a median above zero (a log-normal value is always positive), found "
                + map.get("median").describe());
      }
      if (!(p90 > median)) {
        throw error(
            map.get("p90"),
            "expected p90 above the median, found median "
                + map.get("median").describe()
                + ", p90 "
                + map.get("p90").describe());
      }
      return built(map, () -> new Distribution.LogNormal(median, p90));
    }

    private void requireBelow(
        YamlNode.Mapping map, String lowKey, double low, String highKey, double high) {
      if (!(low < high)) {
        throw error(
            map.get(highKey),
            "expected "
                + highKey
                + " above "
                + lowKey
                + ", found "
                + lowKey
                + " "
                + map.get(lowKey).describe()
                + ", "
                + highKey
                + " "
                + map.get(highKey).describe());
      }
    }

    /** The engine's own checks (a truncation that keeps no probability), positioned. */
    private Distribution built(YamlNode.Mapping map, Supplier<Distribution> make) {
      try {
        return make.get();
      } catch (IllegalArgumentException e) {
        throw error(map, Messages.clean(String.valueOf(e.getMessage()), 200));
      }
    }

    /**
     * The scenario with its distributions: each one's key named as {@link ScenarioKeys} names it,
     * checked to exist and to keep every value the distribution can take inside the key's domain.
     */
    private UncertainScenario uncertainScenario(Scenario scenario) {
      List<UncertainInput> inputs = new ArrayList<>();
      for (Pending pending : distributions) {
        YamlNode node = pending.node();
        Distribution distribution = pending.distribution();
        String path = keyPath(node.path());
        ScenarioKey key;
        try {
          key = ScenarioKeys.key(scenario, path);
        } catch (UnknownScenarioKeyException unknown) {
          throw error(
              node,
              "this key cannot take a distribution; the keys that can are: "
                  + Messages.list(unknown.validKeys()));
        }
        if (distribution.lower() < key.min() || distribution.upper() > key.max()) {
          throw error(
              node,
              "a "
                  + distribution.id()
                  + " distribution here can take values outside what the key allows ("
                  + key.domainText()
                  + " in canonical units)"
                  + (distribution instanceof Distribution.Normal
                      ? "; bound it with lower and upper"
                      : distribution instanceof Distribution.LogNormal
                          ? "; use a triangular, PERT or bounded normal distribution instead"
                          : ""));
        }
        inputs.add(new UncertainInput(path, distribution));
      }
      try {
        return new UncertainScenario(scenario, inputs);
      } catch (IllegalArgumentException e) {
        throw error(
            distributions.get(0).node(), Messages.clean(String.valueOf(e.getMessage()), 200));
      }
    }

    /**
     * The {@link ScenarioKeys} path of a YAML key path: {@code options[1].copy_engine.per_stream}
     * is {@code options.gcs-archive.copy_engine.per_stream}, and a run-in-cloud option's {@code
     * recovery.cloud_start_time} is its {@code cloud_start_time}.
     */
    private String keyPath(String yamlPath) {
      if (!yamlPath.startsWith("options[")) {
        return yamlPath;
      }
      int close = yamlPath.indexOf(']');
      String name = optionNames.get(yamlPath.substring(0, close + 1));
      String rest = yamlPath.substring(close + 1);
      if (rest.equals(".recovery.cloud_start_time")) {
        rest = ".cloud_start_time";
      }
      return "options." + name + rest;
    }

    // ---- errors ----------------------------------------------------------------------------

    private ScenarioException error(YamlNode node, String detail) {
      return error(node, detail, null);
    }

    private ScenarioException error(YamlNode node, String detail, String suggestion) {
      return new ScenarioException(
          source, node.line(), node.column(), node.path(), detail, suggestion);
    }

    private ScenarioException errorAt(int line, int column, String path, String detail) {
      return errorAt(line, column, path, detail, null);
    }

    private ScenarioException errorAt(
        int line, int column, String path, String detail, String suggestion) {
      return new ScenarioException(source, line, column, path, detail, suggestion);
    }
  }
}

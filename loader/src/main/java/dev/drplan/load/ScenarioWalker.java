package dev.drplan.load;

import dev.drplan.analysis.DecisionAnalysis;
import dev.drplan.analysis.Distribution;
import dev.drplan.analysis.Levers;
import dev.drplan.analysis.ResolvedLever;
import dev.drplan.analysis.ScenarioKey;
import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.analysis.UncertainInput;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.analysis.UnknownScenarioKeyException;
import dev.drplan.analysis.decision.RankCorrelation;
import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.catalog.UnknownCatalogEntryException;
import dev.drplan.catalog.ValueKind;
import dev.drplan.load.profile.ProfileFiles;
import dev.drplan.load.profile.ProfileFormatException;
import dev.drplan.model.DataGrowth;
import dev.drplan.model.backlog.ProfileReplay;
import dev.drplan.model.backlog.SnapshotDeltas;
import dev.drplan.scenario.ChangeProfileSpec;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.GcsPrices;
import dev.drplan.scenario.InputOrigin;
import dev.drplan.scenario.Lever;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Provenance;
import dev.drplan.scenario.SafeText;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.StorageClass;
import dev.drplan.scenario.Suggestions;
import dev.drplan.schema.CatalogSchema;
import dev.drplan.schema.DataLimit;
import dev.drplan.schema.Domain;
import dev.drplan.schema.Row;
import dev.drplan.schema.ScenarioSchema;
import dev.drplan.units.Money;
import dev.drplan.units.QuantityFormatException;
import dev.drplan.units.QuantityParser;
import dev.drplan.units.TimeSpan;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One load of a scenario: walks the rows of {@link ScenarioSchema} over the YAML tree, reading each
 * key by its row (kind, domain, default) and building each section's record, so that no key has a
 * hand-written reader. Every fault is a {@link ScenarioException} at the node's line and column.
 *
 * <p>Beyond the rows, a few rules join keys: the catalog named at the top resolves references and
 * prices, {@code overrides} replace catalog entries (each read by its {@link CatalogSchema} row),
 * an option's {@code kind} picks the rows of the option, and a distribution is checked against the
 * domain of its key once the scenario is built.
 */
final class ScenarioWalker {

  /** Longest text read as a quantity; "465661287.30774 GiB" is 19 characters. */
  static final int MAX_QUANTITY_LENGTH = 200;

  private static final Map<String, List<String>> DISTRIBUTION_FIELDS = distributionFields();

  /** The field of a distribution that words the question to ask the customer about it. */
  static final String QUESTION = "question";

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

  /** What a numeric value is read as: its kind, its domain and the form a message asks for. */
  private record Reading(ValueKind kind, Domain domain, String formOverride) {
    static Reading of(Row.Quantity<?, ?> row) {
      return new Reading(row.kind(), row.domain(), row.ownForm());
    }
  }

  /**
   * An uncertain input as read: its name (a key path, or a name of {@code uncertain:}), the node of
   * its distribution, the keys that use it with the node of each use, and the question the scenario
   * asks about it ({@code null}: the key's own); checked against each key once the scenario is
   * built.
   */
  private static final class Pending {
    final String name;
    final YamlNode node;
    final Distribution distribution;
    final ValueKind kind;
    final String question;
    final List<String> keyPaths = new ArrayList<>();
    final List<YamlNode> uses = new ArrayList<>();

    Pending(
        String name, YamlNode node, Distribution distribution, ValueKind kind, String question) {
      this.name = name;
      this.node = node;
      this.distribution = distribution;
      this.kind = kind;
      this.question = question;
    }

    void use(String keyPath, YamlNode at) {
      keyPaths.add(keyPath);
      uses.add(at);
    }
  }

  /** The values read for one section's rows. */
  private static final class Values implements Row.Values {
    // By identity: a row is one object of the table (and a record's hash would walk its subtree).
    private final Map<Row<?>, Object> values = new IdentityHashMap<>();
    private final Map<Row<?>, Boolean> given = new IdentityHashMap<>();

    Values() {}

    Values(Values inherited) {
      values.putAll(inherited.values);
    }

    void put(Row<?> row, Object value, boolean written) {
      values.put(row, value);
      given.put(row, written);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Row<T> row) {
      return (T) values.get(row);
    }

    @Override
    public boolean given(Row<?> row) {
      return given.getOrDefault(row, false);
    }
  }

  private final String source;
  private final CatalogSource catalogs;
  private Catalog catalog;

  /** The uncertain inputs by name, in the order of their first use. */
  private final Map<String, Pending> distributions = new LinkedHashMap<>();

  /** The {@code uncertain:} mapping, or null; its entries are read at their first use. */
  private YamlNode.Mapping named;

  private YamlNode.Entry correlationsEntry;
  private YamlNode.Entry leversEntry;
  private YamlNode.Entry provenanceEntry;
  private final Map<String, Object> resolved = new HashMap<>();
  private final Map<String, YamlNode> quantityNodes = new HashMap<>();
  private final List<InputOrigin> origins = new ArrayList<>();
  private boolean distributionsAllowed = true;

  ScenarioWalker(String source, CatalogSource catalogs) {
    this.source = source;
    this.catalogs = catalogs;
  }

  /** The scenario in {@code root}, with its distributions. */
  UncertainScenario uncertain(YamlNode root) {
    if (root instanceof YamlNode.Mapping) {
      named = namedDistributions((YamlNode.Mapping) root);
    }
    Scenario scenario = section(ScenarioSchema.SCENARIO, root, "", new Values());
    if (catalog != null) {
      scenario =
          new Scenario(
              scenario.name(),
              scenario.description(),
              scenario.horizon(),
              catalog.name(),
              catalog.asOf(),
              scenario.dataset(),
              scenario.primary(),
              scenario.network(),
              scenario.objectives(),
              scenario.options(),
              scenario.changeProfile(),
              scenario.levers(),
              origins);
    }
    if (scenario.changeProfile() != null) {
      if (scenario.changeProfile().isMeasured()) {
        scenario = scenario.withChangeProfile(readProfile(scenario.changeProfile(), root));
      }
      YamlNode profileNode = ((YamlNode.Mapping) root).get(ScenarioSchema.CHANGE_PROFILE.key());
      requireReplayable(scenario, profileNode);
      requireProfileWithinDataLimit(scenario, profileNode);
    }
    return uncertainScenario(scenario);
  }

  /**
   * Every option's replication interval cuts the change profile into at most {@link
   * SnapshotDeltas#MAX_SNAPSHOTS} snapshots, or the replay could not hold them.
   */
  private void requireReplayable(Scenario scenario, YamlNode profileNode) {
    for (DrOption option : scenario.options()) {
      TimeSpan interval =
          option instanceof DataCopy
              ? ((DataCopy) option).replicationInterval()
              : ((NamespaceInCloud) option).replicationInterval();
      String cut = tooManySnapshots(scenario.changeProfile(), interval.seconds());
      if (cut != null) {
        throw error(
            profileNode,
            "option "
                + Messages.quote(option.name())
                + " copies every "
                + String.format(Locale.ROOT, "%s s", interval.seconds())
                + ", which cuts "
                + cut
                + ": use a shorter profile or a longer replication interval");
      }
    }
  }

  /**
   * How copies every {@code seconds} would cut the change profile, in words, when that is into more
   * snapshots than the replay takes ({@link SnapshotDeltas#count}, the replay's own count); {@code
   * null} when the replay takes them.
   */
  private static String tooManySnapshots(ChangeProfileSpec spec, double seconds) {
    TimeSpan span = profileSpan(spec);
    double snapshots = SnapshotDeltas.count(span.seconds(), seconds);
    if (snapshots <= SnapshotDeltas.MAX_SNAPSHOTS) {
      return null;
    }
    return "the change profile's "
        + String.format(Locale.ROOT, "%.1f d", span.days())
        + " into "
        + String.format(Locale.ROOT, "%,.0f", snapshots)
        + " snapshots; the replay takes at most "
        + String.format(Locale.ROOT, "%,d", SnapshotDeltas.MAX_SNAPSHOTS);
  }

  /**
   * A distribution of an option's replication interval keeps the change profile's replay within
   * {@link SnapshotDeltas#MAX_SNAPSHOTS} snapshots over the whole range {@code compare} searches
   * ({@link DecisionAnalysis#range(Distribution, ScenarioKey)}): {@code compare}, {@code explain}
   * and the report replay the profile at those values, and the base value alone is checked by
   * {@link #requireReplayable}.
   */
  private void requireReplayableOver(
      Scenario scenario, Distribution distribution, List<ScenarioKey> keys, Pending pending) {
    if (scenario.changeProfile() == null) {
      return;
    }
    String interval = "." + ScenarioSchema.NAMESPACE_REPLICATION_INTERVAL.key();
    for (int u = 0; u < keys.size(); u++) {
      String path = keys.get(u).path();
      if (!path.startsWith("options.") || !path.endsWith(interval)) {
        continue;
      }
      // The range is the input's, read through its first key as compare reads it: one check
      // answers for every replication interval the input sets, at the first one's use.
      double lowest = DecisionAnalysis.range(distribution, keys.get(0))[0];
      String cut = tooManySnapshots(scenario.changeProfile(), lowest);
      if (cut != null) {
        double span = profileSpan(scenario.changeProfile()).seconds();
        throw error(
            pending.uses.get(u),
            "expected a distribution of at least "
                + seconds(span / SnapshotDeltas.MAX_SNAPSHOTS, RoundingMode.CEILING)
                + " here: compare replays the change profile at every value of its range (its"
                + " bounds, or its 1st and 99th percentiles), and copies every "
                + seconds(lowest, RoundingMode.HALF_UP)
                + " cut "
                + cut);
      }
      return;
    }
  }

  /**
   * Seconds to three significant digits, rounded as {@code rounding} says (up, for a least value
   * that is never too low): {@code "0.986 s"}.
   */
  private static String seconds(double seconds, RoundingMode rounding) {
    return new BigDecimal(seconds)
            .round(new MathContext(3, rounding))
            .stripTrailingZeros()
            .toPlainString()
        + " s";
  }

  /** The time a change profile covers: a measured one's span, or the synthetic year. */
  private static TimeSpan profileSpan(ChangeProfileSpec spec) {
    return spec.isMeasured() ? spec.measured().span() : ProfileReplay.SYNTHETIC_SPAN;
  }

  /**
   * The change profile scaled to the data it is replayed on keeps every interval within 1,000 EB,
   * the most a measured interval may hold ({@link ProfileReplay#withinDataLimit()}): a profile
   * measured on far less data than the scenario's (a measured_size of 1 B against 900 EB scales it
   * 9e20 times) is refused here, with the smallest measured_size that fits, rather than replayed
   * into figures beyond anything drplan computes. Values a sampled or swept variant reaches are the
   * engine's to refuse (its figures are then null with a reason, docs/model.md §5).
   */
  private void requireProfileWithinDataLimit(Scenario scenario, YamlNode profileNode) {
    ProfileReplay replay = ProfileReplay.of(scenario);
    if (replay.withinDataLimit()) {
      return;
    }
    String limit = ProfileReplay.LARGEST_TEXT;
    ChangeProfileSpec spec = scenario.changeProfile();
    if (!spec.isMeasured()) {
      YamlNode syntheticNode = ((YamlNode.Mapping) profileNode).get(ScenarioSchema.SYNTHETIC.key());
      throw error(
          syntheticNode != null ? syntheticNode : profileNode,
          "expected a synthetic profile whose busiest hour changes at most "
              + limit
              + ", the most drplan computes; found one whose busiest hour changes "
              + sizeAtLeast(replay.busiestInterval().bytes())
              + ", a share of dataset.daily_change of the "
              + sizeAtLeast(largestInReplay(scenario, replay))
              + " the data reaches in the replay: lower the daily change, the growth or the"
              + " synthetic peak");
    }
    YamlNode measuredNode =
        ((YamlNode.Mapping) profileNode).get(ScenarioSchema.MEASURED_SIZE.key());
    double smallest = replay.smallestMeasuredSizeWithinDataLimit().bytes();
    String replayedOn =
        sizeAtLeast(DataGrowth.logicalAt(scenario.dataset(), replay.replayedFrom()).bytes());
    String found =
        measuredNode == null
            ? "none (it defaults to dataset.logical_size)"
            : measuredNode instanceof YamlNode.Scalar
                ? measuredNode.describe()
                : "a distribution whose base is " + sizeAtLeast(spec.measuredSize().bytes());
    String why =
        "from the size it was measured at to the data it is replayed on, "
            + replayedOn
            + " (dataset.logical_size growing by dataset.annual_growth), its busiest interval"
            + " would change more than "
            + limit
            + ", the most drplan computes";
    if (smallest > Domain.LARGEST_SIZE_BYTES) {
      // No measured_size a scenario may give fits: the data is too large for this profile.
      throw error(
          measuredNode != null ? measuredNode : profileNode,
          "expected a profile that fits the data it is replayed on: even at the largest"
              + " measured_size, "
              + limit
              + ", "
              + why.replace("from the size it was measured at ", "scaled ")
              + "; found "
              + found);
    }
    throw error(
        measuredNode != null ? measuredNode : profileNode,
        "expected a measured_size of at least "
            + sizeAtLeast(smallest)
            + " for this profile: "
            + why
            + "; found "
            + found);
  }

  /** The most data over the replay: at its start or at its end (§1's growth is monotone). */
  private static double largestInReplay(Scenario scenario, ProfileReplay replay) {
    TimeSpan end = TimeSpan.ofSeconds(replay.replayedFrom().seconds() + replay.window().seconds());
    return Math.max(
        DataGrowth.logicalAt(scenario.dataset(), replay.replayedFrom()).bytes(),
        DataGrowth.logicalAt(scenario.dataset(), end).bytes());
  }

  private static final String[] SIZE_UNITS = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};

  /** A size as a number of the largest decimal unit it holds one of (EB at most). */
  private record DecimalSize(double value, String unit) {
    static DecimalSize of(double bytes) {
      int unit = 0;
      double value = bytes;
      while (unit < SIZE_UNITS.length - 1 && value >= 1000) {
        value /= 1000;
        unit++;
      }
      return new DecimalSize(value, SIZE_UNITS[unit]);
    }

    /** The number rounded as {@code rounded} says, whole numbers grouped: "1.62 TB", "2,490 EB". */
    String text(UnaryOperator<BigDecimal> rounded) {
      BigDecimal number = rounded.apply(new BigDecimal(value)).stripTrailingZeros();
      return (number.scale() <= 0
              ? String.format(Locale.ROOT, "%,d", number.setScale(0).longValueExact())
              : number.toPlainString())
          + " "
          + unit;
    }
  }

  /** A size in decimal units rounded up to 3 significant digits: "1.62 TB", "2,490 EB". */
  private static String sizeAtLeast(double bytes) {
    // To 12 digits first, so that a quotient a hair above 1.62 is not shown as 1.63.
    return DecimalSize.of(bytes)
        .text(
            value ->
                value
                    .round(new MathContext(12, RoundingMode.HALF_EVEN))
                    .round(new MathContext(3, RoundingMode.CEILING)));
  }

  /**
   * The change profile's file read, relative to the scenario file: an edge of its own, whose faults
   * name the profile's file, line and column and the scenario key that points at it.
   */
  private ChangeProfileSpec readProfile(ChangeProfileSpec spec, YamlNode root) {
    YamlNode fileNode =
        ((YamlNode.Mapping) ((YamlNode.Mapping) root).get(ScenarioSchema.CHANGE_PROFILE.key()))
            .get(ScenarioSchema.PROFILE_FILE.key());
    Path file = ProfileFiles.resolve(source, spec.file().path());
    String pointer =
        fileNode.path() + " at " + source + ":" + fileNode.line() + ":" + fileNode.column();
    try {
      return spec.withMeasured(ProfileFiles.read(spec.file(), file));
    } catch (ProfileFormatException bad) {
      throw new ScenarioException(
          bad.file(),
          (int) Math.min(Integer.MAX_VALUE, bad.line()),
          (int) Math.min(Integer.MAX_VALUE, bad.column()),
          "",
          "change profile (" + pointer + "): expected " + bad.expected() + ", found " + bad.found(),
          null);
    } catch (UncheckedIOException | SecurityException failed) {
      throw new ScenarioException(
          file.toString(),
          0,
          0,
          "",
          "change profile ("
              + pointer
              + "): cannot read it: "
              + Messages.clean(String.valueOf(failed.getMessage()), 200),
          null);
    }
  }

  // ---- sections --------------------------------------------------------------------------

  /** The record of {@code section} read from {@code node}; its keys' paths start at {@code at}. */
  private <R> R section(Row.Section<?, R> section, YamlNode node, String at, Values inherited) {
    YamlNode.Mapping map = mapping(node, section.form(), section.keys());
    return rows(section, map, at, new Values(inherited));
  }

  private <R> R rows(Row.Section<?, R> section, YamlNode.Mapping map, String at, Values values) {
    Fields fields = new Fields(map, at, values);
    for (Row<?> row : section.rows()) {
      row.accept(fields);
    }
    try {
      return section.build(values);
    } catch (Row.Refused refused) {
      YamlNode.Entry entry = refused.key() == null ? null : map.entries().get(refused.key());
      throw entry == null ? error(map, refused.getMessage()) : errorAt(entry, refused.getMessage());
    } catch (IllegalArgumentException unusable) {
      // A record's own rule across values its rows each accepted.
      throw error(map, Messages.clean(String.valueOf(unusable.getMessage()), 300));
    }
  }

  /** Reads the rows of one mapping, each into {@code values}. */
  private final class Fields implements Row.Visitor<Void> {
    private final YamlNode.Mapping map;
    private final String at;
    private final Values values;

    Fields(YamlNode.Mapping map, String at, Values values) {
      this.map = map;
      this.at = at;
      this.values = values;
    }

    @Override
    public Void section(Row.Section<?, ?> row) {
      if (!row.required() && !map.has(row.key())) {
        values.put(row, null, false);
        return null;
      }
      YamlNode node = required(map, row.key(), row.form());
      values.put(row, ScenarioWalker.this.section(row, node, at + row.key() + ".", values), true);
      return null;
    }

    @Override
    public Void quantity(Row.Quantity<?, ?> row) {
      YamlNode node = map.get(row.key());
      Object value;
      CatalogEntry fromCatalog = node == null ? catalogDefault(row, values) : null;
      if (node != null) {
        value = readQuantity(node, Reading.of(row), row, at + row.key());
      } else if (fromCatalog != null) {
        value = fromCatalog.value();
        noteOrigin(at + row.key(), fromCatalog);
      } else {
        switch (row.presence()) {
          case DEFAULT:
            value = row.defaultValue();
            break;
          case SAME_AS:
            value = resolved.get(row.sameAs());
            break;
          case OPTIONAL:
            value = null;
            break;
          default:
            throw missing(map, row.key(), row.form());
        }
      }
      values.put(row, value, node != null);
      resolved.put(at + row.key(), value);
      if (node != null) {
        quantityNodes.put(at + row.key(), node);
      }
      return null;
    }

    @Override
    public Void text(Row.Text row) {
      YamlNode node = map.get(row.key());
      String value;
      if (row.required()) {
        value = readText(required(map, row.key(), row.form()), row.expected());
      } else if (node == null) {
        value = row == ScenarioSchema.CATALOG ? null : "";
      } else if (row != ScenarioSchema.CATALOG
          && node instanceof YamlNode.Scalar
          && ((YamlNode.Scalar) node).isAbsent()) {
        value = ""; // "description:" with nothing after it
      } else {
        value = readText(node, row.expected());
      }
      if (value != null && node != null) {
        requireDisplayable(node, value, row == ScenarioSchema.DESCRIPTION);
      }
      if (value != null && !row.matches(value)) {
        throw error(
            node,
            "expected "
                + row.expected()
                + ", like \""
                + row.example()
                + "\", found "
                + node.describe(),
            fixedName(value, row));
      }
      if (row == ScenarioSchema.CATALOG && value != null) {
        catalog = loadCatalog(node, value);
      }
      values.put(row, value, node != null);
      return null;
    }

    @Override
    public Void words(Row.Words<?> row) {
      if (!row.required() && !map.has(row.key())) {
        values.put(row, null, false);
        return null;
      }
      String word = word(required(map, row.key(), row.form()), row.what(), row.words());
      values.put(row, row.values().get(word), true);
      return null;
    }

    @Override
    public Void reference(Row.Reference<?, ?> row) {
      if (!row.required() && !map.has(row.refKey()) && !map.has(row.key())) {
        values.put(row, null, false);
        return null;
      }
      values.put(row, referenceOrInline(row, map, at), true);
      return null;
    }

    @Override
    public Void link(Row.Link row) {
      YamlNode node = required(map, row.key(), row.form());
      if (node instanceof YamlNode.Mapping) {
        throw error(
            node,
            "expected "
                + row.form()
                + ", found a mapping; a link size cannot take a distribution (to explore circuit"
                + " counts, run \"drplan sweep --vary network.circuits=1..16:16\")");
      }
      QuantityParser.LinkSize link = parse(node, null, null, row.form(), QuantityParser::link);
      if (!row.circuits().domain().admits(link.circuits())
          || !row.lineRate().domain().admits(link.lineRate().bytesPerSecond())) {
        throw error(node, "expected " + row.domainText() + ", found " + node.describe());
      }
      values.put(row, new Row.Link.Size((int) link.circuits(), link.lineRate()), true);
      resolved.put(at + row.circuits().key(), (int) link.circuits());
      resolved.put(at + row.lineRate().key(), link.lineRate());
      return null;
    }

    @Override
    public Void sizeOrWord(Row.SizeOrWord row) {
      YamlNode node = required(map, row.key(), row.form());
      String text = node instanceof YamlNode.Mapping ? "" : readText(node, row.form());
      Row.SizeOrWord.Value value;
      if (text.strip().equals(row.word())) {
        Object size = resolved.get(row.sameAs());
        if (size == null) {
          throw error(node, row.needs());
        }
        value = new Row.SizeOrWord.Value((dev.drplan.units.DataSize) size, true);
      } else {
        value =
            new Row.SizeOrWord.Value(
                (dev.drplan.units.DataSize)
                    readQuantity(node, Reading.of(row.size()), row.size(), at + row.key()),
                false);
      }
      values.put(row, value, true);
      return null;
    }

    @Override
    public Void choice(Row.Choice<?> row) {
      values.put(row, ScenarioWalker.this.choice(row, map, at), true);
      return null;
    }

    @Override
    public Void namedMap(Row.NamedMap<?, ?> row) {
      YamlNode node = required(map, row.key(), row.form());
      YamlNode.Mapping names = mapping(node, row.form(), null);
      if (names.entries().isEmpty()) {
        throw error(
            names,
            "expected at least one "
                + row.item().key()
                + ", like \""
                + row.example()
                + "\", found none");
      }
      List<Object> items = new ArrayList<>();
      for (YamlNode.Entry entry : names.entries().values()) {
        if (entry.key().isBlank()) {
          throw errorAt(entry, "a " + row.item().key() + " needs a name");
        }
        int unsafe = SafeText.firstUnsafe(entry.key(), false);
        if (unsafe >= 0) {
          throw errorAt(
              entry,
              "expected a "
                  + row.item().key()
                  + " name that reports can show safely, found "
                  + SafeText.describe(entry.key().codePointAt(unsafe))
                  + " in "
                  + Messages.quote(entry.key()));
        }
        Values named = new Values(values);
        named.put(ScenarioSchema.NamedMapName.ROW, entry.key(), true);
        items.add(
            ScenarioWalker.this.section(
                row.item(), entry.value(), at + row.key() + "." + entry.key() + ".", named));
      }
      values.put(row, items, true);
      return null;
    }

    @Override
    public Void optionList(Row.OptionList row) {
      values.put(row, options(row, required(map, row.key(), row.form())), true);
      return null;
    }

    @Override
    public Void prices(Row.Prices row) {
      values.put(row, ScenarioWalker.this.prices(row, map, at, values), map.has(row.key()));
      return null;
    }

    @Override
    public Void overrides(Row.Overrides row) {
      if (map.has(row.key())) {
        applyOverrides(row, map.entries().get(row.key()));
      }
      return null;
    }

    @Override
    public Void levers(Row.Levers row) {
      leversEntry = map.entries().get(row.key()); // read once the scenario is built
      return null;
    }

    @Override
    public Void provenance(Row.ProvenanceList row) {
      provenanceEntry = map.entries().get(row.key()); // read once the scenario is built
      return null;
    }

    @Override
    public Void namedDistributions(Row.NamedDistributions row) {
      return null; // read before the walk, each entry at its first use
    }

    @Override
    public Void correlations(Row.Correlations row) {
      correlationsEntry = map.entries().get(row.key()); // read once every input is known
      return null;
    }
  }

  /**
   * Refuses text a report or a terminal cannot show safely ({@link SafeText}): a control character
   * such as ESC (a YAML {@code "\e"}), a bidirectional control, and in a name also a line break or
   * a tab; a description may span lines.
   */
  private void requireDisplayable(YamlNode node, String text, boolean lineBreaks) {
    int unsafe = SafeText.firstUnsafe(text, lineBreaks);
    if (unsafe >= 0) {
      throw error(
          node,
          "expected "
              + (lineBreaks ? "text" : "a name")
              + " that reports can show safely, found "
              + SafeText.describe(text.codePointAt(unsafe))
              + " at character "
              + (text.codePointCount(0, unsafe) + 1)
              + "; remove it");
    }
  }

  // ---- rules that join keys --------------------------------------------------------------

  /**
   * The catalog entry that gives {@code row}'s value when the scenario leaves it out, or {@code
   * null}: none without a catalog, none when the row names no entry or the catalog lacks it.
   */
  private CatalogEntry catalogDefault(Row.Quantity<?, ?> row, Values values) {
    if (catalog == null || row.catalogDefault() == null) {
      return null;
    }
    String path = row.catalogDefault().apply(values);
    return path == null ? null : catalog.find(path);
  }

  /** Records that the input at {@code key} came from the catalog's {@code entry}. */
  private void noteOrigin(String key, CatalogEntry entry) {
    origins.add(
        new InputOrigin(key, entry.path(), entry.uncertain(), Catalog.isPlaceholder(entry)));
  }

  /** For a name that breaks the pattern, the same name in lower case with hyphens. */
  private static String fixedName(String text, Row.Text row) {
    String fixed = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    fixed = fixed.replaceAll("^-+|-+$", "");
    return row.matches(fixed) && fixed.length() <= Messages.MAX_QUOTED ? fixed : null;
  }

  private Catalog loadCatalog(YamlNode node, String name) {
    try {
      return catalogs.load(name);
    } catch (UnknownCatalogEntryException unknown) {
      List<String> names = catalogs.names();
      throw unknown(
          node,
          "unknown catalog " + node.describe(),
          "expected one of: " + Messages.list(names),
          Suggestions.closest(name, names));
    }
  }

  /** Each override read by the catalog row of its path, and put in the catalog. */
  private void applyOverrides(Row.Overrides row, YamlNode.Entry overridesEntry) {
    YamlNode node = overridesEntry.value();
    if (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).isAbsent()) {
      return; // "overrides:" with nothing under it
    }
    if (!(node instanceof YamlNode.Mapping)) {
      throw error(node, "expected " + row.form() + ", found " + node.describe());
    }
    YamlNode.Mapping overrides = (YamlNode.Mapping) node;
    if (catalog == null && !overrides.entries().isEmpty()) {
      throw errorAt(
          overridesEntry.line(),
          overridesEntry.column(),
          row.key(),
          "overrides replace catalog entries, but the scenario names no catalog;"
              + " add \"catalog: <name>\" or define the figures inline");
    }
    for (YamlNode.Entry override : overrides.entries().values()) {
      String path = override.key();
      CatalogEntry existing = catalog.find(path);
      if (existing == null) {
        List<String> paths = new ArrayList<>();
        for (CatalogEntry entry : catalog.entries()) {
          paths.add(entry.path());
        }
        throw unknownAt(
            override,
            "unknown catalog path",
            "an override must name an existing entry of catalog "
                + catalog.name()
                + " (\"drplan catalog\" lists them)",
            Suggestions.closest(path, paths));
      }
      CatalogSchema.Field field = CatalogSchema.field(path);
      Reading reading =
          field == null
              ? new Reading(existing.kind(), Domain.ANY, null)
              : new Reading(field.kind(), field.domain(), null);
      distributionsAllowed = false;
      Object value = readQuantity(override.value(), reading, null, null);
      distributionsAllowed = true;
      catalog = catalog.withOverride(path, value, "override in " + source + ":" + override.line());
    }
  }

  /** The list of options: each one's kind picks its rows; names are unique. */
  private List<DrOption> options(Row.OptionList row, YamlNode node) {
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
      YamlNode.Mapping map = mapping(item, "a DR option: a mapping with name and kind", null);
      DrOption option = option(row, map);
      YamlNode nameNode = map.get(ScenarioSchema.OPTION_NAME.key());
      YamlNode earlier = names.putIfAbsent(option.name(), nameNode);
      if (earlier != null) {
        throw error(
            nameNode,
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

  private DrOption option(Row.OptionList row, YamlNode.Mapping map) {
    Row.Words<String> kindRow = ScenarioSchema.OPTION_KIND;
    String kind =
        word(required(map, kindRow.key(), kindRow.form()), kindRow.what(), kindRow.words());
    Row.Section<Scenario, ? extends DrOption> section = row.kind(kind);
    List<String> allowed = new ArrayList<>();
    for (Row<?> common : row.common()) {
      allowed.addAll(common.yamlKeys());
    }
    allowed.addAll(section.keys());
    for (YamlNode.Entry entry : map.entries().values()) {
      if (!allowed.contains(entry.key())) {
        String note = "";
        for (String other : row.kinds()) {
          if (!other.equals(kind) && row.kind(other).keys().contains(entry.key())) {
            note = " (it belongs to options of kind " + other + ")";
            break;
          }
        }
        throw unknownKey(entry, map, allowed, "an option of kind " + kind + note);
      }
    }
    Values values = new Values();
    values.put(kindRow, kind, true);
    new Fields(map, "", values).text(ScenarioSchema.OPTION_NAME);
    String name = values.get(ScenarioSchema.OPTION_NAME);
    return rows(section, map, row.key() + "." + name + ".", values);
  }

  /** A catalog reference or its inline definition: exactly one of the two. */
  private <R> R referenceOrInline(Row.Reference<?, R> row, YamlNode.Mapping map, String at) {
    YamlNode.Entry ref = map.entries().get(row.refKey());
    YamlNode.Entry def = map.entries().get(row.key());
    if (ref != null && def != null) {
      YamlNode.Entry later =
          ref.line() > def.line() || (ref.line() == def.line() && ref.column() > def.column())
              ? ref
              : def;
      throw errorAt(later, "give either " + row.refKey() + " or " + row.key() + ", not both");
    }
    String inlineForm = row.inline().braces();
    if (ref == null && def == null) {
      throw error(
          map,
          "missing key \""
              + row.refKey()
              + "\" ("
              + row.refWhat()
              + ") or its inline form \""
              + row.key()
              + ": "
              + inlineForm
              + "\"");
    }
    if (def != null) {
      YamlNode.Mapping inline =
          mapping(def.value(), "an inline definition " + inlineForm, row.inline().keys());
      return rows(row.inline(), inline, at + row.key() + ".", new Values());
    }
    YamlNode node = ref.value();
    String name = readText(node, row.refWhat());
    if (catalog == null) {
      throw error(
          node,
          "names catalog entry "
              + node.describe()
              + ", but the scenario names no catalog; add \"catalog: <name>\" at the top or"
              + " define it inline as \""
              + row.key()
              + ": "
              + inlineForm
              + "\"");
    }
    R found = lookup(node, name, row.lookupWhat(), () -> row.lookup(catalog, name));
    for (Row<?> field : row.inline().rows()) {
      CatalogEntry entry = catalog.find(row.group() + "." + name + "." + field.key());
      if (entry != null) {
        noteOrigin(at + row.key() + "." + field.key(), entry);
      }
    }
    return found;
  }

  private <T> T lookup(YamlNode ref, String name, String what, Supplier<T> lookup) {
    try {
      return lookup.get();
    } catch (UnknownCatalogEntryException unknown) {
      if (unknown.requested().equals(name)) {
        throw unknown(
            ref,
            "unknown " + what + " " + ref.describe() + " in catalog " + catalog.name(),
            "expected one of: " + Messages.list(unknown.validNames()),
            Suggestions.closest(name, unknown.validNames()));
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

  /**
   * A word and the companions it uses: written beside them ({@code recovery: run-in-cloud} with
   * {@code cloud_start_time}) or as a mapping {@code {kind: WORD, ...}}; a companion the word does
   * not use is refused, one it uses is required.
   */
  private Object choice(Row.Choice<?> row, YamlNode.Mapping option, String at) {
    YamlNode node = required(option, row.key(), row.form());
    YamlNode.Mapping holder;
    YamlNode kindNode;
    if (node instanceof YamlNode.Mapping) {
      holder = mapping(node, "a mapping", row.mappingKeys());
      for (Row<?> companion : row.companions()) {
        for (String key : companion.yamlKeys()) {
          if (option.has(key)) {
            YamlNode.Entry entry = option.entries().get(key);
            throw errorAt(
                entry,
                "when " + row.key() + " is a mapping, " + key + " goes inside it, not beside it");
          }
        }
      }
      kindNode = required(holder, "kind", row.form());
    } else {
      holder = option;
      kindNode = node;
    }
    String word = word(kindNode, row.key(), row.words());
    Values values = new Values();
    Fields fields = new Fields(holder, at, values);
    for (Row<?> companion : row.companions()) {
      boolean used = uses(row, word, companion);
      if (!used) {
        for (String key : companion.yamlKeys()) {
          if (holder.has(key)) {
            YamlNode.Entry entry = holder.entries().get(key);
            throw errorAt(
                entry,
                companionName(companion)
                    + " is only used with "
                    + row.key()
                    + " \""
                    + userOf(row, companion)
                    + "\"; "
                    + row.saying(word));
          }
        }
        continue;
      }
      if (companion instanceof Row.Quantity
          && companion.required()
          && !holder.has(companion.key())) {
        throw error(
            kindNode,
            row.key()
                + " \""
                + word
                + "\" needs "
                + companion.key()
                + " ("
                + companion.meaning()
                + "); add it beside "
                + row.key());
      }
      companion.accept(fields);
    }
    return row.build(word, values);
  }

  private static String companionName(Row<?> companion) {
    if (companion instanceof Row.Reference) {
      String key = companion.key();
      return ("aeiou".indexOf(key.charAt(0)) >= 0 ? "an " : "a ") + key;
    }
    return companion.key();
  }

  /**
   * Whether {@code word} of {@code row} uses {@code companion}. The schema's rows are constants, so
   * they are told apart by identity: a record's {@code equals} would compare every component and
   * bootstrap the record's methods at start-up.
   */
  private static boolean uses(Row.Choice<?> row, String word, Row<?> companion) {
    for (Row<?> used : row.uses(word)) {
      if (used == companion) {
        return true;
      }
    }
    return false;
  }

  private static String userOf(Row.Choice<?> row, Row<?> companion) {
    for (String word : row.words()) {
      if (uses(row, word, companion)) {
        return word;
      }
    }
    return "";
  }

  /**
   * A data-copy option's prices: each given inline, or else the catalog's for its storage class and
   * location; all of them inline when the scenario names no catalog.
   */
  private GcsPrices prices(Row.Prices row, YamlNode.Mapping option, String at, Values siblings) {
    Row.Section<?, GcsPrices> section = row.section();
    List<String> keys = section.keys();
    YamlNode.Mapping inline =
        option.has(row.key()) ? mapping(option.get(row.key()), section.form(), keys) : null;
    List<String> required = new ArrayList<>();
    for (Row<?> price : section.rows()) {
      if (price.required()) {
        required.add(price.key());
      }
    }
    // Complete: every price the model needs is inline; an optional one (inter-region replication)
    // left out is still the catalog's when there is a catalog.
    boolean complete = inline != null && inline.entries().keySet().containsAll(required);
    YamlNode classNode = option.get(ScenarioSchema.STORAGE_CLASS.key());
    YamlNode locationNode = option.get(ScenarioSchema.LOCATION.key());
    StorageClass storageClass = siblings.get(ScenarioSchema.STORAGE_CLASS);
    String location = siblings.get(ScenarioSchema.LOCATION);
    GcsPrices base = null;
    if (!complete) {
      if (catalog == null) {
        if (inline != null) {
          String missing = keys.get(0);
          for (String key : keys) {
            if (!inline.has(key)) {
              missing = key;
              break;
            }
          }
          throw error(
              inline,
              "missing key \""
                  + missing
                  + "\"; the scenario names no catalog, so the prices must be given in full: "
                  + section.braces());
        }
        throw error(
            classNode,
            "the storage class and location name catalog prices, but the scenario names no"
                + " catalog; add \"catalog: <name>\" or give \""
                + row.key()
                + ": "
                + section.braces()
                + "\"");
      }
      try {
        base = catalog.gcsPrices(storageClass, location);
      } catch (UnknownCatalogEntryException unknown) {
        if (unknown.requested().equals(location)) {
          throw unknown(
              locationNode,
              "catalog "
                  + catalog.name()
                  + " has no "
                  + storageClass.id()
                  + " prices for location "
                  + locationNode.describe(),
              "expected one of: " + Messages.list(unknown.validNames()),
              Suggestions.closest(location, unknown.validNames()));
        }
        if (unknown.requested().equals(storageClass.id())) {
          throw error(
              classNode,
              "catalog "
                  + catalog.name()
                  + " has no prices for storage class "
                  + classNode.describe()
                  + "; give them inline as \""
                  + row.key()
                  + ": "
                  + section.braces()
                  + "\"");
        }
        throw incompleteCatalog(locationNode, unknown);
      }
    }
    Values values = new Values();
    for (Row<?> price : section.rows()) {
      @SuppressWarnings("unchecked")
      Row.Quantity<GcsPrices, ?> quantity = (Row.Quantity<GcsPrices, ?>) price;
      String path = at + row.key() + "." + price.key();
      boolean given = inline != null && inline.has(price.key());
      String entry =
          price == ScenarioSchema.EGRESS_PER_GIB
              ? Catalog.DEFAULT_EGRESS
              : "gcs." + storageClass.id() + "." + location + "." + price.key();
      CatalogEntry found = given || catalog == null ? null : catalog.find(entry);
      Object value;
      if (given) {
        value = readQuantity(inline.get(price.key()), Reading.of(quantity), quantity, path);
      } else if (base != null) {
        value = quantity.get(base);
      } else {
        value = found == null ? null : found.value(); // an optional price beside complete ones
      }
      if (found != null) {
        noteOrigin(path, found);
      }
      values.put(price, value, given);
    }
    return section.build(values);
  }

  // ---- structure -------------------------------------------------------------------------

  /** {@code node} as a mapping whose keys are all in {@code allowed} ({@code null}: any key). */
  private YamlNode.Mapping mapping(YamlNode node, String expected, List<String> allowed) {
    if (!(node instanceof YamlNode.Mapping)) {
      String form =
          allowed != null && expected.equals("a mapping")
              ? expected + " {" + String.join(", ", allowed) + "}"
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
    return unknownAt(
        entry,
        "unknown key " + Messages.quote(entry.key()) + " in " + place,
        "expected one of: " + Messages.list(allowed),
        Suggestions.closest(entry.key(), allowed));
  }

  private YamlNode required(YamlNode.Mapping map, String key, String expected) {
    YamlNode node = map.get(key);
    if (node == null) {
      throw missing(map, key, expected);
    }
    return node;
  }

  private ScenarioException missing(YamlNode.Mapping map, String key, String expected) {
    String parent = map.path().isEmpty() ? "the scenario" : map.path();
    return error(map, "missing key \"" + key + "\" (" + expected + ") in " + parent);
  }

  /** The text of a scalar that must hold something. */
  private String readText(YamlNode node, String expected) {
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

  /** One of a fixed set of words ({@code seed: network}). */
  private String word(YamlNode node, String what, List<String> words) {
    String text = readText(node, "one of: " + Messages.list(words));
    if (!words.contains(text)) {
      throw unknown(
          node,
          "unknown " + what + " " + node.describe(),
          "expected one of: " + Messages.list(words),
          Suggestions.closest(text, words));
    }
    return text;
  }

  // ---- values ----------------------------------------------------------------------------

  /**
   * A numeric value read as {@code reading} says, of the Java type {@code row} holds (the kind's
   * own without a row); a mapping is a distribution over such values.
   */
  private Object readQuantity(
      YamlNode node, Reading reading, Row.Quantity<?, ?> row, String keyPath) {
    Function<YamlNode, Object> reader = n -> scalar(n, reading, row);
    if (!(node instanceof YamlNode.Mapping)) {
      return reader.apply(node);
    }
    YamlNode.Mapping map = (YamlNode.Mapping) node;
    Pending input;
    if (map.has(Row.NamedDistributions.REFERENCE) && !map.has("dist") && distributionsAllowed) {
      input = namedUse(map, reading, reader);
    } else {
      Distribution distribution = distribution(map, reading.kind(), reader);
      input = new Pending(keyPath, node, distribution, reading.kind(), question(map));
      distributions.put(keyPath, input);
    }
    input.use(keyPath, node);
    double base = input.distribution.base();
    return row == null ? reading.kind().typed(base) : row.typed(base);
  }

  /**
   * One value: parsed by its kind, inside its domain. A value the parser refuses is answered with
   * the domain's range where the kind's form would state the wrong one ({@link
   * Domain#unreadableForm}), else with the row's own form.
   */
  private Object scalar(YamlNode node, Reading reading, Row.Quantity<?, ?> row) {
    ValueKind kind = reading.kind();
    String rangeForm = reading.domain().unreadableForm(kind, reading.domain().text(kind));
    String form = rangeForm != null ? rangeForm : reading.formOverride();
    Object value = parse(node, form, reading.domain().text(kind), kind, kind.form(), kind::parse);
    double canonical = kind.canonical(value);
    if (!reading.domain().admits(canonical)) {
      throw error(node, "expected " + reading.domain().text(kind) + ", found " + node.describe());
    }
    return row == null ? value : row.typed(canonical);
  }

  /**
   * {@code node}'s text read by {@code parser}, its format errors positioned at the node: what is
   * expected is {@code override}, else what the parser says, else {@code form}. A bare number where
   * {@code kind} (when not {@code null}) needs a unit, or a share, gets its hint.
   */
  private <T> T parse(
      YamlNode node, String override, ValueKind kind, String form, Function<String, T> parser) {
    return parse(node, override, null, kind, form, parser);
  }

  /**
   * As {@link #parse(YamlNode, String, ValueKind, String, Function)}; a number too large for the
   * parser ({@code 1e300 PB}) is answered with {@code range}, the key's own, when there is one.
   */
  private <T> T parse(
      YamlNode node,
      String override,
      String range,
      ValueKind kind,
      String form,
      Function<String, T> parser) {
    String expected = override != null ? override : form;
    if (!(node instanceof YamlNode.Scalar) || ((YamlNode.Scalar) node).isAbsent()) {
      throw error(node, "expected " + expected + ", found " + node.describe());
    }
    String text = ((YamlNode.Scalar) node).text();
    if (text.length() > MAX_QUANTITY_LENGTH) {
      // Far longer than any quantity; refused before the parser's patterns see it.
      throw error(node, "expected " + expected + ", found " + node.describe() + " (far too long)");
    }
    try {
      return parser.apply(text);
    } catch (QuantityFormatException e) {
      String said =
          e.isTooLarge() && range != null ? range : override != null ? override : e.expected();
      StringBuilder detail =
          new StringBuilder("expected ")
              .append(said)
              .append(", found ")
              .append(Messages.clean(e.found(), Messages.MAX_QUOTED + 2));
      if (kind != null && kind.bareNumberUnit() != null && isBareNumber(text)) {
        detail
            .append(" (a bare number has no unit; write one, e.g. \"")
            .append(Messages.clean(text.strip(), 30))
            .append(' ')
            .append(kind.bareNumberUnit())
            .append("\" if that is what you mean)");
      }
      throw error(node, detail.toString(), percentHint(kind, text));
    }
  }

  /** For {@code 90} where a share is meant, the hint {@code 90%}. */
  private static String percentHint(ValueKind kind, String text) {
    if (kind != ValueKind.FRACTION || !isBareNumber(text)) {
      return null;
    }
    double number = Double.parseDouble(text.strip());
    return number > 1 && number <= 100 ? text.strip() + "%" : null;
  }

  private static boolean isBareNumber(String text) {
    return text.strip().matches("[+-]?[0-9]+(\\.[0-9]*)?([eE][+-]?[0-9]+)?");
  }

  // ---- distributions ---------------------------------------------------------------------

  /**
   * A distribution whose parameters each go to {@code reader} (so they meet every rule of the key:
   * a share stays in [0, 1], a size is not negative), checked for order.
   */
  private Distribution distribution(
      YamlNode.Mapping map, ValueKind kind, Function<YamlNode, Object> reader) {
    if (!distributionsAllowed) {
      throw error(
          map,
          "a catalog override takes one value, not a distribution; put the distribution on"
              + " the scenario key instead");
    }
    if (!map.has("dist")) {
      throw error(
          map,
          "expected one value, or a distribution like \"{dist: triangular, min, mode, max}\","
              + " found a mapping without \"dist\" (one of: "
              + Messages.list(DISTRIBUTION_IDS)
              + ")");
    }
    String id = word(map.get("dist"), "distribution", DISTRIBUTION_IDS);
    List<String> allowed = new ArrayList<>();
    allowed.add("dist");
    allowed.addAll(DISTRIBUTION_FIELDS.get(id));
    allowed.add(QUESTION);
    for (YamlNode.Entry entry : map.entries().values()) {
      if (!allowed.contains(entry.key())) {
        throw unknownKey(entry, map, allowed, "a " + id + " distribution");
      }
    }
    Function<String, Double> parameter =
        field ->
            kind.canonical(
                reader.apply(
                    required(
                        map,
                        field,
                        "the " + field + " of the " + id + " distribution, in the key's unit")));
    switch (id) {
      case "triangular":
      case "pert":
        return minModeMax(map, id, parameter);
      case "uniform":
        {
          double min = parameter.apply("min");
          double max = parameter.apply("max");
          requireBelow(map, "min", min, "max", max);
          return built(map, () -> new Distribution.Uniform(min, max));
        }
      case "normal":
        return normal(map, kind, reader, parameter);
      default:
        return logNormal(map, parameter);
    }
  }

  private Distribution minModeMax(
      YamlNode.Mapping map, String id, Function<String, Double> parameter) {
    double min = parameter.apply("min");
    double mode = parameter.apply("mode");
    double max = parameter.apply("max");
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

  private Distribution normal(
      YamlNode.Mapping map,
      ValueKind kind,
      Function<YamlNode, Object> reader,
      Function<String, Double> parameter) {
    double mean = parameter.apply("mean");
    YamlNode sdNode =
        required(map, "sd", "the standard deviation of the normal distribution, in the key's unit");
    // A spread is in the key's unit; a count's is a plain number (it need not be whole).
    ValueKind spreadKind = kind == ValueKind.COUNT ? ValueKind.NUMBER : kind;
    double sd =
        spreadKind.canonical(parse(sdNode, null, spreadKind, spreadKind.form(), spreadKind::parse));
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

  private Distribution logNormal(YamlNode.Mapping map, Function<String, Double> parameter) {
    double median = parameter.apply("median");
    double p90 = parameter.apply("p90");
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

  // ---- named distributions, correlations and levers -------------------------------------

  /** The {@code uncertain:} mapping of {@code root}, its names checked; null when absent. */
  private YamlNode.Mapping namedDistributions(YamlNode.Mapping root) {
    Row.NamedDistributions row = ScenarioSchema.UNCERTAIN;
    YamlNode node = root.get(row.key());
    if (node == null || (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).isAbsent())) {
      return null;
    }
    YamlNode.Mapping map = mapping(node, row.form(), null);
    for (YamlNode.Entry entry : map.entries().values()) {
      if (!entry.key().matches(Row.NamedDistributions.NAME_PATTERN)) {
        throw errorAt(
            entry,
            "an uncertain quantity's name is lower-case letters, digits, \"_\" and \"-\" (no dots,"
                + " so that it is never mistaken for a key path), like \"copy_stream_rate\"; found "
                + Messages.quote(entry.key()));
      }
      if (!(entry.value() instanceof YamlNode.Mapping)
          || !((YamlNode.Mapping) entry.value()).has("dist")) {
        throw error(
            entry.value(),
            "expected a distribution like \"{dist: pert, min: ..., mode: ..., max: ...}\" for the"
                + " uncertain quantity "
                + Messages.quote(entry.key())
                + ", found "
                + entry.value().describe());
      }
    }
    return map;
  }

  /**
   * A use of a named distribution ({@code {uncertain: NAME}}): the entry of {@code uncertain:} is
   * read at its first use, with the rules of that key; every later use must be of the same kind.
   */
  private Pending namedUse(
      YamlNode.Mapping reference, Reading reading, Function<YamlNode, Object> reader) {
    String key = Row.NamedDistributions.REFERENCE;
    for (YamlNode.Entry entry : reference.entries().values()) {
      if (!entry.key().equals(key)) {
        throw unknownKey(entry, reference, List.of(key), "a use of a named uncertain quantity");
      }
    }
    YamlNode nameNode = reference.get(key);
    String name = readText(nameNode, "the name of a quantity of \"uncertain:\"");
    List<String> names = named == null ? List.of() : List.copyOf(named.entries().keySet());
    if (named == null) {
      throw error(
          nameNode,
          "names the uncertain quantity "
              + Messages.quote(name)
              + ", but the scenario has no \"uncertain:\" section; add one that names it");
    }
    if (!names.contains(name)) {
      throw unknown(
          nameNode,
          "no uncertain quantity " + Messages.quote(name) + " in \"uncertain:\"",
          "it names: " + Messages.list(names),
          Suggestions.closest(name, names));
    }
    Pending input = distributions.get(name);
    if (input == null) {
      YamlNode.Mapping definition = (YamlNode.Mapping) named.get(name);
      Distribution distribution;
      try {
        distribution = distribution(definition, reading.kind(), reader);
      } catch (ScenarioException e) {
        // The fields are read by the rules of the first key that uses the name: say which.
        throw e.withNote(
            " (the uncertain quantity "
                + Messages.quote(name)
                + " is read as a value of its first use, "
                + reference.path()
                + ")");
      }
      input = new Pending(name, definition, distribution, reading.kind(), question(definition));
      distributions.put(name, input);
    } else if (input.kind != reading.kind()) {
      throw error(
          nameNode,
          "the uncertain quantity "
              + Messages.quote(name)
              + " is "
              + article(input.kind.noun())
              + " (its first use is "
              + input.keyPaths.get(0)
              + "), but this key takes "
              + article(reading.kind().noun()));
    }
    return input;
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /** The {@code question:} of a distribution, or null when it has none. */
  private String question(YamlNode.Mapping distribution) {
    YamlNode node = distribution.get(QUESTION);
    if (node == null) {
      return null;
    }
    String question = readText(node, "a question in plain words").strip();
    requireDisplayable(node, question, false);
    return question;
  }

  /**
   * The scenario with its distributions: each one's keys checked to vary and to keep every value
   * the distribution can take inside the key's domain; every named quantity used; the correlations
   * and levers read.
   */
  private UncertainScenario uncertainScenario(Scenario scenario) {
    if (named != null) {
      for (YamlNode.Entry entry : named.entries().values()) {
        if (!distributions.containsKey(entry.key())) {
          throw errorAt(
              entry,
              "the uncertain quantity "
                  + Messages.quote(entry.key())
                  + " is used by no key; use it with \"{uncertain: "
                  + entry.key()
                  + "}\" or remove it");
        }
      }
    }
    List<UncertainInput> inputs = new ArrayList<>();
    for (Pending pending : distributions.values()) {
      List<ScenarioKey> keys = new ArrayList<>();
      for (int u = 0; u < pending.keyPaths.size(); u++) {
        try {
          keys.add(ScenarioKeys.key(scenario, pending.keyPaths.get(u)));
        } catch (UnknownScenarioKeyException unknown) {
          throw error(
              pending.uses.get(u),
              "this key cannot take a distribution; the keys that can are: "
                  + Messages.list(unknown.validKeys()));
        }
      }
      // Against each key's own domain here; the limit the size, growth and horizon share is
      // checked once all are read. A log-normal is cut at the narrowest of them.
      double lowest = Double.NEGATIVE_INFINITY;
      double highest = Double.POSITIVE_INFINITY;
      for (ScenarioKey key : keys) {
        lowest = Math.max(lowest, key.min());
        highest = Math.min(highest, key.domain().highest());
      }
      Distribution distribution = pending.distribution.within(lowest, highest);
      for (int u = 0; u < keys.size(); u++) {
        ScenarioKey key = keys.get(u);
        if (distribution.lower() < key.min() || distribution.upper() > key.domain().highest()) {
          throw error(
              pending.uses.get(u),
              "a "
                  + distribution.id()
                  + " distribution here can take values outside what "
                  + key.path()
                  + " allows ("
                  + allowed(key)
                  + ")"
                  + (distribution instanceof Distribution.Normal
                      ? "; bound it with lower and upper"
                      : distribution instanceof Distribution.LogNormal
                          ? "; use a triangular, PERT or bounded normal distribution instead"
                          : ""));
        }
      }
      requireReplayableOver(scenario, distribution, keys, pending);
      inputs.add(
          new UncertainInput(pending.name, distribution, pending.keyPaths, pending.question));
    }
    requireWithinDataLimit(scenario, inputs);
    List<RankCorrelation.Pair> correlations = correlations(inputs);
    UncertainScenario uncertain;
    try {
      uncertain = new UncertainScenario(scenario, inputs, correlations);
    } catch (IllegalArgumentException e) {
      YamlNode at =
          correlations.isEmpty()
              ? distributions.values().iterator().next().node
              : correlationsEntry.value();
      throw error(at, Messages.clean(String.valueOf(e.getMessage()), 300));
    }
    if (provenanceEntry != null) {
      uncertain =
          new UncertainScenario(
              uncertain.base().withProvenance(provenance(uncertain.base())),
              uncertain.inputs(),
              uncertain.correlations());
    }
    if (leversEntry == null) {
      return uncertain;
    }
    Scenario base = uncertain.base();
    Scenario withLevers = base.withLevers(levers(base));
    checkRoom(withLevers);
    return new UncertainScenario(withLevers, uncertain.inputs(), uncertain.correlations());
  }

  /**
   * The marks of {@code provenance:}: each a key path of {@code scenario}, or a group of them (the
   * path up to a dot of one key path or more), to {@code {stated: WORDS}} or {@code {assumed:
   * REASON}}.
   */
  private List<Provenance> provenance(Scenario scenario) {
    Row.ProvenanceList row = ScenarioSchema.PROVENANCE;
    YamlNode node = provenanceEntry.value();
    if (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).isAbsent()) {
      return List.of();
    }
    YamlNode.Mapping map = mapping(node, row.form(), null);
    List<String> paths = ScenarioKeys.pathsOf(scenario);
    List<Provenance> marks = new ArrayList<>();
    for (YamlNode.Entry entry : map.entries().values()) {
      String path = entry.key();
      boolean known = false;
      for (String key : paths) {
        known |= key.equals(path) || key.startsWith(path + ".");
      }
      if (!known) {
        throw unknownAt(
            entry,
            "unknown key path in provenance",
            "expected a numeric key of this scenario, or the part of one before a dot (a group,"
                + " like primary.configurations): "
                + Messages.list(paths),
            Suggestions.closest(path, paths));
      }
      String stated = Row.ProvenanceList.STATED;
      String assumed = Row.ProvenanceList.ASSUMED;
      YamlNode.Mapping fields =
          mapping(
              entry.value(),
              "{" + stated + ": WORDS} or {" + assumed + ": REASON}",
              List.of(stated, assumed));
      if (fields.entries().size() != 1) {
        throw error(
            fields,
            "expected one of "
                + stated
                + " (what the customer said) or "
                + assumed
                + " (the reason for the value chosen), found "
                + (fields.entries().isEmpty() ? "neither" : "both"));
      }
      YamlNode.Entry field = fields.entries().values().iterator().next();
      boolean isStated = field.key().equals(stated);
      String expected =
          isStated ? "what the customer said, as text" : "the reason for the value, as text";
      String note = readText(field.value(), expected);
      if (note.isBlank()) {
        throw error(field.value(), "expected " + expected + ", found an empty text");
      }
      marks.add(new Provenance(path, isStated, note.strip()));
    }
    return marks;
  }

  /** Every declared lever can move: one on a key without a default needs min or max. */
  private void checkRoom(Scenario scenario) {
    if (!(leversEntry.value() instanceof YamlNode.Mapping)) {
      return; // "levers:" with nothing under it
    }
    YamlNode.Mapping map = (YamlNode.Mapping) leversEntry.value();
    for (ResolvedLever lever : Levers.of(scenario)) {
      if (lever.declared() && lever.stepsToBound(true) == 0 && lever.stepsToBound(false) == 0) {
        throw errorAt(
            map.entries().get(lever.path()),
            "this lever cannot move: the key has no default lever, so give min or max (the"
                + " bounds a remedy may move it within)");
      }
    }
  }

  /** The rank correlations of {@code correlations:}, each between two inputs of {@code inputs}. */
  private List<RankCorrelation.Pair> correlations(List<UncertainInput> inputs) {
    if (correlationsEntry == null) {
      return List.of();
    }
    Row.Correlations row = ScenarioSchema.CORRELATIONS;
    YamlNode node = correlationsEntry.value();
    if (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).isAbsent()) {
      return List.of();
    }
    if (!(node instanceof YamlNode.Sequence)) {
      throw error(node, "expected " + row.form() + ", found " + node.describe());
    }
    List<String> names = new ArrayList<>();
    for (UncertainInput input : inputs) {
      names.add(input.key());
    }
    List<RankCorrelation.Pair> pairs = new ArrayList<>();
    for (YamlNode item : ((YamlNode.Sequence) node).items()) {
      YamlNode.Mapping map = mapping(item, "a mapping", Row.Correlations.FIELDS);
      YamlNode between = required(map, "between", "a list of two uncertain inputs");
      if (!(between instanceof YamlNode.Sequence)
          || ((YamlNode.Sequence) between).items().size() != 2) {
        throw error(
            between,
            "expected a list of two uncertain inputs, like \"[dataset.daily_change,"
                + " dataset.peak_factor]\", found "
                + between.describe());
      }
      List<String> two = new ArrayList<>();
      for (YamlNode input : ((YamlNode.Sequence) between).items()) {
        String name = readText(input, "an uncertain input: a key path or a name of uncertain:");
        if (!names.contains(name)) {
          throw unknown(
              input,
              "no uncertain input " + Messages.quote(name),
              "a correlation is between keys written as distributions or quantities named in"
                  + " \"uncertain:\", here: "
                  + Messages.list(names),
              Suggestions.closest(name, names));
        }
        two.add(name);
      }
      if (two.get(0).equals(two.get(1))) {
        throw error(between, "a rank correlation needs two different inputs, found the same twice");
      }
      YamlNode rankNode = required(map, "rank", "a rank correlation between -1 and 1");
      double rank =
          (Double)
              parse(
                  rankNode,
                  "a rank correlation strictly between -1 and 1, like 0.5",
                  null,
                  ValueKind.NUMBER.form(),
                  QuantityParser::signedNumber);
      if (!(rank > -1 && rank < 1)) {
        throw error(
            rankNode,
            "expected a rank correlation strictly between -1 and 1, found " + rankNode.describe());
      }
      for (RankCorrelation.Pair earlier : pairs) {
        if (Set.of(earlier.first(), earlier.second()).equals(Set.of(two.get(0), two.get(1)))) {
          throw error(between, "the rank correlation of these two inputs is already given");
        }
      }
      pairs.add(new RankCorrelation.Pair(two.get(0), two.get(1), rank));
    }
    return pairs;
  }

  /** The levers of {@code levers:}, each read in the unit of its key in {@code scenario}. */
  private List<Lever> levers(Scenario scenario) {
    Row.Levers row = ScenarioSchema.LEVERS;
    YamlNode node = leversEntry.value();
    if (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).isAbsent()) {
      return List.of();
    }
    YamlNode.Mapping map = mapping(node, row.form(), null);
    List<Lever> levers = new ArrayList<>();
    for (YamlNode.Entry entry : map.entries().values()) {
      String path = entry.key();
      ScenarioKey key;
      try {
        key = ScenarioKeys.key(scenario, path);
      } catch (UnknownScenarioKeyException unknown) {
        throw unknownAt(
            entry,
            "unknown key path for a lever",
            "a lever is one of the numeric keys: " + Messages.list(unknown.validKeys()),
            Suggestions.closest(path, unknown.validKeys()));
      }
      YamlNode value = entry.value();
      if (value instanceof YamlNode.Scalar) {
        String word = readText(value, row.form());
        if (!word.strip().equals(Row.Levers.FIXED)) {
          throw error(
              value,
              "expected \""
                  + Row.Levers.FIXED
                  + "\" (a remedy may not change this key) or a mapping {"
                  + String.join(", ", Row.Levers.FIELDS)
                  + "}, found "
                  + value.describe());
        }
        levers.add(Lever.fixed(path));
        continue;
      }
      YamlNode.Mapping fields = mapping(value, "a mapping", Row.Levers.FIELDS);
      Double step = leverValue(fields, "step", key, true);
      Double lower = leverValue(fields, "min", key, false);
      Double upper = leverValue(fields, "max", key, false);
      double current = key.get(scenario);
      if (lower != null && lower > current) {
        throw error(
            fields.get("min"),
            "a lever's min must not be above the key's value in the scenario (the bounds"
                + " must include it); found "
                + fields.get("min").describe());
      }
      if (upper != null && upper < current) {
        throw error(
            fields.get("max"),
            "a lever's max must not be below the key's value in the scenario (the bounds"
                + " must include it); found "
                + fields.get("max").describe());
      }
      levers.add(
          new Lever(
              path,
              false,
              step,
              lower,
              upper,
              leverCost(fields, "monthly_cost"),
              leverCost(fields, "one_time_cost")));
    }
    return levers;
  }

  /** A lever's step or bound, in the key's unit: a step above 0, a bound legal for the key. */
  private Double leverValue(YamlNode.Mapping fields, String field, ScenarioKey key, boolean step) {
    YamlNode node = fields.get(field);
    if (node == null) {
      return null;
    }
    if (node instanceof YamlNode.Mapping) {
      throw error(node, "a lever's " + field + " takes one value, not a distribution");
    }
    ValueKind kind = key.kind();
    // A step is a difference of values, not one: the key's range does not bound it.
    String form = step ? null : key.domain().unreadableForm(kind, key.domain().text(kind));
    double value = kind.canonical(parse(node, form, kind, kind.form(), kind::parse));
    boolean legal =
        step ? value > 0 && (!key.whole() || value == Math.rint(value)) : key.admits(value);
    if (!legal) {
      throw error(
          node,
          "expected "
              + (step
                  ? "a step above zero" + (key.whole() ? ", a whole number" : "")
                  : "a value " + key.path() + " can take (" + allowed(key) + ")")
              + ", found "
              + node.describe());
    }
    return value;
  }

  private Money leverCost(YamlNode.Mapping fields, String field) {
    YamlNode node = fields.get(field);
    if (node == null) {
      return null;
    }
    return (Money) scalar(node, new Reading(ValueKind.MONEY, Domain.MONEY, null), null);
  }

  /**
   * The day-one size, the growth and the horizon together keep the data within {@link DataLimit} at
   * every value they can take (a distribution at its top): otherwise the growth is refused, with
   * the most it could be.
   */
  private void requireWithinDataLimit(Scenario scenario, List<UncertainInput> inputs) {
    String sizePath = "dataset." + ScenarioSchema.LOGICAL_SIZE.key();
    String growthPath = "dataset." + ScenarioSchema.ANNUAL_GROWTH.key();
    String horizonPath = ScenarioSchema.HORIZON.key();
    double l0 = highest(inputs, sizePath, scenario.dataset().logicalSize().bytes());
    double growth = highest(inputs, growthPath, scenario.dataset().annualGrowth().value());
    double horizon = highest(inputs, horizonPath, scenario.horizon().seconds());
    if (DataLimit.largestBytes(l0, growth, horizon) <= DataLimit.LARGEST_BYTES) {
      return;
    }
    YamlNode node = quantityNodes.get(growthPath);
    double most = DataLimit.largestAnnualGrowth(l0, horizon);
    throw error(
        node,
        "expected "
            + (node instanceof YamlNode.Mapping ? "a distribution of at most " : "at most ")
            + percentAtMost(most)
            + " a year here: from "
            + quantityText(sizePath)
            + " over "
            + quantityText(horizonPath)
            + ", more growth takes the data beyond "
            + DataLimit.LARGEST_TEXT
            + ", the most drplan computes; found "
            + (node instanceof YamlNode.Mapping
                ? "one that reaches " + percentAtMost(growth)
                : node.describe()));
  }

  /** The value at {@code path}, or the top of the distribution that sets it. */
  private static double highest(List<UncertainInput> inputs, String path, double value) {
    for (UncertainInput input : inputs) {
      if (input.sets().contains(path)) {
        return input.distribution().upper();
      }
    }
    return value;
  }

  /** The key's text as written ("80 PB"), or "the top of its distribution". */
  private String quantityText(String path) {
    YamlNode node = quantityNodes.get(path);
    if (node instanceof YamlNode.Scalar) {
      return node.describe();
    }
    return "the top of the distribution of " + path;
  }

  /**
   * What {@code key} allows, in its own unit: "a share from 0% to 100%"; where the data limit
   * lowers its top in this scenario (the horizon, the day-one size, the growth), that top too,
   * rounded down: "a planning horizon above zero and at most 100 y, here at most 43.9 y (more takes
   * the data beyond 1,000,000 EB (10^24 B) over the horizon)".
   */
  private static String allowed(ScenarioKey key) {
    String range = key.domain().text(key.kind());
    if (!(key.max() < key.domain().highest())) {
      return range;
    }
    return range
        + ", here at most "
        + atMost(key.kind(), key.max())
        + " (more takes the data beyond "
        + DataLimit.LARGEST_TEXT
        + " over the horizon)";
  }

  /**
   * A canonical value in its kind's unit, to 3 significant digits rounded down (so that the value
   * printed is one the key takes): "43.9 y", "97.3%", "2.5 EB", "1,000 EB".
   */
  private static String atMost(ValueKind kind, double canonical) {
    switch (kind) {
      case FRACTION:
        return percentAtMost(canonical);
      case DURATION:
        return significantDown(canonical / TimeSpan.SECONDS_PER_YEAR) + " y";
      case SIZE:
        return DecimalSize.of(canonical)
            .text(value -> value.round(new MathContext(3, RoundingMode.DOWN)));
      default:
        return significantDown(canonical);
    }
  }

  /** A number rounded toward zero to 3 significant digits, as plain text: "43.9", "1000". */
  private static String significantDown(double value) {
    BigDecimal rounded =
        new BigDecimal(value).round(new MathContext(3, RoundingMode.DOWN)).stripTrailingZeros();
    return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
  }

  /** A share as a percentage rounded down to 3 significant digits: "97.3%". */
  private static String percentAtMost(double share) {
    if (share >= 1e15) {
      return "any";
    }
    return significantDown(share * 100) + "%";
  }

  // ---- errors ----------------------------------------------------------------------------

  private ScenarioException error(YamlNode node, String detail) {
    return error(node, detail, null);
  }

  private ScenarioException error(YamlNode node, String detail, String suggestion) {
    return new ScenarioException(
        source, node.line(), node.column(), node.path(), detail, suggestion);
  }

  /**
   * An unknown key or name at {@code node}: what was found, then the closest valid one, then what
   * is allowed ({@link ScenarioException}).
   */
  private ScenarioException unknown(
      YamlNode node, String problem, String allowed, String suggestion) {
    return new ScenarioException(
        source, node.line(), node.column(), node.path(), problem, suggestion, allowed);
  }

  /** {@link #unknown} at a key of a mapping (its position, the path of its value). */
  private ScenarioException unknownAt(
      YamlNode.Entry entry, String problem, String allowed, String suggestion) {
    return new ScenarioException(
        source, entry.line(), entry.column(), entry.value().path(), problem, suggestion, allowed);
  }

  private ScenarioException errorAt(int line, int column, String path, String detail) {
    return errorAt(line, column, path, detail, null);
  }

  /** An error at a key of a mapping (its position, the path of its value). */
  private ScenarioException errorAt(YamlNode.Entry entry, String detail) {
    return errorAt(entry, detail, null);
  }

  private ScenarioException errorAt(YamlNode.Entry entry, String detail, String suggestion) {
    return errorAt(entry.line(), entry.column(), entry.value().path(), detail, suggestion);
  }

  private ScenarioException errorAt(
      int line, int column, String path, String detail, String suggestion) {
    return new ScenarioException(source, line, column, path, detail, suggestion);
  }
}

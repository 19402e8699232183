package dev.drplan.schema;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.ValueKind;
import dev.drplan.scenario.Lever;
import dev.drplan.scenario.Provenance;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * One row of the scenario schema: a key of docs/scenario-format.md with what it holds, whether it
 * is required, what it means and the section of the format that documents it. {@code T} is the Java
 * type the loader reads the key into; a {@link Section} builds its record from its rows' values.
 *
 * <p>The loader, the registry of numeric keys ({@link dev.drplan.analysis.ScenarioKeys}) and the
 * JSON Schema generator each walk the rows with a {@link Visitor}, so a row type is handled once
 * per purpose and a key is handled by its row.
 */
public interface Row<T> {

  /** The YAML key of the row. */
  String key();

  /** What the key means, in one line. */
  String meaning();

  /** The section of docs/scenario-format.md that documents the key ("dataset", "options"). */
  String doc();

  /** Whether a scenario must give the key. */
  boolean required();

  /** The keys this row allows in its mapping: its own, and for pairs and choices the others. */
  default List<String> yamlKeys() {
    return List.of(key());
  }

  /** The form a value of the key is written in, for "missing key ... (FORM)" messages. */
  String form();

  <R> R accept(Visitor<R> visitor);

  /** One operation over every row type. */
  interface Visitor<R> {
    R section(Section<?, ?> row);

    R quantity(Quantity<?, ?> row);

    R text(Text row);

    R words(Words<?> row);

    R reference(Reference<?, ?> row);

    R link(Link row);

    R sizeOrWord(SizeOrWord row);

    R choice(Choice<?> row);

    R namedMap(NamedMap<?, ?> row);

    R optionList(OptionList row);

    R prices(Prices row);

    R overrides(Overrides row);

    R levers(Levers row);

    R provenance(ProvenanceList row);

    R namedDistributions(NamedDistributions row);

    R correlations(Correlations row);
  }

  /** The values read for a section's rows, by row: what a section's builder reads. */
  interface Values {
    /** The value of {@code row}: as read, or its default; {@code null} when optional and absent. */
    <T> T get(Row<T> row);

    /** Whether the scenario gave {@code row} itself (a default does not count). */
    boolean given(Row<?> row);
  }

  /**
   * A section's builder refusing a combination of its values that each row accepted on its own (two
   * keys that exclude each other, a key one choice needs): the loader reports it at {@code key} of
   * the section's mapping, or at the mapping when the key is absent or {@code null}.
   */
  final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String key;

    /**
     * @param key the key at fault, or {@code null} for the section as a whole
     * @param message what was expected and what was found, in the scenario's words
     */
    public Refused(String key, String message) {
      super(message);
      this.key = key;
    }

    /** The key at fault, or {@code null} for the section as a whole. */
    public String key() {
      return key;
    }
  }

  /** How a record of type {@code C} is found in, and replaced in, its parent {@code P}. */
  interface Lens<P, C> {
    C get(P parent);

    P with(P parent, C child);

    static <P, C> Lens<P, C> of(Function<P, C> get, BiFunction<P, C, P> with) {
      return new Lens<>() {
        @Override
        public C get(P parent) {
          return get.apply(parent);
        }

        @Override
        public P with(P parent, C child) {
          return with.apply(parent, child);
        }
      };
    }
  }

  /**
   * A mapping with a fixed set of keys, read into a record {@code R} by {@code build}; {@code lens}
   * finds it in its parent {@code P} (for the registry of numeric keys), {@code null} where it is
   * not a record of its own. {@code ownForm} says the form a message asks for where "a mapping
   * {keys}" would not; {@code place} names the mapping in an unknown-key message where its path
   * would not.
   */
  record Section<P, R>(
      String key,
      String meaning,
      String doc,
      boolean required,
      String ownForm,
      String place,
      List<Row<?>> rows,
      Function<Values, R> build,
      Lens<P, R> lens)
      implements Row<R> {

    public Section {
      rows = List.copyOf(rows);
    }

    /** Every key the mapping allows, in the order of the format. */
    public List<String> keys() {
      List<String> keys = new ArrayList<>();
      for (Row<?> row : rows) {
        keys.addAll(row.yamlKeys());
      }
      return keys;
    }

    /** The keys as {@code {a, b, c}}. */
    public String braces() {
      return "{" + String.join(", ", keys()) + "}";
    }

    /** "a mapping {a, b}" unless the section says its form itself. */
    @Override
    public String form() {
      return ownForm != null ? ownForm : "a mapping " + braces();
    }

    /** The record of the values read for its rows. */
    public R build(Values values) {
      return build.apply(values);
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.section(this);
    }
  }

  /** Where a quantity's value comes from when the scenario does not give it. */
  enum Presence {
    /** The scenario must give it. */
    REQUIRED,
    /** A constant default. */
    DEFAULT,
    /** The value of another key, named by {@link Quantity#sameAs()}. */
    SAME_AS,
    /** Nothing: the record holds {@code null}. */
    OPTIONAL
  }

  /**
   * A numeric value of one {@link ValueKind}, inside one {@link Domain}, that may be written as a
   * distribution; absent, it is {@code defaultValue} or the value of the key at {@code sameAs} as
   * {@code presence} says. With an accessor {@code get} and a wither {@code with} on its parent
   * record {@code P}, it is a key of {@code sweep}, {@code solve} and distributions (where {@code
   * present} holds, with the keys {@code alsoSets} links to it); without, it is read but cannot
   * vary. {@code typed} makes the Java value of a canonical double (a count as an {@code int} where
   * the record says); {@code ownForm} is the form a message asks for where the kind's does not say
   * it. {@code catalogDefault}, when not {@code null}, names the catalog entry (from the values
   * read beside the key) that supplies the value when the scenario leaves the key out and names a
   * catalog; only without one do {@code presence} and {@code defaultValue} apply. {@code limit},
   * when not {@code null}, bounds the key further by other keys of the scenario ({@link
   * #highestIn}). Rows are written with {@link QuantityRow}.
   */
  record Quantity<P, T>(
      String key,
      String meaning,
      String doc,
      ValueKind kind,
      Domain domain,
      Presence presence,
      T defaultValue,
      String sameAs,
      String ownForm,
      DoubleFunction<T> typed,
      Function<P, T> get,
      BiFunction<P, T, P> with,
      Predicate<P> present,
      BiFunction<Scenario, T, Scenario> alsoSets,
      ToDoubleFunction<Scenario> limit,
      Function<Values, String> catalogDefault)
      implements Row<T> {

    /**
     * The largest canonical value the key may take in {@code scenario}: the domain's, or lower
     * where other keys bound it too ({@link DataLimit}).
     */
    public double highestIn(Scenario scenario) {
      return limit == null
          ? domain.highest()
          : Math.min(domain.highest(), limit.applyAsDouble(scenario));
    }

    @Override
    public boolean required() {
      return presence == Presence.REQUIRED;
    }

    /** The form asked for: a share's domain, else the kind's form, unless the row says. */
    @Override
    public String form() {
      if (ownForm != null) {
        return ownForm;
      }
      return kind == ValueKind.FRACTION ? domain.text(kind) : kind.form();
    }

    /** The typed value of a canonical double. */
    public T typed(double canonical) {
      return typed.apply(canonical);
    }

    /** Whether the key can vary: it has an accessor and a wither. */
    public boolean varies() {
      return with != null;
    }

    /** Whether the key exists in {@code parent} (an optional one may be absent). */
    public boolean presentIn(P parent) {
      return present == null || present.test(parent);
    }

    public T get(P parent) {
      return get.apply(parent);
    }

    public P with(P parent, T value) {
      return with.apply(parent, value);
    }

    /** The scenario after a change of this key, with the keys linked to it changed too. */
    public Scenario linked(Scenario changed, T value) {
      return alsoSets == null ? changed : alsoSets.apply(changed, value);
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.quantity(this);
    }
  }

  /** Text: a name, a description, a location; with a pattern where the format sets one. */
  record Text(
      String key,
      String meaning,
      String doc,
      boolean required,
      String form,
      String expected,
      String pattern,
      String example)
      implements Row<String> {

    /** Whether {@code text} matches the pattern (any text does without one). */
    public boolean matches(String text) {
      return pattern == null || text.matches(pattern);
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.text(this);
    }
  }

  /**
   * One of a fixed set of words, read into {@code T} ({@code storage_class: archive}); {@code what}
   * names the word in a message ("unknown storage class ..."). An optional word that is absent is
   * {@code null}.
   */
  record Words<T>(
      String key, String meaning, String doc, String what, Map<String, T> values, boolean required)
      implements Row<T> {
    public Words {
      values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** A word the scenario must give. */
    public Words(String key, String meaning, String doc, String what, Map<String, T> values) {
      this(key, meaning, doc, what, values, true);
    }

    /** The words, in the order of the format. */
    public List<String> words() {
      return List.copyOf(values.keySet());
    }

    @Override
    public String form() {
      return "one of: " + String.join(", ", values.keySet());
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.words(this);
    }
  }

  /**
   * A catalog reference or its inline definition, exactly one of the two: {@code dbox_model:
   * ceres-df3060} ({@code refKey}, "a catalog D-box model") or {@code dbox: {raw_size,
   * usable_efficiency}} ({@code inline}); {@code lookupWhat} names the entry in a message; {@code
   * group} is the catalog group its entries are under ({@code dboxes}), whose fields are the inline
   * section's keys. An optional reference ({@code required} false) may give neither; its value is
   * then {@code null}.
   */
  record Reference<P, R>(
      String refKey,
      String refWhat,
      String lookupWhat,
      Section<P, R> inline,
      BiFunction<Catalog, String, R> lookup,
      String group,
      boolean required)
      implements Row<R> {

    /** A reference the scenario must give, by name or inline. */
    public Reference(
        String refKey,
        String refWhat,
        String lookupWhat,
        Section<P, R> inline,
        BiFunction<Catalog, String, R> lookup,
        String group) {
      this(refKey, refWhat, lookupWhat, inline, lookup, group, true);
    }

    /** The key of the inline definition ({@code dbox}). */
    @Override
    public String key() {
      return inline.key();
    }

    @Override
    public String meaning() {
      return inline.meaning();
    }

    @Override
    public String doc() {
      return inline.doc();
    }

    /** The catalog entry named {@code name}. */
    public R lookup(Catalog catalog, String name) {
      return lookup.apply(catalog, name);
    }

    @Override
    public List<String> yamlKeys() {
      return List.of(refKey, key());
    }

    @Override
    public String form() {
      return refWhat;
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.reference(this);
    }
  }

  /**
   * A link size, "N x RATE": the count of circuits and the line rate of each, each a key of its own
   * ({@code network.circuits}, {@code network.line_rate}).
   */
  record Link(
      String key, String meaning, String doc, Quantity<?, ?> circuits, Quantity<?, ?> lineRate)
      implements Row<Link.Size> {
    /** The two parts of a link size. */
    public record Size(int circuits, dev.drplan.units.DataRate lineRate) {}

    @Override
    public boolean required() {
      return true;
    }

    @Override
    public String form() {
      return dev.drplan.units.QuantityParser.LINK_FORM;
    }

    /** The domain in words. */
    public String domainText() {
      return "a link of "
          + circuits.domain().minText()
          + " to "
          + circuits.domain().maxText()
          + " circuits of "
          + lineRate.domain().minText()
          + " to "
          + lineRate.domain().maxText()
          + " each, like \"4 x 100 Gbps\"";
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.link(this);
    }
  }

  /**
   * A size, or a word that takes the size from the key at {@code sameAs}: {@code object_size: 64
   * MiB} or {@code object_size: files} (one object per file, of {@code dataset.average_file_size});
   * {@code needs} says why when that key is missing.
   */
  record SizeOrWord(
      Quantity<?, dev.drplan.units.DataSize> size, String word, String sameAs, String needs)
      implements Row<SizeOrWord.Value> {
    /** The size read, and whether it came from the word. */
    public record Value(dev.drplan.units.DataSize size, boolean byWord) {}

    @Override
    public String key() {
      return size.key();
    }

    @Override
    public String meaning() {
      return size.meaning();
    }

    @Override
    public String doc() {
      return size.doc();
    }

    @Override
    public boolean required() {
      return true;
    }

    @Override
    public String form() {
      return size.form();
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.sizeOrWord(this);
    }
  }

  /**
   * A word with companion keys that only some words use, written either as the word beside its
   * companions ({@code recovery: run-in-cloud} and {@code cloud_start_time: 4 h}) or as a mapping
   * {@code {kind: WORD, companions...}}. {@code saying} tells what each word means in a message
   * ("this option seeds over the network"), {@code uses} which companions each word needs (the
   * others it refuses).
   */
  record Choice<T>(
      String key,
      String meaning,
      String doc,
      List<String> words,
      Map<String, String> saying,
      List<Row<?>> companions,
      Map<String, List<Row<?>>> uses,
      BiFunction<String, Values, T> build)
      implements Row<T> {

    public String saying(String word) {
      return saying.get(word);
    }

    /** The companions {@code word} uses (each then required); the others are refused. */
    public List<Row<?>> uses(String word) {
      return uses.getOrDefault(word, List.of());
    }

    /** The keys of the mapping form: kind and the companions. */
    public List<String> mappingKeys() {
      List<String> keys = new ArrayList<>();
      keys.add("kind");
      for (Row<?> companion : companions) {
        keys.addAll(companion.yamlKeys());
      }
      return keys;
    }

    @Override
    public List<String> yamlKeys() {
      List<String> keys = new ArrayList<>();
      keys.add(key);
      for (Row<?> companion : companions) {
        keys.addAll(companion.yamlKeys());
      }
      return keys;
    }

    public T build(String word, Values values) {
      return build.apply(word, values);
    }

    @Override
    public boolean required() {
      return true;
    }

    @Override
    public String form() {
      return "\"" + String.join("\" or \"", words) + "\"";
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.choice(this);
    }
  }

  /**
   * A mapping of names to sections ({@code configurations: {minimum: {...}}}), in file order;
   * {@code example} is one entry as a scenario writes it, {@code names} lists them in a parent and
   * {@code byName} finds one.
   */
  record NamedMap<P, R>(
      String key,
      String meaning,
      String doc,
      String form,
      String example,
      Section<P, R> item,
      Function<P, List<String>> names,
      Function<String, Lens<P, R>> byName)
      implements Row<List<R>> {

    /** How the item called {@code name} is found in, and replaced in, the parent. */
    public Lens<P, R> lens(String name) {
      return byName.apply(name);
    }

    /** The names in {@code parent}, in order. */
    public List<String> names(P parent) {
      return names.apply(parent);
    }

    @Override
    public boolean required() {
      return true;
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.namedMap(this);
    }
  }

  /**
   * The list of DR options: each a mapping whose {@code kind} picks the section that reads it
   * ({@code sections}, in the order {@code kinds}); the {@code common} rows come first.
   */
  record OptionList(
      String key,
      String meaning,
      String doc,
      List<Row<?>> common,
      Map<String, Section<Scenario, ? extends dev.drplan.scenario.DrOption>> sections,
      List<String> kinds,
      Function<String, Lens<Scenario, dev.drplan.scenario.DrOption>> byName)
      implements Row<List<dev.drplan.scenario.DrOption>> {

    /** The section of options of {@code kind} (its rows follow {@link #common()}). */
    public Section<Scenario, ? extends dev.drplan.scenario.DrOption> kind(String kind) {
      return sections.get(kind);
    }

    /** How the option called {@code name} is found in, and replaced in, the scenario. */
    public Lens<Scenario, dev.drplan.scenario.DrOption> lens(String name) {
      return byName.apply(name);
    }

    @Override
    public boolean required() {
      return true;
    }

    @Override
    public String form() {
      return "a list of DR options";
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.optionList(this);
    }
  }

  /**
   * A data-copy option's prices: the catalog's for its storage class and location, each replaced by
   * the one given inline; all of them when the scenario names no catalog.
   */
  record Prices(Section<?, dev.drplan.scenario.GcsPrices> section)
      implements Row<dev.drplan.scenario.GcsPrices> {

    @Override
    public String key() {
      return section.key();
    }

    @Override
    public String meaning() {
      return section.meaning();
    }

    @Override
    public String doc() {
      return section.doc();
    }

    @Override
    public boolean required() {
      return false;
    }

    @Override
    public String form() {
      return section.form();
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.prices(this);
    }
  }

  /** Catalog entries replaced by path ({@code overrides:}), each read by {@link CatalogSchema}. */
  record Overrides(String key, String meaning, String doc) implements Row<Void> {
    @Override
    public boolean required() {
      return false;
    }

    @Override
    public String form() {
      return "a mapping of catalog paths to values, like"
          + " \"gcs.archive.us-central1.storage_per_gib_month: 0.0011\"";
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.overrides(this);
    }
  }

  /**
   * What a remedy may change ({@code levers:}): a mapping of scenario key paths ({@code
   * network.circuits}) to {@code {step, min, max, monthly_cost, one_time_cost}} (each optional,
   * values in the key's own unit) or the word {@link #FIXED}. The keys' paths depend on the options
   * and configurations, so the loader reads the section once the rest of the scenario is built.
   */
  record Levers(String key, String meaning, String doc) implements Row<List<Lever>> {
    /** The word that keeps a key as it is. */
    public static final String FIXED = "fixed";

    /** The fields of one lever, in the order of the format. */
    public static final List<String> FIELDS =
        List.of("step", "min", "max", "monthly_cost", "one_time_cost");

    @Override
    public boolean required() {
      return false;
    }

    @Override
    public String form() {
      return "a mapping of key paths to {"
          + String.join(", ", FIELDS)
          + "} or \""
          + FIXED
          + "\", like \"network.circuits: { max: 16 }\"";
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.levers(this);
    }
  }

  /**
   * Which inputs the customer stated and which are assumptions ({@code provenance:}): a mapping of
   * scenario key paths, or groups of them ({@code primary.configurations}), to {@code {stated:
   * WORDS}} or {@code {assumed: REASON}}. The keys' paths depend on the options and configurations,
   * so the loader reads the section once the rest of the scenario is built.
   */
  record ProvenanceList(String key, String meaning, String doc) implements Row<List<Provenance>> {
    /** The field of an input the customer stated: what the customer said. */
    public static final String STATED = "stated";

    /** The field of an assumption: the reason for the value chosen. */
    public static final String ASSUMED = "assumed";

    @Override
    public boolean required() {
      return false;
    }

    @Override
    public String form() {
      return "a mapping of key paths to {"
          + STATED
          + ": WORDS} or {"
          + ASSUMED
          + ": REASON}, like \"network.efficiency: {assumed: bulk copy at 80% of line rate}\"";
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.provenance(this);
    }
  }

  /**
   * Uncertain quantities named once ({@code uncertain:}): a mapping of names to distributions, each
   * used by one key or more with {@code {uncertain: NAME}}; every key that uses a name takes the
   * same draw in each sample.
   */
  record NamedDistributions(String key, String meaning, String doc) implements Row<Void> {
    /** The key of a reference to a named distribution: {@code per_stream: {uncertain: NAME}}. */
    public static final String REFERENCE = "uncertain";

    /** The pattern of a name: it cannot be mistaken for a key path, which has dots. */
    public static final String NAME_PATTERN = "[a-z0-9][a-z0-9_-]*";

    @Override
    public boolean required() {
      return false;
    }

    @Override
    public String form() {
      return "a mapping of names to distributions, like"
          + " \"copy_stream_rate: {dist: pert, min: 80 MB/s, mode: 200 MB/s, max: 300 MB/s}\"";
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.namedDistributions(this);
    }
  }

  /**
   * Rank correlations between uncertain inputs ({@code correlations:}): a list of {@code {between:
   * [A, B], rank: R}}, A and B each a key path with a distribution or a name of {@code uncertain:},
   * R Spearman's rank correlation strictly between -1 and 1.
   */
  record Correlations(String key, String meaning, String doc) implements Row<Void> {
    /** The fields of one correlation. */
    public static final List<String> FIELDS = List.of("between", "rank");

    @Override
    public boolean required() {
      return false;
    }

    @Override
    public String form() {
      return "a list of {between: [INPUT, INPUT], rank: R}, like"
          + " \"- {between: [dataset.daily_change, dataset.peak_factor], rank: 0.5}\"";
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.correlations(this);
    }
  }
}

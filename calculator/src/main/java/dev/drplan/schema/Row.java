package dev.drplan.schema;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.ValueKind;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One row of the scenario schema: a key of spec/scenario-format.md with what it holds, whether it
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
  }

  /** The values read for a section's rows, by row: what a section's builder reads. */
  interface Values {
    /** The value of {@code row}: as read, or its default; {@code null} when optional and absent. */
    <T> T get(Row<T> row);

    /** Whether the scenario gave {@code row} itself (a default does not count). */
    boolean given(Row<?> row);
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

  /** What the rows have in common. */
  abstract class Base<T> implements Row<T> {
    private final String key;
    private final String meaning;
    private final String doc;
    private final boolean required;

    Base(String key, String meaning, String doc, boolean required) {
      this.key = Objects.requireNonNull(key, "key");
      this.meaning = Objects.requireNonNull(meaning, "meaning");
      this.doc = Objects.requireNonNull(doc, "doc");
      this.required = required;
    }

    @Override
    public String key() {
      return key;
    }

    @Override
    public String meaning() {
      return meaning;
    }

    @Override
    public String doc() {
      return doc;
    }

    @Override
    public boolean required() {
      return required;
    }

    @Override
    public String toString() {
      return getClass().getSimpleName() + " " + key;
    }
  }

  /**
   * A mapping with a fixed set of keys, read into a record {@code R} that lives in a parent {@code
   * P} (for the registry of numeric keys).
   */
  final class Section<P, R> extends Base<R> {
    private final List<Row<?>> rows;
    private final String form;
    private final String place;
    private final Function<Values, R> build;
    private final Lens<P, R> lens;

    Section(
        String key,
        String meaning,
        String doc,
        boolean required,
        String form,
        String place,
        List<Row<?>> rows,
        Function<Values, R> build,
        Lens<P, R> lens) {
      super(key, meaning, doc, required);
      this.rows = List.copyOf(rows);
      this.form = form;
      this.place = place;
      this.build = Objects.requireNonNull(build, "build");
      this.lens = lens;
    }

    /** The rows, in the order of the format. */
    public List<Row<?>> rows() {
      return rows;
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
      return form != null ? form : "a mapping " + braces();
    }

    /** Where an unknown key is, in a message ("the top level"), or {@code null} for its path. */
    public String place() {
      return place;
    }

    /** The record of the values read for its rows. */
    public R build(Values values) {
      return build.apply(values);
    }

    /** The record in its parent; {@code null} for a section that is not a record of its own. */
    public Lens<P, R> lens() {
      return lens;
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
   * distribution. With an accessor and a wither on its parent record {@code P}, it is a key of
   * {@code sweep}, {@code solve} and distributions; without, it is read but cannot vary.
   */
  final class Quantity<P, T> extends Base<T> {
    private final ValueKind kind;
    private final Domain domain;
    private final Presence presence;
    private final T defaultValue;
    private final String sameAs;
    private final String form;
    private final DoubleFunction<T> typed;
    private final Function<P, T> get;
    private final BiFunction<P, T, P> with;
    private final Predicate<P> present;
    private final BiFunction<Scenario, T, Scenario> alsoSets;

    Quantity(
        String key,
        String meaning,
        String doc,
        ValueKind kind,
        Domain domain,
        Presence presence,
        T defaultValue,
        String sameAs,
        String form,
        DoubleFunction<T> typed,
        Function<P, T> get,
        BiFunction<P, T, P> with,
        Predicate<P> present,
        BiFunction<Scenario, T, Scenario> alsoSets) {
      super(key, meaning, doc, presence == Presence.REQUIRED);
      this.kind = Objects.requireNonNull(kind, "kind");
      this.domain = Objects.requireNonNull(domain, "domain");
      this.presence = presence;
      this.defaultValue = defaultValue;
      this.sameAs = sameAs;
      this.form = form;
      this.typed = typed;
      this.get = get;
      this.with = with;
      this.present = present;
      this.alsoSets = alsoSets;
    }

    public ValueKind kind() {
      return kind;
    }

    public Domain domain() {
      return domain;
    }

    public Presence presence() {
      return presence;
    }

    /** The constant default ({@link Presence#DEFAULT}). */
    public T defaultValue() {
      return defaultValue;
    }

    /** The key path whose value is the default ({@link Presence#SAME_AS}). */
    public String sameAs() {
      return sameAs;
    }

    /** The form asked for: a share's domain, else the kind's form, unless the row says. */
    @Override
    public String form() {
      if (form != null) {
        return form;
      }
      return kind == ValueKind.FRACTION ? domain.text(kind) : kind.form();
    }

    /** The row's own form, or {@code null} where the kind's applies (format errors). */
    public String formOverride() {
      return form;
    }

    /** The typed value of a canonical double (a count as an {@code int} where the record says). */
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
  final class Text extends Base<String> {
    private final String form;
    private final String expected;
    private final java.util.regex.Pattern pattern;
    private final String example;

    Text(
        String key,
        String meaning,
        String doc,
        boolean required,
        String form,
        String expected,
        String pattern,
        String example) {
      super(key, meaning, doc, required);
      this.form = form;
      this.expected = expected;
      this.pattern = pattern == null ? null : java.util.regex.Pattern.compile(pattern);
      this.example = example;
    }

    @Override
    public String form() {
      return form;
    }

    /** What a value of the wrong form is told it should be. */
    public String expected() {
      return expected;
    }

    /** The pattern the whole text must match, or {@code null}. */
    public java.util.regex.Pattern pattern() {
      return pattern;
    }

    /** A text that matches the pattern, for the message. */
    public String example() {
      return example;
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.text(this);
    }
  }

  /** One of a fixed set of words, read into {@code T} ({@code storage_class: archive}). */
  final class Words<T> extends Base<T> {
    private final String what;
    private final Map<String, T> words;

    Words(String key, String meaning, String doc, String what, Map<String, T> words) {
      super(key, meaning, doc, true);
      this.what = what;
      this.words = Map.copyOf(words);
      this.order = List.copyOf(words.keySet());
    }

    private final List<String> order;

    /** What the word names, in a message: "unknown storage class ...". */
    public String what() {
      return what;
    }

    /** The words, in the order of the format. */
    public List<String> words() {
      return order;
    }

    public T value(String word) {
      return words.get(word);
    }

    @Override
    public String form() {
      return "one of: " + String.join(", ", order);
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.words(this);
    }
  }

  /**
   * A catalog reference or its inline definition, exactly one of the two: {@code dbox_model:
   * ceres-df3060} or {@code dbox: {raw_size, usable_efficiency}}.
   */
  final class Reference<P, R> extends Base<R> {
    private final String refKey;
    private final String refWhat;
    private final String lookupWhat;
    private final Section<P, R> inline;
    private final BiFunction<Catalog, String, R> lookup;

    Reference(
        String refKey,
        String refWhat,
        String lookupWhat,
        Section<P, R> inline,
        BiFunction<Catalog, String, R> lookup) {
      super(inline.key(), inline.meaning(), inline.doc(), true);
      this.refKey = refKey;
      this.refWhat = refWhat;
      this.lookupWhat = lookupWhat;
      this.inline = inline;
      this.lookup = lookup;
    }

    /** The key naming a catalog entry ({@code dbox_model}). */
    public String refKey() {
      return refKey;
    }

    /** The reference in words, "a catalog D-box model". */
    public String refWhat() {
      return refWhat;
    }

    /** The catalog entry's kind in words, "D-box model". */
    public String lookupWhat() {
      return lookupWhat;
    }

    /** The inline definition; its key is {@link #key()} ({@code dbox}). */
    public Section<P, R> inline() {
      return inline;
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

  /** A link size, "N x RATE": the count of circuits and the line rate of each. */
  final class Link extends Base<Link.Size> {
    /** The two parts of a link size. */
    public record Size(int circuits, dev.drplan.units.DataRate lineRate) {}

    private final Quantity<?, ?> circuits;
    private final Quantity<?, ?> lineRate;

    Link(String key, String meaning, String doc, Quantity<?, ?> circuits, Quantity<?, ?> lineRate) {
      super(key, meaning, doc, true);
      this.circuits = circuits;
      this.lineRate = lineRate;
    }

    /** The count of circuits, a key of its own ({@code network.circuits}). */
    public Quantity<?, ?> circuits() {
      return circuits;
    }

    /** The line rate of one circuit, a key of its own ({@code network.line_rate}). */
    public Quantity<?, ?> lineRate() {
      return lineRate;
    }

    @Override
    public String form() {
      return dev.drplan.units.QuantityParser.LINK_FORM;
    }

    /** The domain in words. */
    public String domainText() {
      return "at least one circuit of a positive line rate, like \"4 x 100 Gbps\"";
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.link(this);
    }
  }

  /**
   * A size, or a word that takes the size from another key: {@code object_size: 64 MiB} or {@code
   * object_size: files} (one object per file, of {@code dataset.average_file_size}).
   */
  final class SizeOrWord extends Base<SizeOrWord.Value> {
    /** The size read, and whether it came from the word. */
    public record Value(dev.drplan.units.DataSize size, boolean byWord) {}

    private final Quantity<?, dev.drplan.units.DataSize> size;
    private final String word;
    private final String sameAs;
    private final String needs;

    SizeOrWord(
        Quantity<?, dev.drplan.units.DataSize> size, String word, String sameAs, String needs) {
      super(size.key(), size.meaning(), size.doc(), true);
      this.size = size;
      this.word = word;
      this.sameAs = sameAs;
      this.needs = needs;
    }

    public Quantity<?, dev.drplan.units.DataSize> size() {
      return size;
    }

    public String word() {
      return word;
    }

    /** The key whose value the word takes ({@code dataset.average_file_size}). */
    public String sameAs() {
      return sameAs;
    }

    /** Why the word needs that key, for the message when it is missing. */
    public String needs() {
      return needs;
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
   * {@code {kind: WORD, companions...}}.
   */
  final class Choice<T> extends Base<T> {
    private final List<String> words;
    private final Map<String, String> saying;
    private final List<Row<?>> companions;
    private final Map<String, List<Row<?>>> uses;
    private final BiFunction<String, Values, T> build;

    Choice(
        String key,
        String meaning,
        String doc,
        List<String> words,
        Map<String, String> saying,
        List<Row<?>> companions,
        Map<String, List<Row<?>>> uses,
        BiFunction<String, Values, T> build) {
      super(key, meaning, doc, true);
      this.words = List.copyOf(words);
      this.saying = Map.copyOf(saying);
      this.companions = List.copyOf(companions);
      this.uses = Map.copyOf(uses);
      this.build = build;
    }

    public List<String> words() {
      return words;
    }

    /** What choosing {@code word} means, for a message: "this option seeds over the network". */
    public String saying(String word) {
      return saying.get(word);
    }

    /** Every companion row. */
    public List<Row<?>> companions() {
      return companions;
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
      keys.add(key());
      for (Row<?> companion : companions) {
        keys.addAll(companion.yamlKeys());
      }
      return keys;
    }

    public T build(String word, Values values) {
      return build.apply(word, values);
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

  /** A mapping of names to sections ({@code configurations: {minimum: {...}}}), in file order. */
  final class NamedMap<P, R> extends Base<List<R>> {
    private final Section<P, R> item;
    private final String form;
    private final String example;
    private final Function<P, List<String>> names;
    private final Function<String, Lens<P, R>> byName;

    NamedMap(
        String key,
        String meaning,
        String doc,
        String form,
        String example,
        Section<P, R> item,
        Function<P, List<String>> names,
        Function<String, Lens<P, R>> byName) {
      super(key, meaning, doc, true);
      this.form = form;
      this.example = example;
      this.item = item;
      this.names = names;
      this.byName = byName;
    }

    /** How the item called {@code name} is found in, and replaced in, the parent. */
    public Lens<P, R> lens(String name) {
      return byName.apply(name);
    }

    /** The section each name holds. */
    public Section<P, R> item() {
      return item;
    }

    /** One entry as a scenario writes it, for the message when there is none. */
    public String example() {
      return example;
    }

    /** The names in {@code parent}, in order. */
    public List<String> names(P parent) {
      return names.apply(parent);
    }

    @Override
    public String form() {
      return form;
    }

    @Override
    public <V> V accept(Visitor<V> visitor) {
      return visitor.namedMap(this);
    }
  }

  /**
   * The list of DR options: each a mapping whose {@code kind} picks the section that reads it; the
   * rows every kind shares come first.
   */
  final class OptionList extends Base<List<dev.drplan.scenario.DrOption>> {
    private final List<Row<?>> common;
    private final Map<String, Section<Scenario, ? extends dev.drplan.scenario.DrOption>> kinds;
    private final List<String> kindOrder;
    private final Function<String, Lens<Scenario, dev.drplan.scenario.DrOption>> byName;

    OptionList(
        String key,
        String meaning,
        String doc,
        List<Row<?>> common,
        Map<String, Section<Scenario, ? extends dev.drplan.scenario.DrOption>> kinds,
        List<String> kindOrder,
        Function<String, Lens<Scenario, dev.drplan.scenario.DrOption>> byName) {
      super(key, meaning, doc, true);
      this.common = List.copyOf(common);
      this.kinds = Map.copyOf(kinds);
      this.kindOrder = List.copyOf(kindOrder);
      this.byName = byName;
    }

    /** How the option called {@code name} is found in, and replaced in, the scenario. */
    public Lens<Scenario, dev.drplan.scenario.DrOption> lens(String name) {
      return byName.apply(name);
    }

    /** The rows of every option ({@code name}, {@code kind}). */
    public List<Row<?>> common() {
      return common;
    }

    /** The kinds, in the order of the format. */
    public List<String> kinds() {
      return kindOrder;
    }

    /** The section of options of {@code kind} (its rows follow {@link #common()}). */
    public Section<Scenario, ? extends dev.drplan.scenario.DrOption> kind(String kind) {
      return kinds.get(kind);
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
  final class Prices extends Base<dev.drplan.scenario.GcsPrices> {
    private final Section<?, dev.drplan.scenario.GcsPrices> section;

    Prices(Section<?, dev.drplan.scenario.GcsPrices> section) {
      super(section.key(), section.meaning(), section.doc(), false);
      this.section = section;
    }

    public Section<?, dev.drplan.scenario.GcsPrices> section() {
      return section;
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
  final class Overrides extends Base<Void> {
    Overrides(String key, String meaning, String doc) {
      super(key, meaning, doc, false);
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
}

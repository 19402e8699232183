package dev.drplan.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.catalog.UnknownCatalogEntryException;
import dev.drplan.catalog.ValueKind;
import dev.drplan.scenario.StorageClass;
import dev.drplan.schema.CatalogSchema;
import dev.drplan.units.QuantityFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Loads the built-in catalogs from the classpath ({@code catalog/*.yaml}, listed in {@code
 * catalog/index.yaml}) into {@link Catalog}s, by name or alias.
 *
 * <p>A catalog file starts with {@code catalog} (its name), optional {@code aliases}, {@code as_of}
 * (the newest source date), an optional {@code description} and {@code sources}, a map of short
 * tags to {@code {url, as_of, note}}. Every other top-level key is a group of the layout that
 * {@link Catalog} documents ({@code gcs}, {@code egress}, {@code interconnect}, {@code machines},
 * {@code dboxes}, {@code cboxes}, {@code appliances}); its nested maps end in leaves {@code {value,
 * source, as_of, uncertain, note}}. Each value is read by its row of {@link CatalogSchema} (kind
 * and domain). Dates are ISO 8601, to the day where the source is dated and to the month or year
 * where only that is known.
 *
 * <p>At run time {@link #builtIn()} reads the compact form the build writes from these files
 * ({@link CompactCatalogs}), and the YAML only when that is missing (a build that skipped it); the
 * command line gives the same compact form from a class of its own ({@link #ofCompactForm}).
 *
 * <p>The reader is strict: an unknown key, an unknown or unused source tag, a missing field or a
 * value of the wrong kind is a {@link CatalogFormatException}, so a bad resource fails the build's
 * tests instead of a user's run.
 */
public final class CatalogReader implements CatalogSource {

  /** Where the catalog resources live on the classpath. */
  public static final String DIRECTORY = "catalog/";

  /** The resource listing every catalog file, under {@code catalogs:}. */
  public static final String INDEX = DIRECTORY + "index.yaml";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Pattern DATE =
      Pattern.compile("[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?");
  private static final Pattern URL = Pattern.compile("https?://\\S+");

  private static final Set<String> HEADER_KEYS =
      Set.of("catalog", "aliases", "as_of", "description", "sources");
  private static final Set<String> SOURCE_FIELDS = Set.of("url", "as_of", "note");
  private static final Set<String> LEAF_FIELDS =
      Set.of("value", "source", "as_of", "uncertain", "note");

  private final ClassLoader classLoader;

  /**
   * The compact form's bytes, when given; else it is read from {@link CompactCatalogs#RESOURCE}.
   */
  private final Supplier<byte[]> compactForm;

  private Map<String, Loaded> byName;

  private CatalogReader(ClassLoader classLoader, Supplier<byte[]> compactForm) {
    this.classLoader = classLoader;
    this.compactForm = compactForm;
  }

  /** One reader of the bundled catalogs per process, so each is parsed at most once. */
  private static final CatalogReader BUILT_IN =
      new CatalogReader(CatalogReader.class.getClassLoader(), null);

  /** The reader of the catalogs bundled with drplan; it parses them on first use, once. */
  public static CatalogReader builtIn() {
    return BUILT_IN;
  }

  /**
   * A reader of the bundled catalogs whose compact form ({@link CompactCatalogs}) the caller holds:
   * the command line compiles it into a class, so that reading the catalogs opens no file of the
   * class path. {@code compactForm} is asked once, on first use.
   */
  public static CatalogReader ofCompactForm(Supplier<byte[]> compactForm) {
    return new CatalogReader(
        CatalogReader.class.getClassLoader(), Objects.requireNonNull(compactForm, "compactForm"));
  }

  /** The catalog names, in index order (aliases not included). */
  public List<String> catalogNames() {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, Loaded> e : catalogs().entrySet()) {
      if (e.getKey().equals(e.getValue().catalog().name())) {
        names.add(e.getKey());
      }
    }
    return List.copyOf(names);
  }

  /** Every name a scenario may give as {@code catalog:}: names and aliases. */
  @Override
  public List<String> names() {
    return List.copyOf(catalogs().keySet());
  }

  /** The aliases of catalog {@code name} (which may itself be an alias). */
  public List<String> aliases(String name) {
    return find(name).aliases();
  }

  /**
   * The catalog called {@code name}, or whose aliases include it.
   *
   * @throws UnknownCatalogEntryException naming the valid catalog names if there is none
   */
  @Override
  public Catalog load(String name) {
    return find(name).catalog();
  }

  private Loaded find(String name) {
    Loaded loaded = catalogs().get(name);
    if (loaded == null) {
      throw new UnknownCatalogEntryException("catalog", name, names());
    }
    return loaded;
  }

  private synchronized Map<String, Loaded> catalogs() {
    if (byName == null) {
      List<Loaded> loaded;
      try (InputStream compact =
          compactForm != null
              ? new ByteArrayInputStream(compactForm.get())
              : classLoader.getResourceAsStream(CompactCatalogs.RESOURCE)) {
        loaded = compact == null ? readYaml() : CompactCatalogs.read(compact);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + CompactCatalogs.RESOURCE, e);
      }
      Map<String, Loaded> all = new LinkedHashMap<>();
      for (Loaded catalog : loaded) {
        List<String> keys = new ArrayList<>();
        keys.add(catalog.catalog().name());
        keys.addAll(catalog.aliases());
        for (String key : keys) {
          if (all.put(key, catalog) != null) {
            throw new CatalogFormatException(
                INDEX, "", "catalog name or alias \"" + key + "\" is used twice");
          }
        }
      }
      byName = Collections.unmodifiableMap(all);
    }
    return byName;
  }

  /**
   * Every catalog of the index, read from its YAML file: the source of truth, from which the build
   * writes the compact form ({@link CompactCatalogs}) that {@link #builtIn()} reads at run time.
   */
  List<Loaded> readYaml() {
    List<Loaded> all = new ArrayList<>();
    for (String file : indexedFiles()) {
      String resource = DIRECTORY + file;
      try (Reader reader = open(resource)) {
        all.add(parse(resource, reader));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return all;
  }

  private List<String> indexedFiles() {
    JsonNode index;
    try (Reader reader = open(INDEX)) {
      index = mapper().readTree(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
    JsonNode files = index == null ? null : index.get("catalogs");
    if (files == null || !files.isArray() || files.isEmpty()) {
      throw new CatalogFormatException(INDEX, "", "expected a non-empty list under \"catalogs\"");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode file : files) {
      names.add(file.asText());
    }
    return names;
  }

  private Reader open(String resource) {
    InputStream in = classLoader.getResourceAsStream(resource);
    if (in == null) {
      throw new CatalogFormatException(resource, "", "resource not found on the classpath");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** Reads one catalog document from text; {@code resource} names it in error messages. */
  public static Catalog parse(String resource, String yaml) {
    return parse(resource, new StringReader(yaml)).catalog();
  }

  private static Loaded parse(String resource, Reader reader) {
    JsonNode root;
    try {
      root = mapper().readTree(reader);
    } catch (JsonProcessingException e) {
      throw new CatalogFormatException(
          resource, "", "not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    if (root == null || !root.isObject()) {
      throw new CatalogFormatException(resource, "", "expected a map at the top level");
    }
    return new Document(resource, root).read();
  }

  private static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return mapper;
  }

  /**
   * A parsed catalog with its aliases, and each entry's value as written (in entry order), which
   * {@link CompactCatalogs} keeps so that reading it back parses the same text into the same value.
   */
  record Loaded(Catalog catalog, List<String> aliases, List<String> valueTexts) {}

  /** A source tag's URL and date. */
  private record Source(String url, String asOf) {}

  /** The reading of one document; holds the state needed for its error messages. */
  private static final class Document {
    private final String resource;
    private final JsonNode root;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Set<String> usedSources = new LinkedHashSet<>();
    private final List<CatalogEntry> entries = new ArrayList<>();
    private final List<String> valueTexts = new ArrayList<>();
    private String asOf;

    Document(String resource, JsonNode root) {
      this.resource = resource;
      this.root = root;
    }

    Loaded read() {
      String name = requiredText(root, "catalog", "");
      if (!NAME.matcher(name).matches()) {
        throw error(
            "catalog", "a name of lower-case letters, digits and dashes, found \"" + name + "\"");
      }
      List<String> aliases = new ArrayList<>();
      JsonNode aliasNode = root.get("aliases");
      if (aliasNode != null) {
        if (!aliasNode.isArray()) {
          throw error("aliases", "expected a list of names");
        }
        for (JsonNode alias : aliasNode) {
          if (!alias.isTextual() || !NAME.matcher(alias.asText()).matches()) {
            throw error(
                "aliases",
                "expected a name of lower-case letters, digits and dashes, found " + alias);
          }
          aliases.add(alias.asText());
        }
      }
      asOf = date(root, "as_of", "");
      readSources();
      Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (HEADER_KEYS.contains(field.getKey())) {
          continue;
        }
        CatalogSchema.Group group = CatalogSchema.group(field.getKey());
        if (group == null) {
          throw error(
              field.getKey(),
              "unknown top-level key; expected one of "
                  + HEADER_KEYS
                  + " or a group "
                  + CatalogSchema.groupNames());
        }
        readGroup(field.getKey(), group, field.getValue());
      }
      for (String tag : sources.keySet()) {
        if (!usedSources.contains(tag)) {
          throw error("sources." + tag, "no entry cites this source; remove it");
        }
      }
      String newest = sources.values().stream().map(Source::asOf).max(String::compareTo).orElse("");
      if (!asOf.equals(newest)) {
        throw error("as_of", "expected the newest source date, " + newest + ", found " + asOf);
      }
      if (entries.isEmpty()) {
        throw error("", "the catalog holds no entries");
      }
      return new Loaded(
          new Catalog(name, asOf, entries), List.copyOf(aliases), List.copyOf(valueTexts));
    }

    private void readSources() {
      JsonNode node = root.get("sources");
      if (node == null || !node.isObject() || node.isEmpty()) {
        throw error("sources", "expected a map of source tags to {url, as_of, note}");
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String path = "sources." + field.getKey();
        JsonNode source = field.getValue();
        if (!source.isObject()) {
          throw error(path, "expected {url, as_of, note}");
        }
        onlyFields(source, SOURCE_FIELDS, path);
        String url = requiredText(source, "url", path);
        if (!URL.matcher(url).matches()) {
          throw error(path + ".url", "expected an http(s) URL, found \"" + url + "\"");
        }
        String date = date(source, "as_of", path);
        if (date.compareTo(asOf) > 0) {
          throw error(path + ".as_of", "is later than the catalog's as_of " + asOf);
        }
        sources.put(field.getKey(), new Source(url, date));
      }
    }

    private void readGroup(String groupName, CatalogSchema.Group group, JsonNode node) {
      if (!node.isObject() || node.isEmpty()) {
        throw error(groupName, "expected a map of names");
      }
      Iterator<Map.Entry<String, JsonNode>> items = node.fields();
      while (items.hasNext()) {
        Map.Entry<String, JsonNode> item = items.next();
        String itemPath = groupName + "." + segment(item.getKey(), groupName);
        if (groupName.equals("gcs")) {
          checkStorageClass(item.getKey(), itemPath);
          if (!item.getValue().isObject() || item.getValue().isEmpty()) {
            throw error(itemPath, "expected a map of locations");
          }
          Iterator<Map.Entry<String, JsonNode>> locations = item.getValue().fields();
          while (locations.hasNext()) {
            Map.Entry<String, JsonNode> location = locations.next();
            readItem(
                itemPath + "." + segment(location.getKey(), itemPath), group, location.getValue());
          }
        } else {
          readItem(itemPath, group, item.getValue());
        }
      }
    }

    private void checkStorageClass(String id, String path) {
      for (StorageClass storageClass : StorageClass.values()) {
        if (storageClass.id().equals(id)) {
          return;
        }
      }
      List<String> ids = new ArrayList<>();
      for (StorageClass storageClass : StorageClass.values()) {
        ids.add(storageClass.id());
      }
      throw error(path, "unknown storage class; expected one of " + ids);
    }

    private void readItem(String itemPath, CatalogSchema.Group group, JsonNode node) {
      if (!node.isObject()) {
        throw error(itemPath, "expected a map of " + group.keys());
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String key = field.getKey();
        String path = itemPath + "." + key;
        CatalogSchema.Field row = group.field(key);
        if (row == null) {
          throw error(path, "unknown key; expected one of " + group.keys());
        }
        entries.add(leaf(path, row, field.getValue()));
        valueTexts.add(field.getValue().get("value").asText());
      }
      for (String key : group.required()) {
        if (!node.has(key)) {
          throw error(itemPath, "missing \"" + key + "\"");
        }
      }
    }

    private CatalogEntry leaf(String path, CatalogSchema.Field row, JsonNode node) {
      if (!node.isObject()) {
        throw error(path, "expected {value, source, as_of, uncertain, note}");
      }
      onlyFields(node, LEAF_FIELDS, path);
      ValueKind kind = row.kind();
      JsonNode valueNode = node.get("value");
      if (valueNode == null
          || !valueNode.isValueNode()
          || valueNode.isNull()
          || valueNode.isBoolean()) {
        throw error(path + ".value", "expected " + kind.form());
      }
      Object value;
      try {
        value = kind.parse(valueNode.asText());
      } catch (QuantityFormatException e) {
        throw error(path + ".value", e.getMessage());
      }
      if (!row.domain().admits(kind.canonical(value))) {
        throw error(
            path + ".value",
            "expected " + row.domain().text(kind) + ", found " + valueNode.asText());
      }
      String tag = requiredText(node, "source", path);
      Source source = sources.get(tag);
      if (source == null) {
        throw error(
            path + ".source",
            "unknown source tag \"" + tag + "\"; expected one of " + sources.keySet());
      }
      usedSources.add(tag);
      String date = date(node, "as_of", path);
      if (date.compareTo(asOf) > 0) {
        throw error(path + ".as_of", "is later than the catalog's as_of " + asOf);
      }
      JsonNode uncertainNode = node.get("uncertain");
      if (uncertainNode == null || !uncertainNode.isBoolean()) {
        throw error(path + ".uncertain", "expected true or false");
      }
      boolean uncertain = uncertainNode.booleanValue();
      JsonNode noteNode = node.get("note");
      String note = noteNode == null ? "" : noteNode.asText().trim();
      if (uncertain && note.isEmpty()) {
        throw error(path + ".note", "an uncertain entry needs a note saying what it is based on");
      }
      return new CatalogEntry(path, kind, value, source.url(), date, uncertain, note);
    }

    private String segment(String name, String parent) {
      if (!SEGMENT.matcher(name).matches()) {
        throw error(
            parent,
            "\"" + name + "\" is not a valid name (lower-case letters, digits, '-' and '_')");
      }
      return name;
    }

    private void onlyFields(JsonNode node, Set<String> allowed, String path) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!allowed.contains(name)) {
          throw error(path + "." + name, "unknown field; expected one of " + allowed);
        }
      }
    }

    private String requiredText(JsonNode node, String field, String path) {
      JsonNode value = node.get(field);
      String at = path.isEmpty() ? field : path + "." + field;
      if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
        throw error(at, "missing");
      }
      return value.asText().trim();
    }

    private String date(JsonNode node, String field, String path) {
      String text = requiredText(node, field, path);
      if (!DATE.matcher(text).matches()) {
        String at = path.isEmpty() ? field : path + "." + field;
        throw error(
            at,
            "expected an ISO date like 2026-09-20 (or 2026-09, or 2026), found \"" + text + "\"");
      }
      return text;
    }

    private CatalogFormatException error(String path, String problem) {
      return new CatalogFormatException(resource, path, problem);
    }
  }
}

package dev.drplan.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value as the scenario loader reads it: a scalar's text exactly as written, mappings in
 * file order, and for every node its key path and the position errors should point at (for a
 * mapping or list under a key, the key's position; for a scalar, the value's).
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

  /** 1-based line. */
  int line();

  /** 1-based column. */
  int column();

  /** Key path from the root, e.g. {@code options[1].seed.appliance}; empty for the root. */
  String path();

  /** How the node reads in "found ..." of a message: the quoted text, "a mapping", "a list". */
  String describe();

  /**
   * A scalar. {@code text} is {@code null} for YAML null ({@code ~}, {@code null}) and may be empty
   * for a key with no value.
   */
  record Scalar(String text, int line, int column, String path) implements YamlNode {
    /** Whether the scalar holds no value at all (null, empty or blank). */
    boolean isAbsent() {
      return text == null || text.isBlank();
    }

    @Override
    public String describe() {
      return isAbsent() ? "nothing" : Messages.quote(text);
    }
  }

  /** One key of a mapping, with the key's own position. */
  record Entry(String key, int line, int column, YamlNode value) {}

  /** A mapping, keys unique and in file order. */
  record Mapping(Map<String, Entry> entries, int line, int column, String path)
      implements YamlNode {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    YamlNode get(String key) {
      Entry entry = entries.get(key);
      return entry == null ? null : entry.value();
    }

    boolean has(String key) {
      return entries.containsKey(key);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A list. */
  record Sequence(List<YamlNode> items, int line, int column, String path) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }
}

package dev.drplan.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The figures of a {@link Reason}: an unmodifiable map in insertion order over two small arrays. A
 * reason holds two to six figures, so a linear scan beats hashing, and building one costs two array
 * copies instead of two {@code LinkedHashMap}s (Monte Carlo builds millions of reasons). Equal to
 * any {@link Map} with the same entries, like every map. Null values are allowed (a figure that
 * cannot exist).
 */
final class Figures extends AbstractMap<String, Object> {
  private final String[] names;
  private final Object[] values;

  private Figures(String[] names, Object[] values) {
    this.names = names;
    this.values = values;
  }

  /** The figures from alternating name, value arguments; a repeated name keeps its first place. */
  static Figures of(Object... namesAndValues) {
    int n = namesAndValues.length / 2;
    String[] names = new String[n];
    Object[] values = new Object[n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      String name = (String) namesAndValues[2 * i];
      int at = indexOf(names, size, name);
      if (at < 0) {
        names[size] = name;
        values[size] = namesAndValues[2 * i + 1];
        size++;
      } else {
        values[at] = namesAndValues[2 * i + 1];
      }
    }
    return size == n
        ? new Figures(names, values)
        : new Figures(copy(names, size), copy(values, size));
  }

  /** An unmodifiable copy of {@code map} in its iteration order; a {@code Figures} as it is. */
  static Figures copyOf(Map<String, Object> map) {
    if (map instanceof Figures) {
      return (Figures) map;
    }
    String[] names = new String[map.size()];
    Object[] values = new Object[map.size()];
    int i = 0;
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      names[i] = entry.getKey();
      values[i] = entry.getValue();
      i++;
    }
    return new Figures(names, values);
  }

  private static int indexOf(String[] names, int size, Object name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static <T> T[] copy(T[] array, int size) {
    return java.util.Arrays.copyOf(array, size);
  }

  @Override
  public int size() {
    return names.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(names, names.length, key) >= 0;
  }

  @Override
  public Object get(Object key) {
    int at = indexOf(names, names.length, key);
    return at < 0 ? null : values[at];
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < names.length;
          }

          @Override
          public Map.Entry<String, Object> next() {
            if (next >= names.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, Object> entry =
                new AbstractMap.SimpleImmutableEntry<>(names[next], values[next]);
            next++;
            return entry;
          }
        };
      }

      @Override
      public int size() {
        return names.length;
      }
    };
  }
}

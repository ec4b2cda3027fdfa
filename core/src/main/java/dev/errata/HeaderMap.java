package dev.errata;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The immutable header map of {@link ErrorDetails}: names as the response gave them, in its
 * order, looked up case-insensitively; a name given twice in different cases is one header with
 * both values.
 *
 * <p>Decoding builds one of these per error response, so it is made for a handful of headers:
 * two arrays and a scan, with no sorting and no per-name copies. A response with many headers
 * gets an index on first lookup, so a hostile one cannot make lookups quadratic.
 */
final class HeaderMap extends AbstractMap<String, List<String>> implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SCAN_LIMIT = 16;
  static final HeaderMap EMPTY = new HeaderMap(new String[0], new Object[0], 0);

  // Transient: the map is serialized as a SerialForm (see writeReplace), never field by field.
  private final transient String[] names;
  // List<String> values; an Object array because generic arrays cannot be created.
  private final transient Object[] values;
  private final transient int size;
  private transient Map<String, Integer> index;

  private HeaderMap(String[] names, Object[] values, int size) {
    this.names = names;
    this.values = values;
    this.size = size;
  }

  /** A copy of any header map: null names and null values dropped, lists made immutable. */
  static HeaderMap copyOf(Map<String, List<String>> source) {
    if (source instanceof HeaderMap) {
      return (HeaderMap) source;
    }
    if (source == null || source.isEmpty()) {
      return EMPTY;
    }
    Builder copy = new Builder(source.size());
    for (Map.Entry<String, List<String>> header : source.entrySet()) {
      // HttpURLConnection reports the status line under a null name; it is not a header.
      copy.add(header.getKey(), header.getValue());
    }
    return copy.build();
  }

  /**
   * Collects headers one at a time, with the merging rules of {@link #copyOf}; for a decoder
   * that walks a response's headers once, redacting as it goes.
   */
  static final class Builder {
    private static final int TYPICAL_COUNT = 8;

    private String[] names;
    private Object[] values;
    private int size;
    private Map<String, Integer> positions;

    Builder(int expected) {
      names = new String[Math.max(expected, 1)];
      values = new Object[names.length];
    }

    /** A builder holding {@code headers}, to add more to. */
    static Builder startingWith(HeaderMap headers) {
      // Room for a typical response's headers without growing.
      Builder b = new Builder(headers.size + TYPICAL_COUNT);
      for (int i = 0; i < headers.size; i++) {
        b.add(headers.names[i], cast(headers.values[i]));
      }
      return b;
    }

    /** Adds a header after the others; null names and values are left out. */
    void add(String name, List<String> list) {
      if (name == null || list == null) {
        return;
      }
      if (positions == null && size == SCAN_LIMIT) {
        positions = new HashMap<>();
        for (int i = 0; i < size; i++) {
          positions.put(lowerCase(names[i]), i);
        }
      }
      int at = positions != null ? positions.getOrDefault(lowerCase(name), -1) : scan(names, size, name);
      if (at >= 0) {
        values[at] = concat(cast(values[at]), nonNullCopy(list));
        return;
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size] = nonNullCopy(list);
      if (positions != null) {
        positions.put(lowerCase(name), size);
      }
      size++;
    }

    /** The headers added; the builder hands its arrays over and is not to be used again. */
    HeaderMap build() {
      HeaderMap built = size == 0 ? EMPTY : new HeaderMap(names, values, size);
      names = null;
      values = null;
      return built;
    }
  }

  @Override
  public List<String> get(Object key) {
    int at = indexOf(key);
    return at < 0 ? null : cast(values[at]);
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Entry<String, List<String>>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, List<String>>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, List<String>> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int at = next++;
            return new SimpleImmutableEntry<>(names[at], cast(values[at]));
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  private int indexOf(Object key) {
    if (!(key instanceof String)) {
      return -1;
    }
    String name = (String) key;
    if (size <= SCAN_LIMIT) {
      return scan(names, size, name);
    }
    Map<String, Integer> positions = index;
    if (positions == null) {
      positions = new HashMap<>();
      for (int i = 0; i < size; i++) {
        positions.put(lowerCase(names[i]), i);
      }
      index = positions;
    }
    return positions.getOrDefault(lowerCase(name), -1);
  }

  private static int scan(String[] names, int size, String name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String lowerCase(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  @SuppressWarnings("unchecked")
  private static List<String> cast(Object values) {
    return (List<String>) values;
  }

  // The classes of List.of's lists: immutable and null-free already, so kept as they are.
  private static final Class<?> LIST_OF_ONE = List.of("").getClass();
  private static final Class<?> LIST_OF_MANY = List.of("", "", "").getClass();

  /**
   * An immutable, null-free copy of one header's values. Most headers have one value, and most
   * clients hand over mutable lists (Spring, OkHttp, Feign), so that case is one small list
   * instead of an iterator, an array and a list.
   */
  private static List<String> nonNullCopy(List<String> values) {
    Class<?> type = values.getClass();
    if (type == LIST_OF_ONE || type == LIST_OF_MANY) {
      return values;
    }
    int n = values.size();
    if (n == 1 && values instanceof RandomAccess) {
      String only = values.get(0);
      return only == null ? List.of() : List.of(only);
    }
    for (String value : values) {
      if (value == null) {
        List<String> kept = new ArrayList<>(n);
        for (String v : values) {
          if (v != null) {
            kept.add(v);
          }
        }
        return List.copyOf(kept);
      }
    }
    return List.copyOf(values);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  // Serialized compactly: the arrays, trimmed to size; the index is rebuilt on demand.
  private Object writeReplace() {
    return new SerialForm(Arrays.copyOf(names, size), Arrays.copyOf(values, size));
  }

  private record SerialForm(String[] names, Object[] values) implements Serializable {
    private Object readResolve() {
      return names.length == 0 ? EMPTY : new HeaderMap(names, values, names.length);
    }
  }
}

package dev.errata;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The immutable header map of {@link ErrorDetails}: names as the response gave them, in its
 * order, looked up ignoring case; a name given twice in different cases is one header with both
 * values, under the first spelling.
 *
 * <p>Every decoded error holds one, so it is two arrays rather than a map of entries: a header's
 * values are one string, or a list when it has several. Past {@value #INDEX_FROM} headers, more
 * than a response usually has, names are also looked up through a sorted index, so a response
 * with thousands of headers costs no quadratic work. The serial form is the one earlier versions
 * wrote, a map of entries by lower-case name, so exceptions serialized by them still read.
 */
final class HeaderMap extends AbstractMap<String, List<String>> implements Serializable {

  private static final long serialVersionUID = 2L;

  /** The serial form: {@code byLowerName}, each header's entry (name as given, values) by lower-case name. */
  private static final ObjectStreamField[] serialPersistentFields = {new ObjectStreamField("byLowerName", Map.class)};

  static final int INDEX_FROM = 16;

  static final HeaderMap EMPTY = new HeaderMap(new String[0], new Object[0], 0, null);

  // Header i is names[i] with values[i]: a String, or an immutable List<String> of several.
  private final transient String[] names;
  private final transient Object[] values;
  private final transient int size;
  private final transient @Nullable Map<String, Integer> index;
  // The serial form as read, until readResolve builds the map from it.
  private transient @Nullable Object serialized;

  private HeaderMap(String[] names, Object[] values, int size, @Nullable Map<String, Integer> index) {
    this.names = names;
    this.values = values;
    this.size = size;
    this.index = index;
  }

  /** A copy of any header map: null names and null values dropped, lists made immutable. */
  static HeaderMap copyOf(Map<String, List<String>> source) {
    if (source instanceof HeaderMap) {
      return (HeaderMap) source;
    }
    Builder copy = new Builder();
    if (source != null) {
      // HttpURLConnection reports the status line under a null name; it is not a header.
      source.forEach((name, values) -> {
        if (values != null) {
          values.forEach(value -> copy.add(name, value));
        }
      });
    }
    return copy.build();
  }

  @Override
  public @Nullable List<String> get(@Nullable Object key) {
    int i = key instanceof String name ? indexOf(names, size, index, name) : -1;
    return i < 0 ? null : valuesAt(i);
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return get(key) != null;
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
            int i = next++;
            return new SimpleImmutableEntry<>(names[i], valuesAt(i));
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    Map<String, Entry<String, List<String>>> byLowerName = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      byLowerName.put(names[i].toLowerCase(Locale.ROOT), new SimpleImmutableEntry<>(names[i], valuesAt(i)));
    }
    ObjectOutputStream.PutField fields = out.putFields();
    fields.put("byLowerName", Collections.unmodifiableMap(byLowerName));
    out.writeFields();
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    serialized = in.readFields().get("byLowerName", null);
  }

  private Object readResolve() throws InvalidObjectException {
    if (!(serialized instanceof Map<?, ?> byLowerName)) {
      throw new InvalidObjectException("a header map without its headers");
    }
    Builder headers = new Builder();
    for (Object header : byLowerName.values()) {
      if (!(header instanceof Entry<?, ?> entry && entry.getKey() instanceof String name && entry.getValue() instanceof List<?> all)) {
        throw new InvalidObjectException("a header that is not a name with a list of values: " + header);
      }
      for (Object value : all) {
        headers.add(name, value instanceof String v ? v : null);
      }
    }
    return headers.build();
  }

  @SuppressWarnings("unchecked") // values[i] is a String or a List<String>
  private List<String> valuesAt(int i) {
    Object v = values[i];
    return v instanceof String one ? List.of(one) : (List<String>) v;
  }

  /** Where the header of {@code name} is among the first {@code size}, ignoring case; -1 when absent. */
  private static int indexOf(String[] names, int size, @Nullable Map<String, Integer> index, String name) {
    if (index != null) {
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Collects headers one value at a time, with the merging rules of {@link #copyOf}. A builder
   * builds one map: it hands its own arrays over, so a decoded response's headers are stored once.
   */
  static final class Builder {
    private String[] names;
    private Object[] values;
    private int size;
    private @Nullable TreeMap<String, Integer> index;
    private boolean built;

    Builder() {
      this(HeaderMap.EMPTY);
    }

    /** A builder holding {@code headers}, to add more to. */
    static Builder startingWith(HeaderMap headers) {
      return new Builder(headers);
    }

    private Builder(HeaderMap headers) {
      names = Arrays.copyOf(headers.names, Math.max(8, headers.size + 4));
      values = Arrays.copyOf(headers.values, names.length);
      size = headers.size;
      if (headers.index != null) {
        index = new TreeMap<>(headers.index);
      }
    }

    /** Adds one value of a header after the others; null names and values are left out. */
    void add(@Nullable String name, @Nullable String value) {
      if (built) {
        throw new IllegalStateException("the map was built");
      }
      if (name == null || value == null) {
        return;
      }
      int i = indexOf(names, size, index, name);
      if (i >= 0) {
        values[i] = joined(values[i], value);
        return;
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size] = value;
      size++;
      if (index != null) {
        index.put(name, size - 1);
      } else if (size > INDEX_FROM) {
        index = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int h = 0; h < size; h++) {
          index.put(names[h], h);
        }
      }
    }

    /** A header given again: its values so far, then {@code again}; in a list of this builder's own. */
    @SuppressWarnings("unchecked") // a value is a String or a List<String>
    private static Object joined(Object first, String again) {
      if (first instanceof ArrayList<?> own) {
        ((ArrayList<String>) own).add(again);
        return own;
      }
      ArrayList<String> joined = new ArrayList<>(4);
      if (first instanceof String one) {
        joined.add(one);
      } else {
        joined.addAll((List<String>) first);
      }
      joined.add(again);
      return joined;
    }

    HeaderMap build() {
      built = true; // built once: a later add fails instead of changing the map handed out
      if (size == 0) {
        return EMPTY;
      }
      for (int i = 0; i < size; i++) {
        if (values[i] instanceof ArrayList<?> several) {
          values[i] = List.copyOf(several);
        }
      }
      return new HeaderMap(names, values, size, index);
    }
  }
}

package dev.errata;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The immutable header map of {@link ErrorDetails}: names as the response gave them, in its
 * order, looked up case-insensitively; a name given twice in different cases is one header with
 * both values, under the first spelling.
 */
final class HeaderMap extends AbstractMap<String, List<String>> implements Serializable {

  private static final long serialVersionUID = 2L;

  static final HeaderMap EMPTY = new HeaderMap(Map.of());

  /** Headers by lower-case name; each entry keeps the name as first given. */
  @SuppressWarnings("serial") // always an unmodifiable view of a LinkedHashMap of serializable values
  private final Map<String, Entry<String, List<String>>> byLowerName;

  private HeaderMap(Map<String, Entry<String, List<String>>> byLowerName) {
    this.byLowerName = byLowerName;
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

  /**
   * Collects headers one value at a time, with the merging rules of {@link #copyOf}. A builder
   * builds one map: it hands its own over, so a decoded response's headers are stored once.
   */
  static final class Builder {
    private Map<String, Entry<String, List<String>>> byLowerName = new LinkedHashMap<>();

    /** A builder holding {@code headers}, to add more to. */
    static Builder startingWith(HeaderMap headers) {
      Builder b = new Builder();
      b.byLowerName.putAll(headers.byLowerName);
      return b;
    }

    /** Adds one value of a header after the others; null names and values are left out. */
    void add(@Nullable String name, @Nullable String value) {
      if (name == null || value == null) {
        return;
      }
      byLowerName.merge(name.toLowerCase(Locale.ROOT), new SimpleImmutableEntry<>(name, List.of(value)), Builder::joined);
    }

    /** A header given again: its values follow the first ones, under the first spelling. */
    private static Entry<String, List<String>> joined(Entry<String, List<String>> first, Entry<String, List<String>> again) {
      List<String> values = new ArrayList<>(first.getValue());
      values.addAll(again.getValue());
      return new SimpleImmutableEntry<>(first.getKey(), List.copyOf(values));
    }

    HeaderMap build() {
      if (byLowerName.isEmpty()) {
        return EMPTY;
      }
      HeaderMap built = new HeaderMap(Collections.unmodifiableMap(byLowerName));
      byLowerName = Map.of(); // built once: a later add fails instead of changing the map handed out
      return built;
    }
  }

  @Override
  public @Nullable List<String> get(@Nullable Object key) {
    Entry<String, List<String>> header = key instanceof String name ? byLowerName.get(name.toLowerCase(Locale.ROOT)) : null;
    return header == null ? null : header.getValue();
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return byLowerName.size();
  }

  @Override
  public Set<Entry<String, List<String>>> entrySet() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(byLowerName.values()));
  }
}

package dev.errata.feign;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Feign's response headers, {@code Map<String, Collection<String>>}, seen as the {@code Map<String,
 * List<String>>} the decoder reads, without copying: entries and values are views, made only for
 * the headers the decoder looks at.
 */
final class FeignHeaders extends AbstractMap<String, List<String>> {

  private final Map<String, Collection<String>> headers;

  private FeignHeaders(Map<String, Collection<String>> headers) {
    this.headers = headers;
  }

  static Map<String, List<String>> of(Map<String, Collection<String>> headers) {
    return headers == null || headers.isEmpty() ? Map.of() : new FeignHeaders(headers);
  }

  @Override
  public int size() {
    return headers.size();
  }

  @Override
  public List<String> get(Object name) {
    return asList(headers.get(name));
  }

  @Override
  public Set<Entry<String, List<String>>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, List<String>>> iterator() {
        Iterator<Entry<String, Collection<String>>> it = headers.entrySet().iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Entry<String, List<String>> next() {
            Entry<String, Collection<String>> e = it.next();
            return new Header(e);
          }
        };
      }

      @Override
      public int size() {
        return headers.size();
      }
    };
  }

  // Feign hands out unmodifiable collections (of linked lists), not lists.
  @SuppressWarnings("unchecked")
  static List<String> asList(Collection<String> values) {
    if (values == null || values instanceof List) {
      return (List<String>) values;
    }
    return new CollectionList(values);
  }

  /** One header; its values become a list only when asked for. */
  private static final class Header implements Entry<String, List<String>> {
    private final Entry<String, Collection<String>> entry;

    Header(Entry<String, Collection<String>> entry) {
      this.entry = entry;
    }

    @Override
    public String getKey() {
      return entry.getKey();
    }

    @Override
    public List<String> getValue() {
      return asList(entry.getValue());
    }

    @Override
    public List<String> setValue(List<String> value) {
      throw new UnsupportedOperationException("read-only");
    }
  }

  /** A read-only list over a collection; header values are one or two, so get(i) walks. */
  private static final class CollectionList extends AbstractList<String> {
    private final Collection<String> values;

    CollectionList(Collection<String> values) {
      this.values = values;
    }

    @Override
    public String get(int index) {
      if (index < 0 || index >= values.size()) {
        throw new IndexOutOfBoundsException(index);
      }
      Iterator<String> it = values.iterator();
      for (int i = 0; i < index; i++) {
        it.next();
      }
      return it.next();
    }

    @Override
    public int size() {
      return values.size();
    }

    @Override
    public Iterator<String> iterator() {
      return values.iterator();
    }

    @Override
    public Object[] toArray() {
      return values.toArray();
    }
  }
}

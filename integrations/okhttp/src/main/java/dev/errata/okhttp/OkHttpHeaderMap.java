package dev.errata.okhttp;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import okhttp3.Headers;

/**
 * {@link Headers} seen as the decoder's {@code Map<String, List<String>>}, without copying them
 * first: one entry per name, in the response's order and spelling, with every value of that name
 * (names compared case-insensitively, as OkHttp does). {@link Headers#toMultimap()} would
 * lower-case every name into a sorted map and lose the order.
 *
 * <p>Iteration finds repeated names by looking back, which is quadratic in the number of
 * headers; the decoder iterates once per error response, over a few dozen headers at most.
 */
final class OkHttpHeaderMap extends AbstractMap<String, List<String>> {

  private final Headers headers;
  private final EntrySet entries = new EntrySet();

  OkHttpHeaderMap(Headers headers) {
    this.headers = headers;
  }

  @Override
  public Set<Entry<String, List<String>>> entrySet() {
    return entries;
  }

  @Override
  public List<String> get(Object name) {
    if (!(name instanceof String)) {
      return null;
    }
    List<String> values = headers.values((String) name);
    return values.isEmpty() ? null : values;
  }

  @Override
  public boolean containsKey(Object name) {
    return get(name) != null;
  }

  @Override
  public boolean isEmpty() {
    return headers.size() == 0;
  }

  /** Whether the name at {@code index} already appeared before it. */
  private boolean seenBefore(int index) {
    String name = headers.name(index);
    for (int i = 0; i < index; i++) {
      if (headers.name(i).equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private final class EntrySet extends AbstractSet<Entry<String, List<String>>> {
    @Override
    public Iterator<Entry<String, List<String>>> iterator() {
      return new Iterator<>() {
        private int next = advance(0);

        @Override
        public boolean hasNext() {
          return next < headers.size();
        }

        @Override
        public Entry<String, List<String>> next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          String name = headers.name(next);
          next = advance(next + 1);
          return Map.entry(name, headers.values(name));
        }
      };
    }

    @Override
    public int size() {
      int distinct = 0;
      for (int i = 0; i < headers.size(); i++) {
        if (!seenBefore(i)) {
          distinct++;
        }
      }
      return distinct;
    }

    private int advance(int from) {
      int i = from;
      while (i < headers.size() && seenBefore(i)) {
        i++;
      }
      return i;
    }
  }
}

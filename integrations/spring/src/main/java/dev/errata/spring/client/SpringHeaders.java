package dev.errata.spring.client;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;

/**
 * Spring 7's {@link HttpHeaders} as the {@code Map} the decoder reads, without copying.
 *
 * <p>{@code HttpHeaders} is no longer a {@code Map}. Its backing map, {@link
 * HttpHeaders#asMultiValueMap()}, is the cheapest view: kept for callers that need a map, but
 * deprecated for removal, so its presence is checked once and the live {@link
 * HttpHeaders#headerSet()} view stands in when a later Spring drops it. {@code headerSet()}
 * builds a case-insensitive set of the names on every iteration, several times the cost. The
 * backing map of some servers' headers can hold a name in two casings; the decoder takes the
 * first value of each header it reads and redacts every entry whose name is a credential, so
 * either view decodes the same. The decoder copies what it keeps into the exception, so no view
 * outlives the response.
 */
final class SpringHeaders extends AbstractMap<String, List<String>> {

  private static final boolean BACKING_MAP = hasBackingMap();

  private final HttpHeaders headers;

  private SpringHeaders(HttpHeaders headers) {
    this.headers = headers;
  }

  @SuppressWarnings("removal") // see the class comment: checked for at startup
  static Map<String, List<String>> of(HttpHeaders headers) {
    if (headers == null) {
      return Map.of();
    }
    return BACKING_MAP ? headers.asMultiValueMap() : new SpringHeaders(headers);
  }

  private static boolean hasBackingMap() {
    try {
      HttpHeaders.class.getMethod("asMultiValueMap");
      return true;
    } catch (NoSuchMethodException removed) {
      return false;
    }
  }

  @Override
  public Set<Entry<String, List<String>>> entrySet() {
    return headers.headerSet();
  }

  @Override
  public List<String> get(Object name) {
    return name instanceof String ? headers.get((String) name) : null;
  }

  @Override
  public boolean containsKey(Object name) {
    return name instanceof String && headers.containsHeader((String) name);
  }

  @Override
  public int size() {
    return headers.size();
  }

  @Override
  public boolean isEmpty() {
    return headers.isEmpty();
  }
}

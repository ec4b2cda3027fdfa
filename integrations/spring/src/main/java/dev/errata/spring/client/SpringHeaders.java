package dev.errata.spring.client;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;

/**
 * Spring 7's {@link HttpHeaders} seen as the {@code Map} the decoder reads, without copying.
 * {@code HttpHeaders} is no longer a {@code Map}; its {@link HttpHeaders#headerSet()} is a live
 * view with one entry per header name whatever the casing, which is what the decoder needs. The
 * decoder copies what it keeps into the exception, so the view never outlives the response.
 */
final class SpringHeaders extends AbstractMap<String, List<String>> {

  private final HttpHeaders headers;

  private SpringHeaders(HttpHeaders headers) {
    this.headers = headers;
  }

  static Map<String, List<String>> of(HttpHeaders headers) {
    return headers == null ? Map.of() : new SpringHeaders(headers);
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

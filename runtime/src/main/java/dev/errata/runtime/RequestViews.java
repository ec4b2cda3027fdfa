package dev.errata.runtime;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What {@link RequestView}'s factories share. */
final class RequestViews {

  /** RFC 9110 §9.2.2. */
  static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");

  private RequestViews() {}

  static @Nullable String first(@Nullable Map<String, ? extends Collection<String>> headers, String name) {
    if (headers == null || name == null) {
      return null;
    }
    Collection<String> values = headers.get(name);
    if (values == null) {
      // Not every map compares names case-insensitively (java.net.http's does, a HashMap does not).
      for (Map.Entry<String, ? extends Collection<String>> e : headers.entrySet()) {
        if (name.equalsIgnoreCase(e.getKey())) {
          values = e.getValue();
          break;
        }
      }
    }
    return values == null || values.isEmpty() ? null : values.iterator().next();
  }
}

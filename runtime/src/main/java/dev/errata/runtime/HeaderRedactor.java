package dev.errata.runtime;

import dev.errata.CredentialHeaders;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Decides which response headers carry credentials and replaces their values with {@link
 * #REDACTED}, so that no secret reaches {@link dev.errata.ErrorDetails}, an exception message, a
 * log line or a rendered problem.
 *
 * <p>Names are compared case-insensitively. A header is redacted when its name is one of the
 * names given to {@link #withNames(Collection)}, or when the standard rule of {@link
 * CredentialHeaders} says it carries credentials (Authorization, cookies, tokens, secrets, API
 * keys, signatures, …; not the {@code WWW-Authenticate} challenge).
 */
public final class HeaderRedactor {

  /** What a redacted header's value is replaced with. */
  public static final String REDACTED = CredentialHeaders.REDACTED;

  private static final List<String> REDACTED_VALUES = List.of(REDACTED);
  private static final HeaderRedactor STANDARD = new HeaderRedactor(Set.of());

  private final Set<String> extraNames;

  private HeaderRedactor(Set<String> extraNames) {
    this.extraNames = extraNames;
  }

  /** The standard rule, described on the class. */
  public static HeaderRedactor standard() {
    return STANDARD;
  }

  /** The standard rule plus these header names, compared case-insensitively. */
  public static HeaderRedactor withNames(Collection<String> names) {
    Set<String> lower =
        names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    return lower.isEmpty() ? STANDARD : new HeaderRedactor(lower);
  }

  /** Whether the header called {@code name} is redacted; {@code null} is not a header name. */
  public boolean isSensitive(@Nullable String name) {
    return name != null && isSensitiveLowerCase(name.toLowerCase(Locale.ROOT));
  }

  boolean isSensitiveLowerCase(String lower) {
    return (!extraNames.isEmpty() && extraNames.contains(lower)) || CredentialHeaders.isCredentialLowerCase(lower);
  }

  /**
   * A copy of {@code headers}, in their order, with every sensitive value replaced; {@code
   * headers} itself when nothing needed redacting or dropping. Entries with a {@code null} name
   * (such as {@code HttpURLConnection}'s status line) are dropped: they are not headers.
   */
  public Map<String, List<String>> redact(Map<String, List<String>> headers) {
    if (headers == null || headers.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> copy = null;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      String name = e.getKey();
      if (name == null || isSensitive(name)) {
        if (copy == null) {
          copy = new LinkedHashMap<>(headers);
          copy.remove(null);
        }
        if (name != null) {
          copy.put(name, REDACTED_VALUES);
        }
      }
    }
    return copy == null ? headers : copy;
  }

  static List<String> redactedValues() {
    return REDACTED_VALUES;
  }
}

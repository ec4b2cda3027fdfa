package dev.errata.runtime;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which response headers carry credentials and replaces their values with {@link
 * #REDACTED}, so that no secret reaches {@link dev.errata.ErrorDetails}, an exception message, a
 * log line or a rendered problem.
 *
 * <p>Names are compared case-insensitively. A header is redacted when its name
 *
 * <ul>
 *   <li>is one of the names given to {@link #withNames(Collection)}; or
 *   <li>contains {@code auth} (Authorization, Proxy-Authorization, X-Auth-Token, …), except the
 *       challenges {@code WWW-Authenticate} and {@code Proxy-Authenticate}, which carry none; or
 *   <li>contains {@code cookie}, {@code token}, {@code secret}, {@code password}, {@code passwd},
 *       {@code session}, {@code credential}, {@code signature}, {@code api-key}, {@code apikey},
 *       {@code api_key} or {@code access-key}.
 * </ul>
 *
 * <p>The rule errs towards redacting: hiding a harmless header costs a little debugging comfort,
 * leaking a token costs an incident.
 */
public final class HeaderRedactor {

  /** What a redacted header's value is replaced with. */
  public static final String REDACTED = "[redacted]";

  private static final List<String> REDACTED_VALUES = List.of(REDACTED);
  private static final String[] SENSITIVE_PARTS = {
    "cookie", "token", "secret", "password", "passwd", "session", "credential", "signature",
    "api-key", "apikey", "api_key", "access-key"
  };
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
  public boolean isSensitive(String name) {
    return name != null && isSensitiveLowerCase(name.toLowerCase(Locale.ROOT));
  }

  boolean isSensitiveLowerCase(String lower) {
    if (!extraNames.isEmpty() && extraNames.contains(lower)) {
      return true;
    }
    if (lower.contains("auth")) {
      return !lower.equals("www-authenticate") && !lower.equals("proxy-authenticate");
    }
    for (String part : SENSITIVE_PARTS) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A copy of {@code headers} with every sensitive value replaced; {@code headers} itself when
   * nothing needed redacting. Entries with a {@code null} name are dropped.
   */
  public Map<String, List<String>> redact(Map<String, List<String>> headers) {
    if (headers == null || headers.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> copy = null;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (isSensitive(e.getKey())) {
        if (copy == null) {
          copy = new HashMap<>(headers);
        }
        copy.put(e.getKey(), REDACTED_VALUES);
      }
    }
    return copy == null ? headers : copy;
  }

  static List<String> redactedValues() {
    return REDACTED_VALUES;
  }
}

package dev.errata;

import org.jspecify.annotations.Nullable;

/**
 * The standard rule for which HTTP headers carry credentials, shared by the runtime's redaction
 * of decoded responses and by {@link ErrorDetails#toString()}, which hides such values whoever
 * built the details.
 *
 * <p>Names are compared case-insensitively. A header carries credentials when its name contains
 * {@code auth} (Authorization, Proxy-Authorization, X-Auth-Token, …), except the challenges
 * {@code WWW-Authenticate} and {@code Proxy-Authenticate}, which carry none; or contains {@code
 * cookie}, {@code token}, {@code secret}, {@code password}, {@code passwd}, {@code session},
 * {@code credential}, {@code signature}, {@code api-key}, {@code apikey}, {@code api_key} or
 * {@code access-key}. The rule errs towards hiding: a hidden harmless header costs a little
 * debugging comfort, a leaked token costs an incident.
 */
public final class CredentialHeaders {

  /** What a credential header's value is replaced with. */
  public static final String REDACTED = "[redacted]";

  private static final String[] SENSITIVE_PARTS = {
    "cookie", "token", "secret", "password", "passwd", "session", "credential", "signature",
    "api-key", "apikey", "api_key", "access-key"
  };

  private CredentialHeaders() {}

  /** Whether the header called {@code name} carries credentials; {@code null} is not a header name. */
  public static boolean isCredential(@Nullable String name) {
    if (name == null) {
      return false;
    }
    // Compared in place: a decoder asks this of every header, and a lower-case copy of each name
    // would be garbage on every error.
    if (containsIgnoreCase(name, "auth")) {
      return !name.equalsIgnoreCase("www-authenticate") && !name.equalsIgnoreCase("proxy-authenticate");
    }
    for (String part : SENSITIVE_PARTS) {
      if (containsIgnoreCase(name, part)) {
        return true;
      }
    }
    return false;
  }

  // part is lower-case ASCII and starts with a letter: (c | 0x20) is c in lower case for an ASCII
  // letter, and the cheap test leaves the full comparison to the few places that can match.
  private static boolean containsIgnoreCase(String name, String part) {
    char first = part.charAt(0);
    for (int at = 0, last = name.length() - part.length(); at <= last; at++) {
      if ((name.charAt(at) | 0x20) == first && name.regionMatches(true, at, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }
}

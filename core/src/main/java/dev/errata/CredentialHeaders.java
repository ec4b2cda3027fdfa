package dev.errata;

import java.util.Locale;
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
    return name != null && isCredentialLowerCase(name.toLowerCase(Locale.ROOT));
  }

  /** {@link #isCredential(String)} for a name already in lower case (Locale.ROOT). */
  public static boolean isCredentialLowerCase(String lower) {
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
}

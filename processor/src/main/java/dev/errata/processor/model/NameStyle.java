package dev.errata.processor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Derives generated names and titles from a constant's name, whether it is written
 * {@code RELATION_CONFLICT} or {@code RelationConflict}.
 */
public final class NameStyle {

  /** Words a title keeps as they are usually written, by their lower-case form. */
  private static final Map<String, String> ACRONYMS = acronyms(
      "API", "CORS", "CPU", "CSRF", "CSV", "DNS", "GPU", "HTML", "HTTP", "HTTPS", "IBAN", "ID", "IP", "JSON",
      "JWT", "MFA", "OAuth", "OTP", "PDF", "SAML", "SDK", "SMS", "SQL", "SSH", "SSL", "SSO", "TCP", "TLS", "TTL",
      "UDP", "URI", "URL", "UUID", "XML");

  private NameStyle() {}

  private static Map<String, String> acronyms(String... words) {
    Map<String, String> acronyms = new HashMap<>();
    for (String word : words) {
      acronyms.put(word.toLowerCase(Locale.ROOT), word);
    }
    return Map.copyOf(acronyms);
  }

  /** {@code RELATION_CONFLICT} → {@code RelationConflict}; a leading digit gets an {@code Error} prefix. */
  public static String pascal(String constantName) {
    StringBuilder s = new StringBuilder();
    for (String word : words(constantName)) {
      s.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    if (s.length() == 0 || !Character.isJavaIdentifierStart(s.charAt(0))) {
      s.insert(0, "Error");
    }
    return s.toString();
  }

  /**
   * {@code RELATION_CONFLICT} → "Relation Conflict"; common acronyms keep their usual spelling:
   * {@code INVALID_API_KEY} → "Invalid API Key", {@code OAUTH_TOKEN_EXPIRED} → "OAuth Token Expired".
   */
  public static String humanize(String constantName) {
    List<String> capitalized = new ArrayList<>();
    for (String word : words(constantName)) {
      capitalized.add(ACRONYMS.getOrDefault(word, Character.toUpperCase(word.charAt(0)) + word.substring(1)));
    }
    return String.join(" ", capitalized);
  }

  /** Lower-case words: split at underscores and at camel-case boundaries ({@code URIError} → uri, error). */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String part : name.split("_")) {
      int start = 0;
      for (int i = 1; i < part.length(); i++) {
        char previous = part.charAt(i - 1);
        char current = part.charAt(i);
        boolean lowerToUpper = Character.isLowerCase(previous) && Character.isUpperCase(current);
        boolean acronymEnd =
            Character.isUpperCase(previous)
                && Character.isUpperCase(current)
                && i + 1 < part.length()
                && Character.isLowerCase(part.charAt(i + 1));
        if (lowerToUpper || acronymEnd) {
          words.add(part.substring(start, i).toLowerCase(Locale.ROOT));
          start = i;
        }
      }
      if (start < part.length()) {
        words.add(part.substring(start).toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}

package dev.errata.runtime;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamContext;

/**
 * An RFC 6901 JSON Pointer split into its reference tokens once, so that the streaming scan can
 * tell from the parser's context chain, without allocating, whether it stands on the pointed-to
 * value or on the way to it.
 */
final class PointerPath {

  private final String[] names;
  // The token as an array index, or -1 when it cannot be one.
  private final int[] indexes;

  private PointerPath(String[] names, int[] indexes) {
    this.names = names;
    this.indexes = indexes;
  }

  /**
   * The pointer's path, or {@code null} for no pointer, the whole-document pointer {@code ""} or
   * a malformed one: a catalog's bad pointer disables it rather than failing every decode.
   */
  static @Nullable PointerPath parse(@Nullable String pointer) {
    if (pointer == null || pointer.isEmpty() || pointer.charAt(0) != '/') {
      return null;
    }
    String[] names = pointer.substring(1).split("/", -1);
    int[] indexes = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      String token = names[i];
      if (token.indexOf('~') >= 0) {
        token = unescape(token);
        if (token == null) {
          return null;
        }
      }
      names[i] = token;
      indexes[i] = index(token);
    }
    return new PointerPath(names, indexes);
  }

  /** Whether the value inside {@code container} that the parser stands on is the pointed-to one. */
  boolean isAt(TokenStreamContext container) {
    return container.getNestingDepth() == names.length && matchesUpTo(container);
  }

  /** Whether the container value inside {@code container} lies on the way to the pointed-to value. */
  boolean leadsThrough(TokenStreamContext container) {
    return container.getNestingDepth() < names.length && matchesUpTo(container);
  }

  private boolean matchesUpTo(TokenStreamContext container) {
    for (TokenStreamContext c = container; c != null && c.getNestingDepth() > 0; c = c.getParent()) {
      int i = c.getNestingDepth() - 1;
      if (c.inObject() ? !names[i].equals(c.currentName()) : c.getCurrentIndex() != indexes[i]) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String unescape(String token) {

    StringBuilder s = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c != '~') {
        s.append(c);
      } else if (i + 1 < token.length() && (token.charAt(i + 1) == '0' || token.charAt(i + 1) == '1')) {
        s.append(token.charAt(++i) == '0' ? '~' : '/');
      } else {
        return null;
      }
    }
    return s.toString();
  }

  private static int index(String token) {
    if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}

package dev.errata.processor.validation;

import java.util.Optional;

/** Checks RFC 6901 JSON Pointers. */
final class JsonPointers {

  private JsonPointers() {}

  /** Why a non-empty pointer is malformed, or empty when it is well formed. */
  static Optional<String> problem(String pointer) {
    if (pointer.charAt(0) != '/') {
      return Optional.of("it must start with '/'");
    }
    for (int i = 0; i < pointer.length(); i++) {
      if (pointer.charAt(i) == '~') {
        char next = i + 1 < pointer.length() ? pointer.charAt(i + 1) : 0;
        if (next != '0' && next != '1') {
          return Optional.of("'~' at index " + i + " must be followed by 0 or 1");
        }
      }
    }
    return Optional.empty();
  }
}

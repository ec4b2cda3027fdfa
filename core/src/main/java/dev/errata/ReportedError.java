package dev.errata;

import java.io.Serializable;
import java.util.Objects;

/**
 * One of several errors a single response reported, such as one entry of a GraphQL
 * {@code errors} array or of a validation error list.
 *
 * @param code the entry's wire code, or the empty string when it had none
 * @param message the entry's message, or the empty string when it had none
 * @param path where the error applies (a GraphQL path such as {@code hero.friends[1].name}, or
 *     a field name), or the empty string when the response did not say
 */
public record ReportedError(String code, String message, String path) implements Serializable {

  public ReportedError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(path, "path");
  }
}

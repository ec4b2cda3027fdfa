package dev.errata.compat;

import java.util.Objects;

/**
 * A response that decodes to another exception with the new version than with the old one, as
 * both versions' decoders see it.
 *
 * @param status the HTTP status
 * @param body the body, JSON, or empty for a response without one (which stands for every body
 *     that carries no code the catalog knows: HTML pages, unknown codes)
 * @param before the exception class the old version decodes it to
 * @param after the exception class the new version decodes it to
 * @param severity {@link Severity#BREAKING} when a class that caught it before no longer does;
 *     {@link Severity#BEHAVIOURAL} when it now reaches catch clauses of existing classes that it
 *     did not reach, or its retry advice flips; {@link Severity#COMPATIBLE} when it carries a code
 *     new in this version and now decodes to a subclass of what it decoded to
 * @param effect what a program sees, such as {@code catch (CardDeclinedException e) stops firing}
 */
public record MovedResponse(int status, String body, String before, String after, Severity severity, String effect) {

  public MovedResponse {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(effect, "effect");
  }

  /** The response, its exception before and after, and the effect, on one line. */
  @Override
  public String toString() {
    return status + " " + (body.isEmpty() ? "without a known code" : body) + ": " + simple(before) + " → "
        + simple(after) + " (" + effect + ")";
  }

  static String simple(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}

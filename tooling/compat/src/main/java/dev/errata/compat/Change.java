package dev.errata.compat;

import java.util.List;
import java.util.Objects;

/**
 * One difference between two versions of a catalog.
 *
 * <p>Its {@link #id()} is stable across runs and versions of the check, so a build can accept a
 * known breaking change by naming it: {@code com.acme.PaymentError.CARD_DECLINED: removed} for a
 * code, {@code com.acme.PaymentError: parent-changed} for a whole catalog.
 *
 * @param kind what changed
 * @param catalog the catalog enum's qualified name
 * @param subject the constant of the code or category, empty for a change of the whole catalog
 * @param label the last part of the id: the kind's label, or for a property this check does not
 *     know, {@code <property>-changed}
 * @param detail what exactly changed, from what to what
 * @param severity the kind's {@linkplain ChangeKind#floor() floor}, or worse when the responses it
 *     moves are
 * @param responses examples of the responses this change makes decode otherwise, the most severe
 *     first; empty when it moves none
 */
public record Change(
    ChangeKind kind, String catalog, String subject, String label, String detail, Severity severity,
    List<MovedResponse> responses) {

  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(severity, "severity");
    responses = List.copyOf(responses);
  }

  static Change of(ChangeKind kind, String catalog, String subject, String detail) {
    return new Change(kind, catalog, subject, kind.label(), detail, kind.floor(), List.of());
  }

  /** This change with the responses it moves, and the severity they give it. */
  Change moving(List<MovedResponse> moved) {
    Severity worst = severity;
    for (MovedResponse response : moved) {
      if (response.severity().compareTo(worst) < 0) {
        worst = response.severity();
      }
    }
    return new Change(kind, catalog, subject, label, detail, worst, moved);
  }

  /** The stable id: {@code <enum>[.<CONSTANT>]: <label>}. */
  public String id() {
    return (subject.isEmpty() ? catalog : catalog + "." + subject) + ": " + label;
  }

  /**
   * Why it has its severity: what the change does and, when it moves responses, what the worst
   * of them shows.
   */
  public String reason() {
    if (responses.isEmpty()) {
      return kind.reason();
    }
    MovedResponse worst = responses.get(0);
    String verdict = switch (worst.severity()) {
      case BREAKING -> " A catch stops firing: ";
      case BEHAVIOURAL -> " A response now reaches other code: ";
      case COMPATIBLE -> " Responses only decode to a subclass of what they decoded to: ";
    };
    return kind.reason() + verdict + worst + ".";
  }

  @Override
  public String toString() {
    return severity + " " + id() + " (" + detail + ")";
  }
}

package dev.errata.compat;

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
 */
public record Change(ChangeKind kind, String catalog, String subject, String label, String detail) {

  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(detail, "detail");
  }

  static Change of(ChangeKind kind, String catalog, String subject, String detail) {
    return new Change(kind, catalog, subject, kind.label(), detail);
  }

  /** The stable id: {@code <enum>[.<CONSTANT>]: <label>}. */
  public String id() {
    return (subject.isEmpty() ? catalog : catalog + "." + subject) + ": " + label;
  }

  /** How it affects users. */
  public Severity severity() {
    return kind.severity();
  }

  /** Why it has that severity. */
  public String reason() {
    return kind.reason();
  }

  @Override
  public String toString() {
    return severity() + " " + id() + " (" + detail + ")";
  }
}

package dev.errata.processor.model;

import dev.errata.ErrorDefinition;
import java.util.List;
import java.util.Optional;

/**
 * One resolved catalog entry, everything the writers need: names, wire code, effective status,
 * advice, and the entry it refines.
 *
 * @param catalog the catalog that declares the entry
 * @param index the entry's position in its catalog (the constant's ordinal)
 * @param status the effective status; for a category, the low end of its range
 * @param to the high end of a category's range; equal to {@code status} for a code
 * @param docsUrl the resolved documentation link, or the empty string
 * @param refined the entry this one refines; empty for a root, whose exception extends
 *     {@code CatalogException}
 */
public record EntryModel(
    CatalogId catalog,
    int index,
    ErrorDefinition.Kind kind,
    String name,
    String code,
    int status,
    int to,
    String title,
    String description,
    List<String> remedy,
    boolean retryable,
    String docsUrl,
    Optional<EntryModel> refined) {

  /** {@code RELATION_CONFLICT} → {@code RelationConflictException}. */
  public String exceptionSimpleName() {
    return GeneratedNames.exception(name);
  }

  /** {@code com.acme.RelationConflictException}. */
  public String exceptionQualifiedName() {
    return catalog.qualified(exceptionSimpleName());
  }

  /** {@code RELATION_CONFLICT} → {@code onRelationConflict}. */
  public String handlerMethodName() {
    return GeneratedNames.handlerMethod(name);
  }

  public boolean isCategory() {
    return kind == ErrorDefinition.Kind.CATEGORY;
  }

  /** Whether a status lies in this category's range. */
  public boolean covers(int candidate) {
    return candidate >= status && candidate <= to;
  }

  /**
   * Whether this code stands for its status: it defines the status (refines a category, or
   * nothing) or overrides the ancestor code that does (refines a code of another catalog with
   * the same status and keeps its wire code). A response with an unknown wire code resolves to
   * the code that stands for its status; a code that is one particular error of a status, such
   * as {@code RelationConflict} under 409, never stands for it.
   */
  public boolean standsForItsStatus() {
    if (isCategory()) {
      return false;
    }
    if (refined.isEmpty() || refined.get().isCategory()) {
      return true;
    }
    EntryModel r = refined.get();
    return !r.catalog().equals(catalog) && r.status() == status && r.code().equals(code);
  }

  /** Human form of the status: {@code 409}, or {@code 400–499} for a category. */
  public String statusText() {
    return isCategory() ? status + "–" + to : Integer.toString(status);
  }
}

package dev.errata;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a catalog, as data: what a code means, its status, what to do about it.
 *
 * <p>Generated catalogs create one instance per code on first use and hand out that instance
 * from then on; {@link CatalogException#definition()} returns it.
 *
 * @param catalog display name of the catalog that declares the entry
 * @param name the enum constant's name, such as {@code RELATION_CONFLICT}
 * @param code the wire code, such as {@code RelationConflict}
 * @param status the HTTP status the catalog assigns, 400 to 599 (a category: the low end of its range)
 * @param title short human title
 * @param description what the error means
 * @param remedy what to do, one step per entry; may be empty
 * @param retryable whether repeating the request may succeed
 * @param docsUrl documentation link, or the empty string when there is none
 * @param parent the definition this one refines; empty only for the root of a hierarchy
 * @param kind whether this is a code, a category or the catch-all for unknown errors
 * @param members the members an occurrence of the code may carry ({@link ErrorCode#members()}),
 *     those of the codes it refines first; empty for most codes
 */
public record ErrorDefinition(
    String catalog,
    String name,
    String code,
    int status,
    String title,
    String description,
    List<String> remedy,
    boolean retryable,
    String docsUrl,
    Optional<ErrorDefinition> parent,
    Kind kind,
    List<MemberDefinition> members)
    implements Serializable {

  /** What an entry stands for. */
  public enum Kind {
    /** An error code declared with {@link ErrorCode}. */
    CODE,
    /** A range of statuses declared with {@link ErrorCategory}. */
    CATEGORY,
    /** The catch-all for a response that matched no code, status or category. */
    UNKNOWN
  }

  /** Name and wire code of the {@link Kind#UNKNOWN} definitions. */
  public static final String UNKNOWN_CODE = "UNKNOWN";

  public ErrorDefinition {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    remedy = List.copyOf(remedy);
    Objects.requireNonNull(docsUrl, "docsUrl");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(kind, "kind");
    members = List.copyOf(members);
  }

  /** A definition without members. */
  public ErrorDefinition(
      String catalog,
      String name,
      String code,
      int status,
      String title,
      String description,
      List<String> remedy,
      boolean retryable,
      String docsUrl,
      Optional<ErrorDefinition> parent,
      Kind kind) {
    this(catalog, name, code, status, title, description, remedy, retryable, docsUrl, parent, kind, List.of());
  }

  /** A {@link Kind#CODE} definition. */
  public ErrorDefinition(
      String catalog,
      String name,
      String code,
      int status,
      String title,
      String description,
      List<String> remedy,
      boolean retryable,
      String docsUrl,
      Optional<ErrorDefinition> parent) {
    this(catalog, name, code, status, title, description, remedy, retryable, docsUrl, parent, Kind.CODE);
  }

  /**
   * The catch-all of a catalog: what an error that matches nothing the catalog knows is. It
   * renders as status 500 and is not retryable.
   */
  public static ErrorDefinition unknown(String catalog) {
    return new ErrorDefinition(
        catalog,
        UNKNOWN_CODE,
        UNKNOWN_CODE,
        500,
        "Unknown Error",
        "The response matched no code, status or category of the " + catalog + " catalog.",
        List.of(
            "Read the status, wire code, message and body the server sent in details().",
            "If the error recurs, add it to the catalog so that it gets a type of its own."),
        false,
        "",
        Optional.empty(),
        Kind.UNKNOWN);
  }

  /** Whether this definition is {@code other} or refines it, directly or through other definitions. */
  public boolean isOrRefines(ErrorDefinition other) {
    for (ErrorDefinition d = this; d != null; d = d.parent.orElse(null)) {
      if (d == other || d.equals(other)) {
        return true;
      }
    }
    return false;
  }

  // Optional is not serializable, so the record travels as a proxy with a nullable parent.
  private Object writeReplace() {
    return new SerialForm(
        catalog, name, code, status, title, description, remedy, retryable, docsUrl,
        parent.orElse(null), kind, members);
  }

  private record SerialForm(
      String catalog,
      String name,
      String code,
      int status,
      String title,
      String description,
      List<String> remedy,
      boolean retryable,
      String docsUrl,
      @Nullable ErrorDefinition parent,
      Kind kind,
      // Absent (null) in the serial form of versions before members existed.
      @Nullable List<MemberDefinition> members)
      implements Serializable {

    private Object readResolve() {
      return new ErrorDefinition(
          catalog, name, code, status, title, description, remedy, retryable, docsUrl,
          Optional.ofNullable(parent), kind, members == null ? List.of() : members);
    }
  }
}

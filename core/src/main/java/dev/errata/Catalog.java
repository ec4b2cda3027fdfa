package dev.errata;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An error catalog at run time: its definitions and the table from a response's wire code and
 * status to the most specific exception the catalog (or an ancestor) knows.
 *
 * <p>The Errata processor generates an implementation for every {@link ErrorCatalog} enum, {@code
 * <Enum>Catalog.INSTANCE}. Every generated catalog resolves errors in the same order, which
 * {@link #resolve(String, int)} and {@link #create(String, int, ErrorDetails, boolean)} follow:
 *
 * <ol>
 *   <li>the wire code, in this catalog, then in each ancestor;
 *   <li>the status, in this catalog, then in each ancestor: the code that stands for the
 *       status, that is the code marked {@link ErrorCode#standsForStatus()}, else the code that
 *       defines it (refining a category, or nothing) or overrides the ancestor's code for it
 *       (same status, same wire code); any other code that is one particular error of a status,
 *       such as {@code RelationConflict} under 409, never stands for it;
 *   <li>the narrowest category whose range holds the status;
 *   <li>the catch-all {@link ErrorDefinition.Kind#UNKNOWN} definition.
 * </ol>
 */
public interface Catalog {

  /**
   * The generated catalog of an {@link ErrorCatalog} enum: {@code Catalog.of(PlatformError.class)}
   * is {@code PlatformErrorCatalog.INSTANCE}. For code that knows the enum only at run time, such
   * as configuration naming it.
   *
   * @throws IllegalStateException when the catalog was not generated, that is when the Errata
   *     annotation processor did not run as the enum was compiled; the message says how to set it up
   * @throws IllegalArgumentException when {@code catalogEnum} is not an enum
   */
  static Catalog of(Class<?> catalogEnum) {
    return GeneratedCatalogs.instanceFor(catalogEnum);
  }

  /** Display name of the catalog. */
  String name();

  /** The catalog this one extends. */
  Optional<Catalog> parent();

  /**
   * RFC 6901 pointers to the wire code in error bodies, in the order a decoder tries them (see
   * {@link ErrorCatalog#codePointer()}); empty when the catalog declares none, which leaves the
   * decoder to detect the code.
   */
  default List<String> codePointers() {
    return List.of();
  }

  /**
   * RFC 6901 pointers to the message in error bodies, in the order a decoder tries them; empty
   * when the catalog declares none.
   */
  default List<String> messagePointers() {
    return List.of();
  }

  /** This catalog's own definitions (codes and categories), in declaration order. */
  List<ErrorDefinition> definitions();

  /** The definition of a wire code of this catalog or of an ancestor; empty for {@code null}. */
  Optional<ErrorDefinition> definition(@Nullable String code);

  /**
   * The definition {@link #create(String, int, ErrorDetails) create} would use for a wire code
   * (may be {@code null}) and a status, without creating anything: the first found in the order
   * above, else {@link #unknownDefinition()}.
   */
  ErrorDefinition resolve(@Nullable String code, int status);

  /**
   * The most specific exception for a wire code (may be {@code null}) and a status, carrying
   * {@code details}, with a stack trace.
   */
  default CatalogException create(@Nullable String code, int status, ErrorDetails details) {
    return create(code, status, details, true);
  }

  /**
   * The most specific exception for a wire code (may be {@code null}) and a status: an exception
   * of the class generated for {@link #resolve(String, int)}'s definition, or a plain {@link
   * CatalogException} of {@link #unknownDefinition()}.
   *
   * @param captureStackTrace {@code false} skips the stack walk, for high-volume decoding
   */
  CatalogException create(@Nullable String code, int status, ErrorDetails details, boolean captureStackTrace);

  /** What an error this catalog cannot place is: its {@link ErrorDefinition.Kind#UNKNOWN} definition. */
  default ErrorDefinition unknownDefinition() {
    return ErrorDefinition.unknown(name());
  }
}

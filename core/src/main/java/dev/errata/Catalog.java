package dev.errata;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An error catalog at run time: its definitions and the table from a response's wire code and
 * status to the most specific exception the catalog (or an ancestor) knows.
 *
 * <p>The Errata processor implements this interface for every {@link ErrorCatalog} enum as
 * {@code <Enum>Catalog.INSTANCE}. The methods under "Table primitives" are what generated code
 * implements; everything else is defined here in terms of them, so every catalog resolves
 * errors the same way:
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
   * The first of {@link #codePointers()}, when the catalog declares any. A catalog implemented
   * by hand that has one pointer implements only this method.
   */
  Optional<String> codePointer();

  /**
   * The first of {@link #messagePointers()}, when the catalog declares any. A catalog
   * implemented by hand that has one pointer implements only this method.
   */
  Optional<String> messagePointer();

  /**
   * RFC 6901 pointers to the wire code in error bodies, in the order a decoder tries them (see
   * {@link ErrorCatalog#codePointer()}); empty when the catalog declares none. Generated
   * catalogs implement it; the default is the one {@link #codePointer()}.
   */
  default List<String> codePointers() {
    return codePointer().map(List::of).orElse(List.of());
  }

  /**
   * RFC 6901 pointers to the message in error bodies, in the order a decoder tries them; empty
   * when the catalog declares none. Generated catalogs implement it; the default is the one
   * {@link #messagePointer()}.
   */
  default List<String> messagePointers() {
    return messagePointer().map(List::of).orElse(List.of());
  }

  /** This catalog's own definitions (codes and categories), in declaration order. */
  default List<ErrorDefinition> definitions() {
    return new DefinitionList(this);
  }

  /** The definition of a wire code of this catalog or of an ancestor. */
  default Optional<ErrorDefinition> definition(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Catalog c = this; c != null; c = c.parent().orElse(null)) {
      int index = c.indexOfCode(code);
      if (index >= 0) {
        return Optional.of(c.definitionAt(index));
      }
    }
    return Optional.empty();
  }

  /** The definition {@link #create(String, int, ErrorDetails)} would use, without creating anything. */
  default ErrorDefinition resolve(String code, int status) {
    Entry entry = entryFor(code, status);
    return entry != null ? entry.definition() : unknownDefinition();
  }

  /**
   * Where {@link #create(String, int, ErrorDetails, boolean)} finds its definition: this catalog
   * or the ancestor that declares it, and its index there; {@code null} when no catalog of the
   * line knows the code, the status or a category holding it, so that the error is {@link
   * #unknownDefinition() unknown}.
   *
   * <p>For callers that make exceptions in bulk, such as decoders: calling {@code
   * entry.catalog().newException(entry.index(), …)} themselves leaves {@code create} out of every
   * stack trace, and each frame a trace records costs tens of nanoseconds.
   */
  default Entry entryFor(String code, int status) {
    for (int step = 0; step < Resolution.STEPS; step++) {
      for (Catalog c = this; c != null; c = c.parent().orElse(null)) {
        int index = Resolution.lookUp(c, step, code, status);
        if (index >= 0) {
          return new Entry(c, index);
        }
      }
    }
    return null;
  }

  /**
   * The most specific exception for a wire code (may be {@code null}) and a status, carrying
   * {@code details}, with a stack trace.
   */
  default CatalogException create(String code, int status, ErrorDetails details) {
    return create(code, status, details, true);
  }

  /**
   * The most specific exception for a wire code (may be {@code null}) and a status.
   *
   * @param captureStackTrace {@code false} skips the stack walk, for high-volume decoding
   */
  default CatalogException create(
      String code, int status, ErrorDetails details, boolean captureStackTrace) {
    Entry entry = entryFor(code, status);
    return entry != null
        ? entry.catalog().newException(entry.index(), details, captureStackTrace)
        : CatalogException.unknown(unknownDefinition(), details, captureStackTrace);
  }

  /** What an error this catalog cannot place is: its {@link ErrorDefinition.Kind#UNKNOWN} definition. */
  default ErrorDefinition unknownDefinition() {
    return ErrorDefinition.unknown(name());
  }

  /** The index of one of this catalog's own definitions, or -1 when it is not one. */
  default int indexOf(ErrorDefinition definition) {
    if (!name().equals(definition.catalog()) || definition.kind() == ErrorDefinition.Kind.UNKNOWN) {
      return -1;
    }
    int index = indexOfCode(definition.code());
    if (index < 0) {
      return -1;
    }
    ErrorDefinition own = definitionAt(index);
    return own == definition || own.equals(definition) ? index : -1;
  }

  // ---- Table primitives, implemented by generated code ----

  /** Number of this catalog's own definitions. */
  int size();

  /** This catalog's own definition at {@code index}, in declaration order. */
  ErrorDefinition definitionAt(int index);

  /** Index of this catalog's own definition with this wire code, or -1. */
  int indexOfCode(String code);

  /** Index of the code of this catalog that stands for {@code status}, or -1. */
  int indexOfStatus(int status);

  /** Index of this catalog's narrowest category whose range holds {@code status}, or -1. */
  int indexOfCategory(int status);

  /** A new exception of this catalog's definition at {@code index}. */
  CatalogException newException(int index, ErrorDetails details, boolean captureStackTrace);

  /**
   * One of a catalog's own definitions, by its index in that catalog: what {@link
   * #entryFor(String, int)} finds.
   *
   * @param catalog the catalog that declares the definition
   * @param index the definition's index in {@code catalog}, from 0 to {@code catalog.size() - 1}
   */
  record Entry(Catalog catalog, int index) {

    /** Checks that {@code index} is one of {@code catalog}'s. */
    public Entry {
      Objects.requireNonNull(catalog, "catalog");
      if (index < 0) {
        throw new IllegalArgumentException("index must be at least 0, was " + index);
      }
    }

    /** The definition at this entry. */
    public ErrorDefinition definition() {
      return catalog.definitionAt(index);
    }
  }
}

package dev.errata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One error of a catalog, on a constant of an {@link ErrorCatalog} enum.
 *
 * <p>The constant {@code RELATION_CONFLICT} becomes {@code RelationConflictException}. Its
 * exception extends the exception of the code it {@linkplain #refines() refines}; by default a
 * code refines the code of the parent catalog that stands for the same HTTP status, so
 * {@code catch (ConflictException e)} also catches {@code RelationConflictException}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface ErrorCode {

  /** What the error means, in one or two sentences. Required and never blank. */
  String description();

  /**
   * HTTP status, 400 to 599. {@code 0} inherits the status of the {@linkplain #refines() refined}
   * code, which then must be named.
   */
  int status() default 0;

  /** The code as it appears on the wire (in the response body). Default: the constant's name. */
  String code() default "";

  /** Short human title. Default: the constant's name humanized, {@code RELATION_CONFLICT} → "Relation Conflict". */
  String title() default "";

  /** What to do about the error, one step per entry, in the order to try them. */
  String[] remedy() default {};

  /** Whether the request may succeed when repeated. Default: inherited from the refined code. */
  Retry retry() default Retry.INHERIT;

  /**
   * The code this one specializes: the constant name of a code in this catalog or in an ancestor
   * catalog, optionally qualified by the enum's simple name ({@code "HttpError.CONFLICT"}).
   * Default: the ancestor code that stands for this code's status, else the narrowest
   * {@link ErrorCategory} whose range holds the status.
   *
   * <p>A code that keeps the wire code of the ancestor code it refines overrides it: a response
   * with that status and no known wire code then decodes to the overriding code, so an API can
   * give a plain status its own advice ({@code UNAUTHORIZED} with "rotate the API key in the
   * console").
   */
  String refines() default "";

  /** Documentation link of this code. Default: the catalog's {@link ErrorCatalog#docsUrl()} template. */
  String docsUrl() default "";

  /**
   * Whether this code stands for its status in this catalog: a response of that status whose wire
   * code the catalog does not know, or that has no body at all, decodes to this code instead of
   * the ancestor's. An API whose every unknown 400 means "the request is invalid, read the
   * message" says so on its {@code INVALID_REQUEST} code, and needs no second constant that
   * overrides {@code HttpError.BAD_REQUEST}. Child catalogs' codes of that status refine it by
   * default.
   *
   * <p>At most one code per status and catalog stands for it this way, and not next to a code
   * that overrides the ancestor's code of that status. Default: {@code false}, the code stands
   * for its status only when it defines it or overrides the ancestor's code for it (see {@link
   * Catalog}).
   */
  boolean standsForStatus() default false;

  /**
   * The record whose components are this code's members: the data an occurrence of the error
   * carries beyond its message, as RFC 9457 extension members ({@code decline_code}, {@code
   * remaining}). Each component is one member, named after the component unless {@link Member}
   * says otherwise; its Javadoc {@code @param} text is the member's description. The generated
   * exception gets one accessor per member and constructors that take the record, so the types
   * are checked by javac on both sides of the wire:
   *
   * <pre>{@code
   * record Decline(@Member(name = "decline_code") String declineCode, int attempts) {}
   *
   * @ErrorCode(status = 402, code = "card_declined", description = "...", members = Decline.class)
   * CARD_DECLINED
   *
   * throw new CardDeclinedException("Declined.", new Decline("insufficient_funds", 2));
   * e.declineCode()   // Optional<String> on a client
   * }</pre>
   *
   * <p>Component types: {@code String}, {@code int}/{@code Integer}, {@code long}/{@code Long},
   * {@code boolean}/{@code Boolean}, {@code BigDecimal}, {@code Instant}, {@code OffsetDateTime},
   * {@code URI}, any enum (its constants' names on the wire), and {@code List}s of these. A code
   * that refines another one has that code's members too, and may add its own. Default: {@code
   * Record.class}, no members of its own.
   */
  Class<? extends Record> members() default Record.class;
}

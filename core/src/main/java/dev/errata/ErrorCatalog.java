package dev.errata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an enum as an error catalog: every constant is one error an API can return, annotated
 * with {@link ErrorCode} (or {@link ErrorCategory} for a node that groups codes by status).
 *
 * <p>The Errata annotation processor turns {@code com.acme.PlatformError} into, in the same
 * package: one exception class per constant, {@code PlatformErrorCatalog} (the {@link Catalog}
 * with the dispatch table), {@code PlatformErrorHandler<R>} (a typed handler interface) and the
 * resources {@code META-INF/errata/com.acme.PlatformError.json} and {@code .md}.
 *
 * <p>The annotation is retained in class files so that a catalog compiled into a jar can be the
 * {@link #parent()} of a catalog compiled later.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ErrorCatalog {

  /** Display name of the catalog, shown in messages and reference pages. Default: the enum's simple name. */
  String name() default "";

  /**
   * The catalog enum this one extends, such as {@code dev.errata.http.HttpError}. Codes of this
   * catalog refine the parent's codes, so handlers written for the parent still catch them.
   * Default: {@code Void.class}, meaning no parent.
   */
  Class<?> parent() default Void.class;

  /**
   * Template of the documentation link of every code, {@code {code}} replaced by the wire code,
   * for example {@code https://docs.example.com/errors#{code}}. A code's own {@link
   * ErrorCode#docsUrl()} wins. Default: inherited from the parent catalog, else none.
   */
  String docsUrl() default "";

  /**
   * RFC 6901 JSON Pointers to the wire code in an error body, such as {@code /type} or {@code
   * /error/code}, tried in order before the places the decoder detects by itself: the first
   * value the catalog (or an ancestor) knows wins, so a sub-code the catalog does not know falls
   * back to the next pointer, then to the detected places, before the status decides. A card
   * processor's {@code {"error": {"code": "card_declined", "decline_code":
   * "insufficient_funds"}}} reads best with {@code codePointer = {"/error/decline_code",
   * "/error/code"}}. A single pointer is written as before: {@code codePointer = "/type"}.
   * Default: inherited from the parent catalog, else none (the detected places only).
   */
  String[] codePointer() default {};

  /**
   * RFC 6901 JSON Pointers to the human-readable message in an error body, such as {@code
   * /message}; the first that is present wins. Default: inherited from the parent catalog, else
   * auto-detection.
   */
  String[] messagePointer() default {};
}

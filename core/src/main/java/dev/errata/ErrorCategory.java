package dev.errata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A category node of a catalog, on an enum constant: the codes whose status lies in
 * {@link #from()}..{@link #to()} fall under it unless they refine something narrower, and a
 * response with an unknown code and an unknown status in that range decodes to it.
 *
 * <p>The standard HTTP catalog declares {@code CLIENT_ERROR} (400–499) and {@code SERVER_ERROR}
 * (500–599), hence {@code ClientErrorException} and {@code ServerErrorException}. Categories may
 * nest (a narrower range inside a wider one); ranges that overlap without nesting are an error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface ErrorCategory {

  /** Lowest status of the range, inclusive, 400 to 599. It is also the status the category renders as. */
  int from();

  /** Highest status of the range, inclusive, 400 to 599. */
  int to();

  /** What the errors of this category have in common. Required and never blank. */
  String description();

  /** Wire code of the category itself. Default: the constant's name. */
  String code() default "";

  /** Short human title. Default: the constant's name humanized. */
  String title() default "";

  /** What to do about errors of this category, one step per entry. */
  String[] remedy() default {};

  /** Whether errors of this category may succeed when repeated. Default: inherited, else no. */
  Retry retry() default Retry.INHERIT;

  /** Documentation link. Default: the catalog's {@link ErrorCatalog#docsUrl()} template. */
  String docsUrl() default "";
}

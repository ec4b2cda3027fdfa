package dev.errata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says where a member of an error lives on the wire, on a component of the record that an {@link
 * ErrorCode#members()} names. Without it, a component {@code declineCode} is the member {@code
 * declineCode} at the problem's root ({@code /declineCode}).
 *
 * <pre>{@code
 * record Decline(
 *     @Member(name = "decline_code", pointer = "/error/decline_code") String declineCode,
 *     @Member(pointer = "/error/param") String param) {}
 * }</pre>
 *
 * <p>Retained in class files, so that a catalog compiled into a jar keeps its members for the
 * catalogs that extend it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Member {

  /**
   * The member's name on the wire: the extension member a server writes into a problem, and the
   * name a client reads when the pointer finds nothing. Default: the component's name.
   */
  String name() default "";

  /**
   * RFC 6901 JSON Pointer to the member's value in an error body, for APIs whose errors nest it
   * ({@code "/error/decline_code"}). Default: {@code "/" + name}, the member at the body's root,
   * where a problem details server writes it. A client reads a member at its pointer first and,
   * when nothing usable is there, at the root under its name, so that an error served as a
   * problem by Errata decodes as well as the API's own format.
   */
  String pointer() default "";
}

package dev.errata;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One member a code declares: a value an occurrence of the error carries, as an RFC 9457
 * extension member. {@link ErrorDefinition#members()} lists a code's members, inherited ones
 * first.
 *
 * @param name the member's name on the wire, such as {@code decline_code}
 * @param pointer the RFC 6901 JSON Pointer a client reads the value at, such as {@code
 *     /error/decline_code}; by default {@code "/" + name}
 * @param type the value's type, for people and documents: {@code string}, {@code integer}, {@code
 *     long}, {@code boolean}, {@code decimal}, {@code date-time}, {@code uri}, {@code enum(A|B)},
 *     or {@code list<…>} of one of these
 * @param description what the value says, or the empty string
 */
public record MemberDefinition(String name, String pointer, String type, String description) implements Serializable {

  /**
   * The names no member may have, since every problem Errata serves has these members already:
   * RFC 9457's {@code type}, {@code title}, {@code status}, {@code detail} and {@code instance},
   * and Errata's {@code code}, {@code remedy}, {@code retryable} and {@code errors}. The processor
   * refuses a member of such a name; a server leaves out one set by hand on {@link ErrorDetails}.
   */
  public static final List<String> RESERVED_NAMES =
      List.of("type", "title", "status", "detail", "instance", "code", "remedy", "retryable", "errors");

  public MemberDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
  }

  /** A member at the problem's root, {@code "/" + name}. */
  public MemberDefinition(String name, String type, String description) {
    this(name, rootPointer(name), type, description);
  }

  /** The pointer to a member at the root: {@code "/" + name}, with {@code ~} and {@code /} escaped as RFC 6901 says. */
  public static String rootPointer(String name) {
    return "/" + name.replace("~", "~0").replace("/", "~1");
  }
}

package dev.errata.processor.model;

import java.util.List;

/**
 * The type of a member, one of those a member may have: what it is called in documents, which
 * JSON Schema describes it, and which Java types its accessor returns.
 *
 * @param kind the value's kind; for a list, its elements'
 * @param list whether the member is a list of such values
 * @param enumType the enum of an {@link Kind#ENUM} member, else {@code null}
 * @param enumConstants that enum's constants, its values on the wire, in declaration order
 */
public record MemberType(Kind kind, boolean list, TypeRef enumType, List<String> enumConstants) {

  /** The kinds of values a member holds. */
  public enum Kind {
    STRING("string"),
    INTEGER("integer"),
    LONG("long"),
    BOOLEAN("boolean"),
    DECIMAL("decimal"),
    INSTANT("date-time"),
    OFFSET_DATE_TIME("date-time"),
    URI("uri"),
    ENUM("enum");

    private final String display;

    Kind(String display) {
      this.display = display;
    }

    public String display() {
      return display;
    }
  }

  public MemberType {
    enumConstants = List.copyOf(enumConstants);
  }

  public static MemberType of(Kind kind, boolean list) {
    return new MemberType(kind, list, null, List.of());
  }

  public static MemberType ofEnum(TypeRef type, List<String> constants, boolean list) {
    return new MemberType(Kind.ENUM, list, type, constants);
  }

  /**
   * The type as documents show it: {@code string}, {@code integer}, {@code long}, {@code boolean},
   * {@code decimal}, {@code date-time}, {@code uri}, {@code enum(A|B)}, or {@code list<…>} of one.
   */
  public String display() {
    String element = kind == Kind.ENUM ? "enum(" + String.join("|", enumConstants) + ")" : kind.display();
    return list ? "list<" + element + ">" : element;
  }

  /**
   * The type the generated accessor returns, written out: {@code java.util.Optional<java.lang.String>},
   * {@code java.util.OptionalInt}, {@code java.util.List<java.net.URI>}. Two members have the same
   * Java shape exactly when this is the same.
   */
  public String accessorType() {
    if (list) {
      return "java.util.List<" + elementClass() + ">";
    }
    return switch (kind) {
      case INTEGER -> "java.util.OptionalInt";
      case LONG -> "java.util.OptionalLong";
      default -> "java.util.Optional<" + elementClass() + ">";
    };
  }

  /** The class of one value: {@code java.lang.Integer} for an integer, the enum for an enum. */
  public String elementClass() {
    return switch (kind) {
      case STRING -> "java.lang.String";
      case INTEGER -> "java.lang.Integer";
      case LONG -> "java.lang.Long";
      case BOOLEAN -> "java.lang.Boolean";
      case DECIMAL -> "java.math.BigDecimal";
      case INSTANT -> "java.time.Instant";
      case OFFSET_DATE_TIME -> "java.time.OffsetDateTime";
      case URI -> "java.net.URI";
      case ENUM -> enumType.qualifiedName();
    };
  }
}

package dev.errata.compat;

import java.util.Objects;

/**
 * One member of a code, as the processor wrote it (catalog format 3 and later).
 *
 * @param name the wire name
 * @param accessor the generated accessor's name
 * @param pointer where a client reads it
 * @param type the type as documents show it, such as {@code enum(A|B)} or {@code list<uri>}
 * @param javaType the type the accessor returns, such as {@code java.util.OptionalInt}
 * @param description what it says, or the empty string
 * @param inherited whether the code has it from the code it refines, which reports its changes
 */
public record MemberSnapshot(
    String name, String accessor, String pointer, String type, String javaType, String description, boolean inherited) {

  public MemberSnapshot {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(accessor, "accessor");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(javaType, "javaType");
    Objects.requireNonNull(description, "description");
  }
}

package dev.errata.processor.model;

/**
 * One validated member of a code.
 *
 * @param accessor the component's name, which is the name of the generated accessor
 * @param name the name on the wire
 * @param pointer the RFC 6901 pointer a client reads the value at
 * @param type the member's type
 * @param description what the value says, or the empty string
 */
public record MemberModel(String accessor, String name, String pointer, MemberType type, String description) {}

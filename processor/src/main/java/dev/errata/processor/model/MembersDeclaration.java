package dev.errata.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * The record an {@code @ErrorCode(members = ...)} names, as written.
 *
 * @param record the record type
 * @param ref its name, for the writers
 * @param components its components, in order
 */
public record MembersDeclaration(TypeElement record, TypeRef ref, List<MemberDeclaration> components) {

  public MembersDeclaration {
    components = List.copyOf(components);
  }
}

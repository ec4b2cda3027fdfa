package dev.errata.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads the record an {@code @ErrorCode} names in {@code members}: its components, their
 * {@code @Member} and their {@code @param} texts in the record's Javadoc.
 */
final class MemberReader {

  private final Elements elements;

  MemberReader(Elements elements) {
    this.elements = elements;
  }

  /** What {@code members} names: nothing (none, or {@code Record.class}), or a record. */
  Optional<MembersDeclaration> read(TypeMirror members) {
    if (!(members instanceof DeclaredType declared) || !(declared.asElement() instanceof TypeElement record)
        || record.getKind() != ElementKind.RECORD) {
      return Optional.empty();
    }
    String doc = elements.getDocComment(record);
    List<MemberDeclaration> components = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      String name = component.getSimpleName().toString();
      Optional<AnnotationMirror> member = DeclarationReader.annotation(component, AnnotationNames.MEMBER);
      Attributes attributes = member.map(m -> new Attributes(m, elements)).orElse(null);
      components.add(new MemberDeclaration(
          positionOf(component, record),
          name,
          attributes == null ? "" : attributes.string("name"),
          attributes == null ? "" : attributes.string("pointer"),
          DocComments.param(doc, name),
          component.asType()));
    }
    return Optional.of(new MembersDeclaration(record, TypeRef.of(record, elements), components));
  }

  /**
   * Where diagnostics on a component point: javac 17 places none on a record component itself
   * ("no associated file"), but does on the field it declares, whose source is the component's.
   */
  private static Element positionOf(RecordComponentElement component, TypeElement record) {
    for (Element member : record.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && member.getSimpleName().equals(component.getSimpleName())) {
        return member;
      }
    }
    return component;
  }

  /** Whether {@code members} names a type javac could not resolve (yet). */
  static boolean unresolved(TypeMirror members) {
    return members != null && members.getKind() == TypeKind.ERROR;
  }

}

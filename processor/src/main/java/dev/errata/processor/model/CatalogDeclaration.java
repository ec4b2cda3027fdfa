package dev.errata.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A catalog enum as written: its {@code @ErrorCatalog} members and its constants, before
 * validation.
 *
 * @param parent the declared parent type; {@code null} when none is declared
 * @param parentUnresolved whether a parent was declared but javac could not resolve it (yet)
 * @param codePointers the declared code pointers, in order; empty to inherit
 * @param messagePointers the declared message pointers, in order; empty to inherit
 * @param constantsWithoutAnnotation constants that carry neither {@code @ErrorCode} nor {@code @ErrorCategory}
 * @param constantsWithBothAnnotations constants that carry both
 */
public record CatalogDeclaration(
    TypeElement element,
    AnnotationMirror annotation,
    CatalogId id,
    String name,
    TypeMirror parent,
    boolean parentUnresolved,
    String docsUrl,
    List<String> codePointers,
    List<String> messagePointers,
    List<EntryDeclaration> entries,
    List<VariableElement> constantsWithoutAnnotation,
    List<VariableElement> constantsWithBothAnnotations,
    Attributes attributes) {

  public Position at(String member) {
    return new Position(element, annotation, attributes.explicitValue(member));
  }

  /** Points at one entry of an array member, or at the member when it was written as one value. */
  public Position at(String member, int index) {
    return new Position(element, annotation, attributes.explicitElement(member, index));
  }

  public Position at() {
    return new Position(element, annotation, null);
  }

  /** The {@code parent} member as written, such as {@code missing.Missing.class}; empty when not written. */
  public String parentAsWritten() {
    Object value = attributes.explicitValue("parent");
    return value == null ? "" : value.toString();
  }
}

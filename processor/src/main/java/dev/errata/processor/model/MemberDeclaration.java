package dev.errata.processor.model;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One component of a members record as written, before validation.
 *
 * @param element where diagnostics on the component point (the field it declares, see {@link MemberReader})
 * @param componentName the component's name, which the generated accessor takes
 * @param name the declared wire name, or the empty string for the component's name
 * @param pointer the declared pointer, or the empty string for the member at the root
 * @param description the component's {@code @param} text in the record's Javadoc, or the empty
 *     string (always for a record read from a class file, which keeps no Javadoc)
 * @param type the component's type
 */
public record MemberDeclaration(
    Element element,
    String componentName,
    String name,
    String pointer,
    String description,
    TypeMirror type) {

  /**
   * Points at the component, also for a mistake in one of its {@code @Member} values: javac
   * cannot place a diagnostic on an annotation of a record component (nor on the component
   * itself, see {@link #element()}), so the component's line is as near as it gets, and the
   * message names the value.
   */
  public Position at() {
    return Position.of(element);
  }

  /** The name on the wire: as declared, else the component's name. */
  public String wireName() {
    return name.isEmpty() ? componentName : name;
  }
}

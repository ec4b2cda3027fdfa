package dev.errata.processor.model;

import dev.errata.ErrorDefinition;
import dev.errata.Retry;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * One catalog constant as written: the raw annotation values, before validation and before
 * defaults that depend on other constants (status, refinement, retry) are resolved.
 *
 * @param index the constant's position among the enum's constants (its ordinal)
 * @param status the declared status of a code (0 = inherit), or the low end of a category's range
 * @param to the high end of a category's range; equal to {@code status} for a code
 * @param code the declared wire code, or the empty string for the default
 * @param title the declared title, or the empty string for the default
 * @param refines the declared refinement, or the empty string for the default
 * @param docsUrl the declared documentation link, or the empty string for the catalog's template
 * @param standsForStatus whether the code is declared to stand for its status
 * @param members the record named in {@code members}, or {@code null} when the code names none
 * @param membersUnresolved whether {@code members} names a type javac could not resolve (yet)
 */
public record EntryDeclaration(
    VariableElement element,
    AnnotationMirror annotation,
    ErrorDefinition.Kind kind,
    int index,
    String name,
    String description,
    int status,
    int to,
    String code,
    String title,
    List<String> remedy,
    Retry retry,
    String refines,
    String docsUrl,
    boolean standsForStatus,
    MembersDeclaration members,
    boolean membersUnresolved,
    Attributes attributes) {

  /** Points at the constant, or at one of its annotation's members when that member was written out. */
  public Position at(String member) {
    return new Position(element, annotation, attributes.explicitValue(member));
  }

  /** Points at one step of the remedy array. */
  public Position atRemedy(int step) {
    return new Position(element, annotation, attributes.explicitElement("remedy", step));
  }

  public Position at() {
    return new Position(element, annotation, null);
  }

  /** The wire code: as declared, else the constant's name. */
  public String wireCode() {
    return code.isEmpty() ? name : code;
  }

  public boolean isCategory() {
    return kind == ErrorDefinition.Kind.CATEGORY;
  }

  /** The exception class the constant generates, by simple name. */
  public String exceptionSimpleName() {
    return GeneratedNames.exception(name);
  }

  /** The handler method the constant generates. */
  public String handlerMethodName() {
    return GeneratedNames.handlerMethod(name);
  }
}

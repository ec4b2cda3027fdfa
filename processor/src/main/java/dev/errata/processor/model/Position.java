package dev.errata.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic points: an element, and where possible the annotation and the exact value
 * on it, so that an IDE underlines the wrong attribute.
 */
public record Position(Element element, AnnotationMirror annotation, AnnotationValue value) {

  public static Position of(Element element) {
    return new Position(element, null, null);
  }
}

package dev.errata.processor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The members of one annotation mirror, defaults included, read defensively: a member whose
 * value javac could not resolve reads as the given fallback instead of throwing.
 */
final class Attributes {

  private final Map<String, AnnotationValue> withDefaults = new HashMap<>();
  private final Map<String, AnnotationValue> explicit = new HashMap<>();

  Attributes(AnnotationMirror mirror, Elements elements) {
    collect(elements.getElementValuesWithDefaults(mirror), withDefaults);
    collect(mirror.getElementValues(), explicit);
  }

  private static void collect(
      Map<? extends ExecutableElement, ? extends AnnotationValue> values,
      Map<String, AnnotationValue> into) {
    values.forEach((member, value) -> into.put(member.getSimpleName().toString(), value));
  }

  String string(String member) {
    Object value = raw(member);
    return value instanceof String ? (String) value : "";
  }

  int integer(String member) {
    Object value = raw(member);
    return value instanceof Integer ? (Integer) value : 0;
  }

  /** Simple name of an enum constant member, or the empty string. */
  String enumConstant(String member) {
    Object value = raw(member);
    return value instanceof VariableElement ? ((VariableElement) value).getSimpleName().toString() : "";
  }

  /** A class member's type, or {@code null} when javac could not resolve it. */
  TypeMirror type(String member) {
    Object value = raw(member);
    return value instanceof TypeMirror ? (TypeMirror) value : null;
  }

  boolean bool(String member) {
    return Boolean.TRUE.equals(raw(member));
  }

  /** An array member's strings; a single string (a class file compiled when the member was one) as one. */
  List<String> strings(String member) {
    List<String> strings = new ArrayList<>();
    Object value = raw(member);
    if (value instanceof String) {
      strings.add((String) value);
    } else if (value instanceof List) {
      for (Object element : (List<?>) value) {
        Object item = element instanceof AnnotationValue ? ((AnnotationValue) element).getValue() : null;
        strings.add(item instanceof String ? (String) item : "");
      }
    }
    return strings;
  }

  /** The value written in source for a member, for pointing diagnostics at it; {@code null} when defaulted. */
  AnnotationValue explicitValue(String member) {
    return explicit.get(member);
  }

  /** The {@code index}-th element of an explicitly written array member, or the whole member. */
  AnnotationValue explicitElement(String member, int index) {
    AnnotationValue value = explicit.get(member);
    if (value != null && value.getValue() instanceof List) {
      List<?> elements = (List<?>) value.getValue();
      if (index < elements.size() && elements.get(index) instanceof AnnotationValue) {
        return (AnnotationValue) elements.get(index);
      }
    }
    return value;
  }

  private Object raw(String member) {
    AnnotationValue value = withDefaults.get(member);
    return value == null ? null : value.getValue();
  }
}

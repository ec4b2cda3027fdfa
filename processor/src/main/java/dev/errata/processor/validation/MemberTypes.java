package dev.errata.processor.validation;

import dev.errata.processor.model.MemberType;
import dev.errata.processor.model.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** The types a member may have, recognised from a record component's type. */
final class MemberTypes {

  private static final Map<String, MemberType.Kind> CLASSES = Map.of(
      "java.lang.String", MemberType.Kind.STRING,
      "java.lang.Integer", MemberType.Kind.INTEGER,
      "java.lang.Long", MemberType.Kind.LONG,
      "java.lang.Boolean", MemberType.Kind.BOOLEAN,
      "java.math.BigDecimal", MemberType.Kind.DECIMAL,
      "java.time.Instant", MemberType.Kind.INSTANT,
      "java.time.OffsetDateTime", MemberType.Kind.OFFSET_DATE_TIME,
      "java.net.URI", MemberType.Kind.URI);

  private final Elements elements;

  MemberTypes(Elements elements) {
    this.elements = elements;
  }

  /** The member type of a component's type; empty for a type a member cannot have. */
  Optional<MemberType> of(TypeMirror type) {
    switch (type.getKind()) {
      case INT:
        return Optional.of(MemberType.of(MemberType.Kind.INTEGER, false));
      case LONG:
        return Optional.of(MemberType.of(MemberType.Kind.LONG, false));
      case BOOLEAN:
        return Optional.of(MemberType.of(MemberType.Kind.BOOLEAN, false));
      case DECLARED:
        break;
      default:
        return Optional.empty();
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    if (element.getQualifiedName().contentEquals("java.util.List")) {
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED) {
        return Optional.empty();
      }
      return scalar((DeclaredType) arguments.get(0), /* list= */ true);
    }
    return scalar(declared, /* list= */ false);
  }

  private Optional<MemberType> scalar(DeclaredType type, boolean list) {
    TypeElement element = (TypeElement) type.asElement();
    MemberType.Kind kind = CLASSES.get(element.getQualifiedName().toString());
    if (kind != null) {
      return Optional.of(MemberType.of(kind, list));
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = element.getEnclosedElements().stream()
          .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
          .map(e -> e.getSimpleName().toString())
          .toList();
      return Optional.of(MemberType.ofEnum(TypeRef.of(element, elements), constants, list));
    }
    return Optional.empty();
  }

  /** The enum a member type names, if any: it must be visible to the generated exception too. */
  static Optional<TypeElement> enumOf(TypeMirror type) {
    TypeMirror value = type;
    if (type instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
      value = declared.getTypeArguments().get(0);
    }
    if (value instanceof DeclaredType declared && declared.asElement().getKind() == ElementKind.ENUM) {
      return Optional.of((TypeElement) declared.asElement());
    }
    return Optional.empty();
  }

}

package dev.errata.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.errata.processor.model.CatalogId;
import dev.errata.processor.model.EntryModel;
import dev.errata.processor.model.TypeRef;
import java.util.List;

/** Names of the core types generated code uses, and of the generated types themselves. */
final class TypeNames {

  static final ClassName CATALOG = ClassName.get("dev.errata", "Catalog");
  static final ClassName GENERATED_CATALOG = ClassName.get("dev.errata", "GeneratedCatalog");
  static final ClassName CATALOG_EXCEPTION = ClassName.get("dev.errata", "CatalogException");
  static final ClassName ERROR_DEFINITION = ClassName.get("dev.errata", "ErrorDefinition");
  static final ClassName DEFINITION_KIND = ERROR_DEFINITION.nestedClass("Kind");
  static final ClassName ERROR_DETAILS = ClassName.get("dev.errata", "ErrorDetails");
  static final ClassName ERROR_HANDLER = ClassName.get("dev.errata", "ErrorHandler");
  static final ClassName MEMBER_DEFINITION = ClassName.get("dev.errata", "MemberDefinition");
  static final ClassName MEMBER_VALUES = ClassName.get("dev.errata", "MemberValues");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

  /**
   * What a handler produces, {@code R extends @Nullable Object}: a handler may produce null (a
   * handler of {@code Void}). Generated code marks with JSpecify's {@code @Nullable} what may be
   * null and carries no {@code @NullMarked} of its own: everything else is non-null where the
   * package it is generated in is null-marked, as for the code written next to it.
   */
  static final TypeVariableName HANDLER_RESULT = TypeVariableName.get("R", nullable(ClassName.OBJECT));

  private TypeNames() {}

  /** {@code type} marked {@code @Nullable}. */
  static TypeName nullable(TypeName type) {
    return type.annotated(AnnotationSpec.builder(NULLABLE).build());
  }

  static ClassName exception(EntryModel entry) {
    return ClassName.get(entry.catalog().packageName(), entry.exceptionSimpleName());
  }

  static ClassName catalog(CatalogId id) {
    return ClassName.get(id.packageName(), id.catalogSimpleName());
  }

  static ClassName handler(CatalogId id) {
    return ClassName.get(id.packageName(), id.handlerSimpleName());
  }

  /** A type named by the model: a members record, or an enum of a member. */
  static ClassName of(TypeRef type) {
    List<String> names = type.simpleNames();
    return ClassName.get(type.packageName(), names.get(0), names.subList(1, names.size()).toArray(String[]::new));
  }

  static ClassName enumType(CatalogId id) {
    List<String> names = id.enumSimpleNames();
    ClassName type = ClassName.get(id.packageName(), names.get(0));
    for (String nested : names.subList(1, names.size())) {
      type = type.nestedClass(nested);
    }
    return type;
  }
}

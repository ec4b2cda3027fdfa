package dev.errata.processor.writing;

import com.palantir.javapoet.ClassName;
import dev.errata.processor.model.CatalogId;
import dev.errata.processor.model.EntryModel;
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
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

  private TypeNames() {}

  static ClassName exception(EntryModel entry) {
    return ClassName.get(entry.catalog().packageName(), entry.exceptionSimpleName());
  }

  static ClassName catalog(CatalogId id) {
    return ClassName.get(id.packageName(), id.catalogSimpleName());
  }

  static ClassName handler(CatalogId id) {
    return ClassName.get(id.packageName(), id.handlerSimpleName());
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

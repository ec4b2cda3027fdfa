package dev.errata.processor.validation;

import dev.errata.processor.model.CatalogDeclaration;
import dev.errata.processor.model.CatalogId;
import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryDeclaration;
import dev.errata.processor.model.EntryModel;
import dev.errata.processor.model.NameStyle;
import dev.errata.processor.model.Position;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks the names a catalog brings into the world: wire codes unique in the catalog and not
 * silently shadowing an ancestor's, and generated type and method names that clash with nothing.
 */
final class NameValidator {

  private static final String CATALOG_EXCEPTION = "dev.errata.CatalogException";
  private static final String CATALOG = "dev.errata.Catalog";
  private static final String ERROR_HANDLER = "dev.errata.ErrorHandler";
  private static final String ROOT_HANDLER_METHOD = "onError";

  private final Elements elements;
  private final Types types;
  private final Report report;

  NameValidator(Elements elements, Types types, Report report) {
    this.elements = elements;
    this.types = types;
    this.report = report;
  }

  void validate(CatalogDeclaration catalog) {
    Map<String, EntryDeclaration> byCode = new HashMap<>();
    Map<String, EntryDeclaration> byClass = new HashMap<>();
    CatalogId id = catalog.id();
    Modules modules = new Modules(elements.getModuleElement("java.base"), elements.getModuleOf(catalog.element()));
    checkType(catalog.at(), catalog.id().enumQualifiedName(), id.catalogSimpleName(), id, CATALOG, modules);
    checkType(catalog.at(), catalog.id().enumQualifiedName(), id.handlerSimpleName(), id, ERROR_HANDLER, modules);
    for (EntryDeclaration entry : catalog.entries()) {
      EntryDeclaration first = byCode.putIfAbsent(entry.wireCode(), entry);
      if (first != null) {
        report.error(entry.at("code"), Message.DUPLICATE_WIRE_CODE, entry.wireCode(), entry.name(), first.name());
      }
      String className = NameStyle.pascal(entry.name()) + "Exception";
      EntryDeclaration sameClass = byClass.putIfAbsent(className, entry);
      if (sameClass != null) {
        report.error(entry.at(), Message.DUPLICATE_CLASS_NAME, sameClass.name(), entry.name(), className);
      } else {
        checkType(entry.at(), entry.name(), className, id, CATALOG_EXCEPTION, modules);
      }
      String method = "on" + NameStyle.pascal(entry.name());
      if (method.equals(ROOT_HANDLER_METHOD)) {
        report.error(entry.at(), Message.RESERVED_NAME, entry.name(), method, entry.wireCode());
      }
    }
  }

  /**
   * Where to look a name up: {@code java.base} for {@code java.lang}, the catalog's own module
   * for its package; {@code null} (look everywhere) where the source level has no modules.
   * javac answers a lookup without a module by trying every module it knows, which for a name
   * that does not exist (the normal case here: one per code) costs a search of each of them.
   */
  private record Modules(ModuleElement javaBase, ModuleElement catalog) {}

  /**
   * A generated type clashes with a {@code java.lang} type (which it would shadow in its package)
   * or with an existing type of the package that is not an earlier output of the processor.
   */
  private void checkType(
      Position position, String owner, String simpleName, CatalogId id, String expectedSupertype, Modules modules) {
    TypeElement javaLang = typeElement(modules.javaBase(), "java.lang." + simpleName);
    if (javaLang != null) {
      report.error(position, Message.TYPE_CLASH, owner, simpleName, javaLang.getQualifiedName());
      return;
    }
    String qualified = id.packageName().isEmpty() ? simpleName : id.packageName() + "." + simpleName;
    TypeElement existing = typeElement(modules.catalog(), qualified);
    if (existing != null && !isEarlierOutput(existing, expectedSupertype)) {
      report.error(position, Message.TYPE_CLASH, owner, simpleName, existing.getQualifiedName());
    }
  }

  private TypeElement typeElement(ModuleElement module, String name) {
    return module != null ? elements.getTypeElement(module, name) : elements.getTypeElement(name);
  }

  /** A type left by an earlier compile (incremental builds) has the shape the processor gives it. */
  private boolean isEarlierOutput(TypeElement existing, String expectedSupertype) {
    TypeElement supertype = elements.getTypeElement(expectedSupertype);
    if (supertype == null || existing.getKind() == ElementKind.ENUM) {
      return false;
    }
    TypeMirror erased = types.erasure(existing.asType());
    return types.isSubtype(erased, types.erasure(supertype.asType()));
  }

  /** A code that reuses an ancestor's wire code must refine that code, or it silently hides it. */
  void validateShadowing(List<EntryModel> entries, Optional<CatalogModel> parent, CatalogDeclaration catalog) {
    List<CatalogModel> ancestors = parent.map(CatalogModel::lineage).orElse(List.of());
    Map<String, EntryDeclaration> declarations = new HashMap<>();
    catalog.entries().forEach(d -> declarations.put(d.name(), d));
    for (EntryModel entry : entries) {
      for (CatalogModel ancestor : ancestors) {
        Optional<EntryModel> shadowed = ancestor.entryWithCode(entry.code());
        if (shadowed.isPresent()) {
          if (!refines(entry, shadowed.get())) {
            String label = RefinementResolver.labelOf(shadowed.get());
            report.error(declarations.get(entry.name()).at("code"), Message.SHADOWED_WIRE_CODE,
                entry.code(), entry.name(), label, entry.name(), label);
          }
          break;
        }
      }
    }
  }

  private static boolean refines(EntryModel entry, EntryModel ancestor) {
    for (Optional<EntryModel> r = entry.refined(); r.isPresent(); r = r.get().refined()) {
      if (r.get().catalog().equals(ancestor.catalog()) && r.get().name().equals(ancestor.name())) {
        return true;
      }
    }
    return false;
  }
}

package dev.errata.processor.validation;

import dev.errata.processor.model.AnnotationNames;
import dev.errata.processor.model.CatalogId;
import dev.errata.processor.model.DeclarationReader;
import dev.errata.processor.model.GeneratedNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The types a catalog's ancestors generate in the catalog's own package, which the catalog may
 * not generate too. Only ancestors are read, the catalogs the enum's {@code parent} leads to:
 * what the processor decides for a catalog depends on nothing else of its package, as Gradle's
 * isolating processors must (two unrelated catalogs of one package that would write the same
 * type are told when they are written, see {@code FilerOutput}). Results are kept for one round.
 */
final class AncestorTypes {

  private final Elements elements;
  private final DeclarationReader reader;
  private final Map<String, Set<String>> generatedTypes = new HashMap<>();

  AncestorTypes(Elements elements, DeclarationReader reader) {
    this.elements = elements;
    this.reader = reader;
  }

  /**
   * The types that an ancestor of {@code catalog} in its package generates, each mapped to that
   * ancestor's qualified name (the nearest ancestor when several do).
   *
   * @param ancestors the catalog's ancestors, nearest first
   */
  Map<String, String> taken(TypeElement catalog, List<TypeElement> ancestors) {
    Map<String, String> taken = new HashMap<>();
    for (TypeElement ancestor : ancestors) {
      if (!ancestor.equals(catalog) && elements.getPackageOf(ancestor).equals(elements.getPackageOf(catalog))) {
        String owner = ancestor.getQualifiedName().toString();
        generatedTypes(ancestor).forEach(name -> taken.putIfAbsent(name, owner));
      }
    }
    return taken;
  }

  /** The qualified names of the types a catalog enum generates, read from its constants' names. */
  private Set<String> generatedTypes(TypeElement catalog) {
    return generatedTypes.computeIfAbsent(catalog.getQualifiedName().toString(), key -> {
      CatalogId id = reader.idOf(catalog);
      Set<String> names = new HashSet<>();
      names.add(id.qualified(id.catalogSimpleName()));
      names.add(id.qualified(id.handlerSimpleName()));
      for (Element member : catalog.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM_CONSTANT && isEntry(member)) {
          names.add(id.qualified(GeneratedNames.exception(member.getSimpleName().toString())));
        }
      }
      return names;
    });
  }

  private static boolean isEntry(Element constant) {
    return DeclarationReader.annotation(constant, AnnotationNames.ERROR_CODE).isPresent()
        || DeclarationReader.annotation(constant, AnnotationNames.ERROR_CATEGORY).isPresent();
  }
}

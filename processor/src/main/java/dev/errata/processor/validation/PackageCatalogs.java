package dev.errata.processor.validation;

import dev.errata.processor.model.AnnotationNames;
import dev.errata.processor.model.CatalogId;
import dev.errata.processor.model.DeclarationReader;
import dev.errata.processor.model.GeneratedNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Which catalog generates which type of a package. The catalogs of a package are its top-level
 * catalog enums (from source or from the classpath), the catalogs of this compilation, and the
 * ancestors of the catalog being checked; a type one of them would generate belongs to it, even
 * when that type already exists from an earlier build. Results are kept for one round.
 */
final class PackageCatalogs {

  private final Elements elements;
  private final Types types;
  private final DeclarationReader reader;
  private final Collection<String> compiledNow;
  private final Map<String, List<TypeElement>> topLevelCatalogs = new HashMap<>();
  private final Map<String, Set<String>> generatedTypes = new HashMap<>();

  /** @param compiledNow qualified names of the catalogs of this compilation */
  PackageCatalogs(Elements elements, Types types, DeclarationReader reader, Collection<String> compiledNow) {
    this.elements = elements;
    this.types = types;
    this.reader = reader;
    this.compiledNow = compiledNow;
  }

  /**
   * The types that another catalog of {@code catalog}'s package generates, each mapped to that
   * catalog's qualified name (the first in name order when several do). A descendant of {@code
   * catalog} does not count: the names it would take are reported on it, not on its ancestor.
   */
  Map<String, String> takenByOthers(TypeElement catalog, List<TypeElement> ancestors) {
    PackageElement pkg = elements.getPackageOf(catalog);
    String packageName = pkg.getQualifiedName().toString();
    Map<String, TypeElement> others = new TreeMap<>();
    for (TypeElement type : topLevelCatalogs(pkg)) {
      others.put(type.getQualifiedName().toString(), type);
    }
    for (String name : compiledNow) {
      if (packageName.isEmpty() || name.startsWith(packageName + ".")) {
        TypeElement type = elements.getTypeElement(name);
        if (type != null && elements.getPackageOf(type).equals(pkg)) {
          others.put(name, type);
        }
      }
    }
    for (TypeElement ancestor : ancestors) {
      if (elements.getPackageOf(ancestor).equals(pkg)) {
        others.put(ancestor.getQualifiedName().toString(), ancestor);
      }
    }
    others.remove(catalog.getQualifiedName().toString());
    Map<String, String> taken = new HashMap<>();
    others.forEach((owner, type) -> {
      if (!descends(type, catalog)) {
        generatedTypes(type).forEach(name -> taken.putIfAbsent(name, owner));
      }
    });
    return taken;
  }

  /** Whether {@code ancestor} is among the parents of {@code type}, as declared. */
  private boolean descends(TypeElement type, TypeElement ancestor) {
    Set<TypeElement> seen = new HashSet<>();
    for (TypeElement t = parentOf(type); t != null && seen.add(t); t = parentOf(t)) {
      if (t.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  private TypeElement parentOf(TypeElement type) {
    return reader.declaredParent(type)
        .map(types::asElement)
        .filter(TypeElement.class::isInstance)
        .map(TypeElement.class::cast)
        .orElse(null);
  }

  private List<TypeElement> topLevelCatalogs(PackageElement pkg) {
    return topLevelCatalogs.computeIfAbsent(pkg.getQualifiedName().toString(), name -> {
      List<TypeElement> catalogs = new ArrayList<>();
      for (Element member : pkg.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM
            && DeclarationReader.annotation(member, AnnotationNames.ERROR_CATALOG).isPresent()) {
          catalogs.add((TypeElement) member);
        }
      }
      return catalogs;
    });
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

package dev.errata.processor.validation;

import dev.errata.processor.model.AnnotationNames;
import dev.errata.processor.model.CatalogDeclaration;
import dev.errata.processor.model.CatalogId;
import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.DeclarationReader;
import dev.errata.processor.model.EntryModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns a catalog enum into a {@link Resolution}: reads it, resolves its parent catalog first
 * (which may come from a jar), validates it and resolves its refinement tree. Results are kept
 * for the round, so that a parent shared by several catalogs is resolved once; elements are not
 * valid across rounds, so a new resolver serves each round.
 */
public final class CatalogResolver {

  private final Elements elements;
  private final Types types;
  private final DeclarationReader reader;
  private final Predicate<String> compiledNow;
  private final Map<String, Resolution> resolved = new HashMap<>();

  /**
   * @param compiledNow whether a catalog (by qualified name) is part of this compilation, so that
   *     its generated types may not exist yet
   */
  public CatalogResolver(Elements elements, Types types, Predicate<String> compiledNow) {
    this.elements = elements;
    this.types = types;
    this.reader = new DeclarationReader(elements);
    this.compiledNow = compiledNow;
  }

  public Resolution resolve(TypeElement type) {
    String key = type.getQualifiedName().toString();
    Resolution known = resolved.get(key);
    if (known == null) {
      known = resolveFresh(type);
      resolved.put(key, known);
    }
    return known;
  }

  private Resolution resolveFresh(TypeElement type) {
    Report report = new Report();
    Optional<CatalogDeclaration> read = reader.read(type);
    if (read.isEmpty()) {
      throw new IllegalArgumentException(type + " is not annotated @ErrorCatalog");
    }
    CatalogDeclaration catalog = read.get();
    if (type.getKind() != ElementKind.ENUM) {
      report.error(catalog.at(), Message.NOT_AN_ENUM, type.getSimpleName(), describe(type.getKind()));
      return new Resolution.Failed(report.problems());
    }
    if (catalog.parentUnresolved()) {
      return new Resolution.Deferred();
    }

    Optional<CatalogModel> parent = Optional.empty();
    boolean parentUsable = true;
    if (catalog.parent() != null) {
      Element parentElement = types.asElement(catalog.parent());
      if (!isCatalogEnum(parentElement)) {
        report.error(catalog.at("parent"), Message.PARENT_NOT_CATALOG, catalog.parent(), catalog.name());
        parentUsable = false;
      } else {
        List<String> cycle = parentCycle(type);
        if (!cycle.isEmpty()) {
          report.error(catalog.at("parent"), Message.PARENT_CYCLE, catalog.name(), String.join(" → ", cycle));
          parentUsable = false;
        } else {
          Resolution parentResolution = resolve((TypeElement) parentElement);
          if (parentResolution instanceof Resolution.Deferred) {
            return parentResolution;
          }
          if (parentResolution instanceof Resolution.Failed) {
            report.error(catalog.at("parent"), Message.PARENT_HAS_ERRORS,
                ((TypeElement) parentElement).getQualifiedName(), catalog.name());
            parentUsable = false;
          } else {
            CatalogModel parentModel = ((Resolution.Resolved) parentResolution).model();
            parentUsable = checkGenerated(parentModel, catalog, report);
            parent = Optional.of(parentModel);
          }
        }
      }
    }

    new DeclarationValidator(report).validate(catalog);
    NameValidator names = new NameValidator(elements, types, report);
    names.validate(catalog);
    if (!parentUsable) {
      return new Resolution.Failed(report.problems());
    }
    String template = catalog.docsUrl().isEmpty()
        ? parent.map(CatalogModel::docsUrlTemplate).orElse("")
        : catalog.docsUrl();
    Optional<List<EntryModel>> tree = new RefinementResolver(catalog, parent, template, report).resolve();
    if (tree.isPresent()) {
      names.validateShadowing(tree.get(), parent, catalog);
      new StandInValidator(report).validate(catalog, tree.get());
    }
    if (!report.isClean() || tree.isEmpty()) {
      return new Resolution.Failed(report.problems());
    }
    return new Resolution.Resolved(new CatalogModel(
        type,
        catalog.id(),
        catalog.name(),
        parent,
        template,
        inherit(catalog.codePointers(), parent.map(CatalogModel::codePointers)),
        inherit(catalog.messagePointers(), parent.map(CatalogModel::messagePointers)),
        tree.get()));
  }

  /** A parent compiled earlier must come with its generated catalog class. */
  private boolean checkGenerated(CatalogModel parent, CatalogDeclaration catalog, Report report) {
    CatalogId id = parent.id();
    if (compiledNow.test(id.enumQualifiedName())) {
      return true;
    }
    String generated = qualified(id.packageName(), id.catalogSimpleName());
    if (elements.getTypeElement(generated) == null) {
      report.error(catalog.at("parent"), Message.PARENT_NOT_GENERATED, id.enumQualifiedName(), generated, id.enumReference());
      return false;
    }
    return true;
  }

  /** The chain of parents from {@code type} back to itself, or empty when it does not return. */
  private List<String> parentCycle(TypeElement type) {
    Set<String> seen = new LinkedHashSet<>();
    TypeElement current = type;
    while (current != null && seen.add(current.getQualifiedName().toString())) {
      current = declaredParent(current);
    }
    if (current == null || !current.equals(type)) {
      return List.of();
    }
    List<String> chain = new ArrayList<>();
    seen.forEach(name -> chain.add(name.substring(name.lastIndexOf('.') + 1)));
    chain.add(type.getSimpleName().toString());
    return chain;
  }

  private TypeElement declaredParent(TypeElement type) {
    return reader.declaredParent(type)
        .map(types::asElement)
        .filter(CatalogResolver::isCatalogEnum)
        .map(TypeElement.class::cast)
        .orElse(null);
  }

  private static boolean isCatalogEnum(Element element) {
    return element instanceof TypeElement
        && element.getKind() == ElementKind.ENUM
        && DeclarationReader.annotation(element, AnnotationNames.ERROR_CATALOG).isPresent();
  }

  private static List<String> inherit(List<String> own, Optional<List<String>> inherited) {
    return own.isEmpty() ? inherited.orElse(List.of()) : own;
  }

  private static String qualified(String packageName, String simpleName) {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

  private static String describe(ElementKind kind) {
    switch (kind) {
      case INTERFACE:
        return "an interface";
      case ANNOTATION_TYPE:
        return "an annotation type";
      case RECORD:
        return "a record";
      default:
        return "a class";
    }
  }
}

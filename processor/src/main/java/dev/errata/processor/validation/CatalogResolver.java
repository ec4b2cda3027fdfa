package dev.errata.processor.validation;

import dev.errata.processor.model.AnnotationNames;
import dev.errata.processor.model.CatalogDeclaration;
import dev.errata.processor.model.CatalogId;
import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.DeclarationReader;
import dev.errata.processor.model.EntryDeclaration;
import dev.errata.processor.model.EntryModel;
import dev.errata.processor.model.MembersRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private final Collection<String> compiledNow;
  private final AncestorTypes ancestorTypes;
  private final Map<String, Resolution> resolved = new HashMap<>();

  /**
   * @param compiledNow the qualified names of the catalogs of this compilation, whose generated
   *     types may not exist yet and whose mistakes javac reports on their source
   */
  public CatalogResolver(Elements elements, Types types, Collection<String> compiledNow) {
    this.elements = elements;
    this.types = types;
    this.reader = new DeclarationReader(elements);
    this.compiledNow = compiledNow;
    this.ancestorTypes = new AncestorTypes(elements, reader);
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
    if (catalog.parentUnresolved() || catalog.entries().stream().anyMatch(EntryDeclaration::membersUnresolved)) {
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
            reportParentErrors((TypeElement) parentElement, ((Resolution.Failed) parentResolution).problems(), catalog, report);
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
    Map<String, MembersRecord> members = new MemberValidator(elements, report).validate(catalog.entries());
    NameValidator names = new NameValidator(elements, types, ancestorTypes, report);
    names.validate(catalog, parent.map(CatalogResolver::origins).orElse(List.of()));
    if (!parentUsable) {
      return new Resolution.Failed(report.problems());
    }
    String template = catalog.docsUrl().isEmpty()
        ? parent.map(CatalogModel::docsUrlTemplate).orElse("")
        : catalog.docsUrl();
    Optional<List<EntryModel>> tree = new RefinementResolver(catalog, parent, template, members, report).resolve();
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
        VisibleText.strip(catalog.name()),
        parent,
        template,
        inherit(catalog.codePointers(), parent.map(CatalogModel::codePointers)),
        inherit(catalog.messagePointers(), parent.map(CatalogModel::messagePointers)),
        tree.get()));
  }

  private static List<TypeElement> origins(CatalogModel catalog) {
    return catalog.lineage().stream().map(CatalogModel::origin).toList();
  }

  /**
   * A parent of this compilation has its mistakes reported on its own source. A parent from the
   * classpath has no source javac reports on, so its mistakes are reported here, on the child,
   * each naming the element it concerns.
   */
  private void reportParentErrors(TypeElement parent, List<Problem> problems, CatalogDeclaration catalog, Report report) {
    String parentName = parent.getQualifiedName().toString();
    if (compiledNow.contains(parentName)) {
      report.error(catalog.at("parent"), Message.PARENT_HAS_ERRORS, parentName, ", reported on it", catalog.name());
      return;
    }
    for (Problem problem : problems) {
      report.relay(catalog.at("parent"), problem, "on " + label(problem.position().element()) + " of parent catalog " + parentName);
    }
    String origin = elements.getTypeElement(reader.idOf(parent).qualified(reader.idOf(parent).catalogSimpleName())) == null
        ? " (it was compiled without the Errata processor, so they were never reported; they are reported here)"
        : " (it comes from the classpath; they are reported here)";
    report.error(catalog.at("parent"), Message.PARENT_HAS_ERRORS, parentName, origin, catalog.name());
  }

  /** {@code lib.Lib} for a catalog, {@code lib.Lib.OK} for one of its constants. */
  private static String label(Element element) {
    if (element instanceof TypeElement) {
      return ((TypeElement) element).getQualifiedName().toString();
    }
    return label(element.getEnclosingElement()) + "." + element.getSimpleName();
  }

  /** A parent compiled earlier must come with its generated catalog class. */
  private boolean checkGenerated(CatalogModel parent, CatalogDeclaration catalog, Report report) {
    CatalogId id = parent.id();
    if (compiledNow.contains(id.enumQualifiedName())) {
      return true;
    }
    String generated = id.qualified(id.catalogSimpleName());
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

  private static String describe(ElementKind kind) {
    return switch (kind) {
      case INTERFACE -> "an interface";
      case ANNOTATION_TYPE -> "an annotation type";
      case RECORD -> "a record";
      default -> "a class";
    };
  }
}

package dev.errata.processor.model;

import dev.errata.ErrorDefinition;
import dev.errata.Retry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads a catalog enum, from source or from a class file, into a {@link CatalogDeclaration}.
 * Reading never fails: what cannot be read is left empty for validation to report.
 */
public final class DeclarationReader {

  private final Elements elements;
  private final MemberReader members;

  public DeclarationReader(Elements elements) {
    this.elements = elements;
    this.members = new MemberReader(elements);
  }

  /** The annotation of the given qualified name on an element. */
  public static Optional<AnnotationMirror> annotation(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      Element type = mirror.getAnnotationType().asElement();
      if (type instanceof TypeElement
          && ((TypeElement) type).getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Reads a type annotated {@code @ErrorCatalog}; empty when it is not. */
  public Optional<CatalogDeclaration> read(TypeElement type) {
    return annotation(type, AnnotationNames.ERROR_CATALOG).map(mirror -> read(type, mirror));
  }

  /** The parent a catalog declares, read without its constants; empty when none or unresolved. */
  public Optional<TypeMirror> declaredParent(TypeElement type) {
    return annotation(type, AnnotationNames.ERROR_CATALOG)
        .map(mirror -> new Attributes(mirror, elements).type("parent"))
        .filter(parent -> parent.getKind() != TypeKind.ERROR && !isVoid(parent));
  }

  private CatalogDeclaration read(TypeElement type, AnnotationMirror mirror) {
    Attributes attributes = new Attributes(mirror, elements);
    CatalogId id = idOf(type);
    TypeMirror parent = attributes.type("parent");
    boolean parentDeclared = attributes.explicitValue("parent") != null;
    boolean parentUnresolved = parentDeclared && (parent == null || parent.getKind() == TypeKind.ERROR);
    if (parentUnresolved || isVoid(parent)) {
      parent = null;
    }

    List<EntryDeclaration> entries = new ArrayList<>();
    List<VariableElement> without = new ArrayList<>();
    List<VariableElement> both = new ArrayList<>();
    int index = 0;
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      VariableElement constant = (VariableElement) member;
      Optional<AnnotationMirror> code = annotation(constant, AnnotationNames.ERROR_CODE);
      Optional<AnnotationMirror> category = annotation(constant, AnnotationNames.ERROR_CATEGORY);
      if (code.isPresent() && category.isPresent()) {
        both.add(constant);
      } else if (code.isPresent()) {
        entries.add(entry(constant, code.get(), ErrorDefinition.Kind.CODE, index));
      } else if (category.isPresent()) {
        entries.add(entry(constant, category.get(), ErrorDefinition.Kind.CATEGORY, index));
      } else {
        without.add(constant);
      }
      index++;
    }

    String name = attributes.string("name");
    return new CatalogDeclaration(
        type,
        mirror,
        id,
        name.isEmpty() ? id.enumSimpleName() : name,
        parent,
        parentUnresolved,
        attributes.string("docsUrl"),
        attributes.strings("codePointer"),
        attributes.strings("messagePointer"),
        entries,
        without,
        both,
        attributes);
  }

  private EntryDeclaration entry(VariableElement constant, AnnotationMirror mirror, ErrorDefinition.Kind kind, int index) {
    Attributes a = new Attributes(mirror, elements);
    boolean category = kind == ErrorDefinition.Kind.CATEGORY;
    int status = category ? a.integer("from") : a.integer("status");
    TypeMirror declaredMembers = category ? null : a.type("members");
    return new EntryDeclaration(
        constant,
        mirror,
        kind,
        index,
        constant.getSimpleName().toString(),
        a.string("description"),
        status,
        category ? a.integer("to") : status,
        a.string("code"),
        a.string("title"),
        a.strings("remedy"),
        retry(a.enumConstant("retry")),
        category ? "" : a.string("refines"),
        a.string("docsUrl"),
        !category && a.bool("standsForStatus"),
        declaredMembers == null ? null : members.read(declaredMembers).orElse(null),
        MemberReader.unresolved(declaredMembers),
        a);
  }

  /** The retry advice named by an enum constant's simple name; {@link Retry#INHERIT} for anything else. */
  private static Retry retry(String constant) {
    for (Retry retry : Retry.values()) {
      if (retry.name().equals(constant)) {
        return retry;
      }
    }
    return Retry.INHERIT;
  }

  /** Package and generated-name base of a (possibly nested) enum. */
  public CatalogId idOf(TypeElement type) {
    Deque<String> names = new ArrayDeque<>();
    Element e = type;
    while (e instanceof TypeElement) {
      names.addFirst(e.getSimpleName().toString());
      e = e.getEnclosingElement();
    }
    List<String> simpleNames = List.copyOf(names);
    return new CatalogId(
        type.getQualifiedName().toString(),
        elements.getPackageOf(type).getQualifiedName().toString(),
        simpleNames,
        String.join("", simpleNames));
  }

  private static boolean isVoid(TypeMirror type) {
    return type instanceof DeclaredType
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.Void");
  }
}

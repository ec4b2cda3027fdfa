package dev.errata.processor.validation;

import dev.errata.MemberDefinition;
import dev.errata.processor.model.EntryDeclaration;
import dev.errata.processor.model.MemberDeclaration;
import dev.errata.processor.model.MemberModel;
import dev.errata.processor.model.MemberType;
import dev.errata.processor.model.MembersDeclaration;
import dev.errata.processor.model.MembersRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks the members record of each code on its own: types a member may have, wire names that
 * are usable, unique and not Errata's own, well-formed pointers, accessors that hide nothing, and
 * types the generated exception can refer to. What a refining code inherits is checked by {@link
 * MemberInheritance}.
 */
final class MemberValidator {

  private static final String CATALOG_EXCEPTION = "dev.errata.CatalogException";

  private final Elements elements;
  private final MemberTypes types;
  private final Report report;
  private Set<String> inheritedMethods;

  MemberValidator(Elements elements, Report report) {
    this.elements = elements;
    this.types = new MemberTypes(elements);
    this.report = report;
  }

  /** The valid own members record of every code that names one, by constant name. */
  Map<String, MembersRecord> validate(List<EntryDeclaration> entries) {
    Map<String, MembersRecord> records = new HashMap<>();
    for (EntryDeclaration entry : entries) {
      if (entry.members() != null) {
        validate(entry, entry.members()).ifPresent(record -> records.put(entry.name(), record));
      }
    }
    return records;
  }

  private Optional<MembersRecord> validate(EntryDeclaration entry, MembersDeclaration declaration) {
    int before = report.problems().size();
    TypeElement privateType = privateType(declaration.record());
    if (privateType != null) {
      report.error(entry.at("members"), Message.INACCESSIBLE_MEMBERS,
          describe(privateType), entry.name());
    }
    Map<String, MemberDeclaration> byName = new HashMap<>();
    List<MemberModel> members = new ArrayList<>();
    for (MemberDeclaration component : declaration.components()) {
      String owner = entry.name();
      String name = component.wireName();
      Optional<MemberType> type = types.of(component.type());
      if (type.isEmpty()) {
        report.error(component.at(), Message.UNSUPPORTED_MEMBER_TYPE, component.componentName(), owner, component.type());
      } else {
        MemberTypes.enumOf(component.type()).map(MemberValidator::privateType).ifPresent(hidden ->
            report.error(component.at(), Message.INACCESSIBLE_MEMBERS, describe(hidden), owner));
      }
      String invalid = invalidName(name);
      if (invalid != null) {
        report.error(component.at(), Message.INVALID_MEMBER_NAME, component.componentName(), owner, name, invalid);
      } else if (MemberDefinition.RESERVED_NAMES.contains(name)) {
        report.error(component.at(), Message.RESERVED_MEMBER_NAME, component.componentName(), owner, name,
            String.join(", ", MemberDefinition.RESERVED_NAMES));
      } else {
        MemberDeclaration first = byName.putIfAbsent(name, component);
        if (first != null) {
          report.error(component.at(), Message.DUPLICATE_MEMBER_NAME,
              first.componentName(), component.componentName(), owner, name);
        }
      }
      String pointer = component.pointer().isEmpty() ? MemberDefinition.rootPointer(name) : component.pointer();
      if (!component.pointer().isEmpty()) {
        JsonPointers.problem(component.pointer()).ifPresent(why -> report.error(component.at(),
            Message.MALFORMED_MEMBER_POINTER, component.pointer(), component.componentName(), owner, why));
      }
      if (inheritedMethods().contains(component.componentName())) {
        report.error(component.at(), Message.MEMBER_ACCESSOR_CLASH, component.componentName(), owner,
            component.componentName(), "every CatalogException already has", name);
      }
      type.ifPresent(t -> members.add(new MemberModel(
          component.componentName(), name, pointer, t, VisibleText.strip(component.description()))));
    }
    if (report.problems().size() != before) {
      return Optional.empty();
    }
    return Optional.of(new MembersRecord(declaration.ref(), members));
  }

  /** Why a wire name is unusable, or {@code null}. */
  private static String invalidName(String name) {
    if (VisibleText.isBlank(name)) {
      return "is blank";
    }
    String invisible = VisibleText.firstInvisible(name);
    return invisible == null ? null : "contains " + invisible;
  }

  /** The names of the methods without parameters every generated exception inherits. */
  private Set<String> inheritedMethods() {
    if (inheritedMethods == null) {
      inheritedMethods = new LinkedHashSet<>();
      TypeElement exception = elements.getTypeElement(CATALOG_EXCEPTION);
      if (exception != null) {
        for (Element member : elements.getAllMembers(exception)) {
          if (member.getKind() == ElementKind.METHOD && ((ExecutableElement) member).getParameters().isEmpty()
              && !member.getModifiers().contains(Modifier.PRIVATE)) {
            inheritedMethods.add(member.getSimpleName().toString());
          }
        }
      }
    }
    return inheritedMethods;
  }

  /** The type, or a type it is nested in, that is private; {@code null} when none is. */
  private static TypeElement privateType(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return (TypeElement) e;
      }
    }
    return null;
  }

  private static String describe(TypeElement type) {
    String kind = switch (type.getKind()) {
      case RECORD -> "Record";
      case ENUM -> "Enum";
      case INTERFACE -> "Interface";
      default -> "Class";
    };
    return kind + " " + type.getQualifiedName();
  }
}

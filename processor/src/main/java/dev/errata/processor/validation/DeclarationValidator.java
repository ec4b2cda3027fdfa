package dev.errata.processor.validation;

import dev.errata.processor.model.AnnotationNames;
import dev.errata.processor.model.CatalogDeclaration;
import dev.errata.processor.model.DeclarationReader;
import dev.errata.processor.model.EntryDeclaration;
import dev.errata.processor.model.Position;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Checks what each declaration says on its own: blank texts, statuses and ranges, wire codes,
 * JSON Pointers and docs URLs. Checks that relate entries to each other are elsewhere.
 */
final class DeclarationValidator {

  private final Report report;

  DeclarationValidator(Report report) {
    this.report = report;
  }

  void validate(CatalogDeclaration catalog) {
    validateCatalog(catalog);
    for (VariableElement constant : catalog.constantsWithoutAnnotation()) {
      report.error(Position.of(constant), Message.MISSING_ERROR_CODE, constant.getSimpleName(), catalog.name());
    }
    for (VariableElement constant : catalog.constantsWithBothAnnotations()) {
      Position category = DeclarationReader.annotation(constant, AnnotationNames.ERROR_CATEGORY)
          .map(mirror -> new Position(constant, mirror, null))
          .orElse(Position.of(constant));
      report.error(category, Message.CODE_AND_CATEGORY, constant.getSimpleName());
    }
    for (EntryDeclaration entry : catalog.entries()) {
      validateEntry(entry);
    }
  }

  private void validateCatalog(CatalogDeclaration catalog) {
    TypeElement privateType = privateType(catalog.element());
    if (privateType == catalog.element()) {
      report.error(catalog.at(), Message.INACCESSIBLE_CATALOG, "The enum is private", catalog.id().enumQualifiedName(), "it");
    } else if (privateType != null) {
      // The fix is on the enclosing type, so the error points there.
      String name = privateType.getQualifiedName().toString();
      report.error(Position.of(privateType), Message.INACCESSIBLE_CATALOG,
          kindOf(privateType) + " " + name + " is private", catalog.id().enumQualifiedName(), name);
    }
    if (VisibleText.isBlank(catalog.name())) {
      report.error(catalog.at("name"), Message.BLANK_CATALOG_NAME, catalog.id().enumQualifiedName());
    }
    checkPointers(catalog, "codePointer", catalog.codePointers());
    checkPointers(catalog, "messagePointer", catalog.messagePointers());
    if (!catalog.docsUrl().isEmpty()) {
      DocsUrls.problem(catalog.docsUrl())
          .ifPresent(why -> report.error(catalog.at("docsUrl"), Message.MALFORMED_DOCS_URL,
              catalog.docsUrl(), "catalog " + catalog.name(), why));
    }
  }

  /** Each entry of a pointer list is a well-formed, non-blank pointer that the list names once. */
  private void checkPointers(CatalogDeclaration catalog, String member, List<String> pointers) {
    for (int i = 0; i < pointers.size(); i++) {
      String pointer = pointers.get(i);
      String label = pointers.size() == 1 ? member : member + " entry " + (i + 1);
      Position at = catalog.at(member, i);
      int earlier = pointers.subList(0, i).indexOf(pointer);
      if (pointer.isBlank()) {
        report.error(at, Message.BLANK_JSON_POINTER, label, catalog.name(), member);
      } else if (earlier >= 0) {
        report.error(at, Message.DUPLICATE_JSON_POINTER, label, pointer, catalog.name(), earlier + 1, member);
      } else {
        JsonPointers.problem(pointer)
            .ifPresent(why -> report.error(at, Message.MALFORMED_JSON_POINTER, label, pointer, catalog.name(), why));
      }
    }
  }

  private void validateEntry(EntryDeclaration entry) {
    String name = entry.name();
    if (VisibleText.isBlank(entry.description())) {
      report.error(entry.at("description"), Message.BLANK_DESCRIPTION, name);
    }
    if (!entry.title().isEmpty() && VisibleText.isBlank(entry.title())) {
      report.error(entry.at("title"), Message.BLANK_TITLE, name);
    }
    List<String> remedy = entry.remedy();
    for (int step = 0; step < remedy.size(); step++) {
      if (VisibleText.isBlank(remedy.get(step))) {
        report.error(entry.atRemedy(step), Message.BLANK_REMEDY, step + 1, name);
      }
    }
    if (entry.isCategory()) {
      if (!isErrorStatus(entry.status()) || !isErrorStatus(entry.to()) || entry.status() > entry.to()) {
        report.error(entry.at("from"), Message.CATEGORY_RANGE, name, entry.status(), entry.to());
      }
    } else if (entry.status() != 0 && !isErrorStatus(entry.status())) {
      report.error(entry.at("status"), Message.STATUS_OUT_OF_RANGE, entry.status(), name);
    }
    String invalid = VisibleText.firstInvisible(entry.wireCode());
    if (invalid != null) {
      report.error(entry.at("code"), Message.INVALID_WIRE_CODE, entry.wireCode(), name, invalid);
    }
    if (!entry.docsUrl().isEmpty()) {
      DocsUrls.problem(entry.docsUrl())
          .ifPresent(why -> report.error(entry.at("docsUrl"), Message.MALFORMED_DOCS_URL, entry.docsUrl(), name, why));
    }
  }

  static boolean isErrorStatus(int status) {
    return status >= 400 && status <= 599;
  }

  /** The catalog enum, or the type it is nested in, that is private; {@code null} when none is. */
  private static TypeElement privateType(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return (TypeElement) e;
      }
    }
    return null;
  }

  private static String kindOf(TypeElement type) {
    return switch (type.getKind()) {
      case INTERFACE -> "Interface";
      case ENUM -> "Enum";
      case RECORD -> "Record";
      case ANNOTATION_TYPE -> "Annotation type";
      default -> "Class";
    };
  }
}

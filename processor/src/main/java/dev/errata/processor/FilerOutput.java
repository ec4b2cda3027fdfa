package dev.errata.processor;

import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryModel;
import dev.errata.processor.model.Position;
import dev.errata.processor.validation.Message;
import dev.errata.processor.validation.Problem;
import dev.errata.processor.writing.CatalogFiles;
import dev.errata.processor.writing.Generated;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Writes a catalog's files through the {@link Filer}, all built in memory first, and remembers
 * which catalog generated which type, so that two catalogs of one package cannot both generate
 * the same class.
 */
final class FilerOutput {

  private final Filer filer;
  private final Generated generated;
  private final Map<String, String> owners = new HashMap<>();

  FilerOutput(Filer filer, Generated generated) {
    this.filer = filer;
    this.generated = generated;
  }

  /**
   * Writes every file of a catalog; returns the problems met on the way (none when all went
   * well). Nothing is written when a type is already generated for another catalog.
   */
  List<Problem> write(CatalogModel catalog) {
    CatalogFiles files = CatalogFiles.of(catalog, generated);
    String owner = catalog.id().enumQualifiedName();
    List<Problem> taken = takenNames(catalog, files);
    if (!taken.isEmpty()) {
      return taken;
    }
    for (CatalogFiles.Source source : files.sources()) {
      owners.put(source.qualifiedName(), owner);
    }
    String current = "";
    try {
      for (CatalogFiles.Source source : files.sources()) {
        current = source.qualifiedName();
        JavaFileObject file = filer.createSourceFile(current, catalog.origin());
        try (Writer out = file.openWriter()) {
          out.write(source.content());
        }
      }
      for (Map.Entry<String, String> resource : files.resources().entrySet()) {
        current = resource.getKey();
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", resource.getKey(), catalog.origin());
        try (Writer out = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
          out.write(resource.getValue());
        }
      }
      return List.of();
    } catch (IOException e) {
      return List.of(Problem.of(Position.of(catalog.origin()), Message.CANNOT_WRITE, current, owner, e.getMessage()));
    }
  }

  private List<Problem> takenNames(CatalogModel catalog, CatalogFiles files) {
    List<Problem> problems = new ArrayList<>();
    for (CatalogFiles.Source source : files.sources()) {
      String type = source.qualifiedName();
      String other = owners.get(type);
      if (other != null && !other.equals(catalog.id().enumQualifiedName())) {
        String constant = catalog.entries().stream()
            .filter(e -> e.exceptionQualifiedName().equals(type))
            .map(EntryModel::name)
            .findFirst()
            .orElse(null);
        Element at = constant == null ? catalog.origin() : constantElement(catalog.origin(), constant);
        problems.add(Problem.of(Position.of(at), Message.GENERATED_TYPE_TAKEN,
            constant == null ? catalog.id().enumQualifiedName() : constant, type, other));
      }
    }
    return problems;
  }

  private static Element constantElement(TypeElement catalog, String name) {
    for (Element member : catalog.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT && member.getSimpleName().contentEquals(name)) {
        return member;
      }
    }
    return catalog;
  }
}

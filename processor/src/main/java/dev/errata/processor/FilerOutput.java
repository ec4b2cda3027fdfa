package dev.errata.processor;

import dev.errata.processor.model.AnnotationNames;
import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.DeclarationReader;
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
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Writes a validated catalog's files through the {@link Filer}, all built in memory first. Every
 * file names the catalog's enum as its one originating element.
 *
 * <p>The filer refuses to create a type twice in one compilation. Two catalogs of one package
 * that are not ancestor and descendant may both want a type (both have a {@code BAD_REQUEST});
 * validation does not look at unrelated catalogs, so that what is decided for a catalog depends
 * only on its enum and its ancestors. So before writing anything of a catalog, the types it would
 * write are checked against those written for other catalogs of this compilation: the catalog
 * that comes second is told which catalog took the name, and none of its files are written.
 */
final class FilerOutput {

  private final Filer filer;
  private final Generated generated;
  /** Qualified name of each type written in this compilation → the catalog enum it was written for. */
  private final Map<String, String> written = new HashMap<>();

  FilerOutput(Filer filer, Generated generated) {
    this.filer = filer;
    this.generated = generated;
  }

  /** Writes every file of a catalog; returns the problems met on the way (none when all went well). */
  List<Problem> write(CatalogModel catalog) {
    CatalogFiles files = CatalogFiles.of(catalog, generated);
    List<Problem> taken = taken(catalog, files);
    if (!taken.isEmpty()) {
      return taken;
    }
    String owner = catalog.id().enumQualifiedName();
    String current = "";
    try {
      for (CatalogFiles.Source source : files.sources()) {
        current = source.qualifiedName();
        JavaFileObject file = filer.createSourceFile(current, catalog.origin());
        written.put(current, owner);
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

  /** The catalog's types that another catalog of this compilation was written with, one problem each. */
  private List<Problem> taken(CatalogModel catalog, CatalogFiles files) {
    List<Problem> problems = new ArrayList<>();
    for (CatalogFiles.Source source : files.sources()) {
      String other = written.get(source.qualifiedName());
      if (other == null) {
        continue;
      }
      EntryModel entry = catalog.entries().stream()
          .filter(e -> e.exceptionQualifiedName().equals(source.qualifiedName()))
          .findFirst()
          .orElse(null);
      if (entry == null) {
        problems.add(Problem.of(Position.of(catalog.origin()), Message.GENERATED_TYPE_TAKEN,
            catalog.id().enumQualifiedName(), source.qualifiedName(), other, Message.takenAdvice(null)));
      } else {
        problems.add(Problem.of(at(catalog, entry), Message.GENERATED_TYPE_TAKEN, entry.name(), source.qualifiedName(), other,
            Message.takenAdvice(entry.code())));
      }
    }
    return problems;
  }

  /** The constant of an entry, at its annotation. */
  private static Position at(CatalogModel catalog, EntryModel entry) {
    for (Element member : catalog.origin().getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT && member.getSimpleName().contentEquals(entry.name())) {
        String annotation = entry.isCategory() ? AnnotationNames.ERROR_CATEGORY : AnnotationNames.ERROR_CODE;
        return DeclarationReader.annotation(member, annotation)
            .map(mirror -> new Position(member, mirror, null))
            .orElse(Position.of(member));
      }
    }
    return Position.of(catalog.origin());
  }
}

package dev.errata.processor;

import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.Position;
import dev.errata.processor.validation.Message;
import dev.errata.processor.validation.Problem;
import dev.errata.processor.writing.CatalogFiles;
import dev.errata.processor.writing.Generated;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Writes a validated catalog's files through the {@link Filer}, all built in memory first.
 * Whether the names are free was decided by validation; the only failure left is the filer's.
 */
final class FilerOutput {

  private final Filer filer;
  private final Generated generated;

  FilerOutput(Filer filer, Generated generated) {
    this.filer = filer;
    this.generated = generated;
  }

  /** Writes every file of a catalog; returns the problems met on the way (none when all went well). */
  List<Problem> write(CatalogModel catalog) {
    CatalogFiles files = CatalogFiles.of(catalog, generated);
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
      return List.of(Problem.of(Position.of(catalog.origin()), Message.CANNOT_WRITE, current, catalog.id().enumQualifiedName(), e.getMessage()));
    }
  }
}

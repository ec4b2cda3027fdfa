package dev.errata.processor.writing;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything generated for one catalog, built in memory before anything is written, so that a
 * failure while building leaves no partial output behind.
 *
 * @param sources the Java files: one exception per entry, the catalog and the handler
 * @param resources resource path (relative to the class output) → content
 */
public record CatalogFiles(List<JavaFile> sources, Map<String, String> resources) {

  private static final String RESOURCE_DIRECTORY = "META-INF/errata/";

  /** Builds every file for a catalog. */
  public static CatalogFiles of(CatalogModel catalog, Generated generated) {
    String packageName = catalog.id().packageName();
    List<JavaFile> sources = new ArrayList<>();
    ExceptionWriter exceptions = new ExceptionWriter(generated);
    for (EntryModel entry : catalog.entries()) {
      sources.add(file(packageName, exceptions.write(catalog, entry)));
    }
    sources.add(file(packageName, new CatalogWriter(generated).write(catalog)));
    sources.add(file(packageName, new HandlerWriter(generated).write(catalog)));
    Map<String, String> resources = new LinkedHashMap<>();
    String base = RESOURCE_DIRECTORY + catalog.id().enumQualifiedName();
    resources.put(base + ".json", new ReferenceJsonWriter().write(catalog));
    resources.put(base + ".md", new ReferenceMarkdownWriter().write(catalog));
    return new CatalogFiles(List.copyOf(sources), resources);
  }

  private static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }
}

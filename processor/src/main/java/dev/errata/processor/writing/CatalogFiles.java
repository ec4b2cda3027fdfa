package dev.errata.processor.writing;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.CatalogId;
import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything generated for one catalog, built and rendered in memory before anything is
 * written, so that a failure while building leaves no partial output behind.
 *
 * @param sources the Java files, rendered: one exception per entry, the catalog and the handler
 * @param resources resource path (relative to the class output) → content
 */
public record CatalogFiles(List<Source> sources, Map<String, String> resources) {

  /** One rendered Java file. */
  public record Source(String qualifiedName, String content) {}

  private static final String RESOURCE_DIRECTORY = "META-INF/errata/";

  /** Builds and renders every file for a catalog. */
  public static CatalogFiles of(CatalogModel catalog, Generated generated) {
    CatalogId id = catalog.id();
    ExceptionWriter exceptions = new ExceptionWriter(generated);
    List<Source> sources = new ArrayList<>();
    for (EntryModel entry : catalog.entries()) {
      sources.add(render(id, exceptions.write(catalog, entry)));
    }
    Source catalogClass = render(id, new CatalogWriter(generated).write(catalog));
    sources.add(new Source(catalogClass.qualifiedName(), CatalogWriter.groupConstants(catalogClass.content())));
    sources.add(render(id, new HandlerWriter(generated).write(catalog)));
    Map<String, String> resources = new LinkedHashMap<>();
    String base = RESOURCE_DIRECTORY + catalog.id().enumQualifiedName();
    resources.put(base + ".json", new ReferenceJsonWriter().write(catalog));
    resources.put(base + ".md", new ReferenceMarkdownWriter().write(catalog));
    resources.put(base + ".openapi.json", new OpenApiWriter().write(catalog));
    return new CatalogFiles(List.copyOf(sources), resources);
  }

  private static Source render(CatalogId id, TypeSpec type) {
    JavaFile file = JavaFile.builder(id.packageName(), type).skipJavaLangImports(true).indent("  ").build();
    return new Source(id.qualified(type.name()), file.toString());
  }
}

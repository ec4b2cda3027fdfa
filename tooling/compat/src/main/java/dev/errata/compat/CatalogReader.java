package dev.errata.compat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads every catalog file ({@code META-INF/errata/<enum>.json}) of a build's output or of a jar.
 * The OpenAPI documents the processor writes beside them ({@code <enum>.openapi.json}) are not
 * catalog files.
 */
public final class CatalogReader {

  /** Where the processor puts catalog files, relative to the class output or the jar's root. */
  public static final String FOLDER = "META-INF/errata/";

  private static final String OPENAPI_SUFFIX = ".openapi.json";

  private CatalogReader() {}

  /**
   * Reads the catalog files directly in a folder such as {@code target/classes/META-INF/errata};
   * a folder that does not exist holds no catalog.
   */
  public static List<CatalogSnapshot> fromDirectory(Path folder) throws IOException {
    List<CatalogSnapshot> catalogs = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return catalogs;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> isCatalogFile(p.getFileName().toString())).sorted().toList()) {
        catalogs.add(CatalogJson.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
      }
    }
    return sorted(catalogs);
  }

  private static boolean isCatalogFile(String name) {
    return name.endsWith(".json") && !name.endsWith(OPENAPI_SUFFIX);
  }

  /** Reads the catalog files of a jar, as its {@code META-INF/errata/*.json} entries. */
  public static List<CatalogSnapshot> fromJar(Path jar) throws IOException {
    List<CatalogSnapshot> catalogs = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile(), StandardCharsets.UTF_8)) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (!entry.isDirectory() && name.startsWith(FOLDER) && isCatalogFile(name)
            && name.indexOf('/', FOLDER.length()) < 0) {
          try (InputStream in = zip.getInputStream(entry)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            catalogs.add(CatalogJson.parse(json, jar.getFileName() + "!/" + name));
          }
        }
      }
    }
    return sorted(catalogs);
  }

  private static List<CatalogSnapshot> sorted(List<CatalogSnapshot> catalogs) {
    catalogs.sort(Comparator.comparing(CatalogSnapshot::enumName));
    return catalogs;
  }
}

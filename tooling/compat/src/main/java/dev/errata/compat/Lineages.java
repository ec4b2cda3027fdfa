package dev.errata.compat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ancestors a catalog resolves through. A file of format 2 lists them as its build saw them.
 * One of format 1 does not: its ancestors are then taken from the catalogs read beside it, else
 * from the other version's file (the same parent is the likeliest), else from this class path,
 * which holds errata-runtime's HTTP catalog.
 */
final class Lineages {

  private Lineages() {}

  /**
   * @param side the catalogs read with {@code catalog}
   * @param other the catalogs of the other version
   */
  static List<CatalogSnapshot> ancestors(CatalogSnapshot catalog, Map<String, CatalogSnapshot> side,
      Map<String, CatalogSnapshot> other) {
    if (!catalog.ancestors().isEmpty() || catalog.parent().isEmpty()) {
      return catalog.ancestors();
    }
    List<CatalogSnapshot> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String parent = catalog.parent(); !parent.isEmpty() && seen.add(parent); ) {
      CatalogSnapshot found = find(parent, side, other);
      if (found == null) {
        break;
      }
      chain.add(found);
      parent = found.parent();
    }
    return chain;
  }

  private static CatalogSnapshot find(String enumName, Map<String, CatalogSnapshot> side,
      Map<String, CatalogSnapshot> other) {
    if (side.containsKey(enumName)) {
      return side.get(enumName);
    }
    for (CatalogSnapshot c : other.values()) {
      for (CatalogSnapshot a : c.ancestors()) {
        if (a.enumName().equals(enumName)) {
          return a;
        }
      }
    }
    if (other.containsKey(enumName)) {
      return other.get(enumName);
    }
    String resource = CatalogReader.FOLDER + enumName + ".json";
    try (InputStream in = Lineages.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : CatalogJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

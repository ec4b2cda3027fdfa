package dev.errata.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A validated catalog with every default resolved: what the writers turn into code and
 * documents. Writers read nothing else.
 *
 * @param origin the catalog enum, only as the originating element of generated files
 * @param docsUrlTemplate the effective template (own, else inherited), or the empty string
 * @param codePointer the effective JSON Pointer to the wire code (own, else inherited), or empty
 * @param messagePointer the effective JSON Pointer to the message (own, else inherited), or empty
 * @param entries the catalog's own entries, in declaration order
 * @param statusTable status → index of the one own code that stands for it
 * @param categoryTable status → index of the narrowest own category holding it
 */
public record CatalogModel(
    TypeElement origin,
    CatalogId id,
    String name,
    Optional<CatalogModel> parent,
    String docsUrlTemplate,
    String codePointer,
    String messagePointer,
    List<EntryModel> entries,
    Map<Integer, Integer> statusTable,
    Map<Integer, Integer> categoryTable) {

  /** This catalog and its ancestors, nearest first. */
  public List<CatalogModel> lineage() {
    List<CatalogModel> lineage = new ArrayList<>();
    for (CatalogModel c = this; c != null; c = c.parent.orElse(null)) {
      lineage.add(c);
    }
    return lineage;
  }
}

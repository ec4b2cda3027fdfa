package dev.errata.compat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a catalog, as the processor wrote it to {@code META-INF/errata/<enum>.json}.
 * A catalog is identified by its enum's qualified name.
 *
 * @param enumName the catalog enum's qualified name, such as {@code com.acme.PaymentError}
 * @param name the display name
 * @param parent the parent catalog's enum, empty when it has none
 * @param catalogClass the generated catalog class's qualified name
 * @param handlerInterface the generated handler interface's qualified name
 * @param codePointers the JSON Pointers to the wire code, in the order a decoder tries them;
 *     empty when the catalog leaves them to auto-detection
 * @param messagePointers the JSON Pointers to the message, likewise
 * @param entries the catalog's own codes and categories, in declaration order
 * @param ancestors the catalogs it extends, nearest first, as the build that wrote it saw them
 *     (their entries without texts); empty in files of format 1, which did not list them
 * @param formatVersion the format of the file it was read from
 * @param source where it was read from, for messages
 */
public record CatalogSnapshot(
    String enumName,
    String name,
    String parent,
    String catalogClass,
    String handlerInterface,
    List<String> codePointers,
    List<String> messagePointers,
    List<EntrySnapshot> entries,
    List<CatalogSnapshot> ancestors,
    int formatVersion,
    String source) {

  public CatalogSnapshot {
    Objects.requireNonNull(enumName, "enumName");
    codePointers = List.copyOf(codePointers);
    messagePointers = List.copyOf(messagePointers);
    entries = List.copyOf(entries);
    ancestors = List.copyOf(ancestors);
  }

  /** The entry of this constant, when the catalog has it. */
  public Optional<EntrySnapshot> entry(String constant) {
    return entries.stream().filter(e -> e.name().equals(constant)).findFirst();
  }

  /** The parent catalog's enum, when there is one. */
  public Optional<String> parentCatalog() {
    return parent.isEmpty() ? Optional.empty() : Optional.of(parent);
  }
}

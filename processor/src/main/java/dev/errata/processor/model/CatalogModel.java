package dev.errata.processor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;

/**
 * A validated catalog with every default resolved: what the writers turn into code and
 * documents. Writers read nothing else. Lookups by name, wire code and status are indexed, so
 * that resolving a child of a catalog of thousands of codes stays linear.
 */
public final class CatalogModel {

  private final TypeElement origin;
  private final CatalogId id;
  private final String name;
  private final Optional<CatalogModel> parent;
  private final String docsUrlTemplate;
  private final List<String> codePointers;
  private final List<String> messagePointers;
  private final List<EntryModel> entries;
  private final Map<String, EntryModel> byName = new HashMap<>();
  private final Map<String, EntryModel> byCode = new HashMap<>();
  private final Map<Integer, List<EntryModel>> standingFor = new TreeMap<>();
  private final List<EntryModel> categories = new ArrayList<>();

  /**
   * @param origin the catalog enum, only as the originating element of generated files
   * @param docsUrlTemplate the effective template (own, else inherited), or the empty string
   * @param codePointers the effective JSON Pointers to the wire code (own, else inherited), in order
   * @param messagePointers the effective JSON Pointers to the message (own, else inherited), in order
   * @param entries the catalog's own entries, in declaration order
   */
  public CatalogModel(
      TypeElement origin,
      CatalogId id,
      String name,
      Optional<CatalogModel> parent,
      String docsUrlTemplate,
      List<String> codePointers,
      List<String> messagePointers,
      List<EntryModel> entries) {
    this.origin = origin;
    this.id = id;
    this.name = name;
    this.parent = parent;
    this.docsUrlTemplate = docsUrlTemplate;
    this.codePointers = List.copyOf(codePointers);
    this.messagePointers = List.copyOf(messagePointers);
    this.entries = List.copyOf(entries);
    Map<Integer, List<EntryModel>> declared = new HashMap<>();
    for (EntryModel entry : this.entries) {
      byName.put(entry.name(), entry);
      byCode.put(entry.code(), entry);
      if (entry.isCategory()) {
        categories.add(entry);
      } else if (entry.standsForStatus()) {
        declared.computeIfAbsent(entry.status(), s -> new ArrayList<>()).add(entry);
      } else if (entry.definesOrOverridesItsStatus()) {
        standingFor.computeIfAbsent(entry.status(), s -> new ArrayList<>()).add(entry);
      }
    }
    standingFor.putAll(declared); // a declared stand-in takes the place of codes that define the status
  }

  public TypeElement origin() {
    return origin;
  }

  public CatalogId id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Optional<CatalogModel> parent() {
    return parent;
  }

  public String docsUrlTemplate() {
    return docsUrlTemplate;
  }

  public List<String> codePointers() {
    return codePointers;
  }

  public List<String> messagePointers() {
    return messagePointers;
  }

  /** The catalog's own entries, in declaration order (index = ordinal). */
  public List<EntryModel> entries() {
    return entries;
  }

  public Optional<EntryModel> entryNamed(String constantName) {
    return Optional.ofNullable(byName.get(constantName));
  }

  public Optional<EntryModel> entryWithCode(String wireCode) {
    return Optional.ofNullable(byCode.get(wireCode));
  }

  /**
   * The codes of this catalog that stand for a status: the one declared to ({@link
   * EntryModel#standsForStatus()}), else those that {@linkplain
   * EntryModel#definesOrOverridesItsStatus() define or override} it.
   */
  public List<EntryModel> standingFor(int status) {
    return standingFor.getOrDefault(status, List.of());
  }

  public List<EntryModel> categories() {
    return Collections.unmodifiableList(categories);
  }

  /** This catalog and its ancestors, nearest first. */
  public List<CatalogModel> lineage() {
    List<CatalogModel> lineage = new ArrayList<>();
    for (CatalogModel c = this; c != null; c = c.parent.orElse(null)) {
      lineage.add(c);
    }
    return lineage;
  }

  /** Status → index of the one code of this catalog that stands for it; a status two codes stand for maps to none. */
  public Map<Integer, Integer> statusTable() {
    Map<Integer, Integer> table = new TreeMap<>();
    standingFor.forEach((status, codes) -> {
      if (codes.size() == 1) {
        table.put(status, codes.get(0).index());
      }
    });
    return table;
  }

  /** This catalog's categories, narrowest first, so the first one holding a status is the narrowest. */
  public List<EntryModel> categoriesNarrowestFirst() {
    List<EntryModel> sorted = new ArrayList<>(categories);
    sorted.sort(Comparator.comparingInt((EntryModel c) -> c.to() - c.status()).thenComparingInt(EntryModel::index));
    return sorted;
  }
}

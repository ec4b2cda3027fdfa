package dev.errata.compat;

import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import dev.errata.GeneratedCatalog;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One catalog rebuilt from its JSON form as the {@link GeneratedCatalog} the processor would have
 * generated from it: the same tables (wire code, stand-in of a status, narrowest category) behind
 * the same resolution order, which {@link GeneratedCatalog} alone implements. So a response
 * resolves here exactly as in the generated catalog, and the runtime's decoder can decode with it.
 */
final class SimulatedCatalog extends GeneratedCatalog {

  private final CatalogSnapshot snapshot;
  private final Map<String, Integer> byCode = new HashMap<>();
  private final Map<Integer, Integer> byStatus = new HashMap<>();
  private final List<Integer> categoriesNarrowestFirst;
  private final Map<ErrorDefinition, Integer> made = new IdentityHashMap<>();

  SimulatedCatalog(CatalogSnapshot snapshot, List<String> codePointers, SimulatedCatalog parent) {
    super(snapshot.name(), parent, snapshot.entries().size(), codePointers, List.of());
    this.snapshot = snapshot;
    List<EntrySnapshot> entries = snapshot.entries();
    for (int i = 0; i < entries.size(); i++) {
      EntrySnapshot entry = entries.get(i);
      byCode.putIfAbsent(entry.code(), i);
      if (!entry.category() && entry.standsForStatus()) {
        byStatus.putIfAbsent(entry.status(), i);
      }
    }
    categoriesNarrowestFirst = java.util.stream.IntStream.range(0, entries.size()).boxed()
        .filter(i -> entries.get(i).category())
        .sorted(Comparator.comparingInt((Integer i) -> entries.get(i).statusTo() - entries.get(i).status())
            .thenComparingInt(i -> i))
        .toList();
  }

  CatalogSnapshot snapshot() {
    return snapshot;
  }

  /** The entry of one of this catalog's own definitions, or {@code null} when it is not one. */
  EntrySnapshot entryOf(ErrorDefinition definition) {
    Integer index = made.get(definition);
    return index == null ? null : snapshot.entries().get(index);
  }

  @Override
  protected ErrorDefinition newDefinition(int index) {
    EntrySnapshot e = snapshot.entries().get(index);
    ErrorDefinition definition = new ErrorDefinition(snapshot.name(), e.name(), e.code(), e.status(), e.title(),
        e.description(), e.remedy(), e.retryable(), e.docsUrl(), Optional.empty(),
        e.category() ? ErrorDefinition.Kind.CATEGORY : ErrorDefinition.Kind.CODE);
    made.put(definition, index);
    return definition;
  }

  @Override
  protected int indexOfCode(String code) {
    return byCode.getOrDefault(code, -1);
  }

  @Override
  protected int indexOfStatus(int status) {
    return byStatus.getOrDefault(status, -1);
  }

  @Override
  protected int indexOfCategory(int status) {
    for (int i : categoriesNarrowestFirst) {
      EntrySnapshot category = snapshot.entries().get(i);
      if (category.status() <= status && status <= category.statusTo()) {
        return i;
      }
    }
    return -1;
  }

  @Override
  protected CatalogException newException(
      int index, ErrorDefinition definition, ErrorDetails details, boolean captureStackTrace) {
    return new Simulated(definition, details);
  }

  /** The exception a simulated catalog makes: its definition says which generated class it stands for. */
  static final class Simulated extends CatalogException {
    private static final long serialVersionUID = 1L;

    Simulated(ErrorDefinition definition, ErrorDetails details) {
      super(definition, details, null, null, /* captureStackTrace= */ false);
    }
  }
}

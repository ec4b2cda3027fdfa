package dev.errata.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pairs the entries of two versions of one catalog: by constant name, and a constant that
 * disappeared with its wire code reappearing under a new name counts as renamed rather than as
 * removed and added.
 */
final class EntryMatch {

  /** An entry present in both versions; {@code renamed} when the constant's name changed. */
  record Pair(EntrySnapshot before, EntrySnapshot after) {
    boolean renamed() {
      return !before.name().equals(after.name());
    }
  }

  final List<Pair> pairs = new ArrayList<>();
  final List<EntrySnapshot> removed = new ArrayList<>();
  final List<EntrySnapshot> added = new ArrayList<>();

  EntryMatch(CatalogSnapshot before, CatalogSnapshot after) {
    List<EntrySnapshot> gone = new ArrayList<>();
    for (EntrySnapshot old : before.entries()) {
      Optional<EntrySnapshot> same = after.entry(old.name());
      if (same.isPresent()) {
        pairs.add(new Pair(old, same.get()));
      } else {
        gone.add(old);
      }
    }
    List<EntrySnapshot> fresh = after.entries().stream().filter(e -> before.entry(e.name()).isEmpty()).toList();
    Map<String, EntrySnapshot> freshByKey = unique(fresh, EntryMatch::key);
    Map<String, EntrySnapshot> freshByCode = unique(fresh, EntrySnapshot::code);
    Map<String, EntrySnapshot> goneByCode = unique(gone, EntrySnapshot::code);
    List<EntrySnapshot> taken = new ArrayList<>();
    for (EntrySnapshot old : gone) {
      EntrySnapshot renamed = freshByKey.get(key(old));
      if (renamed == null && goneByCode.get(old.code()) == old) {
        renamed = freshByCode.get(old.code());
      }
      if (renamed != null && renamed.category() == old.category() && !taken.contains(renamed)) {
        pairs.add(new Pair(old, renamed));
        taken.add(renamed);
      } else {
        removed.add(old);
      }
    }
    fresh.stream().filter(e -> !taken.contains(e)).forEach(added::add);
  }

  private static String key(EntrySnapshot entry) {
    return entry.code() + "@" + entry.status();
  }

  /** Keys that occur once, mapped to their entry; ambiguous keys match nothing. */
  private static Map<String, EntrySnapshot> unique(List<EntrySnapshot> entries, Function<EntrySnapshot, String> key) {
    Map<String, List<EntrySnapshot>> grouped = entries.stream().collect(Collectors.groupingBy(key));
    return grouped.entrySet().stream()
        .filter(e -> e.getValue().size() == 1)
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0)));
  }
}

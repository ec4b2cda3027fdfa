package dev.errata.compat;

import dev.errata.compat.CatalogVersion.Node;
import dev.errata.compat.ResponseComparison.Move;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Names the change that explains each moved response: the code that disappeared or appeared, the
 * entry whose class or stand-in changed, the catalog's pointers. The change kinds are the
 * explanation; the responses decide the severity.
 */
final class Attribution {

  private static final int EXAMPLES = 3;

  private static final List<ChangeKind> CODE_GONE = List.of(ChangeKind.CODE_REMOVED, ChangeKind.CODE_RENAMED,
      ChangeKind.WIRE_CODE_CHANGED, ChangeKind.KIND_CHANGED);
  private static final List<ChangeKind> CODE_NEW = List.of(ChangeKind.CODE_ADDED,
      ChangeKind.CODE_ADDED_UNDER_OTHER_STATUS, ChangeKind.WIRE_CODE_CHANGED, ChangeKind.CODE_RENAMED,
      ChangeKind.KIND_CHANGED);
  private static final List<ChangeKind> CLASS = List.of(ChangeKind.CODE_RENAMED, ChangeKind.EXCEPTION_RENAMED,
      ChangeKind.REFINES_CHANGED, ChangeKind.KIND_CHANGED, ChangeKind.CODE_REMOVED, ChangeKind.RETRYABLE_CHANGED);
  private static final List<ChangeKind> STATUS_NOW = List.of(ChangeKind.CODE_ADDED,
      ChangeKind.CODE_ADDED_UNDER_OTHER_STATUS, ChangeKind.STANDS_FOR_STATUS_CHANGED, ChangeKind.STATUS_CHANGED,
      ChangeKind.STATUS_CLASS_CHANGED, ChangeKind.RANGE_CHANGED, ChangeKind.KIND_CHANGED, ChangeKind.REFINES_CHANGED,
      ChangeKind.WIRE_CODE_CHANGED, ChangeKind.CODE_RENAMED, ChangeKind.EXCEPTION_RENAMED);
  private static final List<ChangeKind> STATUS_BEFORE = List.of(ChangeKind.STANDS_FOR_STATUS_CHANGED,
      ChangeKind.CODE_REMOVED, ChangeKind.STATUS_CHANGED, ChangeKind.STATUS_CLASS_CHANGED, ChangeKind.RANGE_CHANGED,
      ChangeKind.KIND_CHANGED, ChangeKind.REFINES_CHANGED, ChangeKind.WIRE_CODE_CHANGED, ChangeKind.CODE_RENAMED,
      ChangeKind.EXCEPTION_RENAMED);
  private static final List<ChangeKind> POINTERS = List.of(ChangeKind.CODE_POINTERS_REORDERED,
      ChangeKind.CODE_POINTER_ADDED, ChangeKind.CODE_POINTER_REMOVED, ChangeKind.CODE_POINTER_DETECTION_CHANGED);
  private static final List<ChangeKind> CATALOG = List.of(ChangeKind.PARENT_CHANGED, ChangeKind.ANCESTORS_CHANGED);

  private final List<Change> changes;
  private final Map<String, List<Change>> bySubject = new HashMap<>();
  /** Per catalog, the new constant's name → the subject its changes are reported under. */
  private final Map<String, String> newSubjects = new HashMap<>();
  private final Map<Change, List<MovedResponse>> moved;

  Attribution(List<Change> changes, Map<String, EntryMatch> matches, Map<Change, List<MovedResponse>> moved) {
    this.changes = new ArrayList<>(changes);
    this.moved = moved;
    changes.forEach(this::index);
    matches.forEach((catalog, match) -> {
      match.pairs.forEach(p -> newSubjects.put(catalog + "." + p.after().name(), catalog + "." + p.before().name()));
    });
  }

  /** Every change, with those this attribution had to add. */
  List<Change> changes() {
    return changes;
  }

  void add(String catalog, CatalogVersion before, CatalogVersion after, Move move) {
    Change change = explain(catalog, before, after, move);
    List<MovedResponse> examples = moved.computeIfAbsent(change, c -> new ArrayList<>());
    MovedResponse response = move.response();
    if (examples.size() < EXAMPLES) {
      if (examples.stream().noneMatch(e -> sameMove(e, response))) {
        examples.add(response);
      }
    } else {
      MovedResponse mildest = examples.get(examples.size() - 1);
      if (response.severity().compareTo(mildest.severity()) < 0) {
        examples.set(examples.size() - 1, response);
      }
    }
    examples.sort(Comparator.comparing(MovedResponse::severity));
  }

  private static boolean sameMove(MovedResponse a, MovedResponse b) {
    return a.before().equals(b.before()) && a.after().equals(b.after()) && a.severity() == b.severity();
  }

  private Change explain(String catalog, CatalogVersion before, CatalogVersion after, Move move) {
    String b = move.beforeCode();
    String a = move.afterCode();
    Change found = null;
    if (!Objects.equals(b, a)) {
      if (b != null && !after.knows(b)) {
        found = first(before.chain(move.beforeNode()), false, CODE_GONE);
      } else if (a != null && !before.knows(a)) {
        found = first(after.chain(move.afterNode()), true, CODE_NEW);
      } else {
        found = first(catalog, POINTERS);
      }
    } else if (b == null) {
      found = first(after.chain(move.afterNode()).stream().limit(1).toList(), true, STATUS_NOW);
      if (found == null) {
        found = first(before.chain(move.beforeNode()).stream().limit(1).toList(), false, STATUS_BEFORE);
      }
    }
    if (found == null) {
      found = first(before.chain(move.beforeNode()), false, CLASS);
    }
    if (found == null) {
      found = first(after.chain(move.afterNode()), true, CLASS);
    }
    if (found == null) {
      found = first(catalog, CATALOG);
    }
    if (found == null) {
      found = Change.of(ChangeKind.DECODING_CHANGED, catalog, "", "responses decode to other exceptions");
      index(found);
      changes.add(found);
    }
    return found;
  }

  /** The first change of one of these kinds, kind by kind, of the entries along a chain. */
  private Change first(List<Node> chain, boolean current, List<ChangeKind> kinds) {
    for (ChangeKind kind : kinds) {
      for (Node node : chain) {
        String key = current ? newSubjects.getOrDefault(node.key(), node.key()) : node.key();
        for (Change change : bySubject.getOrDefault(key, List.of())) {
          if (change.kind() == kind) {
            return change;
          }
        }
      }
    }
    return null;
  }

  private Change first(String catalog, List<ChangeKind> kinds) {
    for (ChangeKind kind : kinds) {
      for (Change change : bySubject.getOrDefault(catalog, List.of())) {
        if (change.kind() == kind) {
          return change;
        }
      }
    }
    return null;
  }

  private void index(Change change) {
    String key = change.subject().isEmpty() ? change.catalog() : change.catalog() + "." + change.subject();
    bySubject.computeIfAbsent(key, k -> new ArrayList<>()).add(change);
  }
}

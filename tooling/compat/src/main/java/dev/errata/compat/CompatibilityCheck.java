package dev.errata.compat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two versions of a set of catalogs and lists every change, classified by {@link
 * ChangeKind}. A change's severity is its kind's floor, or worse when it makes responses decode
 * otherwise: for every catalog of both versions, the check rebuilds each version's generated
 * catalog from its JSON and decodes, with the runtime's decoder, every response the two versions
 * can tell apart ({@link ResponseComparison}). A response that a {@code catch} caught before and
 * does not now makes the change that moved it breaking; the report lists such responses as
 * examples.
 *
 * <pre>{@code
 * CompatibilityReport report = CompatibilityCheck.compare(
 *     CatalogReader.fromJar(Path.of("payments-1.4.0.jar")),
 *     CatalogReader.fromDirectory(Path.of("target/classes/META-INF/errata")));
 * report.changes(Severity.BREAKING).forEach(c -> System.out.println(c.id() + ": " + c.reason()));
 * }</pre>
 */
public final class CompatibilityCheck {

  private CompatibilityCheck() {}

  /**
   * Lists the changes from {@code baseline} to {@code current}. Catalogs are matched by their
   * enum's qualified name.
   */
  public static CompatibilityReport compare(List<CatalogSnapshot> baseline, List<CatalogSnapshot> current) {
    Map<String, CatalogSnapshot> before = byEnum(baseline);
    Map<String, CatalogSnapshot> after = byEnum(current);
    Map<String, EntryMatch> matches = new HashMap<>();
    Map<String, String> renames = new HashMap<>();
    before.forEach((name, old) -> {
      CatalogSnapshot now = after.get(name);
      if (now != null) {
        EntryMatch match = new EntryMatch(old, now);
        matches.put(name, match);
        match.pairs.stream().filter(EntryMatch.Pair::renamed)
            .forEach(p -> renames.put(name + "." + p.before().name(), name + "." + p.after().name()));
      }
    });
    Map<String, EntrySnapshot> currentEntries = index(current);
    Map<String, EntrySnapshot> baselineEntries = index(baseline);

    List<Change> changes = new ArrayList<>();
    for (String name : new TreeSet<>(union(before, after))) {
      CatalogSnapshot old = before.get(name);
      CatalogSnapshot now = after.get(name);
      if (now == null) {
        changes.add(Change.of(ChangeKind.CATALOG_REMOVED, name, "",
            "catalog \"" + old.name() + "\" with " + old.entries().size() + " entries is gone"));
      } else if (old == null) {
        changes.add(Change.of(ChangeKind.CATALOG_ADDED, name, "",
            "catalog \"" + now.name() + "\" with " + now.entries().size() + " entries"));
      } else {
        catalog(old, now, changes);
        EntryMatch match = matches.get(name);
        EntryComparison entries = new EntryComparison(name, r -> renames.getOrDefault(r, r), changes);
        match.pairs.forEach(entries::compare);
        for (EntrySnapshot removed : match.removed) {
          changes.add(Change.of(ChangeKind.CODE_REMOVED, name, removed.name(), describe(removed) + " is gone"));
        }
        for (EntrySnapshot added : match.added) {
          changes.add(added(name, added, currentEntries, baselineEntries, renames));
        }
        ancestors(old, now, before, after, changes);
      }
    }
    Map<Change, List<MovedResponse>> moved = new java.util.IdentityHashMap<>();
    Attribution attribution = new Attribution(changes, matches, moved);
    for (String name : new TreeSet<>(before.keySet())) {
      CatalogSnapshot old = before.get(name);
      CatalogSnapshot now = after.get(name);
      if (now != null) {
        CatalogVersion b = new CatalogVersion(old, Lineages.ancestors(old, before, after));
        CatalogVersion a = new CatalogVersion(now, Lineages.ancestors(now, after, before));
        ResponseComparison.compare(b, a, move -> attribution.add(name, b, a, move));
      }
    }
    List<Change> judged = new ArrayList<>();
    for (Change change : attribution.changes()) {
      List<MovedResponse> responses = moved.get(change);
      judged.add(responses == null ? change : change.moving(responses));
    }
    return new CompatibilityReport(judged);
  }

  /** A catalog from another artifact that this one extends, and that differs between the versions. */
  private static void ancestors(CatalogSnapshot old, CatalogSnapshot now, Map<String, CatalogSnapshot> before,
      Map<String, CatalogSnapshot> after, List<Change> out) {
    List<CatalogSnapshot> a = Lineages.ancestors(old, before, after);
    List<CatalogSnapshot> b = Lineages.ancestors(now, after, before);
    List<String> differing = new ArrayList<>();
    for (CatalogSnapshot ancestor : a) {
      if (after.containsKey(ancestor.enumName())) {
        continue; // compared as a catalog of its own
      }
      Optional<CatalogSnapshot> same = b.stream().filter(c -> c.enumName().equals(ancestor.enumName())).findFirst();
      if (same.isPresent() && !same.get().entries().equals(ancestor.entries())) {
        differing.add(ancestor.enumName());
      }
    }
    if (!differing.isEmpty() && old.parent().equals(now.parent())) {
      out.add(Change.of(ChangeKind.ANCESTORS_CHANGED, old.enumName(), "",
          "other version of " + String.join(", ", differing)));
    }
  }

  /**
   * Compares two versions of one catalog. Catalogs are identified by their enum, so two different
   * enums compare as one catalog removed and another added.
   */
  public static CompatibilityReport compare(CatalogSnapshot baseline, CatalogSnapshot current) {
    return compare(List.of(baseline), List.of(current));
  }

  private static void catalog(CatalogSnapshot a, CatalogSnapshot b, List<Change> out) {
    String name = a.enumName();
    if (!a.parent().equals(b.parent())) {
      out.add(Change.of(ChangeKind.PARENT_CHANGED, name, "", "parent "
          + EntryComparison.fromTo(a.parentCatalog().orElse("none"), b.parentCatalog().orElse("none"))));
    }
    if (!a.name().equals(b.name())) {
      out.add(Change.of(ChangeKind.CATALOG_NAME_CHANGED, name, "", EntryComparison.fromTo(a.name(), b.name())));
    }
    if (!a.catalogClass().equals(b.catalogClass())) {
      out.add(Change.of(ChangeKind.CATALOG_CLASS_CHANGED, name, "",
          EntryComparison.fromTo(a.catalogClass(), b.catalogClass())));
    }
    if (!a.handlerInterface().equals(b.handlerInterface())) {
      out.add(Change.of(ChangeKind.HANDLER_CHANGED, name, "",
          EntryComparison.fromTo(a.handlerInterface(), b.handlerInterface())));
    }
    PointerComparison.compare(a, b, out);
  }

  /** An added code: compatible when it stays under its status, with a word on the code it refines. */
  private static Change added(String catalog, EntrySnapshot entry, Map<String, EntrySnapshot> current,
      Map<String, EntrySnapshot> baseline, Map<String, String> renames) {
    String detail = describe(entry);
    if (entry.refined().isEmpty()) {
      return Change.of(ChangeKind.CODE_ADDED, catalog, entry.name(), detail + ", refines nothing");
    }
    String refines = entry.refines();
    Optional<EntrySnapshot> parent = Optional.ofNullable(current.get(refines));
    String oldName = renames.entrySet().stream().filter(r -> r.getValue().equals(refines))
        .map(Map.Entry::getKey).findFirst().orElse(refines);
    EntrySnapshot before = baseline.get(oldName);
    String parentState = parent.isEmpty()
        ? "from a catalog not compared here"
        : before == null ? "which is new too"
        : before.equals(parent.get()) ? "which is unchanged" : "which changed too (see its own changes)";
    detail += ", refines " + refines + ", " + parentState;
    if (parent.isPresent() && !coversStatus(parent.get(), entry.status())) {
      return Change.of(ChangeKind.CODE_ADDED_UNDER_OTHER_STATUS, catalog, entry.name(),
          detail + ", of status " + statusOf(parent.get()));
    }
    return Change.of(ChangeKind.CODE_ADDED, catalog, entry.name(), detail);
  }

  private static boolean coversStatus(EntrySnapshot parent, int status) {
    return parent.category() ? parent.status() <= status && status <= parent.statusTo() : parent.status() == status;
  }

  private static String statusOf(EntrySnapshot entry) {
    return entry.category() ? entry.status() + "-" + entry.statusTo() : String.valueOf(entry.status());
  }

  private static String describe(EntrySnapshot entry) {
    return entry.name() + " (" + entry.code() + ", " + entry.status() + ", "
        + EntryComparison.simple(entry.exception()) + ")";
  }

  private static Map<String, CatalogSnapshot> byEnum(List<CatalogSnapshot> catalogs) {
    return catalogs.stream().collect(Collectors.toMap(CatalogSnapshot::enumName, Function.identity(), (x, y) -> {
      throw new IllegalArgumentException("catalog " + x.enumName() + " appears twice: in " + x.source() + " and " + y.source());
    }));
  }

  private static Map<String, EntrySnapshot> index(List<CatalogSnapshot> catalogs) {
    Map<String, EntrySnapshot> entries = new HashMap<>();
    for (CatalogSnapshot catalog : catalogs) {
      for (EntrySnapshot entry : catalog.entries()) {
        entries.put(catalog.enumName() + "." + entry.name(), entry);
      }
    }
    return entries;
  }

  private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
    List<String> names = new ArrayList<>(a.keySet());
    names.addAll(b.keySet());
    return names;
  }
}

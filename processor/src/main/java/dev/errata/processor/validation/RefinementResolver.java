package dev.errata.processor.validation;

import dev.errata.Retry;
import dev.errata.processor.model.CatalogDeclaration;
import dev.errata.processor.model.CatalogId;
import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryDeclaration;
import dev.errata.processor.model.EntryModel;
import dev.errata.processor.model.MembersRecord;
import dev.errata.processor.model.NameStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Places every entry of one catalog in the refinement tree and resolves what depends on it:
 * the refined entry (declared or default), and the inherited status, retry advice and members.
 * Reports unknown targets, cycles, mismatched statuses, ambiguous defaults, overlapping categories
 * and members redeclared against what a code inherits.
 *
 * <p>Default refinement: a code refines the one code of the nearest ancestor catalog that
 * stands for its status; two such codes are ambiguous. Without one, it refines the narrowest
 * category holding its status; without one, nothing.
 */
final class RefinementResolver {

  /** A refinement target: one of this catalog's entries, or an ancestor's resolved entry. */
  private record Target(EntryDeclaration own, EntryModel inherited) {
    boolean isCategory() {
      return own != null ? own.isCategory() : inherited.isCategory();
    }

    String label() {
      return own != null ? own.name() : labelOf(inherited);
    }
  }

  private final CatalogDeclaration catalog;
  private final List<CatalogModel> ancestors;
  private final String docsUrlTemplate;
  private final Map<String, MembersRecord> ownMembers;
  private final MemberInheritance memberInheritance;
  private final Report report;

  private final Map<String, EntryDeclaration> own = new LinkedHashMap<>();
  private final List<EntryDeclaration> ownCategories = new ArrayList<>();
  private final Map<String, Target> explicitTargets = new HashMap<>();
  private final Map<String, Target> targets = new HashMap<>();
  private final Map<String, Integer> statuses = new HashMap<>();
  private final Map<String, Boolean> retries = new HashMap<>();
  private final Set<String> failed = new HashSet<>();
  private final Map<String, EntryModel> built = new HashMap<>();

  RefinementResolver(
      CatalogDeclaration catalog,
      Optional<CatalogModel> parent,
      String docsUrlTemplate,
      Map<String, MembersRecord> ownMembers,
      Report report) {
    this.catalog = catalog;
    this.ancestors = parent.map(CatalogModel::lineage).orElse(List.of());
    this.docsUrlTemplate = docsUrlTemplate;
    this.ownMembers = ownMembers;
    this.memberInheritance = new MemberInheritance(report);
    this.report = report;
    for (EntryDeclaration entry : catalog.entries()) {
      own.putIfAbsent(entry.name(), entry);
      if (entry.isCategory()) {
        ownCategories.add(entry);
      }
    }
  }

  /** Resolves the catalog's entries, in declaration order; empty when a mistake was reported. */
  Optional<List<EntryModel>> resolve() {
    int before = report.problems().size();
    resolveCategories();
    resolveExplicitRefinements();
    markCycles();
    for (EntryDeclaration entry : own.values()) {
      if (!entry.isCategory()) {
        statusOf(entry);
      }
    }
    resolveDefaultRefinements();
    checkExplicitStatuses();
    if (report.problems().size() != before || !failed.isEmpty()) {
      return Optional.empty();
    }
    List<EntryModel> entries = new ArrayList<>();
    for (EntryDeclaration entry : catalog.entries()) {
      entries.add(build(entry));
    }
    // Members a code inherits are checked as the tree is built.
    return report.problems().size() == before ? Optional.of(entries) : Optional.empty();
  }

  // ---- Categories ----

  private void resolveCategories() {
    List<EntryDeclaration> categories = ownCategories.stream().filter(RefinementResolver::validRange).toList();
    for (int i = 0; i < categories.size(); i++) {
      EntryDeclaration later = categories.get(i);
      for (int j = 0; j < i; j++) {
        EntryDeclaration earlier = categories.get(j);
        boolean identical = earlier.status() == later.status() && earlier.to() == later.to();
        if (!failed.contains(later.name())
            && (identical || crosses(earlier.status(), earlier.to(), later.status(), later.to()))) {
          overlap(later, earlier.name(), earlier.status(), earlier.to());
        }
      }
      for (CatalogModel ancestor : ancestors) {
        for (EntryModel category : ancestor.categories()) {
          if (!failed.contains(later.name())
              && crosses(category.status(), category.to(), later.status(), later.to())) {
            overlap(later, labelOf(category), category.status(), category.to());
          }
        }
      }
    }
    for (EntryDeclaration category : categories) {
      if (!failed.contains(category.name())) {
        Target enclosing = narrowestCategory(category.status(), category.to(), category);
        if (enclosing != null) {
          targets.put(category.name(), enclosing);
        }
      }
    }
    ownCategories.stream().filter(c -> !validRange(c)).forEach(c -> failed.add(c.name()));
  }

  private void overlap(EntryDeclaration category, String other, int from, int to) {
    report.error(category.at("from"), Message.CATEGORY_OVERLAP,
        category.name(), range(category.status(), category.to()), other, range(from, to));
    failed.add(category.name());
  }

  /** Whether two ranges overlap without either holding the other. */
  private static boolean crosses(int from1, int to1, int from2, int to2) {
    boolean overlap = from1 <= to2 && from2 <= to1;
    boolean nested = (from1 <= from2 && to2 <= to1) || (from2 <= from1 && to1 <= to2);
    return overlap && !nested;
  }

  /**
   * The narrowest category holding {@code from..to}: among this catalog's categories (other than
   * {@code self}, and strictly wider when the range is a category's own), then the ancestors'.
   */
  private Target narrowestCategory(int from, int to, EntryDeclaration self) {
    Target best = null;
    int bestWidth = Integer.MAX_VALUE;
    for (EntryDeclaration c : ownCategories) {
      if (c == self || !validRange(c) || failed.contains(c.name())) {
        continue;
      }
      boolean holds = c.status() <= from && to <= c.to();
      boolean sameRange = c.status() == from && c.to() == to;
      int width = c.to() - c.status();
      if (holds && !(self != null && sameRange) && width < bestWidth) {
        best = new Target(c, null);
        bestWidth = width;
      }
    }
    for (CatalogModel ancestor : ancestors) {
      for (EntryModel c : ancestor.categories()) {
        int width = c.to() - c.status();
        if (c.status() <= from && to <= c.to() && width < bestWidth) {
          best = new Target(null, c);
          bestWidth = width;
        }
      }
    }
    return best;
  }

  // ---- Declared refinements ----

  private void resolveExplicitRefinements() {
    for (EntryDeclaration entry : own.values()) {
      if (entry.isCategory() || entry.refines().isEmpty()) {
        continue;
      }
      Target target = lookUp(entry.refines());
      if (target == null) {
        report.error(entry.at("refines"), Message.UNKNOWN_REFINEMENT,
            entry.name(), entry.refines(), catalog.name(), suggestion(entry.refines()));
        failed.add(entry.name());
      } else {
        explicitTargets.put(entry.name(), target);
        targets.put(entry.name(), target);
      }
    }
  }

  /** A constant by name, optionally qualified by its enum's name, nearest catalog first. */
  private Target lookUp(String reference) {
    int dot = reference.lastIndexOf('.');
    String qualifier = dot < 0 ? null : reference.substring(0, dot);
    String name = reference.substring(dot + 1);
    if (qualifier == null || names(catalog.id()).contains(qualifier)) {
      EntryDeclaration entry = own.get(name);
      if (entry != null) {
        return new Target(entry, null);
      }
    }
    for (CatalogModel ancestor : ancestors) {
      if (qualifier == null || names(ancestor.id()).contains(qualifier)) {
        Optional<EntryModel> entry = ancestor.entryNamed(name);
        if (entry.isPresent()) {
          return new Target(null, entry.get());
        }
      }
    }
    return null;
  }

  /** The names a reference may qualify a constant with: simple, nested ({@code Outer.Errors}) or qualified. */
  private static Set<String> names(CatalogId id) {
    return Set.copyOf(List.of(id.enumSimpleName(), id.enumReference(), id.enumQualifiedName()));
  }

  /**
   * A hint for a reference that names nothing: the constant whose wire code it is, else the
   * constant whose name (or wire code) is nearest to it, ignoring case and a few typos.
   */
  private String suggestion(String reference) {
    String name = reference.substring(reference.lastIndexOf('.') + 1);
    for (EntryDeclaration entry : own.values()) {
      if (entry.wireCode().equals(reference)) {
        return " Did you mean " + entry.name() + "?";
      }
    }
    for (CatalogModel ancestor : ancestors) {
      for (EntryModel entry : ancestor.entries()) {
        if (entry.code().equals(reference)) {
          return " Did you mean " + labelOf(entry) + "?";
        }
      }
    }
    NearestName nearest = new NearestName(name);
    for (EntryDeclaration entry : own.values()) {
      nearest.consider(entry.name(), entry.name());
      nearest.consider(entry.wireCode(), entry.name());
    }
    for (CatalogModel ancestor : ancestors) {
      for (EntryModel entry : ancestor.entries()) {
        nearest.consider(entry.name(), labelOf(entry));
        nearest.consider(entry.code(), labelOf(entry));
      }
    }
    return nearest.best().map(meant -> " Did you mean " + meant + "?").orElse("");
  }

  /** Reports each cycle of declared refinements among this catalog's codes once. */
  private void markCycles() {
    Set<String> done = new HashSet<>();
    for (EntryDeclaration entry : own.values()) {
      List<String> path = new ArrayList<>();
      Set<String> onPath = new HashSet<>();
      String current = entry.name();
      while (current != null && !done.contains(current) && onPath.add(current)) {
        path.add(current);
        Target next = explicitTargets.get(current);
        current = next != null && next.own() != null ? next.own().name() : null;
      }
      if (current != null && onPath.contains(current)) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        cycle.add(current);
        String first = cycle.stream().min((a, b) -> own.get(a).index() - own.get(b).index()).orElseThrow();
        report.error(own.get(first).at("refines"), Message.REFINEMENT_CYCLE, first, String.join(" → ", cycle));
        failed.addAll(cycle);
      }
      done.addAll(path);
    }
  }

  // ---- Statuses ----

  /** The effective status of a code, or {@code null} when it cannot be known. */
  private Integer statusOf(EntryDeclaration entry) {
    if (entry.isCategory()) {
      return entry.status();
    }
    Integer known = statuses.get(entry.name());
    if (known != null || failed.contains(entry.name())) {
      return known;
    }
    Integer status = null;
    if (entry.status() != 0) {
      status = DeclarationValidator.isErrorStatus(entry.status()) ? entry.status() : null;
    } else if (entry.refines().isEmpty()) {
      report.error(entry.at("status"), Message.INHERITED_STATUS_WITHOUT_REFINES, entry.name());
    } else {
      Target target = explicitTargets.get(entry.name());
      if (target != null && target.isCategory()) {
        int from = target.own() != null ? target.own().status() : target.inherited().status();
        int to = target.own() != null ? target.own().to() : target.inherited().to();
        report.error(entry.at("refines"), Message.INHERITED_STATUS_FROM_CATEGORY,
            entry.name(), target.label(), range(from, to));
      } else if (target != null) {
        status = target.own() != null ? statusOf(target.own()) : Integer.valueOf(target.inherited().status());
      }
    }
    if (status == null) {
      failed.add(entry.name());
    } else {
      statuses.put(entry.name(), status);
    }
    return status;
  }

  private void resolveDefaultRefinements() {
    for (EntryDeclaration entry : own.values()) {
      if (entry.isCategory() || !entry.refines().isEmpty() || failed.contains(entry.name())) {
        continue;
      }
      int status = statuses.get(entry.name());
      Target target = standingFor(entry, status);
      if (target != null) {
        targets.put(entry.name(), target);
      }
    }
  }

  /** The ancestor code that stands for a status, else the narrowest category holding it. */
  private Target standingFor(EntryDeclaration entry, int status) {
    for (CatalogModel ancestor : ancestors) {
      List<EntryModel> candidates = ancestor.standingFor(status);
      if (candidates.size() == 1) {
        return new Target(null, candidates.get(0));
      }
      if (candidates.size() > 1) {
        String names = candidates.stream().map(RefinementResolver::labelOf).collect(Collectors.joining(" and "));
        report.error(entry.at(), Message.AMBIGUOUS_REFINEMENT,
            entry.name(), status, ancestor.name(), names, entry.name());
        failed.add(entry.name());
        return null;
      }
    }
    return narrowestCategory(status, status, null);
  }

  /** A declared status must fit the refined code's status class, or the refined category's range. */
  private void checkExplicitStatuses() {
    for (Map.Entry<String, Target> refinement : explicitTargets.entrySet()) {
      EntryDeclaration entry = own.get(refinement.getKey());
      Target target = refinement.getValue();
      if (entry.status() == 0 || failed.contains(entry.name())) {
        continue;
      }
      int status = entry.status();
      if (target.isCategory()) {
        int from = target.own() != null ? target.own().status() : target.inherited().status();
        int to = target.own() != null ? target.own().to() : target.inherited().to();
        if (status < from || status > to) {
          report.error(entry.at("status"), Message.STATUS_OUTSIDE_CATEGORY,
              entry.name(), status, target.label(), range(from, to));
          failed.add(entry.name());
        }
      } else {
        Integer targetStatus = target.own() != null ? statusOf(target.own()) : Integer.valueOf(target.inherited().status());
        if (targetStatus != null && targetStatus / 100 != status / 100) {
          report.error(entry.at("status"), Message.STATUS_CLASS_MISMATCH,
              entry.name(), status, target.label(), targetStatus, status / 100 + "xx", targetStatus / 100 + "xx");
          failed.add(entry.name());
        }
      }
    }
  }

  // ---- Models ----

  private EntryModel build(EntryDeclaration entry) {
    EntryModel model = built.get(entry.name());
    if (model != null) {
      return model;
    }
    Target target = targets.get(entry.name());
    Optional<EntryModel> refined =
        target == null ? Optional.empty()
            : Optional.of(target.own() != null ? build(target.own()) : target.inherited());
    int status = entry.isCategory() ? entry.status() : statuses.get(entry.name());
    boolean retryable = entry.retry() == Retry.INHERIT
        ? refined.map(EntryModel::retryable).orElse(false)
        : entry.retry() == Retry.YES;
    String code = entry.wireCode();
    String template = entry.docsUrl().isEmpty() ? docsUrlTemplate : entry.docsUrl();
    model = new EntryModel(
        catalog.id(),
        entry.index(),
        entry.kind(),
        entry.name(),
        code,
        status,
        entry.isCategory() ? entry.to() : status,
        entry.title().isEmpty() ? NameStyle.humanize(entry.name()) : VisibleText.strip(entry.title()),
        VisibleText.strip(entry.description()),
        entry.remedy().stream().map(VisibleText::strip).toList(),
        retryable,
        template.isEmpty() ? "" : DocsUrls.expand(template, code, status),
        refined,
        entry.standsForStatus(),
        memberInheritance.records(entry, Optional.ofNullable(ownMembers.get(entry.name())), refined));
    built.put(entry.name(), model);
    return model;
  }

  private static boolean validRange(EntryDeclaration category) {
    return DeclarationValidator.isErrorStatus(category.status())
        && DeclarationValidator.isErrorStatus(category.to())
        && category.status() <= category.to();
  }

  static String labelOf(EntryModel entry) {
    return entry.catalog().enumSimpleName() + "." + entry.name();
  }

  private static String range(int from, int to) {
    return from + "–" + to;
  }
}

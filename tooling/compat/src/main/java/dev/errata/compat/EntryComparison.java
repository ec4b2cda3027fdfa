package dev.errata.compat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** The changes of one code or category that exists in both versions. */
final class EntryComparison {

  private final String catalog;
  private final UnaryOperator<String> renamedTo;
  private final List<Change> out;

  /**
   * @param renamedTo maps a baseline reference {@code <enum>.<CONSTANT>} to its name in the new
   *     version, so that refining a renamed code is not reported a second time
   */
  EntryComparison(String catalog, UnaryOperator<String> renamedTo, List<Change> out) {
    this.catalog = catalog;
    this.renamedTo = renamedTo;
    this.out = out;
  }

  void compare(EntryMatch.Pair pair) {
    EntrySnapshot a = pair.before();
    EntrySnapshot b = pair.after();
    String subject = a.name();
    if (pair.renamed()) {
      add(ChangeKind.CODE_RENAMED, subject, fromTo(a.name(), b.name())
          + ", exception " + fromTo(simple(a.exception()), simple(b.exception())));
    } else if (!a.exception().equals(b.exception())) {
      add(ChangeKind.EXCEPTION_RENAMED, subject, fromTo(a.exception(), b.exception()));
    }
    if (a.category() != b.category()) {
      add(ChangeKind.KIND_CHANGED, subject, fromTo(kind(a), kind(b)));
    }
    if (!a.code().equals(b.code())) {
      add(ChangeKind.WIRE_CODE_CHANGED, subject, "wire code " + fromTo(a.code(), b.code()));
    }
    if (a.status() / 100 != b.status() / 100) {
      add(ChangeKind.STATUS_CLASS_CHANGED, subject, "status " + fromTo(a.status(), b.status()));
    } else if (a.status() != b.status()) {
      add(ChangeKind.STATUS_CHANGED, subject, "status " + fromTo(a.status(), b.status()));
    }
    if (a.category() && b.category() && a.statusTo() != b.statusTo()) {
      add(ChangeKind.RANGE_CHANGED, subject, "statuses "
          + fromTo(a.status() + "-" + a.statusTo(), b.status() + "-" + b.statusTo()));
    }
    String refinedBefore = a.refines().isEmpty() ? "" : renamedTo.apply(a.refines());
    if (!refinedBefore.equals(b.refines())) {
      add(ChangeKind.REFINES_CHANGED, subject, "refines " + fromTo(orNothing(a.refines()), orNothing(b.refines())));
    }
    if (a.retryable() != b.retryable()) {
      add(ChangeKind.RETRYABLE_CHANGED, subject, "retryable " + fromTo(a.retryable(), b.retryable()));
    }
    if (a.standsForStatus() != b.standsForStatus()) {
      add(ChangeKind.STANDS_FOR_STATUS_CHANGED, subject, b.standsForStatus()
          ? "now stands for status " + b.status()
          : "no longer stands for status " + a.status());
    }
    docsUrl(subject, a.docsUrl(), b.docsUrl());
    text(ChangeKind.TITLE_CHANGED, subject, a.title(), b.title());
    text(ChangeKind.DESCRIPTION_CHANGED, subject, a.description(), b.description());
    if (!a.remedy().equals(b.remedy())) {
      add(ChangeKind.REMEDY_CHANGED, subject, a.remedy().size() + " step(s) → " + b.remedy().size() + " step(s)");
    }
    unknownProperties(subject, a.otherProperties(), b.otherProperties());
    members(subject, a.members(), b.members());
  }

  /**
   * The changes of the members of a code, by wire name. A member the code inherits in the
   * version where it appears or disappears, or in both, is the concern of the code that declares
   * it, or of a change of what the code refines, which are reported there.
   */
  private void members(String subject, List<MemberSnapshot> before, List<MemberSnapshot> after) {
    Map<String, MemberSnapshot> now = new LinkedHashMap<>();
    after.forEach(member -> now.put(member.name(), member));
    for (MemberSnapshot was : before) {
      MemberSnapshot is = now.remove(was.name());
      String member = subject + "." + was.name();
      if (is == null) {
        if (!was.inherited()) {
          add(ChangeKind.MEMBER_REMOVED, member, was.accessor() + "() " + was.type());
        }
      } else if (!(was.inherited() && is.inherited())) {
        compareMember(member, was, is);
      }
    }
    now.values().stream().filter(member -> !member.inherited()).forEach(member ->
        add(ChangeKind.MEMBER_ADDED, subject + "." + member.name(), member.accessor() + "() " + member.type()));
  }

  private void compareMember(String member, MemberSnapshot was, MemberSnapshot is) {
    if (!was.javaType().equals(is.javaType())) {
      add(ChangeKind.MEMBER_RETYPED, member, fromTo(was.type() + " " + was.javaType(), is.type() + " " + is.javaType()));
    } else if (!was.type().equals(is.type())) {
      add(ChangeKind.MEMBER_VALUES_CHANGED, member, fromTo(was.type(), is.type()));
    }
    if (!was.pointer().equals(is.pointer())) {
      add(ChangeKind.MEMBER_POINTER_CHANGED, member, "pointer " + fromTo(was.pointer(), is.pointer()));
    }
    if (!was.accessor().equals(is.accessor())) {
      add(ChangeKind.MEMBER_ACCESSOR_RENAMED, member, fromTo(was.accessor() + "()", is.accessor() + "()"));
    }
    text(ChangeKind.MEMBER_DESCRIPTION_CHANGED, member, was.description(), is.description());
  }

  private void docsUrl(String subject, String before, String after) {
    if (before.equals(after)) {
      return;
    }
    if (before.isEmpty()) {
      add(ChangeKind.DOCS_URL_ADDED, subject, after);
    } else if (after.isEmpty()) {
      add(ChangeKind.DOCS_URL_REMOVED, subject, before);
    } else {
      add(ChangeKind.DOCS_URL_CHANGED, subject, fromTo(before, after));
    }
  }

  private void text(ChangeKind kind, String subject, String before, String after) {
    if (!before.equals(after)) {
      add(kind, subject, fromTo(quoted(before), quoted(after)));
    }
  }

  /** Properties of a newer processor: compared only when both versions have them, since absent says nothing. */
  private void unknownProperties(String subject, Map<String, String> before, Map<String, String> after) {
    before.forEach((property, value) -> {
      String now = after.get(property);
      if (now != null && !Objects.equals(value, now)) {
        out.add(new Change(ChangeKind.PROPERTY_CHANGED, catalog, subject, property + "-changed",
            property + " " + fromTo(value, now), ChangeKind.PROPERTY_CHANGED.floor(), List.of()));
      }
    });
  }

  private void add(ChangeKind kind, String subject, String detail) {
    out.add(Change.of(kind, catalog, subject, detail));
  }

  static String fromTo(Object before, Object after) {
    return before + " → " + after;
  }

  private static String kind(EntrySnapshot entry) {
    return entry.category() ? "category" : "code";
  }

  private static String orNothing(String reference) {
    return reference.isEmpty() ? "nothing" : reference;
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  static String simple(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}

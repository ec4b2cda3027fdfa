package dev.errata.compat;

import java.util.List;

/** The changes of a catalog's code and message pointers. */
final class PointerComparison {

  private PointerComparison() {}

  static void compare(CatalogSnapshot a, CatalogSnapshot b, List<Change> out) {
    String catalog = a.enumName();
    List<String> before = a.codePointers();
    List<String> after = b.codePointers();
    if (!before.equals(after)) {
      String detail = "code pointers " + EntryComparison.fromTo(shown(before), shown(after));
      if (before.isEmpty() || after.isEmpty()) {
        out.add(Change.of(ChangeKind.CODE_POINTER_DETECTION_CHANGED, catalog, "", detail));
      } else if (!after.containsAll(before)) {
        out.add(Change.of(ChangeKind.CODE_POINTER_REMOVED, catalog, "", detail));
      } else if (after.size() > before.size() && after.subList(0, before.size()).equals(before)) {
        out.add(Change.of(ChangeKind.CODE_POINTER_ADDED, catalog, "", detail));
      } else {
        out.add(Change.of(ChangeKind.CODE_POINTERS_REORDERED, catalog, "", detail));
      }
    }
    if (!a.messagePointers().equals(b.messagePointers())) {
      out.add(Change.of(ChangeKind.MESSAGE_POINTERS_CHANGED, catalog, "", "message pointers "
          + EntryComparison.fromTo(shown(a.messagePointers()), shown(b.messagePointers()))));
    }
  }

  private static String shown(List<String> pointers) {
    return pointers.isEmpty() ? "auto-detected" : String.join(", ", pointers);
  }
}

package dev.errata.compat;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.CatalogException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What really happens to a response between two compiled versions of a catalog. */
final class Decoded {

  private Decoded() {}

  /**
   * The generated classes that catch the old version's exception for this response and whose
   * namesake no longer catches the new version's: the catch clauses that stop firing. A class
   * that no longer exists counts too.
   */
  static List<String> lostCatches(CompiledCatalog before, CompiledCatalog after, int status, String body) {
    CatalogException old = before.decode(status, body);
    CatalogException now = after.decode(status, body);
    List<String> lost = new ArrayList<>();
    for (Class<?> c = old.getClass(); c != CatalogException.class; c = c.getSuperclass()) {
      Optional<Class<?>> same = after.exceptionClass(c.getName());
      if (same.isEmpty() || !same.get().isInstance(now)) {
        lost.add(c.getName());
      }
    }
    return lost;
  }

  /** Every response the report gives as breaking loses a catch when decoded with the compiled versions. */
  static void assertExamplesMove(CompiledCatalog before, CompiledCatalog after, CompatibilityReport report) {
    for (Change change : report.changes()) {
      for (MovedResponse r : change.responses()) {
        List<String> lost = lostCatches(before, after, r.status(), r.body());
        if (r.severity() == Severity.BREAKING) {
          assertWithMessage("%s, given for %s", r, change.id()).that(lost).isNotEmpty();
        } else {
          assertWithMessage("%s, given for %s", r, change.id()).that(lost).isEmpty();
        }
        assertWithMessage("%s, given for %s", r, change.id())
            .that(before.decode(r.status(), r.body()).getClass().getName()).isEqualTo(r.before());
        assertWithMessage("%s, given for %s", r, change.id())
            .that(after.decode(r.status(), r.body()).getClass().getName()).isEqualTo(r.after());
      }
    }
  }
}

package dev.errata.compat;

import java.util.List;

/**
 * Every change between two versions of a set of catalogs, catalog by catalog in name order.
 *
 * @param changes the changes, each catalog's own changes before those of its codes
 */
public record CompatibilityReport(List<Change> changes) {

  public CompatibilityReport {
    changes = List.copyOf(changes);
  }

  /** The changes of one severity, in report order. */
  public List<Change> changes(Severity severity) {
    return changes.stream().filter(c -> c.severity() == severity).toList();
  }

  /** Whether any change is breaking. */
  public boolean hasBreakingChanges() {
    return !changes(Severity.BREAKING).isEmpty();
  }
}

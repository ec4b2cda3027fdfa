package dev.errata;

/** The steps of {@link Catalog}'s resolution order, shared by its lookups. */
final class Resolution {

  /** Wire code, status, category. */
  static final int STEPS = 3;

  private Resolution() {}

  /** Index of the definition {@code catalog} holds for one step, or -1. */
  static int lookUp(Catalog catalog, int step, String code, int status) {
    switch (step) {
      case 0:
        return code == null || code.isEmpty() ? -1 : catalog.indexOfCode(code);
      case 1:
        return catalog.indexOfStatus(status);
      default:
        return catalog.indexOfCategory(status);
    }
  }
}

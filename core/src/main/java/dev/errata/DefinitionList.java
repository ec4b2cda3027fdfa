package dev.errata;

import java.util.AbstractList;
import java.util.RandomAccess;

/** A read-only view of a catalog's own definitions that creates none of them up front. */
final class DefinitionList extends AbstractList<ErrorDefinition> implements RandomAccess {

  private final Catalog catalog;

  DefinitionList(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public ErrorDefinition get(int index) {
    if (index < 0 || index >= catalog.size()) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + catalog.size());
    }
    return catalog.definitionAt(index);
  }

  @Override
  public int size() {
    return catalog.size();
  }
}

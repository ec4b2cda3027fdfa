package dev.errata.runtime;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import java.util.List;
import java.util.Optional;

/** A catalog whose every lookup fails, as a buggy hand-written implementation might. */
final class BrokenCatalog implements Catalog {
  @Override
  public String name() {
    return "Broken";
  }

  @Override
  public Optional<Catalog> parent() {
    return Optional.empty();
  }

  @Override
  public List<String> codePointers() {
    throw new IllegalStateException("broken");
  }

  @Override
  public List<String> messagePointers() {
    return List.of("not a pointer");
  }

  @Override
  public List<ErrorDefinition> definitions() {
    throw new IllegalStateException("broken");
  }

  @Override
  public Optional<ErrorDefinition> definition(String code) {
    throw new IllegalStateException("broken");
  }

  @Override
  public ErrorDefinition resolve(String code, int status) {
    throw new IllegalStateException("broken");
  }

  @Override
  public CatalogException create(String code, int status, ErrorDetails details, boolean captureStackTrace) {
    throw new IllegalStateException("broken");
  }
}

package dev.errata.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * The names that identify a catalog and its generated types.
 *
 * @param enumQualifiedName canonical name of the catalog enum, such as {@code com.acme.PlatformError}
 * @param packageName package of the enum and of everything generated for it
 * @param enumSimpleNames the enum's simple name, prefixed by its enclosing types' names when nested
 *     ({@code Outer.Errors} → {@code ["Outer", "Errors"]})
 * @param baseName prefix of the generated type names: the simple names joined ({@code OuterErrors})
 */
public record CatalogId(
    String enumQualifiedName,
    String packageName,
    List<String> enumSimpleNames,
    String baseName) {

  public String catalogSimpleName() {
    return GeneratedNames.catalog(baseName);
  }

  public String handlerSimpleName() {
    return GeneratedNames.handler(baseName);
  }

  /** A type of the catalog's package by its simple name: {@code com.acme.PlatformErrorCatalog}. */
  public String qualified(String simpleName) {
    return GeneratedNames.qualified(packageName, simpleName);
  }

  /** The enum's name as written in code of the same package: {@code Outer.Errors}. */
  public String enumReference() {
    return String.join(".", enumSimpleNames);
  }

  public String enumSimpleName() {
    return enumSimpleNames.get(enumSimpleNames.size() - 1);
  }

  // Written out rather than generated: a record's own equals and hashCode are bootstrapped through
  // invokedynamic on first use, which costs a cold compile about 20 ms, and every catalog's
  // validation compares ids.
  @Override
  public boolean equals(Object o) {
    return o instanceof CatalogId other
        && enumQualifiedName.equals(other.enumQualifiedName)
        && packageName.equals(other.packageName)
        && enumSimpleNames.equals(other.enumSimpleNames)
        && baseName.equals(other.baseName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(enumQualifiedName, packageName, enumSimpleNames, baseName);
  }
}

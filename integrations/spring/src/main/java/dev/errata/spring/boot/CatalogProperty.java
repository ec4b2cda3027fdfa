package dev.errata.spring.boot;

import dev.errata.Catalog;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * The catalog a property names: an {@code @ErrorCatalog} enum, or the catalog class the processor
 * generated for it. A wrong class fails startup with the property's name in the message.
 */
final class CatalogProperty {

  private CatalogProperty() {}

  static Catalog resolve(Class<?> type, String property) {
    if (Catalog.class.isAssignableFrom(type)) {
      return generatedInstance(type, property);
    }
    try {
      return Catalog.of(type);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(property + "=" + type.getName() + " names no catalog: " + e.getMessage(), e);
    }
  }

  private static Catalog generatedInstance(Class<?> type, String property) {
    try {
      Field instance = type.getField("INSTANCE");
      if (Modifier.isStatic(instance.getModifiers()) && instance.get(null) instanceof Catalog catalog) {
        return catalog;
      }
    } catch (NoSuchFieldException | IllegalAccessException e) {
      // reported below
    }
    throw new IllegalArgumentException(property + "=" + type.getName()
        + " names a Catalog class without a public static INSTANCE; name the @ErrorCatalog enum instead");
  }
}

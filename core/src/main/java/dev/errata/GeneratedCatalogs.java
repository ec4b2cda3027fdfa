package dev.errata;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds the catalog the processor generated for an enum. This is the one place at run time where
 * a build that never ran the processor shows, so its message says how to fix the build.
 */
final class GeneratedCatalogs {

  private GeneratedCatalogs() {}

  static Catalog instanceFor(Class<?> catalogEnum) {
    if (catalogEnum == null || !catalogEnum.isEnum()) {
      throw new IllegalArgumentException(
          "Catalog.of takes an @ErrorCatalog enum, not " + (catalogEnum == null ? "null" : catalogEnum.getName()));
    }
    String name = catalogClassName(catalogEnum);
    Class<?> generated;
    try {
      generated = Class.forName(name, true, catalogEnum.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(notGenerated(catalogEnum, name), e);
    }
    try {
      Field instance = generated.getField("INSTANCE");
      if (Modifier.isStatic(instance.getModifiers()) && instance.get(null) instanceof Catalog catalog) {
        return catalog;
      }
    } catch (NoSuchFieldException | IllegalAccessException e) {
      throw new IllegalStateException(notACatalog(catalogEnum, name), e);
    }
    throw new IllegalStateException(notACatalog(catalogEnum, name));
  }

  /** {@code com.acme.Outer.Errors} → {@code com.acme.OuterErrorsCatalog}, as the processor names it. */
  static String catalogClassName(Class<?> catalogEnum) {
    Deque<String> names = new ArrayDeque<>();
    for (Class<?> c = catalogEnum; c != null; c = c.getEnclosingClass()) {
      names.addFirst(c.getSimpleName());
    }
    String packageName = catalogEnum.getPackageName();
    String base = String.join("", names) + "Catalog";
    return packageName.isEmpty() ? base : packageName + "." + base;
  }

  private static String notGenerated(Class<?> catalogEnum, String name) {
    return name + " does not exist: the Errata annotation processor did not run when "
        + catalogEnum.getName() + " was compiled. Put dev.errata:errata-processor on the annotation"
        + " processor path (Maven: <annotationProcessorPaths> of maven-compiler-plugin 3.5 or newer;"
        + " Gradle: annotationProcessor) and check that "
        + catalogEnum.getSimpleName() + " is annotated @ErrorCatalog.";
  }

  private static String notACatalog(Class<?> catalogEnum, String name) {
    return name + " is not the catalog the Errata processor generates for " + catalogEnum.getName()
        + " (it has no public static INSTANCE of type dev.errata.Catalog). Rename the class that"
        + " takes the generated catalog's name.";
  }
}

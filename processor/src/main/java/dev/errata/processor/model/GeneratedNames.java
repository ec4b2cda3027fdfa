package dev.errata.processor.model;

/**
 * The one place where the names of generated types and methods are derived. Validation checks
 * these names and the writers emit them, so both always agree.
 */
public final class GeneratedNames {

  private GeneratedNames() {}

  /** {@code RELATION_CONFLICT} → {@code RelationConflictException}. */
  public static String exception(String constantName) {
    return NameStyle.pascal(constantName) + "Exception";
  }

  /** {@code RELATION_CONFLICT} → {@code onRelationConflict}. */
  public static String handlerMethod(String constantName) {
    return "on" + NameStyle.pascal(constantName);
  }

  /** {@code PlatformError} (or {@code Outer.Errors}, joined) → {@code PlatformErrorCatalog}. */
  public static String catalog(String baseName) {
    return baseName + "Catalog";
  }

  /** {@code PlatformError} → {@code PlatformErrorHandler}. */
  public static String handler(String baseName) {
    return baseName + "Handler";
  }

  /** A type's qualified name; a type of the unnamed package is named by its simple name. */
  public static String qualified(String packageName, String simpleName) {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }
}

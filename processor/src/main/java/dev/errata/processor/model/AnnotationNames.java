package dev.errata.processor.model;

/**
 * Qualified names of Errata's annotations. The processor reads them by name, through annotation
 * mirrors, so that class-valued members such as {@code parent} never throw {@code
 * MirroredTypeException}.
 */
public final class AnnotationNames {

  public static final String ERROR_CATALOG = "dev.errata.ErrorCatalog";
  public static final String ERROR_CODE = "dev.errata.ErrorCode";
  public static final String ERROR_CATEGORY = "dev.errata.ErrorCategory";
  public static final String MEMBER = "dev.errata.Member";

  private AnnotationNames() {}
}

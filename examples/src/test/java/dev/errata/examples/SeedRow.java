package dev.errata.examples;

import dev.errata.CatalogException;

/**
 * One row of a seed error page, as a catalog should model it.
 *
 * @param code the wire code (the constant's name when the page defines no codes of its own)
 * @param status the HTTP status
 * @param title the title, as the page names the error
 * @param exception the exception the code decodes to
 * @param superclass the exception that one extends: the refined code's
 * @param retryable whether the page advises repeating the request
 */
public record SeedRow(
    String code,
    int status,
    String title,
    Class<? extends CatalogException> exception,
    Class<? extends CatalogException> superclass,
    boolean retryable) {

  @Override
  public String toString() {
    return code + " (" + status + ")";
  }
}

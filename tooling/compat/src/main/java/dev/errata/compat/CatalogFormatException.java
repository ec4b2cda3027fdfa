package dev.errata.compat;

import org.jspecify.annotations.Nullable;

/** A catalog file that cannot be read: not JSON, or missing what every catalog file has. */
public final class CatalogFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CatalogFormatException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}

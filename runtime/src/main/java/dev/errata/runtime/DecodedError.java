package dev.errata.runtime;

import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import org.jspecify.annotations.Nullable;

/**
 * An error response decoded, before it becomes an exception: what the {@link ClientPolicy}
 * looks at to decide whether a code passes through to the caller.
 */
final class DecodedError {

  private final ErrorDecoder decoder;
  // What the catalog resolves: the wire code (may be null) and the status.
  private final @Nullable String code;
  private final int status;
  private final ErrorDetails details;

  DecodedError(ErrorDecoder decoder, @Nullable String code, int status, ErrorDetails details) {

    this.decoder = decoder;
    this.code = code;
    this.status = status;
    this.details = details;
  }

  /** What the response said. */
  ErrorDetails details() {
    return details;
  }

  /** The definition the response resolves to; the catalog's catch-all for one it does not define. */
  ErrorDefinition definition() {
    try {
      return decoder.catalog().resolve(code, status);
    } catch (RuntimeException defect) {
      return toException().definition(); // reports the defect, and falls back
    }
  }

  /** A new exception of the definition's type, with these details. Never throws. */
  CatalogException toException() {
    try {
      return decoder.catalog().create(code, status, details, decoder.capturesStackTraces());
    } catch (RuntimeException defect) {
      Defects.report(decoder.catalog() + " failed to create the exception of code " + code + " and status " + status, defect);
      try {
        return decoder.catalog().create(null, status, details, decoder.capturesStackTraces());
      } catch (RuntimeException stillBroken) {
        return CatalogException.unknown(ErrorDefinition.unknown("catalog"), details, decoder.capturesStackTraces());
      }
    }
  }

  @Override
  public String toString() {
    return "DecodedError[" + code + ", " + status + ", " + details + "]";
  }
}

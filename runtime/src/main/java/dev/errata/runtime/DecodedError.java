package dev.errata.runtime;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;

/**
 * An error response decoded, before it becomes an exception: what {@link ErrorDecoder#read} and
 * {@link ErrorDecoder#readStream} return. It lets a caller look at the error before deciding to
 * throw (an HTTP client adapter that lets some codes through to the caller, say), and make the
 * exception in its own frame, so that its stack trace starts there.
 *
 * <pre>{@code
 * DecodedError error = decoder.read(status, headers, body);
 * if (!error.definition().code().equals("RATE_LIMITED")) {
 *   throw error.toException();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DecodedError {

  private final ErrorDecoder decoder;
  // What the catalog resolves: the wire code (may be null) and the status.
  private final String code;
  private final int status;
  final ErrorDetails details;

  DecodedError(ErrorDecoder decoder, String code, int status, ErrorDetails details) {
    this.decoder = decoder;
    this.code = code;
    this.status = status;
    this.details = details;
  }

  /** What the response said: status, wire code, message, headers (credentials redacted), body. */
  public ErrorDetails details() {
    return details;
  }

  /**
   * The definition the response resolves to, by code, then status, in the catalog and its
   * ancestors; the catalog's {@link Catalog#unknownDefinition() catch-all} for one it does not
   * define.
   */
  public ErrorDefinition definition() {
    try {
      return decoder.catalog().resolve(code, status);
    } catch (RuntimeException brokenCatalog) {
      return decoder.fallback(details.status()).definition();
    }
  }

  /**
   * A new exception of the definition's type, with these details and, when the decoder captures
   * stack traces, the trace of this call. Never throws.
   */
  public CatalogException toException() {
    // The exception is made here, not in a helper: a trace records every frame between its
    // constructor and the caller.
    try {
      return decoder.catalog().create(code, status, details, decoder.capturesStackTraces());
    } catch (RuntimeException brokenCatalog) {
      return decoder.fallback(details.status());
    }
  }

  @Override
  public String toString() {
    return "DecodedError[" + definition().code() + ", " + details + "]";
  }
}

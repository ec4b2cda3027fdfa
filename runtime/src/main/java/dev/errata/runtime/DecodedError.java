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
  // The definition's catalog and index; null for an error the catalog does not define.
  final Catalog.Entry entry;
  final ErrorDetails details;

  DecodedError(ErrorDecoder decoder, Catalog.Entry entry, ErrorDetails details) {
    this.decoder = decoder;
    this.entry = entry;
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
    return entry != null ? entry.definition() : decoder.catalog().unknownDefinition();
  }

  /**
   * A new exception of the definition's type, with these details and, when the decoder captures
   * stack traces, the trace of this call. Never throws.
   */
  public CatalogException toException() {
    // The exception is made here, not in a helper: a trace records every frame between its
    // constructor and the caller.
    try {
      return entry != null
          ? entry.catalog().newException(entry.index(), details, decoder.capturesStackTraces())
          : CatalogException.unknown(decoder.catalog().unknownDefinition(), details, decoder.capturesStackTraces());
    } catch (RuntimeException brokenCatalog) {
      return decoder.fallback(details.status());
    }
  }

  @Override
  public String toString() {
    return "DecodedError[" + definition().code() + ", " + details + "]";
  }
}

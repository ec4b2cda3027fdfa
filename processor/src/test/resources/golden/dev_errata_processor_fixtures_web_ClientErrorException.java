package dev.errata.processor.fixtures.web;

import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import javax.annotation.processing.Generated;

/**
 * Client Error: The request was wrong.
 *
 * <p>Category of HTTP statuses 400–499, wire code <code>CLIENT_ERROR</code>, not retryable.
 * Declared as <code>Web.CLIENT_ERROR</code>.
 *
 * <p>What to do:
 * <ol>
 * <li>Fix the request.
 * </ol>
 *
 * <p>Reference: <a href="https://errors.example.com/web/400">https://errors.example.com/web/400</a>
 *
 * @see WebCatalog#definition(Web)
 */
@Generated("dev.errata.processor.ErrataProcessor")
public class ClientErrorException extends CatalogException {
  private static final long serialVersionUID = 1L;

  /**
   * An error a response reported, as {@code details} describe it.
   *
   * @param details what the response said
   */
  public ClientErrorException(ErrorDetails details) {
    this(WebCatalog.INSTANCE.definitionAt(0), details, null, null, true);
  }

  /**
   * An error raised by code, such as a server handler, with a message of its own.
   *
   * @param message what went wrong
   */
  public ClientErrorException(String message) {
    this(WebCatalog.INSTANCE.definitionAt(0), ErrorDetails.empty(), message, null, true);
  }

  /**
   * An error raised by code, with a message and the exception that caused it.
   *
   * @param message what went wrong
   * @param cause the underlying exception
   */
  public ClientErrorException(String message, Throwable cause) {
    this(WebCatalog.INSTANCE.definitionAt(0), ErrorDetails.empty(), message, cause, true);
  }

  /**
   * For the generated catalog and for exceptions of codes that refine this one.
   *
   * @param definition the definition of the code
   * @param details what the response said
   * @param message the message, or {@code null} to describe the error from its definition and details
   * @param cause the underlying exception, or {@code null}
   * @param captureStackTrace whether to record the stack trace
   */
  protected ClientErrorException(ErrorDefinition definition, ErrorDetails details, String message,
      Throwable cause, boolean captureStackTrace) {
    super(definition, details, message, cause, captureStackTrace);
  }
}

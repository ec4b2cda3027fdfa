package dev.errata.processor.fixtures.platform;

import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import javax.annotation.processing.Generated;

/**
 * Unauthorized: The API key is not valid.
 *
 * <p>HTTP status 401, wire code <code>Unauthorized</code>, not retryable. Declared as
 * <code>Platform.UNAUTHORIZED</code>.
 *
 * <p>Reference: <a href="https://docs.example.com/errors#Unauthorized">https://docs.example.com/errors#Unauthorized</a>
 *
 * @see PlatformCatalog#definition(Platform)
 */
@Generated("dev.errata.processor.ErrataProcessor")
public class UnauthorizedException extends dev.errata.processor.fixtures.web.UnauthorizedException {
  private static final long serialVersionUID = 1L;

  /**
   * An error a response reported, as {@code details} describe it.
   *
   * @param details what the response said
   */
  public UnauthorizedException(ErrorDetails details) {
    this(PlatformCatalog.INSTANCE.definitionAt(3), details, null, null, true);
  }

  /**
   * An error raised by code, such as a server handler, with a message of its own.
   *
   * @param message what went wrong
   */
  public UnauthorizedException(String message) {
    this(PlatformCatalog.INSTANCE.definitionAt(3), ErrorDetails.empty(), message, null, true);
  }

  /**
   * An error raised by code, with a message and the exception that caused it.
   *
   * @param message what went wrong
   * @param cause the underlying exception
   */
  public UnauthorizedException(String message, Throwable cause) {
    this(PlatformCatalog.INSTANCE.definitionAt(3), ErrorDetails.empty(), message, cause, true);
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
  protected UnauthorizedException(ErrorDefinition definition, ErrorDetails details, String message,
      Throwable cause, boolean captureStackTrace) {
    super(definition, details, message, cause, captureStackTrace);
  }
}

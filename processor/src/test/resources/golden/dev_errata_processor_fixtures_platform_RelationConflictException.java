package dev.errata.processor.fixtures.platform;

import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import dev.errata.processor.fixtures.web.ConflictException;
import javax.annotation.processing.Generated;

/**
 * Relation Conflict: The resource belongs to another resource than the one named.
 *
 * <p>HTTP status 409, wire code <code>RelationConflict</code>, not retryable. Declared as
 * <code>Platform.RELATION_CONFLICT</code>.
 *
 * <p>What to do:
 * <ol>
 * <li>Check that both identifiers belong together.
 * <li>Fetch the resource again.
 * </ol>
 *
 * <p>Reference: <a href="https://docs.example.com/errors#RelationConflict">https://docs.example.com/errors#RelationConflict</a>
 *
 * @see PlatformCatalog#definition(Platform)
 */
@Generated("dev.errata.processor.ErrataProcessor")
public class RelationConflictException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /**
   * An error a response reported, as {@code details} describe it.
   *
   * @param details what the response said
   */
  public RelationConflictException(ErrorDetails details) {
    this(PlatformCatalog.INSTANCE.definitionAt(0), details, null, null, true);
  }

  /**
   * An error raised by code, such as a server handler, with a message of its own.
   *
   * @param message what went wrong
   */
  public RelationConflictException(String message) {
    this(PlatformCatalog.INSTANCE.definitionAt(0), ErrorDetails.empty(), message, null, true);
  }

  /**
   * An error raised by code, with a message and the exception that caused it.
   *
   * @param message what went wrong
   * @param cause the underlying exception
   */
  public RelationConflictException(String message, Throwable cause) {
    this(PlatformCatalog.INSTANCE.definitionAt(0), ErrorDetails.empty(), message, cause, true);
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
  protected RelationConflictException(ErrorDefinition definition, ErrorDetails details,
      String message, Throwable cause, boolean captureStackTrace) {
    super(definition, details, message, cause, captureStackTrace);
  }
}

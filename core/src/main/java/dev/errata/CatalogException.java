package dev.errata;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The root of every generated error type: an error of a catalog, with its {@linkplain
 * #definition() definition} (what it means, what to do) and the {@linkplain #details() details}
 * of the response that reported it.
 *
 * <p>Generated subclasses mirror the catalog's refinement tree, so catching a status exception
 * such as {@code ConflictException} also catches every code that refines it. A plain {@code
 * CatalogException} stands for an error the catalog does not know ({@link ErrorDefinition.Kind#UNKNOWN}).
 *
 * <p>Exceptions created without a stack trace (for high-volume decoding) skip the costly stack
 * walk; everything else about them is the same.
 */
public class CatalogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorDefinition definition;
  private final ErrorDetails details;

  /**
   * For generated subclasses: an error of {@code definition}.
   *
   * @param message the message, or {@code null} to describe the error from its definition and details
   * @param captureStackTrace whether to record the stack trace; {@code false} makes creation cheap
   */
  protected CatalogException(
      ErrorDefinition definition,
      ErrorDetails details,
      @Nullable String message,
      @Nullable Throwable cause,
      boolean captureStackTrace) {
    super(message, cause, true, captureStackTrace);
    this.definition = Objects.requireNonNull(definition, "definition");
    this.details = Objects.requireNonNull(details, "details");
  }

  /**
   * An error that matched nothing a catalog knows.
   *
   * @param definition the catalog's {@link ErrorDefinition.Kind#UNKNOWN} definition
   */
  public static CatalogException unknown(
      ErrorDefinition definition, ErrorDetails details, boolean captureStackTrace) {
    if (definition.kind() != ErrorDefinition.Kind.UNKNOWN) {
      throw new IllegalArgumentException(
          "only an UNKNOWN definition makes a plain CatalogException, not " + definition.name());
    }
    return new CatalogException(definition, details, null, null, captureStackTrace);
  }

  /** What this error is in its catalog: meaning, remedy, status, docs link. */
  public ErrorDefinition definition() {
    return definition;
  }

  /** What the response said; {@link ErrorDetails#empty()} when there was no response. */
  public ErrorDetails details() {
    return details;
  }

  /**
   * Whether this error was decoded from another service's response ({@link
   * ErrorDetails#fromResponse()}), rather than raised by this application's own code. A server
   * never serves such an error as its own (status, code, message, headers) unless the
   * application translates it on purpose.
   */
  public boolean fromResponse() {
    return details.fromResponse();
  }

  /** The catalog's code of this error, {@code definition().code()}; the wire code as sent is {@code details().code()}. */
  public String code() {
    return definition.code();
  }

  /**
   * The HTTP status this error stands for: the response's status when it was an error status
   * (400–599), otherwise the status the catalog assigns (for example for a GraphQL error that
   * came with HTTP 200).
   */
  public int status() {
    int responseStatus = details.status();
    return responseStatus >= 400 && responseStatus <= 599 ? responseStatus : definition.status();
  }

  /**
   * Whether repeating the request may succeed: what this occurrence says ({@link
   * ErrorDetails#retryable()}), else what the catalog says of its code.
   */
  public boolean isRetryable() {
    return details.retryable().orElse(definition.retryable());
  }

  /** How long the server asked the client to wait, from the response's Retry-After. */
  public Optional<Duration> retryAfter() {
    return details.retryAfter();
  }

  /**
   * What this occurrence of the error says beyond its definition: the message given at
   * construction, else the server's message from {@link #details()}; empty when there is
   * neither. Unlike {@link #getMessage()} it never falls back to the catalog's description, so a
   * server can tell "Order 42 was not found" apart from the generic text of the code.
   */
  public Optional<String> detail() {
    String message = super.getMessage();
    return message != null ? Optional.of(message) : details.message();
  }

  /**
   * The message given at construction, or one describing the error: title, status, wire code,
   * the server's message (else the catalog's description) and the request id.
   */
  @Override
  public String getMessage() {
    String message = super.getMessage();
    return message != null ? message : describe();
  }

  private String describe() {
    StringBuilder s = new StringBuilder(definition.title())
        .append(" (")
        .append(status())
        .append(' ')
        .append(details.code().orElse(definition.code()))
        .append("): ")
        .append(details.message().orElse(definition.description()));
    details.requestId().ifPresent(id -> s.append(" [request ").append(id).append(']'));
    return s.toString();
  }
}

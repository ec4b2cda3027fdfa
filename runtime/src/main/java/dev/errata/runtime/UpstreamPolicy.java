package dev.errata.runtime;

import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.http.BadGatewayException;
import java.util.Objects;

/**
 * What a server answers when the error it is about to serve was decoded from another service's
 * response ({@link CatalogException#fromResponse()}) rather than raised by its own code.
 *
 * <p>Such an error describes the other service's failure: its status (a 404 of a service this
 * one depends on is not a 404 of this one), its wire code, its message, its request id. Served
 * as is, it would tell this server's clients something false and could leak what the other
 * service said. So the default, {@link #BAD_GATEWAY}, answers 502 and keeps the upstream error
 * only as the cause, for this server's logs. An application that means to pass an upstream error
 * on chooses {@link #PROPAGATE}, or translates the errors it expects into errors of its own
 * before they reach the renderer.
 *
 * <p>Errors the application raises itself ({@code new OrderNotFoundException("…")}) are served as
 * they are under every policy.
 */
public enum UpstreamPolicy {

  /**
   * The default: an upstream error is served as a {@link BadGatewayException} (502, code {@code
   * BAD_GATEWAY}, the HTTP catalog's title, description and remedy), with nothing of the upstream
   * response (no status, code, message, request id, header or body) but the advice a caller
   * needs: {@code retryable} only when another try may help (the upstream error is retryable: a
   * 5xx such as 503, a 429, a timeout; not a 404 or a 400), and then the upstream's Retry-After.
   */
  BAD_GATEWAY,

  /**
   * An upstream error is served as if this application had raised it: its status, its catalog
   * code, its message as the {@code detail}, whether it is retryable and its Retry-After. The
   * upstream response's headers, body, problem {@code instance} and list of {@code errors} are
   * still never served: an entry of that list names the other service's fields and values. For a
   * service that is deliberately a transparent front for the other one.
   */
  PROPAGATE;

  /**
   * The error to serve for {@code error}: {@code error} itself when this application raised it
   * or this policy propagates it, else a {@link BadGatewayException} whose cause is {@code error}.
   */
  public CatalogException errorToServe(CatalogException error) {
    Objects.requireNonNull(error, "error");
    if (this == PROPAGATE || !error.fromResponse()) {
      return error;
    }
    // No message of its own: the detail is the HTTP catalog's description of 502.
    boolean retryable = error.isRetryable();
    ErrorDetails advice = ErrorDetails.builder()
        .retryable(retryable)
        .retryAfter(retryable ? error.retryAfter().orElse(null) : null)
        .build();
    return new BadGatewayException(advice, error);
  }
}

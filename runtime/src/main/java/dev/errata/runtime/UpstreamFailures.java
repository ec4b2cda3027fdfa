package dev.errata.runtime;

import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.http.BadGatewayException;
import dev.errata.http.GatewayTimeoutException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * What a server answers when a call it made to another service failed without a response: a
 * {@link GatewayTimeoutException} (504) when the other service did not answer in time, a {@link
 * BadGatewayException} (502) when it could not be reached. Both are this service's own errors,
 * retryable, and say nothing of the other service: its address, which the failure's message
 * holds, stays in this server's log.
 */
public final class UpstreamFailures {

  /** Deeper wrapping than this is not a wrapper chain but a cycle or an attack. */
  private static final int MAX_DEPTH = 8;

  private UpstreamFailures() {}

  /**
   * The error to serve for {@code failure}, when it is, or is caused by, the failure of a call to
   * another service: an unreachable host ({@link ConnectException}, a connect timeout, {@link
   * UnknownHostException}, {@link NoRouteToHostException}) or a timeout waiting for the answer
   * ({@link SocketTimeoutException}, {@link HttpTimeoutException}, {@link TimeoutException}); else
   * empty. The failure is the
   * served error's cause.
   */
  public static Optional<CatalogException> toServe(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
      if (isUnreachable(t)) {
        return Optional.of(new BadGatewayException(retryable(), failure));
      }
      if (isTimeout(t)) {
        return Optional.of(new GatewayTimeoutException(retryable(), failure));
      }
    }
    return Optional.empty();
  }

  /**
   * Like {@link #toServe(Throwable)}, and any other {@link IOException} too, as a 502: for a
   * failure an HTTP client reported as its own (Spring's {@code ResourceAccessException}, say),
   * which is known to come from a call to another service.
   */
  public static CatalogException toServeAny(Throwable clientFailure) {
    return toServe(clientFailure).orElseGet(() -> new BadGatewayException(retryable(), clientFailure));
  }

  // A connection that was never made, in time or at all: nobody there to answer.
  private static boolean isUnreachable(Throwable t) {
    return t instanceof ConnectException
        || t instanceof HttpConnectTimeoutException
        || t instanceof UnknownHostException
        || t instanceof NoRouteToHostException;
  }

  private static boolean isTimeout(Throwable t) {
    return t instanceof SocketTimeoutException
        || t instanceof HttpTimeoutException
        || t instanceof TimeoutException
        || (t instanceof InterruptedIOException && "timeout".equals(t.getMessage())); // OkHttp's call timeout
  }

  private static ErrorDetails retryable() {
    return ErrorDetails.builder().retryable(true).build();
  }
}

package dev.errata.processor.fixtures.web;

import dev.errata.ErrorHandler;
import javax.annotation.processing.Generated;

/**
 * Typed handling of the Web error catalog, generated from
 * <code>dev.errata.processor.fixtures.web.Web</code>.
 *
 * <p>Every method has a default that falls back to the method of the code it refines, ending at
 * {@link #onError(CatalogException)}, the one method an implementation must write. Hand an error
 * to the most specific method with {@link WebCatalog#dispatch(CatalogException, WebHandler)}.
 *
 * @param <R> what handling an error produces
 */
@Generated("dev.errata.processor.ErrataProcessor")
public interface WebHandler<R> extends ErrorHandler<R> {
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
   * <p>Falls back to {@link #onError(dev.errata.CatalogException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onClientError(ClientErrorException e) {
    return onError(e);
  }

  /**
   * Server Error: The server failed.
   *
   * <p>Category of HTTP statuses 500–599, wire code <code>SERVER_ERROR</code>, not retryable.
   * Declared as <code>Web.SERVER_ERROR</code>.
   *
   * <p>What to do:
   * <ol>
   * <li>Try later.
   * </ol>
   *
   * <p>Reference: <a href="https://errors.example.com/web/500">https://errors.example.com/web/500</a>
   *
   * <p>Falls back to {@link #onError(dev.errata.CatalogException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onServerError(ServerErrorException e) {
    return onError(e);
  }

  /**
   * Gateway Trouble: A gateway could not reach the service behind it.
   *
   * <p>Category of HTTP statuses 502–504, wire code <code>GATEWAY_ERROR</code>, retryable. Declared
   * as <code>Web.GATEWAY_ERROR</code>.
   *
   * <p>Reference: <a href="https://errors.example.com/web/502">https://errors.example.com/web/502</a>
   *
   * <p>Falls back to {@link #onServerError(dev.errata.processor.fixtures.web.ServerErrorException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onGatewayError(GatewayErrorException e) {
    return onServerError(e);
  }

  /**
   * Bad Request: The request is malformed.
   *
   * <p>HTTP status 400, wire code <code>BAD_REQUEST</code>, not retryable. Declared as
   * <code>Web.BAD_REQUEST</code>.
   *
   * <p>What to do:
   * <ol>
   * <li>Check the body.
   * </ol>
   *
   * <p>Reference: <a href="https://errors.example.com/web/400">https://errors.example.com/web/400</a>
   *
   * <p>Falls back to {@link #onClientError(dev.errata.processor.fixtures.web.ClientErrorException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onBadRequest(BadRequestException e) {
    return onClientError(e);
  }

  /**
   * Unauthorized: Credentials are missing or wrong.
   *
   * <p>HTTP status 401, wire code <code>UNAUTHORIZED</code>, not retryable. Declared as
   * <code>Web.UNAUTHORIZED</code>.
   *
   * <p>Reference: <a href="https://errors.example.com/web/401">https://errors.example.com/web/401</a>
   *
   * <p>Falls back to {@link #onClientError(dev.errata.processor.fixtures.web.ClientErrorException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onUnauthorized(UnauthorizedException e) {
    return onClientError(e);
  }

  /**
   * Not Found: Nothing lives at this address.
   *
   * <p>HTTP status 404, wire code <code>NOT_FOUND</code>, not retryable. Declared as
   * <code>Web.NOT_FOUND</code>.
   *
   * <p>Reference: <a href="https://errors.example.com/web/404">https://errors.example.com/web/404</a>
   *
   * <p>Falls back to {@link #onClientError(dev.errata.processor.fixtures.web.ClientErrorException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onNotFound(NotFoundException e) {
    return onClientError(e);
  }

  /**
   * Conflict: The request conflicts with the resource's state.
   *
   * <p>HTTP status 409, wire code <code>CONFLICT</code>, not retryable. Declared as
   * <code>Web.CONFLICT</code>.
   *
   * <p>Reference: <a href="https://errors.example.com/web/409">https://errors.example.com/web/409</a>
   *
   * <p>Falls back to {@link #onClientError(dev.errata.processor.fixtures.web.ClientErrorException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onConflict(ConflictException e) {
    return onClientError(e);
  }

  /**
   * Too Many Requests: Too many requests.
   *
   * <p>HTTP status 429, wire code <code>TOO_MANY_REQUESTS</code>, retryable. Declared as
   * <code>Web.TOO_MANY_REQUESTS</code>.
   *
   * <p>Reference: <a href="https://errors.example.com/web/429">https://errors.example.com/web/429</a>
   *
   * <p>Falls back to {@link #onClientError(dev.errata.processor.fixtures.web.ClientErrorException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onTooManyRequests(TooManyRequestsException e) {
    return onClientError(e);
  }

  /**
   * Internal Server Error: The server failed unexpectedly.
   *
   * <p>HTTP status 500, wire code <code>INTERNAL_SERVER_ERROR</code>, not retryable. Declared as
   * <code>Web.INTERNAL_SERVER_ERROR</code>.
   *
   * <p>Reference: <a href="https://errors.example.com/web/500">https://errors.example.com/web/500</a>
   *
   * <p>Falls back to {@link #onServerError(dev.errata.processor.fixtures.web.ServerErrorException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onInternalServerError(InternalServerErrorException e) {
    return onServerError(e);
  }

  /**
   * Service Unavailable: The service is down for now.
   *
   * <p>HTTP status 503, wire code <code>SERVICE_UNAVAILABLE</code>, retryable. Declared as
   * <code>Web.SERVICE_UNAVAILABLE</code>.
   *
   * <p>Reference: <a href="https://errors.example.com/web/503">https://errors.example.com/web/503</a>
   *
   * <p>Falls back to {@link #onGatewayError(dev.errata.processor.fixtures.web.GatewayErrorException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onServiceUnavailable(ServiceUnavailableException e) {
    return onGatewayError(e);
  }

  /**
   * Gateway Timeout: The gateway gave up waiting.
   *
   * <p>HTTP status 504, wire code <code>GATEWAY_TIMEOUT</code>, retryable. Declared as
   * <code>Web.GATEWAY_TIMEOUT</code>.
   *
   * <p>Reference: <a href="https://errors.example.com/web/504">https://errors.example.com/web/504</a>
   *
   * <p>Falls back to {@link #onGatewayError(dev.errata.processor.fixtures.web.GatewayErrorException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onGatewayTimeout(GatewayTimeoutException e) {
    return onGatewayError(e);
  }
}

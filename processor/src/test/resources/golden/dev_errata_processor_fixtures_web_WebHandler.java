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
   * Handles {@link ClientErrorException}: Client Error (HTTP 400–499, wire code
   * <code>CLIENT_ERROR</code>).
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
   * Handles {@link ServerErrorException}: Server Error (HTTP 500–599, wire code
   * <code>SERVER_ERROR</code>).
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
   * Handles {@link GatewayErrorException}: Gateway Trouble (HTTP 502–504, wire code
   * <code>GATEWAY_ERROR</code>).
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
   * Handles {@link BadRequestException}: Bad Request (HTTP 400, wire code <code>BAD_REQUEST</code>).
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
   * Handles {@link UnauthorizedException}: Unauthorized (HTTP 401, wire code
   * <code>UNAUTHORIZED</code>).
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
   * Handles {@link NotFoundException}: Not Found (HTTP 404, wire code <code>NOT_FOUND</code>).
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
   * Handles {@link ConflictException}: Conflict (HTTP 409, wire code <code>CONFLICT</code>).
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
   * Handles {@link TooManyRequestsException}: Too Many Requests (HTTP 429, wire code
   * <code>TOO_MANY_REQUESTS</code>).
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
   * Handles {@link InternalServerErrorException}: Internal Server Error (HTTP 500, wire code
   * <code>INTERNAL_SERVER_ERROR</code>).
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
   * Handles {@link ServiceUnavailableException}: Service Unavailable (HTTP 503, wire code
   * <code>SERVICE_UNAVAILABLE</code>).
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
   * Handles {@link GatewayTimeoutException}: Gateway Timeout (HTTP 504, wire code
   * <code>GATEWAY_TIMEOUT</code>).
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

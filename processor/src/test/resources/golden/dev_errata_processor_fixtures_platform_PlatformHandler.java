package dev.errata.processor.fixtures.platform;

import dev.errata.processor.fixtures.web.WebHandler;
import javax.annotation.processing.Generated;

/**
 * Typed handling of the Acme Platform API error catalog, generated from
 * <code>dev.errata.processor.fixtures.platform.Platform</code>. It extends the Web catalog
 * (<code>dev.errata.processor.fixtures.web.Web</code>).
 *
 * <p>Every method has a default that falls back to the method of the code it refines, ending at
 * {@link #onError(CatalogException)}, the one method an implementation must write. Hand an error
 * to the most specific method with {@link PlatformCatalog#dispatch(CatalogException, PlatformHandler)}.
 *
 * @param <R> what handling an error produces
 */
@Generated("dev.errata.processor.ErrataProcessor")
public interface PlatformHandler<R> extends WebHandler<R> {
  /**
   * Handles {@link RelationConflictException}: Relation Conflict (HTTP 409, wire code
   * <code>RelationConflict</code>).
   *
   * <p>Falls back to {@link #onConflict(dev.errata.processor.fixtures.web.ConflictException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onRelationConflict(RelationConflictException e) {
    return onConflict(e);
  }

  /**
   * Handles {@link AlreadyExistsException}: Already Exists (HTTP 409, wire code
   * <code>AlreadyExists</code>).
   *
   * <p>Falls back to {@link #onConflict(dev.errata.processor.fixtures.web.ConflictException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onAlreadyExists(AlreadyExistsException e) {
    return onConflict(e);
  }

  /**
   * Handles {@link ResourceLockedException}: Resource Locked (HTTP 409, wire code
   * <code>ResourceLocked</code>).
   *
   * <p>Falls back to {@link #onRelationConflict(dev.errata.processor.fixtures.platform.RelationConflictException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onResourceLocked(ResourceLockedException e) {
    return onRelationConflict(e);
  }

  /**
   * Handles {@link UnauthorizedException}: Unauthorized (HTTP 401, wire code
   * <code>Unauthorized</code>).
   *
   * <p>Falls back to {@link #onUnauthorized(dev.errata.processor.fixtures.web.UnauthorizedException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onUnauthorized(UnauthorizedException e) {
    return onUnauthorized((dev.errata.processor.fixtures.web.UnauthorizedException) e);
  }

  /**
   * Handles {@link NotFoundException}: Not Found (HTTP 404, wire code <code>NOT_FOUND</code>).
   *
   * <p>Falls back to {@link #onNotFound(dev.errata.processor.fixtures.web.NotFoundException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onNotFound(NotFoundException e) {
    return onNotFound((dev.errata.processor.fixtures.web.NotFoundException) e);
  }

  /**
   * Handles {@link InvalidPayloadException}: Invalid Payload (HTTP 422, wire code
   * <code>InvalidPayload</code>).
   *
   * <p>Falls back to {@link #onBadRequest(dev.errata.processor.fixtures.web.BadRequestException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onInvalidPayload(InvalidPayloadException e) {
    return onBadRequest(e);
  }

  /**
   * Handles {@link TeapotException}: Teapot (HTTP 418, wire code <code>Teapot</code>).
   *
   * <p>Falls back to {@link #onClientError(dev.errata.processor.fixtures.web.ClientErrorException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onTeapot(TeapotException e) {
    return onClientError(e);
  }

  /**
   * Handles {@link MaintenanceException}: Down for Maintenance (HTTP 503, wire code
   * <code>Maintenance</code>).
   *
   * <p>Falls back to {@link #onServiceUnavailable(dev.errata.processor.fixtures.web.ServiceUnavailableException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onMaintenance(MaintenanceException e) {
    return onServiceUnavailable(e);
  }
}

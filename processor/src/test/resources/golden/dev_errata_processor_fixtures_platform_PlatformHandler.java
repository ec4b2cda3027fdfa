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
   * <p>Falls back to {@link #onConflict(dev.errata.processor.fixtures.web.ConflictException)}.
   *
   * @param e the error
   * @return what handling it produces
   */
  default R onRelationConflict(RelationConflictException e) {
    return onConflict(e);
  }

  /**
   * Already Exists: The record exists already.
   *
   * <p>HTTP status 409, wire code <code>AlreadyExists</code>, not retryable. Declared as
   * <code>Platform.ALREADY_EXISTS</code>.
   *
   * <p>Reference: <a href="https://docs.example.com/errors#AlreadyExists">https://docs.example.com/errors#AlreadyExists</a>
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
   * Resource Locked: The resource is locked by another operation.
   *
   * <p>HTTP status 409, wire code <code>ResourceLocked</code>, retryable. Declared as
   * <code>Platform.RESOURCE_LOCKED</code>.
   *
   * <p>Reference: <a href="https://docs.example.com/errors#ResourceLocked">https://docs.example.com/errors#ResourceLocked</a>
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
   * Unauthorized: The API key is not valid.
   *
   * <p>HTTP status 401, wire code <code>Unauthorized</code>, not retryable. Declared as
   * <code>Platform.UNAUTHORIZED</code>.
   *
   * <p>Reference: <a href="https://docs.example.com/errors#Unauthorized">https://docs.example.com/errors#Unauthorized</a>
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
   * Not Found: No such resource in this workspace.
   *
   * <p>HTTP status 404, wire code <code>NOT_FOUND</code>, not retryable. Declared as
   * <code>Platform.NOT_FOUND</code>.
   *
   * <p>What to do:
   * <ol>
   * <li>Check the workspace the identifier belongs to.
   * </ol>
   *
   * <p>Reference: <a href="https://docs.example.com/errors#NOT_FOUND">https://docs.example.com/errors#NOT_FOUND</a>
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
   * Invalid Payload: The payload does not match the schema.
   *
   * <p>HTTP status 422, wire code <code>InvalidPayload</code>, not retryable. Declared as
   * <code>Platform.INVALID_PAYLOAD</code>.
   *
   * <p>Reference: <a href="https://docs.example.com/errors#InvalidPayload">https://docs.example.com/errors#InvalidPayload</a>
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
   * Teapot: The platform refuses to brew coffee.
   *
   * <p>HTTP status 418, wire code <code>Teapot</code>, not retryable. Declared as
   * <code>Platform.TEAPOT</code>.
   *
   * <p>Reference: <a href="https://docs.example.com/errors#Teapot">https://docs.example.com/errors#Teapot</a>
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
   * Down for Maintenance: The platform is in a maintenance window.
   *
   * <p>HTTP status 503, wire code <code>Maintenance</code>, retryable. Declared as
   * <code>Platform.MAINTENANCE</code>.
   *
   * <p>Reference: <a href="https://status.example.com">https://status.example.com</a>
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

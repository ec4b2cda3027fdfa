package dev.errata.examples.extracts;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.Retry;
import dev.errata.http.HttpError;

/**
 * The errors a data-extraction service reports when an extract, a scheduled job that pulls a
 * report from a source such as an advertising or analytics API, fails on the source's side: the
 * ten HTTP statuses of the service's error code FAQ, with the service's advice about sources,
 * extracts, schedules, backfills and custom reports.
 *
 * <p>The body is whatever the source API sent, so the service has no wire codes of its own and a
 * response resolves by its status. Every code overrides the {@link HttpError} code of its status
 * (same status, same wire code, the FAQ's advice), so it stands for that status: a 414 decodes to
 * {@code ExtractUriTooLongException}, which extends {@code dev.errata.http.UriTooLongException}.
 * The constants carry an {@code EXTRACT_} prefix so that their exceptions do not share simple
 * names with the HTTP exceptions they extend. Documentation links point at the status's row of
 * the FAQ ({@code example.com} stands for the service's documentation host).
 *
 * <p>Retry advice follows the FAQ: rate limits, internal errors, bad gateways and unavailable
 * services are worth running again later. A gateway timeout is not: the FAQ blames it on the
 * amount of data the extract asks for, and the same extract asks for the same amount again (see
 * {@link #EXTRACT_GATEWAY_TIMEOUT}). A 404 may come from a short outage of the source, as the FAQ
 * says, but it mostly means the resource is gone, so it is not retried automatically either.
 *
 * <p>To use it, decode a source's error response with {@code
 * ErrorDecoder.builder(ExtractErrorCatalog.INSTANCE).build()}, or call through {@code
 * ErrataHttpClient.of(httpClient, decoder)}, and catch the exceptions or hand them to an {@code
 * ExtractErrorHandler}; {@code RetryAdvisor} decides whether a run is worth repeating.
 */
@ErrorCatalog(
    name = "Extracts",
    parent = HttpError.class,
    docsUrl = "https://extracts.example.com/docs/api-error-codes#{status}")
public enum ExtractError {

  @ErrorCode(
      status = 400,
      code = "BAD_REQUEST",
      title = "Bad Request",
      description =
          "The source API rejected the request of the extract as malformed, which usually "
              + "comes from the way the source or the extract is set up.",
      remedy = {
        "Check that the source's credentials may access the API resource the extract reads.",
        "Review the settings of the source and of the extract, such as the report, its fields, "
            + "filters and date range."
      },
      retry = Retry.NO)
  EXTRACT_BAD_REQUEST,

  @ErrorCode(
      status = 401,
      code = "UNAUTHORIZED",
      title = "Incorrect Authentication",
      description =
          "The source API did not accept the credentials stored for the source: they are wrong, "
              + "expired or revoked.",
      remedy = {
        "Check the credentials of the source, and reconnect it if they have expired.",
        "Run the extract again once the source authenticates."
      },
      retry = Retry.NO)
  EXTRACT_UNAUTHORIZED,

  @ErrorCode(
      status = 403,
      code = "FORBIDDEN",
      title = "Insufficient Permissions",
      description =
          "The credentials work, but the user or API credential behind them lacks the permission "
              + "or scope that the extract's request needs.",
      remedy = {
        "Check the role of the user or API credential in the source application.",
        "Grant the missing permissions or scopes, and reconnect the source if its scopes "
            + "changed."
      },
      retry = Retry.NO)
  EXTRACT_FORBIDDEN,

  @ErrorCode(
      status = 404,
      code = "NOT_FOUND",
      title = "Not Found",
      description =
          "The source API has nothing at the address the extract requested: the resource was "
              + "removed or deactivated, or the source is briefly out of service.",
      remedy = {
        "Check whether the source's provider reports an outage.",
        "Check that the resource, such as the account, report or object, still exists and is "
            + "active.",
        "Point the extract at a resource that exists."
      },
      retry = Retry.NO)
  EXTRACT_NOT_FOUND,

  @ErrorCode(
      status = 414,
      code = "URI_TOO_LONG",
      title = "URI Too Long",
      description =
          "The request URI the extract built is longer than the source API accepts, typically "
              + "because the report asks for many parameters in the query string.",
      remedy = {
        "Use a custom version of the report, if the source offers one.",
        "Drop parameters from it, such as fields or dimensions, until the source accepts the "
            + "request."
      },
      retry = Retry.NO)
  EXTRACT_URI_TOO_LONG,

  @ErrorCode(
      status = 429,
      code = "TOO_MANY_REQUESTS",
      title = "Too Many Requests",
      description =
          "The extracts of a source sent it more requests in a window of time than its rate "
              + "limit allows.",
      remedy = {
        "Run fewer extracts of the same source at the same time.",
        "Spread the schedules of the source's extracts so that they do not start together.",
        "Let the run retry later, with backoff."
      },
      retry = Retry.YES)
  EXTRACT_TOO_MANY_REQUESTS,

  @ErrorCode(
      status = 500,
      code = "INTERNAL_SERVER_ERROR",
      title = "Internal Server Error",
      description = "The source API failed on its side, most often because it is down.",
      remedy = {
        "Run the extract again later: the cause lies with the source, not with the extract."
      },
      retry = Retry.YES)
  EXTRACT_INTERNAL_SERVER_ERROR,

  @ErrorCode(
      status = 502,
      code = "BAD_GATEWAY",
      title = "Bad Gateway",
      description =
          "A gateway or proxy in front of the source API got an invalid response from the server "
              + "behind it.",
      remedy = {
        "Run the extract again later: the cause lies with the source, not with the extract."
      },
      retry = Retry.YES)
  EXTRACT_BAD_GATEWAY,

  @ErrorCode(
      status = 503,
      code = "SERVICE_UNAVAILABLE",
      title = "Service Unavailable",
      description = "The source API is not ready to take requests at the moment.",
      remedy = {
        "Run the extract again later, after the Retry-After delay if the source sends one."
      },
      retry = Retry.YES)
  EXTRACT_SERVICE_UNAVAILABLE,

  // HTTP's Gateway Timeout is retryable; here it is not, since the FAQ traces it to the volume
  // of data the extract queries, which a second run queries again.
  @ErrorCode(
      status = 504,
      code = "GATEWAY_TIMEOUT",
      title = "Gateway Timeout",
      description =
          "A gateway in front of the source API gave up waiting for it, usually because the "
              + "extract asked for more data than the source can return in time.",
      remedy = {
        "Query less data per run, for example fewer fields or a shorter date range.",
        "Lower the backfill settings, so that a run covers fewer days.",
        "Run the extract again after the change."
      },
      retry = Retry.NO)
  EXTRACT_GATEWAY_TIMEOUT
}

package dev.errata.examples.integrations;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.Retry;
import dev.errata.http.HttpError;

/**
 * The errors an automation platform's integration nodes (HTTP request nodes, app nodes and
 * webhooks) get back from the external services they call, as the platform's "Integrations and
 * API Errors" page describes them: ten HTTP statuses, each with what it means when a scenario
 * calls a service and what to change in the scenario.
 *
 * <p>The body of such an error is whatever the external service sends, so the platform defines
 * no wire codes of its own: a response resolves by its status. Every code here therefore
 * <em>overrides</em> the {@link HttpError} code of its status: it has the same status and the
 * same wire code ({@code TOO_MANY_REQUESTS}), refines that code, and replaces its advice with the
 * platform's: node settings, authorizations, scopes, timeouts, retry on error. Because it
 * overrides the HTTP code, it stands for the status, so a 429 with any body decodes to {@code
 * IntegrationTooManyRequestsException}, which extends {@code
 * dev.errata.http.TooManyRequestsException}: a handler written for plain HTTP errors handles it
 * too. A status the page does not list decodes as the HTTP catalog says (a 418 to {@code
 * dev.errata.http.ClientErrorException}).
 *
 * <p>The constants carry an {@code INTEGRATION_} prefix so that their exceptions do not share
 * simple names with the HTTP exceptions they extend: code that catches both reads clearly.
 * Documentation links point at the status's section of the platform's error page ({@code
 * example.com} stands for the platform's documentation host).
 *
 * <p>Request timeouts, rate limits and every server error are retryable, as the page advises
 * running them again; the other client errors are not.
 *
 * <p>To use it, decode a node's failed call with {@code
 * ErrorDecoder.builder(IntegrationErrorCatalog.INSTANCE).build()}, or call through {@code
 * ErrataHttpClient.of(httpClient, decoder)}, and catch the exceptions or hand them to an {@code
 * IntegrationErrorHandler}; {@code RetryAdvisor} turns the retry advice into a decision.
 */
@ErrorCatalog(
    name = "Integrations",
    parent = HttpError.class,
    docsUrl = "https://automation.example.com/docs/errors/integrations#{status}")
public enum IntegrationError {

  @ErrorCode(
      status = 400,
      code = "BAD_REQUEST",
      title = "Bad Request",
      description =
          "The external service refused the request a node sent because its content is not what "
              + "the service accepts: malformed JSON, a required field left out, or a value of the "
              + "wrong type.",
      remedy = {
        "Open the node's settings and review the body, headers and query parameters it sends.",
        "Compare them with the service's API reference for required fields, value types and "
            + "formats.",
        "Look at the response body in the node's log: most services name the field they rejected."
      },
      retry = Retry.NO)
  INTEGRATION_BAD_REQUEST,

  @ErrorCode(
      status = 401,
      code = "UNAUTHORIZED",
      title = "Unauthorized",
      description =
          "The external service did not accept the node's credentials: no token was sent, or the "
              + "API key or token it sent has expired or is not valid.",
      remedy = {
        "Check which authorization the node uses: an API key, a bearer token or an OAuth "
            + "connection.",
        "Refresh the token, or reconnect the account under Authorizations so that the platform "
            + "holds fresh credentials.",
        "Run the node again once the authorization works."
      },
      retry = Retry.NO)
  INTEGRATION_UNAUTHORIZED,

  @ErrorCode(
      status = 403,
      code = "FORBIDDEN",
      title = "Forbidden",
      description =
          "The service knows the caller but will not let it perform the action: the account or "
              + "app has no access to the object, an app-level limit applies, or the service "
              + "blocks the caller's IP address.",
      remedy = {
        "In the external service, check what the connected account or app may see and change.",
        "Compare the scopes granted to the token with the scopes the operation needs.",
        "If scopes are missing, create a new authorization that asks for them and switch the "
            + "node to it."
      },
      retry = Retry.NO)
  INTEGRATION_FORBIDDEN,

  @ErrorCode(
      status = 404,
      code = "NOT_FOUND",
      title = "Not Found",
      description =
          "Nothing answers at the URL the node called: the path is wrong, or the page, object or "
              + "API method it points to has been removed.",
      remedy = {
        "Check the URL in the node's settings for typos, the API version and the path to the "
            + "object.",
        "Confirm in the service that the object still exists and was not deleted or moved."
      },
      retry = Retry.NO)
  INTEGRATION_NOT_FOUND,

  @ErrorCode(
      status = 408,
      code = "REQUEST_TIMEOUT",
      title = "Request Timeout",
      description =
          "The service stopped waiting for the node to finish sending its request and closed the "
              + "connection.",
      remedy = {
        "Raise the timeout in the node's settings, where the node offers one.",
        "Send less per request, such as a smaller body or fewer items at a time.",
        "Check whether the service is under heavy load, then run the node again."
      },
      retry = Retry.YES)
  INTEGRATION_REQUEST_TIMEOUT,

  @ErrorCode(
      status = 429,
      code = "TOO_MANY_REQUESTS",
      title = "Too Many Requests",
      description =
          "The scenario sent the service more requests than its rate limit allows, so the service "
              + "turns requests away for a while to protect itself.",
      remedy = {
        "Run the scenario less often, or make fewer calls to the same API in each run.",
        "Put a delay between consecutive requests, and fetch large result sets page by page.",
        "Back off before retrying, at least as long as a Retry-After header asks.",
        "For limits that the platform itself enforces, see its platform and limits errors."
      },
      retry = Retry.YES)
  INTEGRATION_TOO_MANY_REQUESTS,

  @ErrorCode(
      status = 500,
      code = "INTERNAL_SERVER_ERROR",
      title = "Internal Server Error",
      description =
          "The external service failed while handling the request; the request itself may be "
              + "perfectly valid.",
      remedy = {
        "Run the request again after a while.",
        "Look at the provider's status page for an incident.",
        "If the failure persists, contact the service's support, or turn on retry on error for "
            + "the node or the scenario."
      },
      retry = Retry.YES)
  INTEGRATION_INTERNAL_SERVER_ERROR,

  @ErrorCode(
      status = 502,
      code = "BAD_GATEWAY",
      title = "Bad Gateway",
      description =
          "A gateway or proxy in front of the service got an unusable answer from the server "
              + "behind it, most often because that server is overloaded or failing.",
      remedy = {
        "Wait a short time, then run the request again.",
        "If the error continues, the fault lies with the external service: check its status page "
            + "or contact its support."
      },
      retry = Retry.YES)
  INTEGRATION_BAD_GATEWAY,

  @ErrorCode(
      status = 503,
      code = "SERVICE_UNAVAILABLE",
      title = "Service Unavailable",
      description =
          "The service cannot take requests at the moment because of maintenance, overload or an "
              + "outage, and expects callers to come back later.",
      remedy = {
        "Run the scenario again later, after the Retry-After delay if the service sends one.",
        "Turn on retry on error in the node or the scenario settings, so that short outages heal "
            + "without anyone stepping in."
      },
      retry = Retry.YES)
  INTEGRATION_SERVICE_UNAVAILABLE,

  @ErrorCode(
      status = 504,
      code = "GATEWAY_TIMEOUT",
      title = "Gateway Timeout",
      description =
          "A gateway waited too long for the server behind it, so the request stalled on the "
              + "external service's side; the operation may still have completed there.",
      remedy = {
        "Run the request again, after checking that a write did not already take effect.",
        "If it keeps timing out, ask for less per request, such as fewer records or a narrower "
            + "query.",
        "Otherwise the limit sits with the provider, who would have to raise its timeout."
      },
      retry = Retry.YES)
  INTEGRATION_GATEWAY_TIMEOUT
}

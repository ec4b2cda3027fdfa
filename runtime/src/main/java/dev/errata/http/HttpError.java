package dev.errata.http;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCategory;
import dev.errata.ErrorCode;
import dev.errata.Retry;

/**
 * The standard HTTP error catalog: every 4xx and 5xx status code registered in the IANA HTTP
 * Status Code Registry, with what it means for a client calling an API, what to do about it and
 * whether repeating the request may succeed.
 *
 * <p>Every other catalog extends this one with {@code parent = HttpError.class}. An API's codes
 * then refine the code here that stands for the same status, so {@code catch
 * (ConflictException e)} also catches the API's own conflict errors, and a handler written for
 * plain HTTP errors keeps working for every API.
 *
 * <p>The Errata processor generates, in {@code dev.errata.http}, one exception per constant,
 * such as {@code NotFoundException}, {@code TooManyRequestsException} and {@code
 * ContentTooLargeException}; the category exceptions {@code ClientErrorException} (400 to 499)
 * and {@code ServerErrorException} (500 to 599), which the codes of their range extend; {@code
 * HttpErrorCatalog}; and {@code HttpErrorHandler}. Constants are named after the reason phrases
 * of RFC 9110, or of the RFC that registered the status, and their wire codes are the constant
 * names, such as {@code NOT_FOUND}.
 *
 * <p>Statuses without a constant of their own decode to their category: 418, which the registry
 * lists only as "(Unused)", and any status the registry does not assign become a {@code
 * ClientErrorException} or a {@code ServerErrorException}. 510 Not Extended is kept because the
 * registry still lists it, marked as obsoleted.
 *
 * <p>Retry defaults: 408 Request Timeout, 429 Too Many Requests, 500 Internal Server Error, 502
 * Bad Gateway, 503 Service Unavailable and 504 Gateway Timeout are retryable; every other code
 * and both categories are not, since the same request fails the same way until something about
 * it changes. A retryable error does not make every request safe to repeat: repeat only requests
 * that are idempotent, and honor the Retry-After delay the server sends ({@code
 * CatalogException.retryAfter()}).
 *
 * <p>Documentation links point at the defining section of RFC 9110, or of the RFC that
 * registered the status.
 */
@ErrorCatalog(name = "HTTP", docsUrl = "https://www.rfc-editor.org/rfc/rfc9110#status.{status}")
public enum HttpError {

  @ErrorCategory(
      from = 400,
      to = 499,
      title = "Client Error",
      description =
          "The server refused the request because of a problem on the client's side, such as "
              + "invalid input, missing credentials or missing permissions; it fails the same way "
              + "until that changes.",
      remedy = {
        "Read the status, the server's message and the body in the error details for the cause.",
        "Fix the request, its credentials or its permissions according to that cause.",
        "Check the API's documentation for the rules the request must follow."
      },
      retry = Retry.NO,
      docsUrl = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5")
  CLIENT_ERROR,

  @ErrorCategory(
      from = 500,
      to = 599,
      title = "Server Error",
      description =
          "The server, or a gateway in front of it, failed to handle a request that may well have "
              + "been valid.",
      remedy = {
        "Check the provider's status page for an ongoing incident.",
        "Retry later with exponential backoff, but only if the request is safe to repeat.",
        "If the error persists, contact the provider with the request id and the time of the "
            + "request."
      },
      retry = Retry.NO,
      docsUrl = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6")
  SERVER_ERROR,

  @ErrorCode(
      status = 400,
      title = "Bad Request",
      description =
          "The server cannot process the request because it is malformed or invalid: broken "
              + "syntax, a missing or mistyped field, or a value the endpoint does not allow.",
      remedy = {
        "Read the error message and body for the field or parameter the server rejected.",
        "Validate the request body against the API's schema, including required fields and value "
            + "types.",
        "Check the query parameters, headers and Content-Type the request sends.",
        "Fix the request before sending it again, since repeating it unchanged fails the same way."
      },
      retry = Retry.NO)
  BAD_REQUEST,

  @ErrorCode(
      status = 401,
      title = "Unauthorized",
      description =
          "The request carries no valid credentials for the resource: the API key or token is "
              + "missing, malformed, expired or revoked.",
      remedy = {
        "Check that the request sends an Authorization header in the scheme the API expects.",
        "Make sure the API key or token is current, and refresh an expired OAuth access token.",
        "Read the WWW-Authenticate response header for the authentication scheme the server "
            + "accepts.",
        "Send the request again with valid credentials."
      },
      retry = Retry.NO)
  UNAUTHORIZED,

  @ErrorCode(
      status = 402,
      title = "Payment Required",
      description =
          "HTTP reserves this status for future use; APIs return it when a billing condition "
              + "blocks the request, such as an unpaid invoice, an expired plan or exhausted "
              + "credit.",
      remedy = {
        "Read the error message for the billing condition the provider reports.",
        "Check the account's plan, payment method and remaining credit in the provider's console.",
        "Settle the balance or upgrade the plan, then send the request again."
      },
      retry = Retry.NO)
  PAYMENT_REQUIRED,

  @ErrorCode(
      status = 403,
      title = "Forbidden",
      description =
          "The server knows who is calling but refuses the request: the credentials lack the "
              + "permission, scope or role the operation needs, or a policy such as an IP "
              + "restriction blocks it.",
      remedy = {
        "Check that the token carries the scopes or roles the operation requires.",
        "Confirm that the account has access to the resource, project or organization in the "
            + "request.",
        "Look for account policies such as IP allowlists, region limits or disabled features.",
        "Ask an administrator to grant the missing permission, since logging in again as the same "
            + "identity does not help."
      },
      retry = Retry.NO)
  FORBIDDEN,

  @ErrorCode(
      status = 404,
      title = "Not Found",
      description =
          "No resource exists at the requested URL, or the server does not reveal to this caller "
              + "that one exists.",
      remedy = {
        "Check the URL for typos, the base path and the API version.",
        "Verify that the identifiers in the path refer to a resource that exists and was not "
            + "deleted.",
        "Make sure the credentials may see the resource, since some APIs answer 404 instead of 403 "
            + "to hide it."
      },
      retry = Retry.NO)
  NOT_FOUND,

  @ErrorCode(
      status = 405,
      title = "Method Not Allowed",
      description =
          "The resource exists but does not support the HTTP method of the request, such as a "
              + "DELETE on a read-only collection.",
      remedy = {
        "Read the Allow response header for the methods the resource supports.",
        "Check the API reference for the method and path of the operation you want.",
        "Send the request with a supported method."
      },
      retry = Retry.NO)
  METHOD_NOT_ALLOWED,

  @ErrorCode(
      status = 406,
      title = "Not Acceptable",
      description =
          "The server cannot produce a response in any of the media types, languages or encodings "
              + "that the request's Accept headers allow.",
      remedy = {
        "Check the Accept, Accept-Language and Accept-Encoding headers the client sends.",
        "Ask for a media type the API documents, usually application/json.",
        "Drop overly narrow Accept headers, or add a wildcard entry with a lower weight as a "
            + "fallback."
      },
      retry = Retry.NO)
  NOT_ACCEPTABLE,

  @ErrorCode(
      status = 407,
      title = "Proxy Authentication Required",
      description =
          "A proxy between the client and the server requires the client to authenticate with the "
              + "proxy before it forwards the request.",
      remedy = {
        "Read the Proxy-Authenticate response header for the scheme the proxy accepts.",
        "Configure the HTTP client with the proxy's credentials so that it sends "
            + "Proxy-Authorization.",
        "Check with the network administrator whether requests to this host should use the proxy."
      },
      retry = Retry.NO)
  PROXY_AUTHENTICATION_REQUIRED,

  @ErrorCode(
      status = 408,
      title = "Request Timeout",
      description =
          "The server stopped waiting because the client did not finish sending the request in "
              + "time; the server usually closes the connection as well.",
      remedy = {
        "Send the request again on a new connection.",
        "Look for slow uploads, stalled streams or network trouble between the client and the "
            + "server.",
        "Reduce the size of the request body, or split a large upload into smaller parts."
      },
      retry = Retry.YES)
  REQUEST_TIMEOUT,

  @ErrorCode(
      status = 409,
      title = "Conflict",
      description =
          "The request clashes with the current state of the resource, for example a duplicate "
              + "create, a concurrent edit or a broken relation between resources.",
      remedy = {
        "Read the error message for the state the request conflicts with.",
        "Fetch the current state of the resource and reconcile the change with it.",
        "Use conditional requests (If-Match with an ETag) so that concurrent edits are detected, "
            + "not lost.",
        "Send the request again only once the conflict is resolved."
      },
      retry = Retry.NO)
  CONFLICT,

  @ErrorCode(
      status = 410,
      title = "Gone",
      description =
          "The resource existed but was removed on purpose and is not coming back; APIs often "
              + "answer this for retired endpoints and API versions.",
      remedy = {
        "Stop calling this URL and drop any stored references to it.",
        "Look in the provider's changelog or migration guide for the replacement endpoint or "
            + "version.",
        "Update the client to the supported API."
      },
      retry = Retry.NO)
  GONE,

  @ErrorCode(
      status = 411,
      title = "Length Required",
      description =
          "The server refuses to accept a request body whose size is not declared up front in a "
              + "Content-Length header.",
      remedy = {
        "Send a Content-Length header with the exact size of the body.",
        "Buffer a streamed body so that its size is known, instead of using chunked transfer "
            + "coding.",
        "Check that no proxy or client library strips the header on the way."
      },
      retry = Retry.NO)
  LENGTH_REQUIRED,

  @ErrorCode(
      status = 412,
      title = "Precondition Failed",
      description =
          "A condition in the request headers, such as If-Match or If-Unmodified-Since, did not "
              + "hold, so the server did not apply the request; usually the resource changed "
              + "since the client read it.",
      remedy = {
        "Fetch the resource again to get its current state and ETag.",
        "Reapply the change to that state, or let the user decide how to merge the two.",
        "Send the request again with the updated condition."
      },
      retry = Retry.NO)
  PRECONDITION_FAILED,

  @ErrorCode(
      status = 413,
      title = "Content Too Large",
      description = "The request body is larger than the server is willing or able to process.",
      remedy = {
        "Check the API's documented limits on body and upload size.",
        "Shrink the payload: compress it, drop fields that are not needed or send fewer items at "
            + "once.",
        "Split large uploads into parts, or use the API's multipart or resumable upload if it has "
            + "one.",
        "If the response carries Retry-After, the limit is temporary and the request may succeed "
            + "after that delay."
      },
      retry = Retry.NO)
  CONTENT_TOO_LARGE,

  @ErrorCode(
      status = 414,
      title = "URI Too Long",
      description =
          "The target URI is longer than the server is willing to interpret, most often because of "
              + "a very long query string.",
      remedy = {
        "Move large filters or lists of identifiers into a request body, where the API offers an "
            + "endpoint for that.",
        "Split the request into several requests with fewer parameters each.",
        "Look for a redirect loop or a bug that keeps appending parameters to the URL."
      },
      retry = Retry.NO)
  URI_TOO_LONG,

  @ErrorCode(
      status = 415,
      title = "Unsupported Media Type",
      description =
          "The server refuses the request body because its media type or content coding is not one "
              + "the endpoint accepts.",
      remedy = {
        "Set the Content-Type header to a media type the endpoint documents, such as "
            + "application/json.",
        "Make sure the body is really encoded in the declared format and Content-Encoding.",
        "Check the Accept or Accept-Encoding response headers, when present, for what the server "
            + "accepts."
      },
      retry = Retry.NO)
  UNSUPPORTED_MEDIA_TYPE,

  @ErrorCode(
      status = 416,
      title = "Range Not Satisfiable",
      description =
          "None of the byte ranges in the request's Range header overlaps the current "
              + "representation, for example a range that starts past the end of the file.",
      remedy = {
        "Read the Content-Range response header for the current size of the resource.",
        "Recompute the Range header from that size, or drop it to fetch the whole resource.",
        "When resuming a download, check whether the resource changed and start over if it did."
      },
      retry = Retry.NO)
  RANGE_NOT_SATISFIABLE,

  @ErrorCode(
      status = 417,
      title = "Expectation Failed",
      description =
          "The server, or a proxy on the way, cannot meet the expectation in the request's Expect "
              + "header, which is usually 100-continue.",
      remedy = {
        "Send the request again without the Expect header.",
        "Turn off the HTTP client's Expect: 100-continue handshake for this server.",
        "Check whether a proxy on the way lacks support for the expectation."
      },
      retry = Retry.NO)
  EXPECTATION_FAILED,

  @ErrorCode(
      status = 421,
      title = "Misdirected Request",
      description =
          "The request reached a server that cannot answer for its target host and scheme, "
              + "typically because a reused connection leads to a different origin than the "
              + "request names.",
      remedy = {
        "Send the request again on a new connection to the intended host.",
        "Check DNS records, TLS certificates and SNI settings if the error keeps coming back.",
        "Stop the HTTP client from reusing connections across host names if it still happens."
      },
      retry = Retry.NO)
  MISDIRECTED_REQUEST,

  @ErrorCode(
      status = 422,
      title = "Unprocessable Content",
      description =
          "The server understands the format and syntax of the request but cannot act on its "
              + "content, typically because it fails validation or a business rule.",
      remedy = {
        "Read the error body for the fields and rules that failed validation.",
        "Correct the values, such as formats, ranges, required combinations or references to other "
            + "resources.",
        "Send the corrected request, since repeating it unchanged fails the same way."
      },
      retry = Retry.NO)
  UNPROCESSABLE_CONTENT,

  @ErrorCode(
      status = 423,
      title = "Locked",
      description =
          "The target resource is locked, so the request cannot change it until the lock is "
              + "released; the status comes from WebDAV, and some APIs use it for any locked "
              + "resource.",
      remedy = {
        "Find out which user or process holds the lock and whether it can be released.",
        "If the client holds the lock itself, send its lock token with the request.",
        "Wait until the lock is released, then send the request again."
      },
      retry = Retry.NO,
      docsUrl = "https://www.rfc-editor.org/rfc/rfc4918#section-11.3")
  LOCKED,

  @ErrorCode(
      status = 424,
      title = "Failed Dependency",
      description =
          "The server did not perform the request because another operation it depended on failed, "
              + "such as an earlier step of the same batch.",
      remedy = {
        "Find the operation that failed first, usually reported next to this one in a batch or "
            + "multi-status body.",
        "Fix the error of that operation.",
        "Submit the dependent operations again together once the failing one succeeds."
      },
      retry = Retry.NO,
      docsUrl = "https://www.rfc-editor.org/rfc/rfc4918#section-11.4")
  FAILED_DEPENDENCY,

  @ErrorCode(
      status = 425,
      title = "Too Early",
      description =
          "The server will not process a request sent in TLS early data (0-RTT), because a replay "
              + "of it by an attacker could do harm.",
      remedy = {
        "Send the request again after the TLS handshake has completed, without early data.",
        "Configure the HTTP client or TLS library not to send requests that are not idempotent in "
            + "early data."
      },
      retry = Retry.NO,
      docsUrl = "https://www.rfc-editor.org/rfc/rfc8470#section-5.2")
  TOO_EARLY,

  @ErrorCode(
      status = 426,
      title = "Upgrade Required",
      description =
          "The server refuses to handle the request over the current protocol and will only do so "
              + "once the client switches to the protocol named in the Upgrade response header.",
      remedy = {
        "Read the Upgrade response header for the protocol the server requires.",
        "Configure the HTTP client to use that protocol and send the request again.",
        "Update the client library if it cannot speak the required protocol."
      },
      retry = Retry.NO)
  UPGRADE_REQUIRED,

  @ErrorCode(
      status = 428,
      title = "Precondition Required",
      description =
          "The server requires the request to be conditional, so that two clients cannot overwrite "
              + "each other's changes without noticing.",
      remedy = {
        "Fetch the resource first to get its current ETag or Last-Modified value.",
        "Send the change again with an If-Match or If-Unmodified-Since header carrying that value.",
        "If that fails with 412 Precondition Failed, reload the resource and reapply the change."
      },
      retry = Retry.NO,
      docsUrl = "https://www.rfc-editor.org/rfc/rfc6585#section-3")
  PRECONDITION_REQUIRED,

  @ErrorCode(
      status = 429,
      title = "Too Many Requests",
      description =
          "The client sent too many requests in a given window of time and ran into a rate limit "
              + "or quota.",
      remedy = {
        "Wait for the delay in the Retry-After header, when present, before sending the request "
            + "again.",
        "Otherwise retry with exponential backoff and jitter, and cap the number of attempts.",
        "Lower the request rate or concurrency, batch operations and cache responses that rarely "
            + "change.",
        "Ask the provider for a higher limit if normal traffic keeps reaching it."
      },
      retry = Retry.YES,
      docsUrl = "https://www.rfc-editor.org/rfc/rfc6585#section-4")
  TOO_MANY_REQUESTS,

  @ErrorCode(
      status = 431,
      title = "Request Header Fields Too Large",
      description =
          "The server refuses the request because one of its header fields, or all of them "
              + "together, are too large.",
      remedy = {
        "Find the oversized header, which is often a cookie or a large bearer token.",
        "Clear stale cookies and stop sending headers the server does not need.",
        "Shorten the remaining values, for example with a smaller token or fewer custom headers."
      },
      retry = Retry.NO,
      docsUrl = "https://www.rfc-editor.org/rfc/rfc6585#section-5")
  REQUEST_HEADER_FIELDS_TOO_LARGE,

  @ErrorCode(
      status = 451,
      title = "Unavailable For Legal Reasons",
      description =
          "The server denies access to the resource because of a legal demand, such as a court "
              + "order, sanctions or a regional regulation.",
      remedy = {
        "Read the response body, and any Link header with rel=\"blocked-by\", for who imposed the "
            + "restriction.",
        "Check whether the restriction depends on the region the request comes from or on the "
            + "account.",
        "Contact the provider if you believe the block does not apply to you, since retrying will "
            + "not lift it."
      },
      retry = Retry.NO,
      docsUrl = "https://www.rfc-editor.org/rfc/rfc7725#section-3")
  UNAVAILABLE_FOR_LEGAL_REASONS,

  @ErrorCode(
      status = 500,
      title = "Internal Server Error",
      description =
          "The server ran into an unexpected condition and could not complete the request, which "
              + "may itself be perfectly valid.",
      remedy = {
        "Retry with exponential backoff if the request is safe to repeat, such as a GET or an "
            + "idempotent write.",
        "Check the provider's status page for an ongoing incident.",
        "If the error persists, contact the provider with the request id, the time and the failing "
            + "request."
      },
      retry = Retry.YES)
  INTERNAL_SERVER_ERROR,

  @ErrorCode(
      status = 501,
      title = "Not Implemented",
      description =
          "The server does not support the functionality the request needs, for example an HTTP "
              + "method it does not recognize.",
      remedy = {
        "Check the API reference for whether the operation exists in this API version and region.",
        "Use a supported method or operation instead.",
        "Contact the provider if the documentation says the feature should be available."
      },
      retry = Retry.NO)
  NOT_IMPLEMENTED,

  @ErrorCode(
      status = 502,
      title = "Bad Gateway",
      description =
          "A gateway or proxy in front of the server got an invalid response from the upstream "
              + "server it passed the request to.",
      remedy = {
        "When the answer is retryable, retry after its Retry-After or a short exponential backoff,"
            + " if the request is safe to repeat.",
        "Check the provider's status page for an outage.",
        "Contact the provider with the request id if the error persists."
      },
      retry = Retry.YES)
  BAD_GATEWAY,

  @ErrorCode(
      status = 503,
      title = "Service Unavailable",
      description =
          "The server cannot handle the request right now, because it is overloaded or down for "
              + "maintenance; the condition is expected to pass.",
      remedy = {
        "Wait for the delay in the Retry-After header, when present, before sending the request "
            + "again.",
        "Otherwise retry with exponential backoff and jitter, and cap the number of attempts.",
        "Check the provider's status page for maintenance windows or incidents.",
        "Reduce the load the client sends if the service stays unavailable."
      },
      retry = Retry.YES)
  SERVICE_UNAVAILABLE,

  @ErrorCode(
      status = 504,
      title = "Gateway Timeout",
      description =
          "A gateway or proxy did not get a response in time from the upstream server it passed "
              + "the request to; the operation may still have completed upstream.",
      remedy = {
        "Retry with exponential backoff, but first check whether a write that is not idempotent "
            + "already took effect.",
        "Reduce the work per request, for example by paging results or narrowing queries.",
        "Use the API's asynchronous or batch variant for long operations, if it offers one.",
        "Contact the provider with the request id if timeouts persist."
      },
      retry = Retry.YES)
  GATEWAY_TIMEOUT,

  @ErrorCode(
      status = 505,
      title = "HTTP Version Not Supported",
      description =
          "The server does not support, or refuses to use, the major HTTP version the request was "
              + "sent with.",
      remedy = {
        "Configure the HTTP client to use a version the server supports, such as HTTP/1.1 or "
            + "HTTP/2.",
        "Check proxies between the client and the server that may change the protocol version.",
        "Contact the provider if the server should accept the version the client uses."
      },
      retry = Retry.NO)
  HTTP_VERSION_NOT_SUPPORTED,

  @ErrorCode(
      status = 506,
      title = "Variant Also Negotiates",
      description =
          "The server is misconfigured: the variant it chose through transparent content "
              + "negotiation is itself set up to negotiate, so it cannot pick a response.",
      remedy = {
        "Treat the error as a fault on the server side, since changing the request rarely helps.",
        "As a workaround, drop the Negotiate request header or request a specific variant's URL.",
        "Report the error to the provider so that they can fix their content negotiation setup."
      },
      retry = Retry.NO,
      docsUrl = "https://www.rfc-editor.org/rfc/rfc2295#section-8.1")
  VARIANT_ALSO_NEGOTIATES,

  @ErrorCode(
      status = 507,
      title = "Insufficient Storage",
      description =
          "The server cannot store what the request needs, because it has run out of space for the "
              + "resource or the account.",
      remedy = {
        "Free space by deleting data the account no longer needs.",
        "Check the account's storage quota and raise it if the plan allows.",
        "Reduce the size of what the request stores, then send it again."
      },
      retry = Retry.NO,
      docsUrl = "https://www.rfc-editor.org/rfc/rfc4918#section-11.5")
  INSUFFICIENT_STORAGE,

  @ErrorCode(
      status = 508,
      title = "Loop Detected",
      description =
          "The server stopped the operation because it ran into an endless loop while processing "
              + "it, such as a cycle of WebDAV bindings under a request with Depth: infinity.",
      remedy = {
        "Check the resources the request covers for cyclic references, such as a collection that "
            + "contains itself.",
        "Limit the depth of the request instead of asking for infinity.",
        "Remove the cycle, then send the request again."
      },
      retry = Retry.NO,
      docsUrl = "https://www.rfc-editor.org/rfc/rfc5842#section-7.2")
  LOOP_DETECTED,

  @ErrorCode(
      status = 510,
      title = "Not Extended",
      description =
          "The server requires a mandatory HTTP extension declaration (RFC 2774) that the request "
              + "did not include. The registry marks this status as obsoleted, along with the "
              + "extension framework it belongs to.",
      remedy = {
        "Read the response body for the extension the server asks for, if it names one.",
        "Report the response to the provider as a misconfiguration, since the extension framework "
            + "is no longer in use.",
        "Do not repeat the request unchanged, since it fails the same way."
      },
      retry = Retry.NO,
      docsUrl = "https://www.rfc-editor.org/rfc/rfc2774#section-7")
  NOT_EXTENDED,

  @ErrorCode(
      status = 511,
      title = "Network Authentication Required",
      description =
          "The client must log in to the network before it can reach the API, typically at a "
              + "captive portal of a hotel, airport or office network; the response comes from "
              + "that network, not from the API.",
      remedy = {
        "Open the network's login page in a browser and sign in or accept its terms.",
        "Check that the client runs on the network you expect, or switch to another network.",
        "Send the request again once the network grants access."
      },
      retry = Retry.NO,
      docsUrl = "https://www.rfc-editor.org/rfc/rfc6585#section-6")
  NETWORK_AUTHENTICATION_REQUIRED
}

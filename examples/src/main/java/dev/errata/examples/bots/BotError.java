package dev.errata.examples.bots;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.Member;
import dev.errata.Retry;
import dev.errata.http.HttpError;
import java.time.Instant;

/**
 * The 24 error types of a bot platform's API: bots, integrations, tables, files and the
 * workspaces that own them.
 *
 * <p>Every error body names its type in {@code type}, repeats the HTTP status as a number in
 * {@code code} and explains itself in {@code message}:
 *
 * <pre>{@code
 * {"code": 409, "type": "RelationConflict", "message": "Table 'orders' does not belong to bot 'support'"}
 * }</pre>
 *
 * <p>so the wire codes are the type names ({@code codePointer = "/type"}) and the number in
 * {@code code} is ignored. A type this catalog does not know decodes by its status. A rate limit
 * also says how many requests are left and when the window resets ({@link Quota}), which {@code
 * RateLimitedException} reads as {@code remaining()} and {@code resetAt()}.
 *
 * <p>Every type refines the {@link HttpError} code of its status unless a comment says
 * otherwise, so {@code catch (ConflictException e)} catches {@code RelationConflictException},
 * {@code ReferenceConstraintException}, {@code AlreadyExistsException} and {@code
 * ResourceLockedConflictException}. Where one type of a status is the general case of another,
 * the specific one refines the general one; the comments at those types give the reasons.
 *
 * <p>Each type is one particular error of its status, with a wire code of its own, so none
 * stands for a bare status: a response that names no type, or one this catalog does not know,
 * decodes to the HTTP exception of its status ({@code dev.errata.http.ConflictException} for a
 * 409), which every type of that status extends. That is also the honest answer: a 409 without
 * a type may be any of the four conflicts.
 *
 * <p>{@code RUNTIME_FAILURE} keeps the wire code {@code Runtime}: a constant named {@code
 * RUNTIME} would generate {@code RuntimeException}, which java.lang already has. Documentation
 * links point at each type's entry of the API's error page ({@code example.com} stands for the
 * API's documentation host).
 *
 * <p>To use it, decode responses with {@code ErrorDecoder.builder(BotErrorCatalog.INSTANCE).build()},
 * or call through {@code ErrataHttpClient.of(httpClient, decoder)}, and catch the exceptions (most
 * specific first), switch on {@code BotErrorCatalog.INSTANCE.constantOf(e)}, or hand them to a
 * {@code BotErrorHandler}.
 */
@ErrorCatalog(
    name = "Bot Platform API",
    parent = HttpError.class,
    docsUrl = "https://bots.example.com/docs/api/errors#{code}",
    codePointer = "/type",
    messagePointer = "/message")
public enum BotError {

  @ErrorCode(
      status = 401,
      code = "Unauthorized",
      description =
          "The endpoint needs an authenticated caller, and the request carried no credentials the "
              + "API accepts.",
      remedy = {
        "Send the access token the API expects in the Authorization header.",
        "Replace a token that has expired or been revoked, then send the request again."
      })
  UNAUTHORIZED,

  @ErrorCode(
      status = 403,
      code = "Forbidden",
      description =
          "The caller is authenticated, but the resource does not allow it to perform the "
              + "requested action.",
      remedy = {
        "Check the role of the account or token in the workspace that owns the resource.",
        "Ask a workspace administrator for the missing permission."
      })
  FORBIDDEN,

  @ErrorCode(
      status = 413,
      code = "PayloadTooLarge",
      description = "The body of the request is bigger than the endpoint accepts.",
      remedy = {
        "Make the body smaller, for example by sending fewer records per request.",
        "Split a large import into several requests."
      })
  PAYLOAD_TOO_LARGE,

  @ErrorCode(
      status = 400,
      code = "InvalidPayload",
      description =
          "The request body is not valid for the endpoint: it is malformed, or it breaks one of "
              + "the endpoint's rules.",
      remedy = {
        "Read the message for the part of the body the API rejected.",
        "Check the body against the endpoint's reference, correct it and send it again."
      })
  INVALID_PAYLOAD,

  @ErrorCode(
      status = 415,
      code = "UnsupportedMediaType",
      description = "The API does not accept the Content-Type the request declares for its body.",
      remedy = {
        "Send JSON bodies with Content-Type: application/json.",
        "Check that the body is really encoded in the type the header declares."
      })
  UNSUPPORTED_MEDIA_TYPE,

  @ErrorCode(
      status = 405,
      code = "MethodNotFound",
      description = "The API has no operation for the HTTP method and path of the request.",
      remedy = {
        "Check the method and the path against the API reference.",
        "Check the API version in the URL."
      })
  METHOD_NOT_FOUND,

  @ErrorCode(
      status = 404,
      code = "ResourceNotFound",
      description = "The resource the request names does not exist, or it has been deleted.",
      remedy = {
        "Check the identifiers in the path.",
        "List the resources to find the current identifier, then send the request again."
      })
  RESOURCE_NOT_FOUND,

  // The schema travels in the body, so a broken schema is a kind of invalid payload.
  @ErrorCode(
      status = 400,
      code = "InvalidJsonSchema",
      refines = "INVALID_PAYLOAD",
      description =
          "A JSON schema in the request is not itself a valid JSON Schema, so the API cannot use "
              + "it to validate data.",
      remedy = {
        "Check the schema with a JSON Schema validator before sending it.",
        "Fix unknown keywords, wrong types and broken references in the schema."
      })
  INVALID_JSON_SCHEMA,

  // The data travels in the body: data that breaks its schema is a kind of invalid payload.
  @ErrorCode(
      status = 400,
      code = "InvalidDataFormat",
      refines = "INVALID_PAYLOAD",
      description = "Data in the request does not satisfy the JSON schema it has to follow.",
      remedy = {
        "Read the message for the property that failed validation.",
        "Compare the data with the schema it belongs to, and fix value types and missing "
            + "required properties."
      })
  INVALID_DATA_FORMAT,

  // Identifiers are names the caller gives to new resources in the body (tables, keys, tags),
  // so a malformed one is a kind of invalid payload.
  @ErrorCode(
      status = 400,
      code = "InvalidIdentifier",
      refines = "INVALID_PAYLOAD",
      description =
          "An identifier in the request breaks the naming rule: it has to start with a lowercase "
              + "letter, be 2 to 100 characters long and consist of letters and digits only.",
      remedy = {
        "Rename the identifier so that it follows the rule, for example orderStatus instead of "
            + "Order-Status.",
        "Send the request again with the new identifier."
      })
  INVALID_IDENTIFIER,

  @ErrorCode(
      status = 409,
      code = "RelationConflict",
      description =
          "The request names two resources that are not linked to each other, such as a resource "
              + "together with a parent it does not belong to.",
      remedy = {
        "Check that all identifiers in the request belong to the same parent resource.",
        "Fetch the resource to find what it is really related to, then send the request with "
            + "identifiers that match."
      })
  RELATION_CONFLICT,

  @ErrorCode(
      status = 409,
      code = "ReferenceConstraint",
      description = "The resource cannot be deleted because another resource still refers to it.",
      remedy = {
        "Find the resources that refer to it; the message names them.",
        "Delete those or remove their references first, then delete the resource."
      })
  REFERENCE_CONSTRAINT,

  // The broken reference is an identifier inside the body, so this is a kind of invalid payload.
  @ErrorCode(
      status = 400,
      code = "ReferenceNotFound",
      refines = "INVALID_PAYLOAD",
      description =
          "The body refers to a resource that does not exist, usually through an identifier that "
              + "is mistyped or belongs to something deleted.",
      remedy = {
        "Check every identifier in the body.",
        "Create the referenced resource first, or refer to one that exists."
      })
  REFERENCE_NOT_FOUND,

  // Query parameters are not the payload: this one refines HTTP's Bad Request directly.
  @ErrorCode(
      status = 400,
      code = "InvalidQuery",
      description =
          "The query parameters of the request are not valid for listing or filtering the "
              + "resource.",
      remedy = {
        "Check parameter names, value types and filter syntax against the endpoint's reference.",
        "Remove parameters the endpoint does not support."
      })
  INVALID_QUERY,

  // A failure of the caller's own bot or integration code, not of the payload: it refines
  // HTTP's Bad Request directly. Named RUNTIME_FAILURE because RUNTIME would generate
  // RuntimeException.
  @ErrorCode(
      status = 400,
      code = "Runtime",
      title = "Runtime",
      description = "The code of a bot or an integration failed while it ran for this request.",
      remedy = {
        "Read the message and the logs of the bot or integration for the error its runtime "
            + "raised.",
        "Fix the code or the configuration of the bot or integration, deploy it and send the "
            + "request again."
      })
  RUNTIME_FAILURE,

  @ErrorCode(
      status = 409,
      code = "AlreadyExists",
      description = "The record the request tries to create exists already.",
      remedy = {
        "Fetch and use the existing record instead of creating it again.",
        "To replace it, update it, or delete it first.",
        "When a create is repeated after a timeout, treat this error as the first attempt's "
            + "success."
      })
  ALREADY_EXISTS,

  @ErrorCode(
      status = 429,
      code = "RateLimited",
      description =
          "The caller sent more requests than the API allows in a period of time, so this one "
              + "was refused.",
      remedy = {
        "Wait as long as the Retry-After header asks, then retry with exponential backoff.",
        "Lower the request rate, for example by batching writes."
      },
      members = BotError.Quota.class)
  RATE_LIMITED,

  @ErrorCode(
      status = 402,
      code = "PaymentRequired",
      description = "The request needs a paid plan or a payment that the workspace has not made.",
      remedy = {
        "Check the workspace's plan and billing status.",
        "Upgrade the plan or settle the payment, then send the request again."
      })
  PAYMENT_REQUIRED,

  // A quota is a soft limit on what the caller's workspace may do: the API forbids going past
  // it. Refining FORBIDDEN lets a handler or catch clause for this API's Forbidden see it too.
  @ErrorCode(
      status = 403,
      code = "QuotaExceeded",
      refines = "FORBIDDEN",
      description =
          "The request would take the workspace past one of its quotas. Quotas are soft limits "
              + "that the provider can raise.",
      remedy = {
        "Find the quota the message names and how much of it is in use.",
        "Free some of it by removing what is no longer needed, or ask the provider for a higher "
            + "quota or a larger plan.",
        "Send the request again once there is room."
      })
  QUOTA_EXCEEDED,

  // A hard limit, on counts or sizes of anything, not only of the body: it does not refine
  // PAYLOAD_TOO_LARGE but HTTP's Content Too Large, like PAYLOAD_TOO_LARGE itself.
  @ErrorCode(
      status = 413,
      code = "LimitExceeded",
      description =
          "The request goes beyond a hard limit of the API, one that the provider does not raise "
              + "on request.",
      remedy = {
        "Read the message for the limit that was reached.",
        "Change the request or the data so that they stay within the limit, for example by "
            + "splitting the work or deleting unused resources.",
        "Do not ask for an increase: unlike quotas, these limits are fixed."
      })
  LIMIT_EXCEEDED,

  // The breaking changes are in the definition sent in the body: a kind of invalid payload.
  @ErrorCode(
      status = 400,
      code = "BreakingChanges",
      refines = "INVALID_PAYLOAD",
      description =
          "The definition in the request contains breaking changes, which the resource accepts "
              + "only together with a new version number.",
      remedy = {
        "Raise the version (the major version, for a breaking change) and send the definition "
            + "again.",
        "Or change the definition so that it stays compatible with the current version."
      })
  BREAKING_CHANGES,

  // A lock is released when the operation holding it ends, so the same request may succeed
  // later without changes: unlike HTTP's other conflicts, this one is retryable.
  @ErrorCode(
      status = 409,
      code = "ResourceLockedConflict",
      retry = Retry.YES,
      description =
          "Another operation holds a lock on the resource, and nothing can change it until the "
              + "lock is released.",
      remedy = {
        "Wait for the operation that holds the lock to finish, then retry with backoff.",
        "If the lock does not go away, find out which process holds it."
      })
  RESOURCE_LOCKED_CONFLICT,

  // UNKNOWN and INTERNAL are both server failures, neither a case of the other: both refine
  // HTTP's Internal Server Error.
  @ErrorCode(
      status = 500,
      code = "Unknown",
      description = "The API failed with an error it could not classify.",
      remedy = {
        "Retry after a delay if the request is safe to repeat.",
        "If the error persists, report it to the provider with the time of the request."
      })
  UNKNOWN,

  @ErrorCode(
      status = 500,
      code = "Internal",
      description = "Something unexpected failed inside the API while it handled the request.",
      remedy = {
        "Retry after a delay if the request is safe to repeat.",
        "If the error persists, report it to the provider with the time of the request."
      })
  INTERNAL;

  /**
   * What a rate limit says besides its message.
   *
   * @param remaining how many requests the caller may still send in the current window, usually 0
   * @param resetAt when the window ends and the limit starts counting again
   */
  public record Quota(int remaining, @Member(name = "reset_at") Instant resetAt) {}
}

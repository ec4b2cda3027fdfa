package dev.errata.examples.helpdesk;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.Retry;
import dev.errata.http.HttpError;

/**
 * The errors of the customer directory, the API the helpdesk looks customers up in. It is
 * another team's API, so this catalog is written from its error page, not by the helpdesk.
 *
 * <p>Every error body wraps the code and the message in an {@code error} object:
 *
 * <pre>{@code
 * {"error": {"code": "CustomerNotFound", "message": "No customer c-4040", "trace": "dir-7f3a"}}
 * }</pre>
 *
 * <p>A code this catalog does not know, such as the bot platform's {@code ResourceNotFound},
 * decodes by its status to the HTTP catalog's exception ({@code NotFoundException} for a 404).
 */
@ErrorCatalog(
    name = "Customer Directory API",
    parent = HttpError.class,
    docsUrl = "https://directory.example.com/api/errors#{code}",
    codePointer = "/error/code",
    messagePointer = "/error/message")
public enum DirectoryError {

  @ErrorCode(
      status = 401,
      code = "InvalidApiKey",
      description = "The X-Api-Key header is missing, or holds a key the directory does not accept.",
      remedy = {"Send the key issued for this service in X-Api-Key.", "Ask the directory team for a new key if it was revoked."})
  INVALID_API_KEY,

  @ErrorCode(
      status = 403,
      code = "AccountSuspended",
      description = "The customer's account is suspended: the directory keeps the record, but shows it to no one.",
      remedy = {"Ask billing why the account is suspended; the directory cannot lift it."})
  ACCOUNT_SUSPENDED,

  @ErrorCode(
      status = 404,
      code = "CustomerNotFound",
      description = "The directory has no customer with this id.",
      remedy = {"Check the id; customer ids look like c-1001."})
  CUSTOMER_NOT_FOUND,

  @ErrorCode(
      status = 503,
      code = "ShardMaintenance",
      retry = Retry.YES,
      description = "The part of the directory that holds this customer is being maintained; other customers can still be read.",
      remedy = {"Wait as long as Retry-After says, then ask again."})
  SHARD_MAINTENANCE
}

package dev.errata.conformance.catalog;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.Member;
import dev.errata.Retry;
import dev.errata.http.HttpError;

/**
 * The catalog of the API the conformance scenarios call: one code for each body shape the decoder
 * knows, plus the codes of the retry, pass-through and size scenarios. Compiled by the Errata
 * processor.
 */
@ErrorCatalog(name = "Conformance", parent = HttpError.class, docsUrl = "https://docs.example.com/errors#{code}")
public enum ConformanceError {
  @ErrorCode(status = 409, code = "OutOfStock", description = "Not enough units of the item are left.",
      members = ConformanceError.Stock.class)
  OUT_OF_STOCK,

  @ErrorCode(status = 409, code = "RelationConflict", description = "The item is linked to another order.")
  RELATION_CONFLICT,

  @ErrorCode(status = 400, code = "BAD_USER_INPUT", description = "A GraphQL operation's arguments are invalid.")
  BAD_USER_INPUT,

  @ErrorCode(status = 401, code = "UNAUTHENTICATED", description = "The GraphQL operation needs a signed-in caller.")
  UNAUTHENTICATED,

  @ErrorCode(status = 403, code = "PERMISSION_DENIED", description = "The caller may not act on this resource.")
  PERMISSION_DENIED,

  @ErrorCode(status = 401, code = "invalid_token", description = "The access token expired or was revoked.")
  INVALID_TOKEN,

  @ErrorCode(status = 422, code = "InvalidEmail", description = "An e-mail address in the request is malformed.")
  INVALID_EMAIL,

  @ErrorCode(status = 429, code = "RateLimited", description = "Too many requests in the current window.", retry = Retry.YES)
  RATE_LIMITED,

  @ErrorCode(status = 402, code = "CardDeclined", description = "The card issuer declined the payment.")
  CARD_DECLINED,

  @ErrorCode(status = 402, code = "InsufficientFunds", description = "The account cannot cover the payment.")
  INSUFFICIENT_FUNDS,

  @ErrorCode(status = 500, code = "ExportFailed", description = "The export stopped before it was complete.")
  EXPORT_FAILED;

  /**
   * What an out-of-stock error says: a member at the problem's root, and one at a pointer that
   * a problem holds at its root.
   *
   * @param available how many units are left
   * @param sku the item
   */
  public record Stock(int available, @Member(pointer = "/item/sku") String sku) {}
}

package dev.errata.spring.client.catalog;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.http.HttpError;

/** A small shop API's errors, for the tests: each code refines the HTTP code of its status. */
@ErrorCatalog(name = "Shop API", parent = HttpError.class, docsUrl = "https://shop.example.com/errors#{code}")
public enum ShopError {
  @ErrorCode(status = 409, code = "OutOfStock", description = "The item has fewer units left than the order asks for.")
  OUT_OF_STOCK,

  @ErrorCode(status = 429, code = "RateLimited", description = "Too many requests for this shop.")
  RATE_LIMITED,

  @ErrorCode(status = 402, code = "CardDeclined", description = "The card issuer declined the payment.")
  CARD_DECLINED,

  @ErrorCode(status = 401, code = "LOGIN_REQUIRED", description = "The GraphQL query needs a signed-in customer.")
  LOGIN_REQUIRED
}

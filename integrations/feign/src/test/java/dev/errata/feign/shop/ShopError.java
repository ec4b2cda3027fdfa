package dev.errata.feign.shop;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.Retry;
import dev.errata.http.HttpError;

/** The catalog the Feign tests decode with: type names, a GraphQL code and a retryable rate limit. */
@ErrorCatalog(name = "Shop API", parent = HttpError.class, docsUrl = "https://docs.example.com/errors#{code}")
public enum ShopError {
  @ErrorCode(status = 409, code = "RelationConflict",
      description = "The order belongs to another customer than the one in the request.")
  RELATION_CONFLICT,

  @ErrorCode(status = 409, code = "AlreadyExists", description = "An order with this reference exists already.")
  ALREADY_EXISTS,

  @ErrorCode(status = 400, code = "InvalidPayload", description = "The body does not match the endpoint's schema.")
  INVALID_PAYLOAD,

  @ErrorCode(status = 429, code = "RateLimited", description = "Too many requests in the current window.",
      retry = Retry.YES)
  RATE_LIMITED
}

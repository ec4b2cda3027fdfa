package dev.errata.spring.shop;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.Member;
import dev.errata.Retry;
import dev.errata.http.HttpError;
import java.time.Instant;

/** The errors of a small shop service, and of the services it calls, which share this catalog. */
@ErrorCatalog(name = "Shop", parent = HttpError.class, docsUrl = "https://shop.example.com/errors/{code}")
public enum ShopError {
  @ErrorCode(
      status = 404,
      code = "OrderNotFound",
      description = "No order has this number.",
      remedy = {"Check the order number.", "List the customer's orders to find it."})
  ORDER_NOT_FOUND,

  @ErrorCode(
      status = 409,
      code = "OutOfStock",
      description = "The item cannot be ordered now: none is left.",
      remedy = {"Order another item or come back later."},
      members = ShopError.Stock.class)
  OUT_OF_STOCK,

  @ErrorCode(
      status = 429,
      code = "RateLimited",
      description = "Too many requests from this client in the current minute.",
      remedy = {"Wait as long as Retry-After says."},
      retry = Retry.YES,
      members = ShopError.Quota.class)
  RATE_LIMITED,

  @ErrorCode(
      status = 422,
      code = "InvalidOrder",
      description = "Some fields of the order are missing or wrong.",
      remedy = {"Correct the fields listed in errors."})
  INVALID_ORDER;

  /**
   * What a sold-out item says.
   *
   * @param sku the item
   * @param available how many are left
   * @param restockAt when more arrive
   */
  public record Stock(String sku, int available, @Member(name = "restock_at") Instant restockAt) {}

  /**
   * What a rate limit says.
   *
   * @param remaining requests left in the window
   * @param window the window's name
   */
  public record Quota(int remaining, String window) {}
}

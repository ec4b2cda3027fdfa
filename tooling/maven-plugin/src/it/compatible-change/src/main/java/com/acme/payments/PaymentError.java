package com.acme.payments;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.Retry;
import dev.errata.http.HttpError;

/** Version 2.0: a new code under CARD_DECLINED, a better description, and rate limits that are not retried. */
@ErrorCatalog(name = "Payments API", parent = HttpError.class,
    docsUrl = "https://docs.example.com/errors#{code}", codePointer = "/error/code", messagePointer = "/error/message")
public enum PaymentError {
  @ErrorCode(status = 402, code = "card_declined", description = "The bank declined the card.",
      remedy = {"Ask the customer for another card."})
  CARD_DECLINED,

  @ErrorCode(code = "expired_card", refines = "CARD_DECLINED", description = "The card has expired.",
      remedy = {"Ask the customer for a card that is still valid."})
  EXPIRED_CARD,

  @ErrorCode(status = 400, code = "invalid_request",
      description = "The request has a missing parameter, or a parameter with a value the endpoint does not accept.")
  INVALID_REQUEST,

  @ErrorCode(status = 429, code = "rate_limited", description = "The daily quota is used up; it resets at midnight UTC.",
      retry = Retry.NO)
  RATE_LIMITED
}

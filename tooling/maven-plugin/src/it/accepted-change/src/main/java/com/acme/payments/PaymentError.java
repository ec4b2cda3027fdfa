package com.acme.payments;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.Retry;
import dev.errata.http.HttpError;

/** CARD_DECLINED is gone on purpose. */
@ErrorCatalog(name = "Payments API", parent = HttpError.class,
    docsUrl = "https://docs.example.com/errors#{code}", codePointer = "/error/code", messagePointer = "/error/message")
public enum PaymentError {
  @ErrorCode(status = 400, code = "invalid_request", description = "The request has a missing or invalid parameter.")
  INVALID_REQUEST,

  @ErrorCode(status = 429, code = "rate_limited", description = "Too many requests in the last minute.", retry = Retry.YES)
  RATE_LIMITED
}

package dev.errata.spring.upstreams;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.http.HttpError;

/** The payments API's catalog. */
@ErrorCatalog(name = "Payments", parent = HttpError.class)
public enum PaymentsError {
  @ErrorCode(status = 402, code = "CardDeclined", description = "The card issuer declined the payment.")
  CARD_DECLINED,

  @ErrorCode(status = 404, code = "PaymentNotFound", description = "No payment has this id.")
  PAYMENT_NOT_FOUND
}

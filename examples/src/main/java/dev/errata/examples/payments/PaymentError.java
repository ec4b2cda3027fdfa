package dev.errata.examples.payments;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.Member;
import dev.errata.Retry;
import dev.errata.http.HttpError;

/**
 * The errors of a card payments API, in the shape card processors answer with:
 *
 * <pre>{@code
 * {"error": {"type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds",
 *            "message": "The card has insufficient funds to complete the purchase."}}
 * }</pre>
 *
 * <p>A declined card carries two codes: {@code code} says that the card was declined, {@code
 * decline_code} says why. The catalog reads the reason first and the general code second
 * ({@code codePointer = {"/error/decline_code", "/error/code"}}): a reason it knows decodes to its
 * own exception, such as {@code InsufficientFundsException}; a reason it does not know (issuers
 * add new ones) still decodes to {@code CardDeclinedException}, which every reason refines, and
 * not to the bare 402. Its {@code declineCode()} still says which reason it was, and {@code
 * param()} which parameter of the request the issuer objected to, when it names one ({@link
 * Decline}).
 *
 * <p>{@code INVALID_REQUEST} and {@code RATE_LIMIT} stand for their statuses ({@code
 * standsForStatus = true}): any 400 whose code the catalog does not know, or that comes without a
 * body, decodes to {@code InvalidRequestException} with this API's advice; any 429 to {@code
 * RateLimitException}. They still refine {@code HttpError.BAD_REQUEST} and {@code
 * TOO_MANY_REQUESTS}, so handlers written for plain HTTP errors catch them. The other codes are
 * particular errors of their statuses: a bare 402 stays {@code
 * dev.errata.http.PaymentRequiredException}, since the API does not say which refusal it was.
 *
 * <p>Documentation links point at each code's entry of the API's error reference ({@code
 * example.com} stands for the API's documentation host).
 */
@ErrorCatalog(
    name = "Payments API",
    parent = HttpError.class,
    docsUrl = "https://payments.example.com/docs/errors#{code}",
    codePointer = {"/error/decline_code", "/error/code"},
    messagePointer = "/error/message")
public enum PaymentError {

  @ErrorCode(
      status = 400,
      code = "invalid_request",
      standsForStatus = true,
      description =
          "The API could not accept the request as sent: a parameter is missing, unknown or has a "
              + "value of the wrong kind.",
      remedy = {
        "Read the error's message: it names the parameter the API rejected.",
        "Compare the request with the endpoint's reference and send it again once corrected."
      })
  INVALID_REQUEST,

  @ErrorCode(
      code = "parameter_missing",
      refines = "INVALID_REQUEST",
      description = "A parameter the endpoint requires was not in the request.",
      remedy = {"Add the parameter the message names."})
  PARAMETER_MISSING,

  @ErrorCode(
      status = 401,
      code = "invalid_api_key",
      title = "Invalid API Key",
      description = "The secret key sent with the request is unknown, revoked or of another account.",
      remedy = {
        "Check which key the client sends, and that it belongs to the live or test mode you mean.",
        "Create a new key in the dashboard if the old one was revoked."
      })
  INVALID_API_KEY,

  @ErrorCode(
      status = 402,
      code = "card_declined",
      description =
          "The card's issuer refused the charge. The decline code, when the issuer gives one, "
              + "says why.",
      remedy = {
        "Ask the customer to use another card or payment method.",
        "Do not retry the same card without a change: issuers count repeated attempts against it."
      },
      retry = Retry.NO,
      members = PaymentError.Decline.class)
  CARD_DECLINED,

  @ErrorCode(
      code = "insufficient_funds",
      refines = "CARD_DECLINED",
      description = "The card's balance or credit line does not cover the amount.",
      remedy = {"Ask the customer for another card, or for a smaller amount."})
  INSUFFICIENT_FUNDS,

  @ErrorCode(
      code = "expired_card",
      refines = "CARD_DECLINED",
      description = "The card is past its expiry date.",
      remedy = {"Ask the customer to update the card's details or use another card."})
  EXPIRED_CARD,

  @ErrorCode(
      code = "incorrect_cvc",
      refines = "CARD_DECLINED",
      title = "Incorrect CVC",
      description = "The security code does not match the card.",
      remedy = {"Ask the customer to enter the code on the back of the card again."})
  INCORRECT_CVC,

  @ErrorCode(
      status = 404,
      code = "resource_missing",
      description = "The object the request names does not exist in this account and mode.",
      remedy = {"Check the identifier, and that the request uses the key of the account that owns it."})
  RESOURCE_MISSING,

  @ErrorCode(
      status = 409,
      code = "idempotency_key_in_use",
      description = "Another request with the same idempotency key is still being processed.",
      remedy = {"Wait for the first request to finish, then send this one again with the same key."},
      retry = Retry.YES)
  IDEMPOTENCY_KEY_IN_USE,

  @ErrorCode(
      status = 429,
      code = "rate_limit",
      standsForStatus = true,
      description = "The account sent more requests than the API accepts in the current window.",
      remedy = {
        "Wait before sending more requests, with exponential backoff.",
        "Spread bulk work over time instead of sending it at once."
      })
  RATE_LIMIT,

  @ErrorCode(
      status = 500,
      code = "api_error",
      title = "API Error",
      description = "The API failed while handling the request; nothing is wrong with the request.",
      remedy = {"Retry with the same idempotency key, so that a charge is never made twice."})
  API_ERROR;

  /**
   * What a decline says besides its codes, in the API's {@code error} object.
   *
   * @param declineCode the issuer's reason, such as {@code insufficient_funds}; set also for a
   *     reason this catalog has no code of
   * @param param the request parameter the decline concerns, such as {@code exp_month}
   */
  public record Decline(
      @Member(name = "decline_code", pointer = "/error/decline_code") String declineCode,
      @Member(pointer = "/error/param") String param) {}
}

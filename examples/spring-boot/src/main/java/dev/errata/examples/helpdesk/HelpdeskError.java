package dev.errata.examples.helpdesk;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.Member;
import dev.errata.Retry;
import dev.errata.http.HttpError;
import java.time.Instant;

/**
 * The errors the helpdesk service answers its own clients with. They are this service's words,
 * not its upstreams': an error of the bot platform or of the customer directory is either
 * translated into one of these (see {@link BotPlatformErrors} and {@link DirectoryErrors}) or
 * served as a plain 502.
 *
 * <p>{@code errata.server.catalog} names this catalog, so Spring's own 400s (a body that fails
 * validation, one that cannot be read) are answered as {@code InvalidRequest}, the code that
 * stands for 400 here.
 */
@ErrorCatalog(name = "Helpdesk API", parent = HttpError.class, docsUrl = "https://helpdesk.example.com/errors/{code}")
public enum HelpdeskError {

  @ErrorCode(
      status = 400,
      code = "InvalidRequest",
      standsForStatus = true,
      description = "The request cannot be carried out as sent: its body is unreadable, or some of its"
          + " fields are missing or wrong. The errors member names each field by its path.",
      remedy = {"Correct every field the errors member lists.", "Send the request again."})
  INVALID_REQUEST,

  @ErrorCode(
      status = 404,
      code = "UnknownBot",
      description = "The helpdesk has no bot by the name in the path.",
      remedy = {"Check the spelling of the bot's name: names are lowercase, such as support."})
  UNKNOWN_BOT,

  @ErrorCode(
      status = 404,
      code = "UnknownCustomer",
      description = "No customer has the id the ticket names.",
      remedy = {"Take the customer id from the customer's account page; ids look like c-1001."})
  UNKNOWN_CUSTOMER,

  @ErrorCode(
      status = 422,
      code = "EmptyQuestion",
      description = "The question has no text, so there is nothing to ask the bot.",
      remedy = {"Put the question into the text member of the JSON body.", "Send the request again."})
  EMPTY_QUESTION,

  @ErrorCode(
      status = 503,
      code = "CustomerRecordsUnavailable",
      retry = Retry.YES,
      description = "The helpdesk cannot read customer records for a while, so it cannot open tickets.",
      remedy = {"Wait as long as Retry-After says.", "Send the same request again."},
      members = HelpdeskError.Availability.class)
  CUSTOMER_RECORDS_UNAVAILABLE;

  /**
   * When something unavailable is expected back.
   *
   * @param availableAt when the helpdesk expects to read customer records again, the time
   *     Retry-After points at
   */
  public record Availability(@Member(name = "available_at") Instant availableAt) {}
}

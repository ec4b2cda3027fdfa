package dev.errata.examples.helpdesk;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.http.HttpError;

/**
 * The errors the helpdesk service answers its own clients with. They are this service's words,
 * not the bot platform's: the platform's errors are either translated into one of these (see
 * {@link HelpdeskApplication#unknownBots()}) or served as a plain 502.
 */
@ErrorCatalog(name = "Helpdesk API", parent = HttpError.class, docsUrl = "https://helpdesk.example.com/errors/{code}")
public enum HelpdeskError {

  @ErrorCode(
      status = 404,
      code = "UnknownBot",
      description = "The helpdesk has no bot by the name in the path.",
      remedy = {"Check the spelling of the bot's name: names are lowercase, such as support."})
  UNKNOWN_BOT,

  @ErrorCode(
      status = 422,
      code = "EmptyQuestion",
      description = "The question has no text, so there is nothing to ask the bot.",
      remedy = {"Put the question into the text member of the JSON body.", "Send the request again."})
  EMPTY_QUESTION
}

package dev.errata.examples.helpdesk;


import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback stand-in for the bot platform API, answering in its error format: {@code {"code":
 * <status>, "type": "<ErrorType>", "message": "..."}}. It knows two bots: {@code support}
 * answers questions; {@code sales} has used up its workspace's message quota, so every message to
 * it is refused with a 429 that says none are left and when the quota resets. Any other bot does not exist (404). Like a real service, its errors
 * carry what the helpdesk must never pass on: a session cookie, a request id and internal names.
 */
public final class BotPlatformFake extends LoopbackApi {

  /** The API token the platform accepts. */
  public static final String TOKEN = "bp_live_7d41c9";

  /** What the platform's error responses hold that the helpdesk's clients must never see. */
  public static final List<String> SECRETS =
      List.of(TOKEN, "bp_session=f00dcafe", "req_bp_5521", "acme-internal", "bots-eu-3.internal");

  private static final Pattern BOT = Pattern.compile("/bots/v1/bots/([a-z0-9-]+)");
  private static final Pattern MESSAGES = Pattern.compile("/bots/v1/bots/([a-z0-9-]+)/messages");
  private static final List<String> BOTS = List.of("support", "sales");

  private BotPlatformFake() throws IOException {
    super("/bots/v1/", BotPlatformFake::answer);
  }

  /** Starts the platform on a free loopback port. */
  public static BotPlatformFake start() throws IOException {
    return new BotPlatformFake();
  }

  private static void answer(HttpExchange x) throws IOException {
    x.getRequestBody().readAllBytes();
    String path = x.getRequestURI().getPath();
    Matcher bot = BOT.matcher(path);
    Matcher messages = MESSAGES.matcher(path);
    if (!("Bearer " + TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"))) {
      error(x, 401, "Unauthorized", "Token rejected by auth gateway bots-eu-3.internal");
    } else if (x.getRequestMethod().equals("GET") && bot.matches() && BOTS.contains(bot.group(1))) {
      String name = bot.group(1);
      send(x, 200, "application/json",
          "{\"id\":\"" + name + "\",\"name\":\"" + Character.toUpperCase(name.charAt(0)) + name.substring(1)
          + " desk\"}");
    } else if (x.getRequestMethod().equals("POST") && messages.matches() && messages.group(1).equals("support")) {
      send(x, 200, "application/json", "{\"text\":\"The support desk is staffed from 8:00 to 18:00 UTC, Monday to Friday.\"}");
    } else if (x.getRequestMethod().equals("POST") && messages.matches() && messages.group(1).equals("sales")) {
      x.getResponseHeaders().add("Retry-After", "30");
      // The platform also says what is left of the quota and when it resets: members of RateLimited.
      String resetAt = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS).toString();
      error(x, 429, "RateLimited", "Workspace acme-internal sent 600 of 600 messages this minute",
          ",\"remaining\":0,\"reset_at\":\"" + resetAt + "\"");
    } else {
      error(x, 404, "ResourceNotFound", "No bot '" + name(bot, messages) + "' in workspace acme-internal");
    }
  }

  private static String name(Matcher bot, Matcher messages) {
    return bot.matches() ? bot.group(1) : messages.matches() ? messages.group(1) : "";
  }

  private static void error(HttpExchange x, int status, String type, String message) throws IOException {
    error(x, status, type, message, "");
  }

  /** An error body; {@code more} is JSON members to add, each led by a comma. */
  private static void error(HttpExchange x, int status, String type, String message, String more) throws IOException {
    x.getResponseHeaders().add("Set-Cookie", "bp_session=f00dcafe; HttpOnly");
    x.getResponseHeaders().add("X-Request-Id", "req_bp_5521");
    send(x, status, "application/json", "{\"code\":" + status + ",\"type\":\"" + type + "\",\"message\":\"" + message + "\"" + more + "}");
  }
}

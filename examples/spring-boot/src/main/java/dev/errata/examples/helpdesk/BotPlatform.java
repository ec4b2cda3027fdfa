package dev.errata.examples.helpdesk;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The bot platform API, called through the client {@link UpstreamClients} builds: an error
 * response arrives as the exception of the platform's catalog, such as {@code
 * ResourceNotFoundException} or {@code RateLimitedException}, and propagates.
 */
@Component
public class BotPlatform {

  /** A bot as the platform describes it. */
  public record Bot(String id, String name) {}

  /** A bot's reply to a message. */
  public record Reply(String text) {}

  private record Message(String text) {}

  private final RestClient client;

  /** The platform as {@code botPlatformClient} reaches it. */
  public BotPlatform(RestClient botPlatformClient) {
    this.client = botPlatformClient;
  }

  /** The bot named {@code name}. */
  public Bot bot(String name) {
    return client.get().uri("/bots/v1/bots/{bot}", name).retrieve().body(Bot.class);
  }

  /** Sends {@code text} to the bot named {@code name} and returns its reply. */
  public Reply send(String name, String text) {
    return client.post().uri("/bots/v1/bots/{bot}/messages", name).body(new Message(text)).retrieve().body(Reply.class);
  }
}

package dev.errata.examples.helpdesk;

import dev.errata.Catalog;
import dev.errata.examples.bots.BotErrorCatalog;
import dev.errata.examples.bots.ResourceNotFoundException;
import dev.errata.spring.server.UpstreamErrorTranslator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A helpdesk service in front of the bot platform API. All the Errata setup it needs is the two
 * beans below: the platform's catalog, so the auto-configured {@code RestClient.Builder} throws
 * the platform's typed exceptions, and the one translation of a platform error into the
 * helpdesk's own. Every other platform error is answered with a 502 that says nothing of it.
 */
@SpringBootApplication
public class HelpdeskApplication {

  /** Starts the service; {@code helpdesk.bot-platform.url} and {@code .token} must be set. */
  public static void main(String[] args) {
    SpringApplication.run(HelpdeskApplication.class, args);
  }

  /** The catalog that the platform's error responses decode with. */
  @Bean
  Catalog botPlatformCatalog() {
    return BotErrorCatalog.INSTANCE;
  }

  /** The platform's "no such resource", when asked for a bot, is the helpdesk's unknown bot. */
  @Bean
  UpstreamErrorTranslator unknownBots() {
    return upstream -> upstream instanceof ResourceNotFoundException
        ? new UnknownBotException("The helpdesk has no bot by this name.")
        : null;
  }
}

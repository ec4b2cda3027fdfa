package dev.errata.examples.helpdesk;

import dev.errata.Catalog;
import dev.errata.examples.bots.BotErrorCatalog;
import dev.errata.examples.bots.ResourceNotFoundException;
import dev.errata.spring.server.UpstreamErrorTranslator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the helpdesk makes of the bot platform's errors: one is translated into the helpdesk's
 * own words; every other one is answered with a 502 that tells nothing of the platform.
 */
@Configuration(proxyBeanMethods = false)
public class BotPlatformErrors {

  /**
   * The platform's catalog, as a bean for whatever in the service looks its codes up. It is one of
   * two {@code Catalog} beans, neither {@code @Primary}, and that is fine: each client names its
   * own catalog, and Boot's builders, which no client here uses unchanged, decode by status.
   */
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

package dev.errata.examples.helpdesk;

import dev.errata.examples.bots.BotErrorCatalog;
import dev.errata.spring.boot.ErrataClients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The helpdesk's clients of its two upstreams, each decoding errors with its own API's catalog:
 *
 * <ul>
 *   <li>the customer directory, an {@code @HttpExchange} interface in the HTTP service group
 *       {@value CustomerDirectory#GROUP}: Boot builds it from {@code
 *       spring.http.serviceclient.directory.*}, and {@code errata.client.catalogs.directory}
 *       names its catalog (see {@code application.properties});
 *   <li>the bot platform, a {@code RestClient} built here from Boot's builder, given its catalog
 *       through {@link ErrataClients}.
 * </ul>
 *
 * <p>At startup Errata logs one line per client saying which catalog it decodes with.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = CustomerDirectory.GROUP, types = CustomerDirectory.class)
public class UpstreamClients {

  /** The bot platform's client, at {@code helpdesk.bot-platform.url}, authenticated with {@code .token}. */
  @Bean
  RestClient botPlatformClient(
      RestClient.Builder builder,
      ErrataClients errata,
      @Value("${helpdesk.bot-platform.url}") String url,
      @Value("${helpdesk.bot-platform.token}") String token) {
    // Boot's builder comes with the default catalog's policy; applying the platform's replaces it
    // on this clone only.
    return builder.clone()
        .baseUrl(url)
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .apply(errata.restClient(BotErrorCatalog.INSTANCE))
        .build();
  }
}

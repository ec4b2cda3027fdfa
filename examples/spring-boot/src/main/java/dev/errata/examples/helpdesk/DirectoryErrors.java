package dev.errata.examples.helpdesk;

import dev.errata.Catalog;
import dev.errata.ErrorDetails;
import dev.errata.spring.server.UpstreamErrorTranslator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the helpdesk makes of the customer directory's errors: a missing customer and a shard
 * under maintenance are translated into the helpdesk's own errors; every other one (a suspended
 * account, a rejected key, a 404 of a route the directory does not have) is answered with a 502
 * that tells nothing of the directory.
 */
@Configuration(proxyBeanMethods = false)
public class DirectoryErrors {

  /** The directory's catalog, as a bean; the other one is the bot platform's (see {@link BotPlatformErrors}). */
  @Bean
  Catalog directoryCatalog() {
    return DirectoryErrorCatalog.INSTANCE;
  }

  /** The directory's "no such customer" is the helpdesk's unknown customer. */
  @Bean
  UpstreamErrorTranslator unknownCustomers() {
    return upstream -> upstream instanceof CustomerNotFoundException
        ? new UnknownCustomerException("No customer has the id this ticket names.")
        : null;
  }

  /**
   * A directory shard under maintenance is the helpdesk's {@code CustomerRecordsUnavailable},
   * with a wait of the helpdesk's choosing, as Retry-After and as the member {@code
   * available_at}: the directory's own Retry-After, like the name of its shard, stays behind.
   */
  @Bean
  UpstreamErrorTranslator customerRecordsUnavailable() {
    Duration wait = Duration.ofSeconds(30);
    return upstream -> upstream instanceof ShardMaintenanceException
        ? new CustomerRecordsUnavailableException(
            ErrorDetails.builder()
                .message("Customer records cannot be read at the moment; tickets can be opened again shortly.")
                .retryAfter(wait)
                .build(),
            new HelpdeskError.Availability(Instant.now().plus(wait).truncatedTo(ChronoUnit.SECONDS)))
        : null;
  }
}

package dev.errata.examples.helpdesk;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogException;
import dev.errata.examples.bots.RateLimitedException;
import dev.errata.examples.bots.ResourceNotFoundException;
import dev.errata.http.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;

/** Each upstream client of the running helpdesk decodes errors with its own API's catalog. */
class UpstreamClientsTest extends RunningHelpdesk {

  @Autowired CustomerDirectory directory;
  @Autowired BotPlatform platform;
  @Autowired RestClient botPlatformClient;

  @Test
  void theDirectorysHttpServiceGroupThrowsTheDirectorysExceptions() {
    assertThrows(CustomerNotFoundException.class, () -> directory.customer("c-4040"));
    assertThrows(AccountSuspendedException.class, () -> directory.customer("c-1002"));
    ShardMaintenanceException maintenance = assertThrows(ShardMaintenanceException.class, () -> directory.customer("c-9001"));
    assertThat(maintenance.retryAfter()).hasValue(Duration.ofSeconds(600));
    assertThat(maintenance.fromResponse()).isTrue();
  }

  @Test
  void theBotPlatformsRestClientThrowsThePlatformsExceptions() {
    assertThrows(ResourceNotFoundException.class, () -> platform.bot("billing"));
    RateLimitedException limited = assertThrows(RateLimitedException.class, () -> platform.send("sales", "A quote?"));
    assertThat(limited.retryAfter()).hasValue(Duration.ofSeconds(30));
    // The platform's members, read through the typed accessors of its catalog's exception.
    assertThat(limited.remaining().getAsInt()).isEqualTo(0);
    assertThat(limited.resetAt().orElseThrow()).isGreaterThan(Instant.now().minusSeconds(60));
  }

  @Test
  void aCodeOnlyTheDirectoryKnowsIsThePlainStatusExceptionForTheBotPlatformsClient() {
    CatalogException e = assertThrows(CatalogException.class,
        () -> botPlatformClient.get()
            .uri(directoryFake().uri().resolve("/directory/v2/customers/c-4040"))
            .header("X-Api-Key", CustomerDirectoryFake.API_KEY)
            .retrieve().body(String.class));

    // Neither the directory's CustomerNotFoundException nor the platform's ResourceNotFoundException:
    // the platform's catalog knows no CustomerNotFound, so the status decides.
    assertThat(e.getClass()).isEqualTo(NotFoundException.class);
    assertThat(e.details().code()).hasValue("CustomerNotFound");
  }
}

package dev.errata.spring.feignclients;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.spring.feignclients.ApplicationFeignBeans.ApplicationDecodedException;
import dev.errata.spring.feignclients.ApplicationFeignBeans.CountingRetryer;
import dev.errata.spring.upstreams.SkuNotFoundException;
import feign.RetryableException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application's own {@code ErrorDecoder} and {@code Retryer} beans next to Errata's
 * capability: the error decoder keeps what the policy leaves alone, the retryer keeps I/O failures
 * while Errata does not retry, and gives way when it does.
 */
class ApplicationFeignBeansTest {

  private static Service withoutRetries;
  private static Service withRetries;

  @BeforeAll
  static void start() {
    String catalog = "errata.client.catalogs.inventory=dev.errata.spring.upstreams.InventoryError";
    withoutRetries = new Service(List.of(ApplicationFeignBeans.class), catalog);
    withRetries = new Service(List.of(ApplicationFeignBeans.class), catalog,
        "errata.client.retry.enabled=true", "errata.client.retry.base-delay=1ms");
  }

  @AfterAll
  static void stop() {
    withoutRetries.close();
    withRetries.close();
  }

  @Test
  void theApplicationsErrorDecoderGetsWhatThePolicyLeavesAlone() {
    InventoryClient inventory = withoutRetries.client(InventoryClient.class);

    assertThrows(SkuNotFoundException.class, () -> inventory.sku("SkuNotFound"));
    ApplicationDecodedException e = assertThrows(ApplicationDecodedException.class, () -> inventory.sku("Choices"));
    assertThat(e).hasMessageThat().contains("a 300");
  }

  @Test
  void theApplicationsRetryerGetsIoFailuresWhileErrataDoesNotRetry() {
    CountingRetryer retryer = withoutRetries.context.getBean(CountingRetryer.class);
    int before = retryer.asked.get();

    assertThrows(RetryableException.class, () -> withoutRetries.client(InventoryClient.class).sku("Hangup"));

    assertThat(retryer.asked.get() - before).isEqualTo(1);
    assertThat(withoutRetries.startupLog).contains("Feign client 'inventory' decodes errors with Inventory");
  }

  @Test
  void errataRetriesInsteadOfTheApplicationsRetryerWhenItRetries() {
    CountingRetryer retryer = withRetries.context.getBean(CountingRetryer.class);
    // Feign's default client, the JDK's HttpURLConnection, may itself send a request again when
    // the connection closes unanswered: count what one attempt sends, on the service without retries.
    int before = withoutRetries.inventory.requests("/skus/Hangup");
    assertThrows(RetryableException.class, () -> withoutRetries.client(InventoryClient.class).sku("Hangup"));
    int oneAttempt = withoutRetries.inventory.requests("/skus/Hangup") - before;

    assertThrows(RetryableException.class, () -> withRetries.client(InventoryClient.class).sku("Hangup"));

    assertThat(retryer.asked.get()).isEqualTo(0);
    assertThat(withRetries.inventory.requests("/skus/Hangup")).isEqualTo(3 * oneAttempt);
    assertThat(withRetries.startupLog).contains("replaces the Feign client's " + CountingRetryer.class.getName());
  }
}

package dev.errata.spring.feignclients;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogException;
import dev.errata.feign.ErrataCapability;
import dev.errata.http.HttpErrorCatalog;
import dev.errata.http.NotFoundException;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.spring.boot.ErrataOpenFeignAutoConfiguration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.cloud.openfeign.FeignClientFactory;
import org.springframework.context.annotation.Bean;

/** An {@link ErrataCapability} bean of the application's is every Feign client's only one. */
class ApplicationCapabilityTest {

  /** The application's capability: errors typed by status alone, for every client. */
  static class ApplicationCapability {
    @Bean
    ErrataCapability applicationErrataCapability() {
      return ErrataCapability.of(ErrorDecoder.builder(HttpErrorCatalog.INSTANCE).build());
    }
  }

  private static Service service;

  @BeforeAll
  static void start() {
    service = new Service(List.of(ApplicationCapability.class),
        "errata.client.catalogs.inventory=dev.errata.spring.upstreams.InventoryError");
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void errataStandsBackForTheApplicationsCapability() {
    assertThat(ConditionEvaluationReport.get(service.context.getBeanFactory())
        .getConditionAndOutcomesBySource().get(ErrataOpenFeignAutoConfiguration.class.getName()).isFullMatch())
        .isTrue();
    ErrataCapability application = service.context.getBean(ErrataCapability.class);
    FeignClientFactory clients = service.context.getBean(FeignClientFactory.class);
    for (String client : List.of("inventory", "payments")) {
      Map<String, ErrataCapability> capabilities = clients.getInstances(client, ErrataCapability.class);
      assertThat(capabilities.values()).containsExactly(application);
    }
    CatalogException e = assertThrows(CatalogException.class, () -> service.client(InventoryClient.class).sku("SkuNotFound"));
    assertThat(e.getClass()).isEqualTo(NotFoundException.class);
    assertThat(service.startupLog).doesNotContain("Feign client '");
  }
}

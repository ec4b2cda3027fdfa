package dev.errata.spring.feignclients;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.spring.boot.ErrataOpenFeignAutoConfiguration;
import feign.FeignException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport.ConditionAndOutcomes;

/** {@code errata.client.enabled=false}: Feign clients behave as Spring Cloud OpenFeign makes them. */
class FeignClientsOffTest {

  private static Service service;

  @BeforeAll
  static void start() {
    service = new Service(List.of(),
        "errata.client.enabled=false",
        "errata.client.catalogs.inventory=dev.errata.spring.upstreams.InventoryError");
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void errorsAreFeignsOwnAndTheAutoConfigurationSaysWhyItStoodBack() {
    FeignException e = assertThrows(FeignException.class, () -> service.client(InventoryClient.class).sku("SkuNotFound"));
    assertThat(e.getClass()).isEqualTo(FeignException.NotFound.class);
    assertThat(service.startupLog).doesNotContain("Feign client '");

    ConditionAndOutcomes outcomes = ConditionEvaluationReport.get(service.context.getBeanFactory())
        .getConditionAndOutcomesBySource().get(ErrataOpenFeignAutoConfiguration.class.getName());
    assertThat(outcomes).isNotNull();
    assertThat(outcomes.isFullMatch()).isFalse();
    List<String> messages = new ArrayList<>();
    outcomes.forEach(outcome -> messages.add(outcome.getOutcome().getMessage()));
    assertThat(messages.toString()).contains("errata.client.enabled");
  }
}

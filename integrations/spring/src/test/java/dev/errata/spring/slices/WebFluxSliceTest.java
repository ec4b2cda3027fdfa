package dev.errata.spring.slices;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A {@code @WebFluxTest} slice answers as the running service does, with no Errata configuration. */
@WebFluxTest(controllers = OrdersController.class, properties = "errata.server.catalog=dev.errata.spring.service.ServiceError")
class WebFluxSliceTest {

  @Autowired
  private WebTestClient client;

  @Test
  void aCatalogErrorIsAProblem() {
    client.get().uri("/orders/7").exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.code").isEqualTo("OrderNotFound")
        .jsonPath("$.retryable").isEqualTo(false);
  }

  @Test
  void springsOwnErrorsAreProblemsOfTheServicesCatalog() {
    client.post().uri("/orders").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"quantity\":0}").exchange()
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.code").isEqualTo("InvalidRequest")
        .jsonPath("$.errors[0].path").isEqualTo("quantity");
  }
}

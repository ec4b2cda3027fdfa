package dev.errata.spring.server;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.spring.server.ProblemDetailsContract.assertNothingOfTheUpstream;
import static dev.errata.spring.shop.ShopServer.json;

import dev.errata.spring.shop.ShopServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.WebApplicationType;
import tools.jackson.databind.JsonNode;

/** {@code errata.server.upstream=propagate}: an upstream error is served as the application's own, on purpose. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MvcUpstreamPropagateTest {

  private ShopServer shop;

  @BeforeAll
  void start() throws Exception {
    shop = ShopServer.start(WebApplicationType.SERVLET, "errata.server.upstream=propagate");
  }

  @AfterAll
  void stop() {
    shop.close();
  }

  @Test
  void theUpstreamStatusCodeAndMessageAreServed() throws Exception {
    HttpResponse<String> response = shop.get("/upstream/orders/7");
    JsonNode problem = json(response);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(problem.get("code").asString()).isEqualTo("OrderNotFound");
    assertThat(problem.get("detail").asString())
        .isEqualTo("Order 7 of tenant-acme-internal is not on db-replica-3.internal");
  }

  @Test
  void butNeverItsHeadersBodyOrInstance() throws Exception {
    HttpResponse<String> response = shop.get("/upstream/orders/7");
    JsonNode problem = json(response);

    assertThat(problem.get("instance").asString()).isEqualTo("/upstream/orders/7");
    assertThat(problem.has("upstream-only-member")).isFalse();
    String headers = response.headers().map().toString();
    for (String secret : new String[] {"sk_live_upstream_4242", "upstream-session-77", "upstream-req-9f3"}) {
      assertThat(headers).doesNotContain(secret);
      assertThat(response.body()).doesNotContain(secret);
    }
  }

  @Test
  void exactlyTheStatusCodeMessageAndRetryAdviceAreServedNoneOfTheRest() throws Exception {
    HttpResponse<String> response = shop.get("/upstream/addresses");
    JsonNode problem = json(response);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(problem.get("code").asString()).isEqualTo("InvalidOrder");
    assertThat(problem.get("detail").asString()).isEqualTo("The address is not valid.");
    assertThat(problem.get("retryable").asBoolean()).isFalse();
    assertThat(problem.has("errors")).isFalse();
    assertThat(response.body()).doesNotContain("SECRET");
    assertThat(response.headers().map().toString()).doesNotContain("SECRET");
  }

  @Test
  void theUpstreamWaitIsPassedOn() throws Exception {
    HttpResponse<String> response = shop.get("/upstream/limits");

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("45");
  }

  @Test
  void butNotItsMembers() throws Exception {
    HttpResponse<String> response = shop.get("/upstream/limits");
    JsonNode problem = json(response);

    assertThat(problem.get("code").asString()).isEqualTo("RateLimited");
    assertThat(problem.has("remaining")).isFalse();
    assertThat(problem.has("window")).isFalse();
    assertThat(response.body()).doesNotContain("tenant-acme-internal-minute");
  }

  @Test
  void translatorsStillComeFirst() throws Exception {
    HttpResponse<String> response = shop.get("/upstream/stock/sku-9");

    assertThat(json(response).get("detail").asString()).isEqualTo("This item is sold out.");
    assertNothingOfTheUpstream(response);
  }
}

package dev.errata.spring.server;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.spring.shop.ShopServer.json;

import dev.errata.CatalogException;
import dev.errata.http.BadGatewayException;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.spring.shop.FakeUpstream;
import dev.errata.spring.shop.OrderNotFoundException;
import dev.errata.spring.shop.OutOfStockException;
import dev.errata.spring.shop.ShopErrorCatalog;
import dev.errata.spring.shop.ShopServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * What a Spring application serves for catalog errors, over real HTTP, on either web stack: one
 * shop per test class, started before its tests and stopped after them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProblemDetailsContract {

  private ShopServer shop;

  /** Starts the shop on the web stack under test. */
  abstract ShopServer startShop() throws Exception;

  @BeforeAll
  final void start() throws Exception {
    shop = startShop();
  }

  @AfterAll
  final void stop() {
    if (shop != null) {
      shop.close();
    }
  }

  /** The running shop. */
  final ShopServer shop() {
    return shop;
  }

  @Test
  void anErrorOfTheApplicationIsServedAsProblemDetailsWithEveryMember() throws Exception {
    HttpResponse<String> response = shop().get("/orders/42");
    JsonNode problem = json(response);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(problem.get("type").asString()).isEqualTo("https://shop.example.com/errors/OrderNotFound");
    assertThat(problem.get("title").asString()).isEqualTo("Order Not Found");
    assertThat(problem.get("status").asInt()).isEqualTo(404);
    assertThat(problem.get("detail").asString()).isEqualTo("Order 42 does not exist.");
    assertThat(problem.get("instance").asString()).isEqualTo("/orders/42");
    assertThat(problem.get("code").asString()).isEqualTo("OrderNotFound");
    assertThat(problem.get("remedy").toString())
        .isEqualTo("[\"Check the order number.\",\"List the customer's orders to find it.\"]");
    assertThat(problem.get("retryable").asBoolean()).isFalse();
    assertThat(problem.has("errors")).isFalse();
    assertThat(response.headers().firstValue("Retry-After")).isEmpty();
  }

  @Test
  void clientsThatAskForNothingOrForAnythingGetProblemJson() throws Exception {
    for (String accept : new String[] {null, "*/*"}) {
      HttpResponse<String> response = shop().get("/orders/42", accept);

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(json(response).get("code").asString()).isEqualTo("OrderNotFound");
    }
  }

  @Test
  void aControllersOwnExceptionHandlerTakesPrecedence() throws Exception {
    HttpResponse<String> response = shop().get("/legacy/orders/42");

    assertThat(response.statusCode()).isEqualTo(410);
    assertThat(response.body()).isEqualTo("legacy: Order 42 does not exist.");
  }

  @Test
  void theApplicationsCustomizerAddsItsMembers() throws Exception {
    assertThat(json(shop().get("/orders/42")).get("service").asString()).isEqualTo("shop");
  }

  @Test
  void aWaitBecomesRetryAfterInWholeSecondsRoundedUp() throws Exception {
    HttpResponse<String> response = shop().get("/limits");
    JsonNode problem = json(response);

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(problem.get("retryable").asBoolean()).isTrue();
    assertThat(problem.get("detail").asString()).isEqualTo("Try again in half a minute.");
  }

  @Test
  void fieldErrorsAreListedAndAnInstanceOfTheErrorsOwnIsKept() throws Exception {
    HttpResponse<String> response = shop().post("/orders", "{}");
    JsonNode problem = json(response);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(problem.get("errors").toString()).isEqualTo(
        "[{\"code\":\"required\",\"message\":\"must not be blank\",\"path\":\"email\"},"
            + "{\"message\":\"must be at least 1\",\"path\":\"quantity\"}]");
    assertThat(problem.get("instance").asString()).isEqualTo("/orders/drafts/d-17");
  }

  @Test
  void theMessageSourceSuppliesTitlesByExceptionClass() throws Exception {
    JsonNode problem = json(shop().get("/stock/sku-1"));

    assertThat(problem.get("title").asString()).isEqualTo("Sold Out");
    assertThat(problem.get("detail").asString()).isEqualTo("Item sku-1 is sold out.");
  }

  @Test
  void aClientDecodesTheAnswerBackIntoTheSameType() throws Exception {
    HttpResponse<String> response = shop().get("/orders/42");

    CatalogException decoded = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).build().decode(
        response.statusCode(), response.headers().map(), response.body().getBytes(StandardCharsets.UTF_8));

    assertThat(decoded).isInstanceOf(OrderNotFoundException.class);
    assertThat(decoded.detail()).hasValue("Order 42 does not exist.");
  }

  @Test
  void springsOwnErrorsAreServedInTheSameShape() throws Exception {
    HttpResponse<String> response = shop().get("/orders/not-a-number");
    JsonNode problem = json(response);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(problem.get("code").asString()).isEqualTo("BAD_REQUEST");
    assertThat(problem.get("retryable").asBoolean()).isFalse();
    assertThat(problem.get("instance").asString()).isEqualTo("/orders/not-a-number");
    assertThat(problem.get("detail").asString()).doesNotContain("java.");
  }

  @Test
  void anUpstreamErrorIsServedAsABadGatewayThatLeaksNothing() throws Exception {
    for (String path : List.of("/upstream/orders/7", "/upstream/limits")) {
      HttpResponse<String> response = shop().get(path);
      JsonNode problem = json(response);

      assertThat(response.statusCode()).isEqualTo(502);
      assertThat(problem.get("code").asString()).isEqualTo("BAD_GATEWAY");
      assertThat(problem.get("instance").asString()).isEqualTo(path);
      assertNothingOfTheUpstream(response);
      CatalogException decoded = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).build().decode(
          response.statusCode(), response.headers().map(), response.body().getBytes(StandardCharsets.UTF_8));
      assertThat(decoded).isInstanceOf(BadGatewayException.class);
    }
  }

  @Test
  void aBadGatewayIsRetryableOnlyWhenAnotherTryMayHelp() throws Exception {
    HttpResponse<String> notFound = shop().get("/upstream/orders/7");   // an upstream 404: the same again
    HttpResponse<String> limited = shop().get("/upstream/limits");      // an upstream 429 with Retry-After 45

    assertThat(json(notFound).get("retryable").asBoolean()).isFalse();
    assertThat(notFound.headers().firstValue("Retry-After")).isEmpty();
    assertThat(json(limited).get("retryable").asBoolean()).isTrue();
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("45");
    ErrorDecoder decoder = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).build();
    assertThat(decoder.decode(502, notFound.headers().map(), notFound.body().getBytes(StandardCharsets.UTF_8)).isRetryable())
        .isFalse();
  }

  @Test
  void anUpstreamErrorTheApplicationTranslatesIsServedAsTranslated() throws Exception {
    HttpResponse<String> response = shop().get("/upstream/stock/sku-9");
    JsonNode problem = json(response);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(problem.get("code").asString()).isEqualTo("OutOfStock");
    assertThat(problem.get("detail").asString()).isEqualTo("This item is sold out.");
    assertNothingOfTheUpstream(response);
  }

  @Test
  void theMembersOfAnErrorTheApplicationRaisedAreServedAndDecodeBack() throws Exception {
    HttpResponse<String> response = shop().get("/stock/sku-1");
    JsonNode problem = json(response);

    assertThat(problem.get("sku").asString()).isEqualTo("sku-1");
    assertThat(problem.get("available").asInt()).isEqualTo(0);
    assertThat(problem.get("restock_at").asString()).isEqualTo("2026-07-01T08:00:00Z");
    CatalogException decoded = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).build().decode(
        response.statusCode(), response.headers().map(), response.body().getBytes(StandardCharsets.UTF_8));
    OutOfStockException stock = (OutOfStockException) decoded;
    assertThat(stock.sku()).hasValue("sku-1");
    assertThat(stock.available().getAsInt()).isEqualTo(0);
    assertThat(stock.restockAt()).hasValue(Instant.parse("2026-07-01T08:00:00Z"));
  }

  @Test
  void theMembersOfAnUpstreamErrorAreNotServedUnderABadGateway() throws Exception {
    HttpResponse<String> response = shop().get("/upstream/limits");
    JsonNode problem = json(response);

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(problem.has("remaining")).isFalse();
    assertThat(problem.has("window")).isFalse();
    assertNothingOfTheUpstream(response);
  }

  @Test
  void aTranslatorServesTheMembersItChoseAndNoneOfTheUpstreams() throws Exception {
    HttpResponse<String> response = shop().get("/upstream/stock/sku-9");
    JsonNode problem = json(response);

    assertThat(problem.get("available").asInt()).isEqualTo(3);
    assertThat(problem.has("sku")).isFalse();
    assertNothingOfTheUpstream(response);
  }

  static void assertNothingOfTheUpstream(HttpResponse<String> response) {
    String headers = response.headers().map().toString();
    for (String secret : FakeUpstream.SECRETS) {
      assertThat(response.body()).doesNotContain(secret);
      assertThat(headers).doesNotContain(secret);
    }
    assertThat(response.headers().firstValue("X-Api-Key")).isEmpty();
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
  }
}

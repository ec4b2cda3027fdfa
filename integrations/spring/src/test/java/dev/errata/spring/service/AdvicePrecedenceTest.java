package dev.errata.spring.service;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.spring.service.Service.json;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import tools.jackson.databind.JsonNode;

/**
 * An application's own error handling and Errata's, on real Tomcat and Netty: a catalog error is
 * answered by Errata whatever catch-all advice the application has (with or without Spring's
 * ResponseEntityExceptionHandler), unless the application handles that error's type, or an
 * ancestor of it below CatalogException, itself.
 */
class AdvicePrecedenceTest {

  /** Which paths each advice shape answers itself; Errata answers every other one. */
  static List<Arguments> shapes() {
    List<Arguments> all = new ArrayList<>();
    for (WebApplicationType stack : List.of(WebApplicationType.SERVLET, WebApplicationType.REACTIVE)) {
      all.add(Arguments.of(stack, "none", List.of()));
      all.add(Arguments.of(stack, "catch-all", List.of("/boom")));
      all.add(Arguments.of(stack, "catch-all-rseh", List.of("/boom")));
      all.add(Arguments.of(stack, "specific", List.of("/orders/42")));
      all.add(Arguments.of(stack, "ancestor", List.of("/stock/sku-7")));
      all.add(Arguments.of(stack, "mixed", List.of("/orders/42", "/boom")));
      all.add(Arguments.of(stack, "local", List.of("/local/stock/sku-7")));
    }
    return all;
  }

  @ParameterizedTest(name = "{0} with advice {1}")
  @MethodSource("shapes")
  void errataAnswersWhatTheApplicationDoesNotHandleItself(WebApplicationType stack, String shape, List<String> own) throws Exception {
    try (Service service = Service.start(ServiceApplication.class, stack,
        "advice=" + shape, "errata.server.catalog=" + ServiceError.class.getName())) {
      for (String path : List.of("/orders/42", "/stock/sku-7", "/boom", "/orders/not-a-number", "/local/stock/sku-7")) {
        if (path.startsWith("/local") && !shape.equals("local")) {
          continue;
        }
        HttpResponse<String> response = service.get(path);
        JsonNode body = json(response);
        if (own.contains(path)) {
          assertThat(response.statusCode()).isEqualTo(418);
          assertThat(body.get("handledBy").asString()).isEqualTo(shape);
        } else {
          assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
          assertThat(body.has("code")).isTrue();
          assertThat(body.get("code").asString()).isEqualTo(expectedCode(path));
          assertThat(body.get("instance").asString()).isEqualTo(path);
          assertThat(response.body()).doesNotContain("db-7.internal");
        }
      }
    }
  }

  private static String expectedCode(String path) {
    if (path.equals("/orders/42")) {
      return "OrderNotFound";
    }
    if (path.endsWith("/stock/sku-7")) {
      return "OutOfStock";
    }
    if (path.equals("/boom")) {
      return "INTERNAL_SERVER_ERROR";
    }
    return "InvalidRequest"; // the service's stand-in for 400: a type mismatch
  }
}

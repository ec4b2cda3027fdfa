package dev.errata.spring.service;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.spring.service.Service.json;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;

/** With {@code errata.server.spring-errors=false}, Spring's own errors keep Spring's shape; catalog errors keep Errata's. */
class SpringErrorsOffTest {

  @ParameterizedTest
  @EnumSource(value = WebApplicationType.class, names = {"SERVLET", "REACTIVE"})
  void springsErrorsKeepSpringsShapeAndCatalogErrorsKeepErrata(WebApplicationType stack) throws Exception {
    try (Service plain = Service.start(ServiceApplication.class, stack,
        "errata.server.catalog=" + ServiceError.class.getName(), "errata.server.spring-errors=false")) {
      HttpResponse<String> mismatch = plain.get("/orders/not-a-number");
      HttpResponse<String> notFound = plain.get("/orders/42");

      assertThat(mismatch.statusCode()).isEqualTo(400);
      assertThat(json(mismatch).has("code")).isFalse();
      assertThat(json(notFound).get("code").asString()).isEqualTo("OrderNotFound");
    }
  }
}

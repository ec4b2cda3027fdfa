package dev.errata.spring.security;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.spring.service.Service;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;

/**
 * With {@code errata.server.spring-errors=false}, Spring Security answers its refusals as it
 * would without Errata. Its own class: closing a reactive application releases Reactor Netty's
 * shared resources, which would stop the servers another test class keeps open.
 */
class SecurityErrorsOffTest {

  @ParameterizedTest
  @EnumSource(value = WebApplicationType.class, names = {"SERVLET", "REACTIVE"})
  void springSecurityAnswersAsItWould(WebApplicationType stack) throws Exception {
    try (Service plain = Service.start(SecuredApplication.class, stack,
        "spring.security.user.name=clerk", "spring.security.user.password={noop}pw", "errata.server.spring-errors=false")) {
      HttpResponse<String> response = plain.send(plain.request("/orders/42").GET().header("Accept", "application/json"));
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).doesNotContain("problem");
      assertThat(response.body()).doesNotContain("\"code\"");
    }
  }
}

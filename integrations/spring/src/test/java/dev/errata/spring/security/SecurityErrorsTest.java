package dev.errata.spring.security;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.spring.service.Service.json;

import dev.errata.spring.service.Service;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import tools.jackson.databind.JsonNode;

/**
 * Spring Security's own refusals, on Tomcat and on Netty, in the same problem shape as every
 * other error of the service: a request without or with wrong credentials (401, its challenge
 * kept), a user outside the admin area (403) and a method only admins may call (403).
 */
class SecurityErrorsTest {

  enum Stack { SERVLET, REACTIVE }

  private static final Map<Stack, Service> services = new EnumMap<>(Stack.class);

  private static Service service(Stack stack) {
    return services.computeIfAbsent(stack, s -> Service.start(SecuredApplication.class,
        WebApplicationType.valueOf(s.name()),
        "spring.security.user.name=clerk",
        "spring.security.user.password={noop}pw",
        "spring.security.user.roles=CLERK"));
  }

  @AfterAll
  static void stop() {
    services.values().forEach(Service::close);
  }

  private static HttpResponse<String> get(Stack stack, String path, String user, String password) throws Exception {
    HttpRequest.Builder request = service(stack).request(path).GET().header("Accept", "application/json");
    if (user != null) {
      String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + credentials);
    }
    return service(stack).send(request);
  }

  private static JsonNode problem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("code").asString()).isEqualTo(code);
    assertThat(problem.get("retryable").asBoolean()).isFalse();
    assertThat(problem.has("title")).isTrue();
    assertThat(problem.has("remedy")).isTrue();
    assertThat(response.body()).doesNotContain("springframework");
    return problem;
  }

  @ParameterizedTest
  @EnumSource(Stack.class)
  void aRequestWithoutCredentialsIsUnauthorizedWithItsChallenge(Stack stack) throws Exception {
    HttpResponse<String> response = get(stack, "/orders/42", null, null);
    problem(response, 401, "UNAUTHORIZED");
    assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
  }

  @ParameterizedTest
  @EnumSource(Stack.class)
  void wrongCredentialsAreUnauthorized(Stack stack) throws Exception {
    problem(get(stack, "/orders/42", "clerk", "guess"), 401, "UNAUTHORIZED");
  }

  @ParameterizedTest
  @EnumSource(Stack.class)
  void aUserOutsideTheAdminAreaIsForbidden(Stack stack) throws Exception {
    problem(get(stack, "/admin/report", "clerk", "pw"), 403, "FORBIDDEN");
  }

  @ParameterizedTest
  @EnumSource(Stack.class)
  void aMethodOnlyAdminsMayCallIsForbidden(Stack stack) throws Exception {
    problem(get(stack, "/refunds", "clerk", "pw"), 403, "FORBIDDEN");
  }

  @ParameterizedTest
  @EnumSource(Stack.class)
  void aBareStatusFromAnEntryPointIsAnsweredToo(Stack stack) throws Exception {
    problem(get(stack, "/tokens/orders", null, null), 401, "UNAUTHORIZED");
  }

  @ParameterizedTest
  @EnumSource(Stack.class)
  void anAnswerTheApplicationWritesItselfIsKept(Stack stack) throws Exception {
    HttpResponse<String> response = get(stack, "/partners/orders", null, null);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(response.body()).isEqualTo(SecuredApplication.PARTNER_ANSWER);
  }

  @ParameterizedTest
  @EnumSource(Stack.class)
  void aPermittedRequestIsServed(Stack stack) throws Exception {
    HttpResponse<String> response = get(stack, "/orders/42", "clerk", "pw");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("order 42");
  }
}

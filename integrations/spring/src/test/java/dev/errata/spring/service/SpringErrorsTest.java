package dev.errata.spring.service;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.spring.service.Service.json;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import tools.jackson.databind.JsonNode;

/**
 * Spring's own errors are answered in the same problem shape as the service's catalog errors, on
 * Tomcat and on Netty: code, remedy and retryable from the service's stand-in codes or the HTTP
 * catalog, field errors for validation, Spring's headers (Allow) kept, nothing of Java shown.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpringErrorsTest {

  enum Stack {
    TOMCAT(WebApplicationType.SERVLET),
    NETTY(WebApplicationType.REACTIVE);

    final WebApplicationType type;

    Stack(WebApplicationType type) {
      this.type = type;
    }
  }

  private final List<Service> services = new ArrayList<>();

  @BeforeAll
  void start() {
    for (Stack stack : Stack.values()) {
      services.add(Service.start(ServiceApplication.class, stack.type,
          "errata.server.catalog=" + ServiceError.class.getName(),
          "spring.servlet.multipart.max-file-size=1KB",
          "spring.servlet.multipart.max-request-size=2KB"));
    }
  }

  @AfterAll
  void stop() {
    services.forEach(Service::close);
  }

  private Service service(Stack stack) {
    return services.get(stack.ordinal());
  }

  private static HttpResponse<String> post(Service service, String contentType, String body) throws Exception {
    HttpRequest.Builder request = service.request("/orders").header("Accept", "application/json")
        .POST(body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return service.send(request);
  }

  /** The problem shape, with a given status and code, and nothing of Java or of the server's internals. */
  private static JsonNode problem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("code").asString()).isEqualTo(code);
    assertThat(problem.has("retryable")).isTrue();
    assertThat(problem.has("title")).isTrue();
    assertThat(response.body()).doesNotContain("java.");
    assertThat(response.body()).doesNotContain("springframework");
    return problem;
  }

  @ParameterizedTest
  @EnumSource(Stack.class)
  void validationFailuresListTheFieldErrors(Stack stack) throws Exception {
    JsonNode problem = problem(post(service(stack), "application/json", "{\"email\":\"\",\"quantity\":0}"), 400, "InvalidRequest");

    assertThat(problem.get("remedy").toString()).contains("correct the request");
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("path").asString() + ":" + e.get("code").asString()));
    assertThat(fields).containsExactly("email:NotBlank", "quantity:Min");
  }

  @ParameterizedTest
  @EnumSource(Stack.class)
  void anUnreadableOrMissingBodyIsABadRequest(Stack stack) throws Exception {
    problem(post(service(stack), "application/json", "{\"email\": "), 400, "InvalidRequest");
    problem(post(service(stack), "application/json", null), 400, "InvalidRequest");
  }

  @ParameterizedTest
  @EnumSource(Stack.class)
  void aValueOfTheWrongTypeIsABadRequest(Stack stack) throws Exception {
    problem(service(stack).get("/orders/not-a-number"), 400, "InvalidRequest");
  }

  @ParameterizedTest
  @EnumSource(Stack.class)
  void aPathNoHandlerMapsIsANotFound(Stack stack) throws Exception {
    JsonNode problem = problem(service(stack).get("/nowhere"), 404, "NOT_FOUND");

    assertThat(problem.get("instance").asString()).isEqualTo("/nowhere");
  }

  @ParameterizedTest
  @EnumSource(Stack.class)
  void aMethodTheHandlerDoesNotTakeIsAMethodNotAllowedWithItsAllowHeader(Stack stack) throws Exception {
    HttpResponse<String> response = service(stack).send(service(stack).request("/orders/42").DELETE());

    problem(response, 405, "METHOD_NOT_ALLOWED");
    assertThat(response.headers().firstValue("Allow").orElse("")).contains("GET");
  }

  @ParameterizedTest
  @EnumSource(Stack.class)
  void aMediaTypeTheHandlerCannotProduceIsANotAcceptable(Stack stack) throws Exception {
    HttpResponse<String> response = service(stack).send(service(stack).request("/orders/42").header("Accept", "image/png"));

    assertThat(response.statusCode()).isEqualTo(406);
  }

  @ParameterizedTest
  @EnumSource(Stack.class)
  void aBodyOfAnotherTypeIsAnUnsupportedMediaType(Stack stack) throws Exception {
    problem(post(service(stack), "text/plain", "an order"), 415, "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void anUploadOverTheLimitIsAContentTooLarge() throws Exception {
    Service tomcat = service(Stack.TOMCAT);
    String boundary = "errata-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\n" + "x".repeat(4096) + "\r\n--" + boundary + "--\r\n";

    HttpResponse<String> response = tomcat.send(tomcat.request("/uploads")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Accept", "application/json")
        .POST(BodyPublishers.ofString(body)));

    problem(response, 413, "CONTENT_TOO_LARGE");
  }

  @ParameterizedTest
  @EnumSource(Stack.class)
  void anUnexpectedExceptionShowsNothingOfItself(Stack stack) throws Exception {
    JsonNode problem = problem(service(stack).get("/boom"), 500, "INTERNAL_SERVER_ERROR");

    assertThat(problem.get("detail").asString()).doesNotContain("db-7.internal");
  }
}

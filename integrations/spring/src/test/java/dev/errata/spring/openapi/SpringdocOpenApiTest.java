package dev.errata.spring.openapi;

import static com.google.common.truth.Truth.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import dev.errata.spring.server.ErrataExceptionHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Spring MVC application with springdoc on a random loopback port: the OpenAPI document it
 * serves lists on each operation exactly the catalog errors the handler declares.
 */
class SpringdocOpenApiTest {

  private static ConfigurableApplicationContext context;
  private static String document;
  private static JsonNode api;
  private static URI base;

  @BeforeAll
  static void startAndReadTheDocument() throws Exception {
    context = new SpringApplicationBuilder(OrdersApplication.class)
        .web(WebApplicationType.SERVLET)
        .properties("server.port=0", "server.address=127.0.0.1", "server.shutdown=immediate",
            "spring.main.banner-mode=off", "logging.level.root=WARN")
        .run();
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    base = URI.create("http://127.0.0.1:" + port);
    HttpResponse<String> response = get("/v3/api-docs");
    assertThat(response.statusCode()).isEqualTo(200);
    document = response.body();
    api = JsonMapper.builder().build().readTree(document);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @AfterAll
  static void stop() {
    if (context != null) {
      context.close();
    }
  }

  private static JsonNode responses(String path, String method) {
    JsonNode responses = api.path("paths").path(path).path(method).path("responses");
    assertThat(responses.isObject()).isTrue();
    return responses;
  }

  private static List<String> statuses(JsonNode responses) {
    return new ArrayList<>(responses.propertyNames());
  }

  private static JsonNode problem(JsonNode response) {
    return response.path("content").path("application/problem+json");
  }

  @Test
  void theThrowsClauseGivesOneResponsePerCatalogError() {
    JsonNode responses = responses("/orders/{id}", "get");
    assertThat(statuses(responses)).containsExactly("200", "404", "429");

    JsonNode notFound = responses.path("404");
    assertThat(notFound.path("description").asString()).startsWith("**404 Order Not Found** (`OrderNotFound`)");
    assertThat(notFound.path("description").asString()).contains("No order has this number.");
    assertThat(notFound.path("x-errata-code").asString()).isEqualTo("OrderNotFound");
    assertThat(notFound.path("x-errata-exception").asString()).isEqualTo("dev.errata.spring.shop.OrderNotFoundException");
    assertThat(problem(notFound).path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
    JsonNode example = problem(notFound).path("example");
    assertThat(example.path("code").asString()).isEqualTo("OrderNotFound");
    assertThat(example.path("status").asInt()).isEqualTo(404);
    assertThat(example.path("type").asString()).isEqualTo("https://shop.example.com/errors/OrderNotFound");

    JsonNode rateLimited = responses.path("429");
    assertThat(problem(rateLimited).path("example").path("code").asString()).isEqualTo("RateLimited");
    JsonNode quota = problem(rateLimited).path("schema").path("allOf");
    assertThat(quota.path(0).path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
    assertThat(quota.path(1).path("properties").path("remaining").toString())
        .isEqualTo("{\"type\":\"integer\",\"format\":\"int32\",\"description\":\"requests left in the window\"}");
    assertThat(quota.path(1).path("properties").path("window").path("type").asString()).isEqualTo("string");
    assertThat(problem(rateLimited).path("example").path("retryable").asBoolean()).isTrue();
    assertThat(rateLimited.path("headers").has("Retry-After")).isTrue();
  }

  @Test
  void theAnnotationDeclaresUncheckedErrors() {
    JsonNode responses = responses("/orders", "post");
    assertThat(statuses(responses)).containsExactly("200", "409", "422");
    assertThat(problem(responses.path("409")).path("example").path("code").asString()).isEqualTo("OutOfStock");
    assertThat(problem(responses.path("422")).path("example").path("code").asString()).isEqualTo("InvalidOrder");
    assertThat(responses.path("422").path("description").asString()).contains("Correct the fields listed in errors.");
  }

  @Test
  void twoCodesOfOneStatusShareItsResponseWithAnExampleEach() {
    JsonNode responses = responses("/orders/{id}/lines", "get");
    assertThat(statuses(responses)).containsExactly("200", "404");
    JsonNode notFound = responses.path("404");
    assertThat(notFound.path("description").asString()).contains("(`NOT_FOUND`)");
    assertThat(notFound.path("description").asString()).contains("(`OrderNotFound`)");
    assertThat(notFound.path("x-errata-codes").toString()).isEqualTo("[\"NOT_FOUND\",\"OrderNotFound\"]");
    JsonNode media = problem(notFound);
    assertThat(media.has("example")).isFalse();
    assertThat(media.path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
    assertThat(new ArrayList<>(media.path("examples").propertyNames())).containsExactly("NotFound", "OrderNotFound");
    assertThat(media.path("examples").path("NotFound").path("value").path("code").asString()).isEqualTo("NOT_FOUND");
    assertThat(media.path("examples").path("OrderNotFound").path("value").path("code").asString()).isEqualTo("OrderNotFound");
  }

  @Test
  void codesOfOneStatusWithDifferentMembersShareAResponseWhoseSchemaIsAnyOfTheirs() {
    JsonNode media = problem(responses("/orders/{id}/cancel", "post").path("409"));
    JsonNode anyOf = media.path("schema").path("anyOf");

    assertThat(anyOf.size()).isEqualTo(2);
    assertThat(anyOf.path(0).path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
    assertThat(anyOf.path(1).path("allOf").path(1).path("properties").path("restock_at").toString())
        .isEqualTo("{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"when more arrive\"}");
    assertThat(new ArrayList<>(media.path("examples").propertyNames())).containsExactly("Conflict", "OutOfStock");
  }

  @Test
  void anOperationThatDeclaresNoErrorListsNoneNotEvenTheAdvicesGenericOne() {
    // Errata's advice is active in the application, and springdoc scans it.
    assertThat(context.getBeansOfType(ErrataExceptionHandler.class)).hasSize(1);
    assertThat(statuses(responses("/health", "get"))).containsExactly("200");
  }

  @Test
  void theDocumentedResponseIsTheOneServed() throws Exception {
    HttpResponse<String> served = get("/orders/7");
    assertThat(served.statusCode()).isEqualTo(404);
    assertThat(served.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode body = JsonMapper.builder().build().readTree(served.body());
    JsonNode example = problem(responses("/orders/{id}", "get").path("404")).path("example");
    for (String member : List.of("type", "title", "status", "code", "remedy", "retryable")) {
      assertThat(body.path(member)).isEqualTo(example.path(member));
    }
  }

  @Test
  void classErrorsApplyToEveryHandlerAndSubclassesAreDocumentedAsTheirCode() {
    JsonNode responses = responses("/stock/{sku}", "get");
    // The category ClientErrorException stands for every 4xx: it adds no response.
    assertThat(statuses(responses)).containsExactly("200", "409", "429");
    assertThat(problem(responses.path("409")).path("example").path("code").asString()).isEqualTo("OutOfStock");
    assertThat(problem(responses.path("429")).path("example").path("code").asString()).isEqualTo("RateLimited");
  }

  @Test
  void theProblemSchemaIsInTheComponentsOnce() {
    JsonNode schemas = api.path("components").path("schemas");
    assertThat(schemas.has("Problem")).isTrue();
    JsonNode properties = schemas.path("Problem").path("properties");
    assertThat(new ArrayList<>(properties.propertyNames()))
        .containsAtLeast("type", "title", "status", "detail", "instance", "code", "remedy", "retryable");
    assertThat(document.split("\"Problem\"\\s*:", -1).length - 1).isEqualTo(1);
  }

  @Test
  void swaggerParserFindsTheDocumentValid() {
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, null);
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
    assertThat(result.getOpenAPI().getPaths().get("/orders/{id}").getGet().getResponses().keySet())
        .containsExactly("200", "404", "429");
  }
}

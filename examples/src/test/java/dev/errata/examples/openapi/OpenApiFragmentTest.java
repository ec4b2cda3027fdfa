package dev.errata.examples.openapi;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.Catalog;
import dev.errata.ErrorDefinition;
import dev.errata.MemberDefinition;
import dev.errata.examples.bots.BotError;
import dev.errata.examples.extracts.ExtractError;
import dev.errata.examples.flows.FlowError;
import dev.errata.examples.integrations.IntegrationError;
import dev.errata.examples.payments.PaymentError;
import dev.errata.http.HttpError;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenAPI document the processor writes next to each catalog, read by swagger-parser: valid
 * OpenAPI 3.1, one response per code of the catalog with the code's status, wire code,
 * description and an example body that the problem schema describes; a code with members has the
 * problem schema and its members.
 */
class OpenApiFragmentTest {

  @ParameterizedTest
  @ValueSource(classes = {
    HttpError.class, IntegrationError.class, FlowError.class, BotError.class, ExtractError.class, PaymentError.class
  })
  void fragmentIsValidOpenApiWithOneResponsePerCode(Class<?> catalogEnum) throws IOException {
    Catalog catalog = Catalog.of(catalogEnum);
    SwaggerParseResult result = parse(catalogEnum);

    assertWithMessage("parser messages").that(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    assertThat(api.getComponents().getSchemas()).containsKey("Problem");

    Map<String, ApiResponse> responses = api.getComponents().getResponses();
    List<ErrorDefinition> codes = catalog.definitions().stream()
        .filter(d -> d.kind() != ErrorDefinition.Kind.CATEGORY)
        .toList();
    assertThat(responses).hasSize(codes.size());
    for (ErrorDefinition code : codes) {
      ApiResponse response = responses.values().stream()
          .filter(r -> code.code().equals(r.getExtensions().get("x-errata-code")))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no response for " + code.code()));
      assertThat(response.getExtensions().get("x-errata-status")).isEqualTo(code.status());
      assertThat(response.getDescription()).contains(code.description());
      if (!code.docsUrl().isEmpty()) {
        assertThat(response.getDescription()).contains("(" + code.docsUrl() + ")");
      }
      MediaType problem = response.getContent().get("application/problem+json");
      if (code.members().isEmpty()) {
        assertThat(problem.getSchema().get$ref()).isEqualTo("#/components/schemas/Problem");
      } else {
        // The problem and the code's members, under their wire names.
        List<?> parts = problem.getSchema().getAllOf();
        assertThat(((Schema<?>) parts.get(0)).get$ref()).isEqualTo("#/components/schemas/Problem");
        assertThat(((Schema<?>) parts.get(1)).getProperties().keySet())
            .containsExactlyElementsIn(code.members().stream().map(MemberDefinition::name).toList()).inOrder();
      }
      // swagger-parser keeps examples as Jackson 2 trees.
      JsonNode example = (JsonNode) problem.getExample();
      assertThat(example.get("code").asText()).isEqualTo(code.code());
      assertThat(example.get("status").asInt()).isEqualTo(code.status());
      assertThat(example.get("retryable").asBoolean()).isEqualTo(code.retryable());
      List<String> members = new ArrayList<>();
      example.fieldNames().forEachRemaining(members::add);
      assertThat(api.getComponents().getSchemas().get("Problem").getProperties().keySet())
          .containsAtLeastElementsIn(members);
      assertThat(response.getHeaders() != null && response.getHeaders().containsKey("Retry-After"))
          .isEqualTo(code.retryable());
    }
  }

  private static SwaggerParseResult parse(Class<?> catalogEnum) throws IOException {
    String resource = "META-INF/errata/" + catalogEnum.getName() + ".openapi.json";
    try (InputStream in = catalogEnum.getClassLoader().getResourceAsStream(resource)) {
      assertWithMessage(resource).that(in).isNotNull();
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      return new OpenAPIV3Parser().readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8), null, options);
    }
  }
}

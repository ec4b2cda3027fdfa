package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import dev.errata.http.NotFoundException;
import dev.errata.runtime.fixture.TestCatalogs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProblemRendererTest {

  private static final ErrorDecoder DECODER = ErrorDecoder.builder(TestCatalogs.PLATFORM).build();

  static Stream<ErrorDefinition> definitions() {
    return Stream.concat(TestCatalogs.HTTP.definitions().stream(), TestCatalogs.PLATFORM.definitions().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  void everyDefinitionRoundTripsToTheSameType(ErrorDefinition definition) {
    CatalogException thrown = TestCatalogs.PLATFORM.create(definition.code(), definition.status(), ErrorDetails.empty());

    ProblemResponse problem = ProblemRenderer.render(thrown);
    CatalogException decoded = DECODER.decode(
        problem.status(), problem.headers(), problem.body());

    assertThat(decoded.getClass()).isEqualTo(thrown.getClass());
    assertThat(decoded.definition()).isEqualTo(definition);
    assertThat(decoded.details().message()).hasValue(definition.description());
    assertThat(decoded.status()).isEqualTo(thrown.status());
  }

  @Test
  void rendersEveryMember() {
    CatalogException e = TestCatalogs.PLATFORM.create("RelationConflict", 409,
        ErrorDetails.builder().message("Bot bot_1 belongs to another workspace.").instance("/v1/bots/bot_1")
            .body("{\"secret\":\"upstream body\"}", false).build());

    ProblemResponse problem = ProblemRenderer.render(e);

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.contentType()).isEqualTo("application/problem+json");
    assertThat(new String(problem.body(), StandardCharsets.UTF_8)).isEqualTo(
        "{\"type\":\"https://docs.example.com/errors#RelationConflict\",\"title\":\"Relation Conflict\","
            + "\"status\":409,\"detail\":\"Bot bot_1 belongs to another workspace.\","
            + "\"instance\":\"/v1/bots/bot_1\",\"code\":\"RelationConflict\","
            + "\"remedy\":[\"Read the message.\",\"Fix the request and send it again.\"],\"retryable\":false}");
    assertThat(problem.headers()).containsExactly("Content-Type", List.of("application/problem+json"));
  }

  @Test
  void messageGivenByServerCodeIsTheDetail() {
    ProblemResponse problem = ProblemRenderer.render(new NotFoundException("Order 42 does not exist."));

    String json = new String(problem.body(), StandardCharsets.UTF_8);
    assertThat(json).contains("\"type\":\"https://www.rfc-editor.org/rfc/rfc9110#status.404\"");
    assertThat(json).contains("\"detail\":\"Order 42 does not exist.\"");
    CatalogException decoded = DECODER.decode(problem.status(), problem.headers(), problem.body());
    assertThat(decoded).isInstanceOf(NotFoundException.class);
    assertThat(decoded.details().message()).hasValue("Order 42 does not exist.");
  }

  @Test
  void retryAfterBecomesAHeaderRoundedUp() {
    CatalogException limited = TestCatalogs.HTTP.create("TOO_MANY_REQUESTS", 429,
        ErrorDetails.builder().retryAfter(Duration.ofSeconds(7)).build());
    CatalogException fractional = TestCatalogs.HTTP.create("SERVICE_UNAVAILABLE", 503,
        ErrorDetails.builder().retryAfter(Duration.ofMillis(1500)).build());

    assertThat(ProblemRenderer.render(limited).headers()).containsEntry("Retry-After", List.of("7"));
    assertThat(ProblemRenderer.render(fractional).headers()).containsEntry("Retry-After", List.of("2"));
    assertThat(ProblemRenderer.render(limited).retryAfter()).hasValue(Duration.ofSeconds(7));
  }

  @Test
  void unknownErrorsRenderAs500() {
    CatalogException unknown = DECODER.decode(302, Map.of(), null);

    // Decoded, so only served as such when propagated on purpose.
    ProblemResponse problem = ProblemRenderer.render(unknown, UpstreamPolicy.PROPAGATE);

    assertThat(problem.status()).isEqualTo(500);
    assertThat(new String(problem.body(), StandardCharsets.UTF_8)).contains("\"code\":\"UNKNOWN\"");
    // The catch-all has no documentation page.
    assertThat(new String(problem.body(), StandardCharsets.UTF_8)).contains("\"type\":\"about:blank\"");
  }

  @Test
  void escapesWhateverTheMessageHolds() {
    CatalogException e = TestCatalogs.HTTP.create("BAD_REQUEST", 400,
        ErrorDetails.builder().message("quote \" backslash \\ newline \n tab \t nul \u0000 emoji \uD83D\uDE00").build());

    ProblemResponse problem = ProblemRenderer.render(e);
    CatalogException decoded = DECODER.decode(400, problem.headers(), problem.body());

    assertThat(decoded.details().message()).isEqualTo(e.details().message());
  }
}

package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.ReportedError;
import dev.errata.http.BadGatewayException;
import dev.errata.http.NotFoundException;
import dev.errata.runtime.fixture.TestCatalogs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Errors decoded from another service's response are not served as this server's own. */
class ProblemRendererUpstreamTest {

  private static final ErrorDecoder DECODER = ErrorDecoder.builder(TestCatalogs.PLATFORM).build();
  private static final List<String> SECRETS = List.of(
      "RelationConflict", "tenant-secret-42", "upstream-req-9", "sk_live_4242", "internal-host.local");

  /** A 409 of a service this one calls, with a code, a message, a request id and credentials. */
  private static CatalogException upstreamConflict() {
    byte[] body = ("{\"type\":\"RelationConflict\",\"message\":\"bot of tenant-secret-42 on internal-host.local\","
        + "\"requestId\":\"upstream-req-9\",\"instance\":\"/internal-host.local/bots/7\"}").getBytes(UTF_8);
    return DECODER.decode(409, Map.of(
        "X-Api-Key", List.of("sk_live_4242"),
        "X-Request-Id", List.of("upstream-req-9"),
        "Retry-After", List.of("30")), body);
  }

  @Test
  void decodedErrorsAreMarked() {
    assertThat(upstreamConflict().fromResponse()).isTrue();
    assertThat(DECODER.decode(502, null, "<html>".getBytes(UTF_8)).fromResponse()).isTrue();
    assertThat(new NotFoundException("Order 7 does not exist.").fromResponse()).isFalse();
  }

  @Test
  void aDecodedErrorIsServedAsABadGatewayThatSaysNothingOfIt() {
    ProblemResponse problem = ProblemRenderer.render(upstreamConflict());
    String json = new String(problem.body(), UTF_8);

    assertThat(problem.status()).isEqualTo(502);
    assertThat(problem.headers()).containsExactly("Content-Type", List.of("application/problem+json"));
    assertThat(problem.retryAfter()).isEmpty();
    assertThat(json).contains("\"code\":\"BAD_GATEWAY\"");
    for (String secret : SECRETS) {
      assertThat(json).doesNotContain(secret);
    }
    assertThat(DECODER.decode(problem.status(), problem.headers(), problem.body()))
        .isInstanceOf(BadGatewayException.class);
  }

  @Test
  void theBadGatewayKeepsTheUpstreamErrorAsItsCauseForLogs() {
    CatalogException upstream = upstreamConflict();

    CatalogException served = UpstreamPolicy.BAD_GATEWAY.errorToServe(upstream);

    assertThat(served).isInstanceOf(BadGatewayException.class);
    assertThat(served.getCause()).isSameInstanceAs(upstream);
    assertThat(served.fromResponse()).isFalse();
    assertThat(served.detail()).isEmpty();
  }

  @Test
  void detailsCopiedIntoAnExceptionOfTheApplicationAreStillHidden() {
    CatalogException rewrapped = new NotFoundException(upstreamConflict().details());

    ProblemResponse problem = ProblemRenderer.render(rewrapped);

    assertThat(problem.status()).isEqualTo(502);
    assertThat(new String(problem.body(), UTF_8)).doesNotContain("tenant-secret-42");
  }

  @Test
  void propagateServesTheUpstreamErrorAsItsOwnButNeverItsHeadersOrBody() {
    ProblemResponse problem = ProblemRenderer.render(upstreamConflict(), UpstreamPolicy.PROPAGATE);
    String json = new String(problem.body(), UTF_8);

    assertThat(problem.status()).isEqualTo(409);
    assertThat(json).contains("\"code\":\"RelationConflict\"");
    assertThat(json).contains("\"detail\":\"bot of tenant-secret-42 on internal-host.local\"");
    assertThat(problem.retryAfter()).hasValue(Duration.ofSeconds(30));
    assertThat(json).doesNotContain("sk_live_4242");
    assertThat(json).doesNotContain("upstream-req-9");
    assertThat(json).doesNotContain("\"instance\"");
    assertThat(problem.headers().keySet()).containsExactly("Content-Type", "Retry-After");
  }

  @Test
  void propagateServesExactlyTheStatusCodeMessageAndRetryAdvice() {
    byte[] body = ("{\"type\":\"https://upstream.example.com/errors/SECRET-type-1\",\"title\":\"SECRET-title-2\","
        + "\"status\":409,\"detail\":\"The bot is linked elsewhere.\",\"code\":\"RelationConflict\","
        + "\"instance\":\"/SECRET-instance-3\",\"requestId\":\"SECRET-request-4\",\"SECRET-member-5\":true,"
        + "\"errors\":[{\"code\":\"SECRET-code-6\",\"message\":\"SECRET-street of customer 991\",\"path\":\"SECRET-path-7\"}]}")
        .getBytes(UTF_8);
    CatalogException upstream = DECODER.decode(409, Map.of(
        "Content-Type", List.of("application/problem+json"),
        "X-Upstream-Note", List.of("SECRET-header-8"),
        "X-Request-Id", List.of("SECRET-request-9")), body);

    ProblemResponse problem = ProblemRenderer.render(upstream, UpstreamPolicy.PROPAGATE);
    String served = new String(problem.body(), UTF_8) + problem.headers();

    assertThat(upstream.details().errors()).hasSize(1); // decoded, and kept for the application's own use
    assertThat(problem.status()).isEqualTo(409);
    assertThat(served).contains("\"code\":\"RelationConflict\"");
    assertThat(served).contains("\"detail\":\"The bot is linked elsewhere.\"");
    assertThat(served).doesNotContain("SECRET");
    assertThat(served).doesNotContain("\"errors\"");
  }

  @Test
  void errorsOfTheApplicationAreServedTheSameUnderEveryPolicy() {
    CatalogException own = TestCatalogs.PLATFORM.create("RelationConflict", 409,
        ErrorDetails.builder().message("Bot b1 belongs to another workspace.").build());

    assertThat(ProblemRenderer.render(own, UpstreamPolicy.BAD_GATEWAY))
        .isEqualTo(ProblemRenderer.render(own, UpstreamPolicy.PROPAGATE));
    assertThat(ProblemRenderer.render(own).status()).isEqualTo(409);
    assertThat(UpstreamPolicy.BAD_GATEWAY.errorToServe(own)).isSameInstanceAs(own);
  }

  @Test
  void fieldErrorsAreListedAndDecodeBack() {
    CatalogException invalid = TestCatalogs.HTTP.create("UNPROCESSABLE_CONTENT", 422, ErrorDetails.builder()
        .message("The order has 2 invalid fields.")
        .addError(new ReportedError("required", "must not be blank", "email"))
        .addError(new ReportedError("", "must be positive", "quantity"))
        .build());

    ProblemResponse problem = ProblemRenderer.render(invalid);
    String json = new String(problem.body(), UTF_8);
    CatalogException decoded = DECODER.decode(problem.status(), problem.headers(), problem.body());

    assertThat(json).contains("\"errors\":[{\"code\":\"required\",\"message\":\"must not be blank\",\"path\":\"email\"},"
        + "{\"message\":\"must be positive\",\"path\":\"quantity\"}]");
    assertThat(decoded.details().errors()).isEqualTo(invalid.details().errors());
  }
}

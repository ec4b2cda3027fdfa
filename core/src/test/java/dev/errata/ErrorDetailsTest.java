package dev.errata;

import static com.google.common.truth.Truth.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorDetailsTest {

  @Test
  void emptyHasNothing() {
    ErrorDetails empty = ErrorDetails.empty();

    assertThat(empty.status()).isEqualTo(0);
    assertThat(empty.code()).isEmpty();
    assertThat(empty.message()).isEmpty();
    assertThat(empty.requestId()).isEmpty();
    assertThat(empty.retryAfter()).isEmpty();
    assertThat(empty.headers()).isEmpty();
    assertThat(empty.body()).isEmpty();
    assertThat(empty.errors()).isEmpty();
    assertThat(empty.toString()).isEqualTo("ErrorDetails{status=0}");
  }

  @Test
  void aCopyThroughTheBuilderIsEqual() {
    ErrorDetails details = ErrorDetails.builder()
        .status(429).code("RATE_LIMITED").message("slow down").requestId("r1").retryAfter(Duration.ofSeconds(2))
        .type("https://example.com/rate").instance("/bots/1").addError(new ReportedError("A", "a", "x.y"))
        .headers(Map.of("Retry-After", List.of("2"))).body("{}", false).build();

    assertThat(details.toBuilder().build()).isEqualTo(details);
    assertThat(details.toBuilder().build().hashCode()).isEqualTo(details.hashCode());
    assertThat(details.toBuilder().status(503).build()).isNotEqualTo(details);
  }

  @Test
  void headerNamesAreCaseInsensitiveAndNullsAreDropped() {
    HashMap<String, List<String>> raw = new HashMap<>();
    raw.put(null, List.of("HTTP/1.1 404 Not Found"));
    raw.put("X-Request-Id", Arrays.asList("abc", null));
    raw.put("x-request-id", List.of("def"));

    ErrorDetails details = ErrorDetails.builder().headers(raw).build();

    assertThat(details.headers()).hasSize(1);
    assertThat(details.header("X-REQUEST-ID")).hasValue(details.headers().get("x-request-id").get(0));
    assertThat(details.headers().get("X-Request-Id")).containsExactly("abc", "def");
  }

  @Test
  void toStringShowsABodyPreviewOnly() {
    String body = "x".repeat(1000);

    String text = ErrorDetails.builder().status(502).body(body, true).build().toString();

    assertThat(text).startsWith("ErrorDetails{status=502, body=xxx");
    assertThat(text).endsWith("…}");
    assertThat(text.length()).isLessThan(300);
  }

  @Test
  void toStringNamesWhatTheResponseSaid() {
    String text = ErrorDetails.builder()
        .status(429).code("RATE_LIMITED").message("slow down").requestId("r1").retryAfter(Duration.ofSeconds(2))
        .retryable(true).type("https://example.com/rate").instance("/bots/1").build().toString();

    assertThat(text).contains("code=RATE_LIMITED");
    assertThat(text).contains("message=slow down");
    assertThat(text).contains("requestId=r1");
    assertThat(text).contains("retryAfter=PT2S");
    assertThat(text).contains("retryable=true");
    assertThat(text).contains("type=https://example.com/rate");
    assertThat(text).contains("instance=/bots/1");
  }

  @Test
  void toStringShowsABodyOfUpTo256CharactersWhole() {
    assertThat(ErrorDetails.builder().body("{}", false).build().toString()).isEqualTo("ErrorDetails{status=0, body={}}");
    assertThat(ErrorDetails.builder().body("x".repeat(256), false).build().toString()).endsWith("x}");
    assertThat(ErrorDetails.builder().body("x".repeat(257), false).build().toString()).endsWith("x…}");
    assertThat(ErrorDetails.builder().body("{}", true).build().toString()).endsWith("body={}…}");
  }
}

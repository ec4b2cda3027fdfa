package dev.errata;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorDetailsHeadersTest {

  @Test
  void namesAreCaseInsensitiveAndNullsDropped() {
    Map<String, List<String>> raw = new HashMap<>();
    raw.put(null, List.of("HTTP/1.1 404 Not Found"));
    raw.put("Retry-After", Arrays.asList("5", null));
    raw.put("x-request-id", List.of("a"));
    raw.put("X-Request-Id", List.of("b"));
    raw.put("X-Null", null);

    ErrorDetails details = ErrorDetails.builder().headers(raw).build();

    assertThat(details.header("RETRY-AFTER")).hasValue("5");
    assertThat(details.headers().get("retry-after")).containsExactly("5");
    assertThat(details.headers().get("X-REQUEST-ID")).containsExactly("a", "b");
    assertThat(details.headers()).hasSize(2);
    assertThrows(UnsupportedOperationException.class, () -> details.headers().put("a", List.of()));
    assertThrows(UnsupportedOperationException.class, () -> details.headers().get("Retry-After").add("6"));
  }

  @Test
  void copiesSurviveRebuildingAndCompareEqual() {
    ErrorDetails details = ErrorDetails.builder().headers(Map.of("Content-Type", List.of("text/plain"))).build();

    ErrorDetails rebuilt = details.toBuilder().build();

    assertThat(rebuilt).isEqualTo(details);
    assertThat(rebuilt.header("content-type")).hasValue("text/plain");
    assertThat(ErrorDetails.empty().headers()).isEmpty();
    assertThat(ErrorDetails.empty().header("anything")).isEmpty();
  }
}

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

  @Test
  void headersAddedOneByOneFollowThoseGivenAndMergeByName() {
    ErrorDetails.Builder builder = ErrorDetails.builder()
        .headers(Map.of("Content-Type", List.of("application/json")))
        .addHeader("Vary", "Accept")
        .addHeader("vary", "Accept-Encoding")
        .addHeader("X-Request-Id", "r-1");

    ErrorDetails details = builder.build();

    assertThat(details.headers().keySet()).containsExactly("Content-Type", "Vary", "X-Request-Id").inOrder();
    assertThat(details.headers().get("VARY")).containsExactly("Accept", "Accept-Encoding").inOrder();
    assertThat(details).isEqualTo(ErrorDetails.builder().headers(details.headers()).build());
  }

  @Test
  void aBuilderKeepsItsHeadersAcrossBuildsAndReplacingThemDropsWhatWasAdded() {
    ErrorDetails.Builder builder = ErrorDetails.builder().addHeader("A", "1");
    ErrorDetails first = builder.build();

    ErrorDetails second = builder.addHeader("B", "2").build();
    ErrorDetails replaced = builder.addHeader("C", "3").headers(Map.of("D", List.of("4"))).build();

    assertThat(first.headers().keySet()).containsExactly("A");
    assertThat(second.headers().keySet()).containsExactly("A", "B").inOrder();
    assertThat(replaced.headers().keySet()).containsExactly("D");
  }

  @Test
  void manyHeadersAddedOneByOneStillMergeByName() {
    ErrorDetails.Builder builder = ErrorDetails.builder();
    for (int i = 0; i < 40; i++) {
      builder.addHeader("X-H" + i, "v" + i);
    }
    builder.addHeader("x-h3", "again").addHeader("X-H39", "last");

    ErrorDetails details = builder.build();

    assertThat(details.headers()).hasSize(40);
    assertThat(details.headers().get("X-H3")).containsExactly("v3", "again").inOrder();
    assertThat(details.headers().get("x-h39")).containsExactly("v39", "last").inOrder();
  }

  @Test
  void anAddedHeaderHasANameAndValues() {
    ErrorDetails.Builder builder = ErrorDetails.builder();

    assertThrows(NullPointerException.class, () -> builder.addHeader(null, "v"));
    assertThrows(NullPointerException.class, () -> builder.addHeader("A", (String) null));
  }
}

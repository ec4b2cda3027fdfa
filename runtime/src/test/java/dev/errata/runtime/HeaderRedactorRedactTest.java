package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link HeaderRedactor#redact(Map)} does what its Javadoc says: replaces, drops null names, keeps order. */
class HeaderRedactorRedactTest {

  @Test
  void nullNamedEntriesAreDroppedEvenWhenNothingElseNeedsRedacting() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put(null, List.of("HTTP/1.1 401 Unauthorized"));
    headers.put("Content-Type", List.of("application/json"));

    Map<String, List<String>> redacted = HeaderRedactor.standard().redact(headers);

    assertThat(redacted).containsExactly("Content-Type", List.of("application/json"));
  }

  @Test
  void theResponsesOrderIsKeptWhenValuesAreReplaced() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("X-Request-Id", List.of("r1"));
    headers.put("Set-Cookie", List.of("sid=secret"));
    headers.put(null, List.of("HTTP/1.1 401 Unauthorized"));
    headers.put("Content-Type", List.of("application/json"));
    headers.put("Authorization", List.of("Bearer secret"));

    Map<String, List<String>> redacted = HeaderRedactor.standard().redact(headers);

    assertThat(redacted.keySet()).containsExactly("X-Request-Id", "Set-Cookie", "Content-Type", "Authorization").inOrder();
    assertThat(redacted.get("Set-Cookie")).containsExactly(HeaderRedactor.REDACTED);
    assertThat(redacted.get("Authorization")).containsExactly(HeaderRedactor.REDACTED);
    assertThat(headers.get("Authorization")).containsExactly("Bearer secret"); // the caller's map is left alone
  }

  @Test
  void theDecoderKeepsTheResponsesOrderWhenItRedacts() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : List.of("Zeta", "Cookie", "Alpha", "Mid", "X-Api-Key", "Beta")) {
      headers.put(name, List.of("v"));
    }

    var e = ErrorDecoder.builder(dev.errata.runtime.fixture.TestCatalogs.HTTP).build().decode(400, headers, null);

    assertThat(e.details().headers().keySet()).containsExactly("Zeta", "Cookie", "Alpha", "Mid", "X-Api-Key", "Beta").inOrder();
    assertThat(e.details().headers().get("x-api-key")).containsExactly(HeaderRedactor.REDACTED);
  }
}

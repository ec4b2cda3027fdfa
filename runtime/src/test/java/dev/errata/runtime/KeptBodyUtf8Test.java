package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.ErrorDetails;
import dev.errata.runtime.fixture.TestCatalogs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A body kept in details and cut at the cap never ends in half a character. */
class KeptBodyUtf8Test {

  private static ErrorDetails keptOf(String body, int cap) {
    return keptOf(body.getBytes(UTF_8), cap, "text/plain");
  }

  private static ErrorDetails keptOf(byte[] body, int cap, String contentType) {
    ErrorDecoder decoder = ErrorDecoder.builder(TestCatalogs.HTTP).maxKeptBodyBytes(cap).build();
    return decoder.decode(503, Map.of("Content-Type", List.of(contentType)), body).details();
  }

  @Test
  void aCharacterCutAtTheCapIsLeftOut() {
    // "é" is 2 bytes, "क" (lead byte E0) and "€" 3, "😀" (lead byte F0) 4.
    for (String c : List.of("é", "क", "€", "😀")) {
      int size = c.getBytes(UTF_8).length;
      String body = "ab" + c + "cd";
      for (int cut = 1; cut < size; cut++) {
        ErrorDetails kept = keptOf(body, 2 + cut);

        assertThat(kept.body()).hasValue("ab");
        assertThat(kept.bodyTruncated()).isTrue();
      }
      assertThat(keptOf(body, 2 + size).body()).hasValue("ab" + c);
      assertThat(keptOf(body, 1 + size).body()).hasValue("ab");
    }
  }

  @Test
  void aBodyThatFitsIsKeptWholeWhateverItEndsIn() {
    ErrorDetails kept = keptOf("ab€", 5);

    assertThat(kept.body()).hasValue("ab€");
    assertThat(kept.bodyTruncated()).isFalse();
  }

  @Test
  void strayContinuationBytesAreShownAsReplacementCharacters() {
    byte[] stray = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80};

    assertThat(keptOf(stray, 2, "text/plain").body()).hasValue("\uFFFD\uFFFD");
    assertThat(keptOf(stray, 4, "text/plain").body()).hasValue("\uFFFD\uFFFD\uFFFD\uFFFD");
  }

  @Test
  void aBodyInASingleByteCharsetIsCutAtTheCapExactly() {
    byte[] latin1 = {'a', 'b', (byte) 0xC3, (byte) 0xA9, 'c'};

    assertThat(keptOf(latin1, 3, "text/plain; charset=ISO-8859-1").body()).hasValue("abÃ");
  }
}

package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.ErrorDetails;
import dev.errata.runtime.fixture.TestCatalogs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the decoder makes of plain-text and HTML error bodies: a one-line message, and the text kept. */
class TextBodiesTest {

  private static final ErrorDecoder DECODER = ErrorDecoder.builder(TestCatalogs.HTTP).build();

  private static ErrorDetails decoded(String contentType, byte[] body) {
    return DECODER.decode(502, Map.of("Content-Type", List.of(contentType)), body).details();
  }

  private static ErrorDetails html(String page) {
    return decoded("text/html", page.getBytes(UTF_8));
  }

  private static ErrorDetails text(String body) {
    return decoded("text/plain", body.getBytes(UTF_8));
  }

  @Test
  void anHtmlPageSaysWhatWentWrongInItsTitleElseInItsFirstHeading() {
    assertThat(html("<title>502 Bad Gateway</title><h1>nginx</h1>").message()).hasValue("502 Bad Gateway");
    assertThat(html("<HTML><HEAD><TITLE>\n  Service\n  Unavailable </TITLE>").message()).hasValue("Service Unavailable");
    assertThat(html("<html><body><h1 class=\"err\">Gateway Timeout</h1></body></html>").message())
        .hasValue("Gateway Timeout");
    assertThat(html("<html><body><p>Sorry.</p></body></html>").message()).isEmpty();
  }

  @Test
  void anHtmlTitleWithoutItsEndTagRunsToTheEndOfWhatWasRead() {
    assertThat(html("<html><title>Bad Gateway").message()).hasValue("Bad Gateway");
    assertThat(html("<html><title>Bad Gateway</title").message()).hasValue("Bad Gateway");
  }

  @Test
  void aTextBodySaysItInItsFirstNonBlankLine() {
    assertThat(text("\n  \nupstream connect error\nreset reason: overflow").message()).hasValue("upstream connect error");
    assertThat(text("no newline at all").message()).hasValue("no newline at all");
    assertThat(text(" \n\t\n").message()).isEmpty();
  }

  @Test
  void aLongLineIsCutAt300CharactersWithAnEllipsis() {
    String message = text("x".repeat(400)).message().orElseThrow();

    assertThat(message).isEqualTo("x".repeat(300) + "…");
    assertThat(text("y".repeat(300)).message()).hasValue("y".repeat(300));
  }

  @Test
  void binaryLookingTextIsNoMessage() {
    assertThat(text("PK\u0003\u0004 archive").message()).isEmpty();
    assertThat(decoded("text/plain", new byte[] {'o', 'k', (byte) 0xFF, 'x'}).message()).isEmpty();
  }

  @Test
  void theCharsetOfTheContentTypeIsHonoured() {
    byte[] latin1 = "Café fermé".getBytes(ISO_8859_1);

    assertThat(decoded("text/plain; charset=ISO-8859-1", latin1).message()).hasValue("Café fermé");
    assertThat(decoded("text/plain;CHARSET=\"iso-8859-1\"", latin1).message()).hasValue("Café fermé");
    assertThat(decoded("text/plain; charset=latin1; format=flowed", latin1).body()).hasValue("Café fermé");
    assertThat(decoded("application/x-www-form-urlencoded; charset=ISO-8859-1", latin1).message()).hasValue("Café fermé");
  }

  @Test
  void anUnknownOrMissingCharsetIsUtf8() {
    byte[] utf8 = "Café fermé".getBytes(UTF_8);

    assertThat(decoded("text/plain; charset=klingon", utf8).message()).hasValue("Café fermé");
    assertThat(decoded("text/plain; charset=", utf8).message()).hasValue("Café fermé");
    assertThat(decoded("text/plain", utf8).message()).hasValue("Café fermé");
  }
}

package dev.errata.feign;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.feign.LoopbackServer.Reply;
import dev.errata.http.UnauthorizedException;
import feign.Client;
import feign.DefaultClient;
import feign.Feign;
import feign.http2client.Http2Client;
import feign.okhttp.OkHttpClient;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 401 with a WWW-Authenticate challenge: Feign's default client ({@code HttpURLConnection})
 * loses the body of the response to a request with a body; feign-java11's {@code Http2Client}
 * and feign-okhttp's {@code OkHttpClient} keep it.
 */
class ClientChoiceTest {

  private static final Reply CHALLENGE = new Reply(401,
      Map.of("WWW-Authenticate", "Bearer realm=\"shop\"", "Content-Type", "application/json"),
      "{\"message\":\"token expired at 12:00\"}");

  private static LoopbackServer server;

  @BeforeAll
  static void start() throws IOException {
    server = new LoopbackServer();
    server.script("/orders", CHALLENGE);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static ShopApi client(Client client) {
    return Feign.builder()
        .client(client)
        .addCapability(ErrataCapability.of(ErrataErrorDecoderTest.DECODER))
        .target(ShopApi.class, server.url());
  }

  @Test
  void defaultClientLosesTheBodyOfAPost() {
    int before = server.hits("/orders");

    // HttpURLConnection streams the body, cannot resend it for the challenge, and drops the response.
    UnauthorizedException e = assertThrows(UnauthorizedException.class,
        () -> client(new DefaultClient(null, null)).postWithKey("orders", "k-1", "{}"));

    assertThat(e.getMessage()).doesNotContain("token expired at 12:00");
    assertThat(e.details().body()).isEmpty();
    assertThat(server.hits("/orders") - before).isEqualTo(1);
  }

  @Test
  void defaultClientKeepsTheResponseOfAGet() {
    UnauthorizedException e = assertThrows(UnauthorizedException.class,
        () -> client(new DefaultClient(null, null)).get("orders"));

    assertThat(e.getMessage()).contains("token expired at 12:00");
  }

  @Test
  void http2ClientKeepsTheResponseOfAPost() {
    UnauthorizedException e = assertThrows(UnauthorizedException.class,
        () -> client(new Http2Client()).postWithKey("orders", "k-1", "{}"));

    assertThat(e.getMessage()).contains("token expired at 12:00");
    assertThat(e.details().header("WWW-Authenticate")).hasValue("Bearer realm=\"shop\"");
  }

  @Test
  void okHttpClientKeepsTheResponseOfAPost() {
    int before = server.hits("/orders");

    UnauthorizedException e = assertThrows(UnauthorizedException.class,
        () -> client(new OkHttpClient()).postWithKey("orders", "k-1", "{}"));

    assertThat(e.getMessage()).contains("token expired at 12:00");
    assertThat(e.details().header("WWW-Authenticate")).hasValue("Bearer realm=\"shop\"");
    // OkHttp has no authenticator here: it hands the challenge over without asking again.
    assertThat(server.hits("/orders") - before).isEqualTo(1);
  }
}

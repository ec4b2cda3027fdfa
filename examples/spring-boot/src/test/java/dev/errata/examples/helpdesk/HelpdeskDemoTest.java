package dev.errata.examples.helpdesk;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** The demo's calls against the running helpdesk, and what it prints for them. */
class HelpdeskDemoTest extends RunningHelpdesk {

  @Test
  void printsEveryCallAsCurlWithItsAnswer() throws IOException, InterruptedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new HelpdeskDemo(new PrintStream(bytes, true, UTF_8), helpdesk()).run();
    String out = bytes.toString(UTF_8);

    assertThat(out).contains("$ curl -i " + helpdesk() + "/helpdesk/bots/support\n  HTTP 200 application/json");
    assertThat(out).contains("$ curl -i " + helpdesk() + "/helpdesk/bots/support/questions"
        + " -H 'Content-Type: application/json' -d '{\"text\":\" \"}'\n  HTTP 422 application/problem+json");
    assertThat(out).contains("\"code\" : \"EmptyQuestion\"");
    assertThat(out).contains("HTTP 404 application/problem+json");
    assertThat(out).contains("\"code\" : \"UnknownBot\"");
    assertThat(out).contains("HTTP 502 application/problem+json");
    assertThat(out).contains("\"code\" : \"BAD_GATEWAY\"");
    for (String secret : BotPlatformFake.SECRETS) {
      assertThat(out).doesNotContain(secret);
    }
  }
}

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
    assertThat(out).contains("HTTP 502 application/problem+json\n  Retry-After: 30");
    assertThat(out).contains("\"code\" : \"BAD_GATEWAY\"");

    assertThat(out).contains("$ curl -i " + helpdesk() + "/helpdesk/tickets"
        + " -H 'Content-Type: application/json' -d '{\"customer\":\"c-1001\",\"subject\":\"Export fails\"}'"
        + "\n  HTTP 201 application/json");
    assertThat(out).contains("\"customerName\" : \"Ada Lovelace\"");
    assertThat(out).contains("HTTP 400 application/problem+json");
    assertThat(out).contains("\"code\" : \"InvalidRequest\"");
    assertThat(out).contains("\"path\" : \"customer\"");
    assertThat(out).contains("\"code\" : \"UnknownReplyAddress\"");
    assertThat(out).contains("\"code\" : \"UnknownCustomer\"");
    assertThat(out).contains("HTTP 503 application/problem+json\n  Retry-After: 30");
    assertThat(out).contains("\"code\" : \"CustomerRecordsUnavailable\"");
    assertThat(out).contains("\"available_at\" : \"20");
    assertThat(out).containsMatch(
        "A client decoding with the helpdesk's catalog reads CustomerRecordsUnavailableException.availableAt\\(\\): 20\\d\\d-");
    assertThat(out).contains("HTTP 500 application/json\n  {\n    \"detail\" : \"Unexpected error\"\n  }");
    for (String secret : BotPlatformFake.SECRETS) {
      assertThat(out).doesNotContain(secret);
    }
    for (String secret : CustomerDirectoryFake.SECRETS) {
      assertThat(out).doesNotContain(secret);
    }
  }
}

package dev.errata.examples.demo;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.examples.bots.PayloadTooLargeException;
import dev.errata.examples.bots.RelationConflictException;
import dev.errata.examples.bots.ResourceLockedConflictException;
import dev.errata.examples.extracts.ExtractGatewayTimeoutException;
import dev.errata.examples.extracts.ExtractServiceUnavailableException;
import dev.errata.examples.extracts.ExtractUriTooLongException;
import dev.errata.examples.flows.FlowNotDeployedException;
import dev.errata.examples.flows.FlowRunFailedException;
import dev.errata.examples.flows.InvalidApiKeyException;
import dev.errata.examples.flows.ProjectMismatchException;
import dev.errata.examples.flows.UnauthenticatedException;
import dev.errata.examples.integrations.IntegrationBadGatewayException;
import dev.errata.examples.integrations.IntegrationTooManyRequestsException;
import dev.errata.examples.integrations.IntegrationUnauthorizedException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.runtime.RetryAdvice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs the demo in-process, end to end over loopback, and reads what it printed and wrote. */
@Timeout(30)
class DemoTest {

  /** One call as printed: its title, the exception line (or the success line) and the retry line. */
  private record Call(String title, String exception, String retry) {}

  @TempDir static Path work;

  private static String output;
  private static List<Call> calls;
  private static Path folder;

  @BeforeAll
  static void runDemo() throws IOException, InterruptedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    folder = work.resolve("reference");
    new Demo(new PrintStream(bytes, true, UTF_8)).run(folder);
    output = bytes.toString(UTF_8);
    calls = calls(output);
  }

  @Test
  void everyCallDecodesToTheExpectedExceptionWithTheExpectedRetryDecision() {
    List<String> expected = List.of(
        RelationConflictException.class.getName() + " | no (not retryable)",
        ResourceLockedConflictException.class.getName() + " | yes, after * (backoff)",
        PayloadTooLargeException.class.getName() + " | no (not retryable)",
        dev.errata.examples.bots.RateLimitedException.class.getName() + " | yes, after 2 s (Retry-After)",
        ServiceUnavailableException.class.getName() + " | yes, after * (backoff)",
        UnauthenticatedException.class.getName() + " | no (not retryable)",
        InvalidApiKeyException.class.getName() + " | no (not retryable)",
        ProjectMismatchException.class.getName() + " | no (not retryable)",
        FlowNotDeployedException.class.getName() + " | no (not retryable)",
        FlowRunFailedException.class.getName() + " | no (not retryable)",
        "success | -",
        IntegrationBadGatewayException.class.getName() + " | yes, after * (backoff)",
        IntegrationTooManyRequestsException.class.getName() + " | yes, after 1 s (Retry-After)",
        IntegrationUnauthorizedException.class.getName() + " | no (not retryable)",
        ExtractUriTooLongException.class.getName() + " | no (not retryable)",
        ExtractGatewayTimeoutException.class.getName() + " | no (not retryable)",
        ExtractServiceUnavailableException.class.getName() + " | yes, after 30 s (Retry-After)");

    List<String> actual = new ArrayList<>();
    for (Call call : calls) {
      actual.add(call.exception() + " | " + call.retry().replaceAll("after \\d+ ms \\(backoff\\)", "after * (backoff)"));
    }
    assertThat(actual).containsExactlyElementsIn(expected).inOrder();
  }

  @Test
  void printsMeaningAdviceAndTheRequestOfEveryFailedCall() {
    assertThat(output).contains("  request     POST /bots/v1/tables/orders/rows");
    assertThat(output).contains("  response    429 application/json, Retry-After 2 s");
    assertThat(output).contains("  wire code   RelationConflict\n");
    assertThat(output).contains("  wire code   MaintenanceWindow, which the catalog does not know: decoded by the status");
    assertThat(output).contains("  message     Flow 'triage' has no deployed version");
    assertThat(output).contains("  means       The Flow exists in the Editor but has no deployed version");
    assertThat(output).contains("  what to do  1. Deploy the Flow from the Editor.");
    assertThat(output).contains("  message     502 Bad Gateway");
    assertThat(output).contains("  response    414 text/plain");
    long failures = calls.stream().filter(c -> !c.exception().equals("success")).count();
    assertThat(count("\n  means ")).isEqualTo(failures);
    assertThat(count("\n  what to do ")).isEqualTo(failures);
  }

  @Test
  void printsNoStackTraceAndNoOverlongLine() {
    assertThat(output).doesNotContain("\tat ");
    assertThat(output).doesNotContain("Exception in thread");
    assertThat(output.lines().filter(l -> l.length() > 100).toList()).isEmpty();
  }

  @Test
  void writesTheFourReferencePages() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.list(folder)) {
      pages = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }

    assertThat(pages.stream().map(p -> p.getFileName().toString()).toList()).containsExactly(
        "dev.errata.examples.bots.BotError.md",
        "dev.errata.examples.extracts.ExtractError.md",
        "dev.errata.examples.flows.FlowError.md",
        "dev.errata.examples.integrations.IntegrationError.md");
    for (Path page : pages) {
      String text = Files.readString(page);
      assertThat(text).isNotEmpty();
      assertThat(text).isEqualTo(resource("META-INF/errata/" + page.getFileName()));
    }
    assertThat(output).contains("written to " + folder.toAbsolutePath().normalize());
  }

  @Test
  void retryDecisionInWords() {
    assertThat(Demo.decision(RetryAdvice.stop("not retryable"))).isEqualTo("no (not retryable)");
    assertThat(Demo.decision(RetryAdvice.retryAfter(Duration.ofMillis(250), "backoff"))).isEqualTo("yes, after 250 ms (backoff)");
    assertThat(Demo.decision(RetryAdvice.retryAfter(Duration.ofSeconds(3), "Retry-After"))).isEqualTo("yes, after 3 s (Retry-After)");
  }

  /** The printed calls: blocks that start with a title and hold a request row. */
  private static List<Call> calls(String text) {
    List<Call> calls = new ArrayList<>();
    for (String block : text.split("\n\n")) {
      List<String> lines = block.lines().toList();
      if (lines.size() < 2 || !lines.get(1).startsWith("  request ")) {
        continue;
      }
      String exception = value(lines, "  exception ");
      String retry = value(lines, "  retry ");
      if (exception == null && value(lines, "  result ") != null) {
        calls.add(new Call(lines.get(0), "success", "-"));
      } else {
        calls.add(new Call(lines.get(0), exception, retry));
      }
    }
    return calls;
  }

  private static String value(List<String> lines, String label) {
    return lines.stream().filter(l -> l.startsWith(label)).map(l -> l.substring(label.length()).strip()).findFirst().orElse(null);
  }

  private static long count(String text) {
    return output.split(java.util.regex.Pattern.quote(text), -1).length - 1;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DemoTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }
}

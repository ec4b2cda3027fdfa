package dev.errata.examples.helpdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The helpdesk as it runs: the real application on a random loopback port, calling loopback fakes
 * of the bot platform and of the customer directory. Every test class that extends this one shares
 * the same application (Spring's test context cache), and with it the same fakes, which live as
 * long as the test JVM.
 */
@SpringBootTest(
    classes = HelpdeskApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      // Tests wait for nothing in flight: stop at once instead of Boot's graceful default.
      "server.shutdown=immediate",
      "spring.main.banner-mode=off",
      "logging.level.root=warn"
    })
abstract class RunningHelpdesk {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static BotPlatformFake platform;
  private static CustomerDirectoryFake directory;

  @DynamicPropertySource
  static void upstreams(DynamicPropertyRegistry registry) {
    registry.add("helpdesk.bot-platform.url", () -> platformFake().uri().toString());
    registry.add("helpdesk.bot-platform.token", () -> BotPlatformFake.TOKEN);
    registry.add("helpdesk.directory.url", () -> directoryFake().uri().toString());
    registry.add("helpdesk.directory.api-key", () -> CustomerDirectoryFake.API_KEY);
  }

  static synchronized BotPlatformFake platformFake() {
    if (platform == null) {
      try {
        platform = BotPlatformFake.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return platform;
  }

  static synchronized CustomerDirectoryFake directoryFake() {
    if (directory == null) {
      try {
        directory = CustomerDirectoryFake.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return directory;
  }

  @LocalServerPort int port;

  final HttpClient http = HttpClient.newHttpClient();

  /** The helpdesk's address. */
  URI helpdesk() {
    return URI.create("http://127.0.0.1:" + port);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(helpdesk().resolve(path)).GET());
  }

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(helpdesk().resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.header("Accept", "application/json, application/problem+json").build(), BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }
}

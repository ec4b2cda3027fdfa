package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.http.BadGatewayException;
import dev.errata.http.InternalServerErrorException;
import dev.errata.http.NotFoundException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.runtime.fixture.TestBodies;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.platform.RelationConflictException;
import dev.errata.runtime.fixture.platform.UnauthenticatedException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server that throws catalog exceptions and renders them as problem details, and a client that
 * decodes them back, over a real loopback connection with the JDK's HTTP server and client.
 */
@Timeout(30)
class LoopbackTest {

  private static final String SESSION_SECRET = "session=loopback_secret_42";

  private static HttpServer server;
  private static ExecutorService serverThreads;
  private static HttpClient http;
  private static ErrataHttpClient client;
  private static ErrataHttpClient graphQlClient;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serverThreads = Executors.newFixedThreadPool(4);
    server.setExecutor(serverThreads);
    server.createContext("/", LoopbackTest::handle);
    server.start();
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ErrorDecoder decoder = ErrorDecoder.builder(TestCatalogs.PLATFORM).build();
    client = ErrataHttpClient.of(http, decoder);
    graphQlClient = ErrataHttpClient.builder(http, decoder).graphQl(true).build();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    server.stop(0);
    serverThreads.shutdownNow();
    assertThat(serverThreads.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  /** The server side: application code throws, one place renders problems. */
  private static void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        route(exchange);
      } catch (CatalogException e) {
        ProblemResponse problem = ProblemRenderer.render(e);
        exchange.getResponseHeaders().putAll(problem.headers());
        exchange.getResponseHeaders().add("Set-Cookie", SESSION_SECRET);
        exchange.getResponseHeaders().add("X-Request-Id", "req_loop_1");
        exchange.sendResponseHeaders(problem.status(), problem.bodyLength());
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(problem.body());
        }
      }
    }
  }

  private static void route(HttpExchange exchange) throws IOException {
    switch (exchange.getRequestURI().getPath()) {
      case "/bots/ok":
        respond(exchange, 200, "application/json", "{\"id\":\"bot_1\"}".getBytes(UTF_8));
        return;
      case "/bots/missing":
        throw new NotFoundException("Bot bot_404 does not exist.");
      case "/bots/conflict":
        throw TestCatalogs.PLATFORM.create("RelationConflict", 409,
            ErrorDetails.builder().message("Bot bot_1 belongs to workspace ws_2.").instance("/bots/conflict").build());
      case "/busy":
        throw TestCatalogs.HTTP.create("SERVICE_UNAVAILABLE", 503,
            ErrorDetails.builder().retryAfter(Duration.ofSeconds(3)).build());
      case "/graphql":
        respond(exchange, 200, "application/graphql-response+json", TestBodies.read("graphql-200.json"));
        return;
      case "/graphql/ok":
        respond(exchange, 200, "application/graphql-response+json", "{\"data\":{\"bot\":{\"id\":\"bot_1\"}}}".getBytes(UTF_8));
        return;
      case "/proxy":
        respond(exchange, 502, "text/html", TestBodies.read("proxy-502.html"));
        return;
      case "/huge":
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(500, 0); // chunked
        try (OutputStream out = exchange.getResponseBody()) {
          out.write("{\"message\":\"this body never ends\",\"padding\":\"".getBytes(UTF_8));
          byte[] chunk = new byte[64 * 1024];
          java.util.Arrays.fill(chunk, (byte) 'x');
          for (int i = 0; i < 160; i++) { // 10 MiB
            out.write(chunk);
          }
        } catch (IOException clientHungUp) {
          // Expected: the client stops reading after its cap.
        }
        return;
      default:
        respond(exchange, 404, "text/plain", "no such path".getBytes(UTF_8));
    }
  }

  private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static HttpRequest get(String path) {
    URI base = URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Authorization", "Bearer client_secret_never_echoed")
        .timeout(Duration.ofSeconds(10))
        .build();
  }

  @Test
  void successfulBodyIsReturned() throws Exception {
    assertThat(client.send(get("/bots/ok"), BodyHandlers.ofString())).isEqualTo("{\"id\":\"bot_1\"}");
    HttpResponse<String> response = client.exchange(get("/bots/ok"), BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(client.sendAsync(get("/bots/ok"), BodyHandlers.ofString()).get()).isEqualTo("{\"id\":\"bot_1\"}");
  }

  @Test
  void serverExceptionArrivesAsTheSameType() {
    NotFoundException missing = assertThrows(NotFoundException.class,
        () -> client.send(get("/bots/missing"), BodyHandlers.ofString()));
    RelationConflictException conflict = assertThrows(RelationConflictException.class,
        () -> client.send(get("/bots/conflict"), BodyHandlers.ofString()));

    assertThat(missing.getClass()).isEqualTo(NotFoundException.class);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.details().message()).hasValue("Bot bot_404 does not exist.");
    assertThat(missing.details().requestId()).hasValue("req_loop_1");
    assertThat(conflict.details().instance()).hasValue("/bots/conflict");
    assertThat(conflict.details().type()).hasValue("https://docs.example.com/errors#RelationConflict");
    assertThat(conflict.getMessage()).contains("Bot bot_1 belongs to workspace ws_2.");
  }

  @Test
  void credentialsInResponseHeadersAreRedacted() {
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> client.send(get("/bots/missing"), BodyHandlers.ofString()));

    assertThat(e.details().header("set-cookie")).hasValue(HeaderRedactor.REDACTED);
    assertThat(e.toString() + e.details()).doesNotContain("loopback_secret_42");
    assertThat(e.details().toString()).doesNotContain("client_secret_never_echoed");
  }

  @Test
  void retryAfterSurvivesTheRoundTrip() {
    ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
        () -> client.send(get("/busy"), BodyHandlers.ofString()));

    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(3));
    assertThat(RetryAdvisor.defaults().advise(e, 1, "GET"))
        .isEqualTo(RetryAdvice.retryAfter(Duration.ofSeconds(3), "Retry-After"));
  }

  @Test
  void asyncCompletesWithTheExceptionItself() throws Exception {
    CompletableFuture<String> future = client.sendAsync(get("/bots/conflict"), BodyHandlers.ofString());
    AtomicReference<Throwable> seen = new AtomicReference<>();

    String recovered = future.exceptionally(t -> {
      seen.set(t);
      return "recovered";
    }).get();
    CompletionException joined = assertThrows(CompletionException.class, future::join);

    assertThat(recovered).isEqualTo("recovered");
    assertThat(seen.get()).isInstanceOf(RelationConflictException.class);
    assertThat(joined).hasCauseThat().isInstanceOf(RelationConflictException.class);
    assertThat(client.exchangeAsync(get("/bots/missing"), BodyHandlers.ofString())
        .handle((r, t) -> t).get()).isInstanceOf(NotFoundException.class);
  }

  @Test
  void graphQlModeFailsOnA200WithErrors() throws Exception {
    UnauthenticatedException e = assertThrows(UnauthenticatedException.class,
        () -> graphQlClient.send(get("/graphql"), BodyHandlers.ofString()));
    Throwable async = graphQlClient.sendAsync(get("/graphql"), BodyHandlers.ofString()).handle((r, t) -> t).get();

    assertThat(e.details().status()).isEqualTo(200);
    assertThat(e.details().errors()).hasSize(2);
    assertThat(e.details().errors().get(0).path()).isEqualTo("bot.integrations[1].name");
    assertThat(async).isInstanceOf(UnauthenticatedException.class);
    // Without GraphQL mode the same response is a success.
    assertThat(client.send(get("/graphql"), BodyHandlers.ofString())).contains("\"errors\"");
  }

  @Test
  void graphQlModeHandsCleanBodiesToTheCallersHandler() throws Exception {
    assertThat(graphQlClient.send(get("/graphql/ok"), BodyHandlers.ofString())).isEqualTo("{\"data\":{\"bot\":{\"id\":\"bot_1\"}}}");
    assertThat(graphQlClient.sendAsync(get("/graphql/ok"), BodyHandlers.ofByteArray()).get()).hasLength(31);
    try (java.io.InputStream in = graphQlClient.send(get("/graphql/ok"), BodyHandlers.ofInputStream())) {
      assertThat(new String(in.readAllBytes(), UTF_8)).contains("bot_1");
    }
    assertThat(graphQlClient.send(get("/graphql/ok"), BodyHandlers.discarding())).isNull();
  }

  @Test
  void proxyPagesDecodeByStatus() throws Exception {
    BadGatewayException e = assertThrows(BadGatewayException.class,
        () -> client.send(get("/proxy"), BodyHandlers.ofString()));

    assertThat(e.details().message()).hasValue("502 Bad Gateway");
    assertThat(client.sendAsync(get("/proxy"), BodyHandlers.ofString()).handle((r, t) -> t).get())
        .isInstanceOf(BadGatewayException.class);
  }

  @Test
  void endlessErrorBodyIsReadOnlyUpToTheCap() {
    ErrataHttpClient small = ErrataHttpClient.of(http,
        ErrorDecoder.builder(TestCatalogs.PLATFORM).maxReadBytes(16 * 1024).build());

    InternalServerErrorException e = assertThrows(InternalServerErrorException.class,
        () -> small.send(get("/huge"), BodyHandlers.ofString()));

    assertThat(e.details().bodyTruncated()).isTrue();
    assertThat(e.details().body().orElseThrow()).startsWith("{\"message\":\"this body never ends\"");
    assertThat(e.details().message()).hasValue("this body never ends");
  }

  @Test
  void successPredicateIsConfigurable() throws Exception {
    ErrataHttpClient lenient = ErrataHttpClient.builder(http, client.decoder())
        .successIf(status -> status < 500).build();

    assertThat(lenient.send(get("/nowhere"), BodyHandlers.ofString())).isEqualTo("no such path");
    assertThrows(BadGatewayException.class, () -> lenient.send(get("/proxy"), BodyHandlers.ofString()));
  }

  @Test
  void interruptedCallerGetsInterruptedException() {
    Thread.currentThread().interrupt();
    try {
      assertThrows(InterruptedException.class, () -> client.send(get("/bots/ok"), BodyHandlers.ofString()));
    } finally {
      Thread.interrupted(); // leave the test thread clean whatever happened
    }
  }

  @Test
  void transportFailuresAreNotWrapped() throws Exception {
    HttpRequest nowhere = HttpRequest.newBuilder(URI.create("http://127.0.0.1:1/")).timeout(Duration.ofSeconds(5)).build();

    assertThrows(IOException.class, () -> client.send(nowhere, BodyHandlers.ofString()));
    Throwable async = client.sendAsync(nowhere, BodyHandlers.ofString()).handle((r, t) -> t).get();
    assertThat(async).isInstanceOf(IOException.class);
    assertThat(RetryAdvisor.defaults().advise(async, 1, "POST").retry()).isTrue(); // nothing was sent
  }

  @Test
  void headersOfTheSuccessfulResponseAreKept() throws Exception {
    HttpResponse<String> r = client.exchangeAsync(get("/bots/ok"), BodyHandlers.ofString()).get();

    assertThat(r.body()).isEqualTo("{\"id\":\"bot_1\"}");
    assertThat(r.request().uri().getPath()).isEqualTo("/bots/ok");
    assertThat(r.previousResponse()).isEmpty();
    assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_1_1); // the JDK server speaks HTTP/1.1 only
  }
}

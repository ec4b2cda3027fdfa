package dev.errata.jdk;

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
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.HeaderRedactor;
import dev.errata.runtime.PassThrough;
import dev.errata.runtime.ProblemRenderer;
import dev.errata.runtime.ProblemResponse;
import dev.errata.runtime.RetryAdvice;
import dev.errata.runtime.RetryAdvisor;
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
import java.util.concurrent.atomic.AtomicInteger;
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
class ErrataHttpClientTest {

  private static final String SESSION_SECRET = "session=loopback_secret_42";

  private static final java.util.Map<String, AtomicInteger> HITS = new java.util.concurrent.ConcurrentHashMap<>();

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
    server.createContext("/", ErrataHttpClientTest::handle);
    server.start();
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ErrorDecoder decoder = ErrorDecoder.builder(TestCatalogs.PLATFORM).build();
    client = ErrataHttpClient.of(http, decoder);
    graphQlClient = ErrataHttpClient.of(http, ClientPolicy.builder(decoder).graphQl(true).build());
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
      case "/flaky":
        // 503 twice per run (the run is the query), then 200.
        if (HITS.computeIfAbsent(exchange.getRequestURI().getQuery(), k -> new AtomicInteger()).incrementAndGet() <= 2) {
          exchange.getResponseHeaders().add("Retry-After", "0");
          respond(exchange, 503, "text/plain", "busy".getBytes(UTF_8));
        } else {
          respond(exchange, 200, "text/plain", "done".getBytes(UTF_8));
        }
        return;
      case "/slow-down":
        HITS.computeIfAbsent(exchange.getRequestURI().getQuery(), k -> new AtomicInteger()).incrementAndGet();
        exchange.getResponseHeaders().add("Retry-After", "3");
        respond(exchange, 429, "text/plain", "slow down".getBytes(UTF_8));
        return;
      case "/graphql/big":
        // Errors first, then a data tree far beyond the cap of the client that reads it.
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(exchange.getRequestURI().getQuery().equals("errors")
              ? "{\"errors\":[{\"message\":\"denied\",\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}],\"data\":{\"pad\":\"".getBytes(UTF_8)
              : "{\"data\":{\"pad\":\"".getBytes(UTF_8));
          byte[] chunk = new byte[64 * 1024];
          java.util.Arrays.fill(chunk, (byte) 'x');
          for (int i = 0; i < 32; i++) { // 2 MiB
            out.write(chunk);
          }
          out.write("\"}}".getBytes(UTF_8));
        } catch (IOException clientHungUp) {
          // Expected when the body fails: the client cancels the rest.
        }
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
  void aStatusThatPassesThroughReachesTheCallersHandler() throws Exception {
    ErrataHttpClient lenient = ErrataHttpClient.of(http,
        client.policy().toBuilder().passThrough(PassThrough.statuses(404)).build());

    assertThat(lenient.send(get("/nowhere"), BodyHandlers.ofString())).isEqualTo("no such path");
    assertThat(lenient.sendAsync(get("/nowhere"), BodyHandlers.ofString()).get()).isEqualTo("no such path");
    assertThrows(BadGatewayException.class, () -> lenient.send(get("/proxy"), BodyHandlers.ofString()));
  }

  @Test
  void aCodeThatPassesThroughHandsTheWholeBodyOn() throws Exception {
    ErrataHttpClient lenient = ErrataHttpClient.of(http,
        client.policy().toBuilder().passThrough(PassThrough.codes("RelationConflict")).build());

    HttpResponse<String> conflict = lenient.exchange(get("/bots/conflict"), BodyHandlers.ofString());

    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.body()).contains("\"code\":\"RelationConflict\"");
    assertThat(lenient.sendAsync(get("/bots/conflict"), BodyHandlers.ofByteArray()).get()).isNotEmpty();
    assertThrows(NotFoundException.class, () -> lenient.send(get("/bots/missing"), BodyHandlers.ofString()));
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

  private static ErrataHttpClient retrying(RetryAdvisor advisor) {
    return ErrataHttpClient.of(http, client.policy().toBuilder().retry(advisor).build());
  }

  private static int hits(String run) {
    AtomicInteger count = HITS.get(run);
    return count == null ? 0 : count.get();
  }

  @Test
  void aRetryableErrorIsSentAgainUntilTheServerAnswers() throws Exception {
    ErrataHttpClient retrying = retrying(RetryAdvisor.defaults());

    assertThat(retrying.send(get("/flaky?sync"), BodyHandlers.ofString())).isEqualTo("done");
    assertThat(retrying.sendAsync(get("/flaky?async"), BodyHandlers.ofString()).get()).isEqualTo("done");

    assertThat(hits("sync")).isEqualTo(3);
    assertThat(hits("async")).isEqualTo(3);
  }

  @Test
  void withoutRetriesTheFirstErrorIsThrown() {
    assertThrows(ServiceUnavailableException.class, () -> client.send(get("/flaky?none"), BodyHandlers.ofString()));

    assertThat(hits("none")).isEqualTo(1);
  }

  @Test
  void afterTheLastAttemptTheLastErrorIsThrown() {
    ErrataHttpClient twice = retrying(RetryAdvisor.builder().maxAttempts(2).build());

    assertThrows(ServiceUnavailableException.class, () -> twice.send(get("/flaky?twice"), BodyHandlers.ofString()));

    assertThat(hits("twice")).isEqualTo(2);
  }

  @Test
  void aPostIsRetriedOnlyWithAnIdempotencyKey() throws Exception {
    ErrataHttpClient retrying = retrying(RetryAdvisor.defaults());
    HttpRequest post = HttpRequest.newBuilder(get("/flaky?post").uri()).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    HttpRequest keyed = HttpRequest.newBuilder(get("/flaky?keyed").uri()).header("Idempotency-Key", "k-1")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();

    assertThrows(ServiceUnavailableException.class, () -> retrying.send(post, BodyHandlers.ofString()));
    assertThat(retrying.send(keyed, BodyHandlers.ofString())).isEqualTo("done");

    assertThat(hits("post")).isEqualTo(1);
    assertThat(hits("keyed")).isEqualTo(3);
  }

  @Test
  void cancellingTheFutureDuringARetryWaitEndsTheCall() throws Exception {
    ErrataHttpClient retrying = retrying(RetryAdvisor.defaults());

    CompletableFuture<String> call = retrying.sendAsync(get("/slow-down?cancelled"), BodyHandlers.ofString());
    waitForHits("cancelled", 1);
    call.cancel(true);
    CompletableFuture<String> timed = retrying.sendAsync(get("/slow-down?timed"), BodyHandlers.ofString())
        .orTimeout(500, TimeUnit.MILLISECONDS);
    Throwable timeout = timed.handle((r, t) -> t).get();
    Thread.sleep(3_500); // past the Retry-After of both

    assertThat(call.isCancelled()).isTrue();
    assertThat(timeout).isInstanceOf(java.util.concurrent.TimeoutException.class);
    assertThat(hits("cancelled")).isEqualTo(1);
    assertThat(hits("timed")).isEqualTo(1);
  }

  @Test
  void anInterruptDuringARetryWaitEndsTheCall() throws Exception {
    ErrataHttpClient retrying = retrying(RetryAdvisor.defaults());
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        retrying.send(get("/slow-down?interrupted"), BodyHandlers.ofString());
      } catch (Throwable t) {
        thrown.set(t);
      }
    });

    caller.start();
    waitForHits("interrupted", 1);
    caller.interrupt();
    caller.join(2_000);

    assertThat(caller.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    assertThat(hits("interrupted")).isEqualTo(1);
  }

  @Test
  void anUnreachableServerIsRetriedThenItsFailureThrown() {
    ErrataHttpClient retrying = retrying(RetryAdvisor.builder().baseDelay(Duration.ofMillis(10)).build());
    HttpRequest nowhere = HttpRequest.newBuilder(URI.create("http://127.0.0.1:1/")).timeout(Duration.ofSeconds(5)).build();

    assertThrows(java.net.ConnectException.class, () -> retrying.send(nowhere, BodyHandlers.ofString()));
  }

  @Test
  void graphQlErrorsBeforeABodyPastTheCapStillFailIt() {
    ErrataHttpClient capped = ErrataHttpClient.of(http, graphQlClient.policy().toBuilder().maxGraphQlBytes(64 * 1024).build());

    UnauthenticatedException sync = assertThrows(UnauthenticatedException.class,
        () -> capped.send(get("/graphql/big?errors"), BodyHandlers.ofString()));
    Throwable async = capped.sendAsync(get("/graphql/big?errors"), BodyHandlers.ofString()).handle((r, t) -> t).join();

    assertThat(sync.details().message()).hasValue("denied");
    assertThat(async).isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void aGraphQlBodyPastTheCapReachesTheCallerWhole() throws Exception {
    ErrataHttpClient capped = ErrataHttpClient.of(http, graphQlClient.policy().toBuilder().maxGraphQlBytes(64 * 1024).build());

    String sync = capped.send(get("/graphql/big?clean"), BodyHandlers.ofString());
    byte[] async = capped.sendAsync(get("/graphql/big?clean"), BodyHandlers.ofByteArray()).get();
    try (java.io.InputStream in = capped.send(get("/graphql/big?clean"), BodyHandlers.ofInputStream())) {
      assertThat(in.readAllBytes()).hasLength(sync.length());
    }

    assertThat(sync).startsWith("{\"data\":{\"pad\":\"xxx");
    assertThat(sync).endsWith("xxx\"}}");
    assertThat(sync.length()).isEqualTo("{\"data\":{\"pad\":\"".length() + 32 * 64 * 1024 + 3);
    assertThat(async).hasLength(sync.length());
  }

  private static void waitForHits(String run, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (hits(run) < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(hits(run)).isEqualTo(count);
  }
}

package dev.errata.feign;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.feign.LoopbackServer.Reply;
import dev.errata.feign.shop.InvalidPayloadException;
import dev.errata.feign.shop.RateLimitedException;
import dev.errata.http.NotFoundException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.PassThrough;
import dev.errata.runtime.RetryAdvisor;
import feign.Capability;
import feign.Client;
import feign.DefaultClient;
import feign.Feign;
import feign.RetryableException;
import feign.Retryer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client policy on a Feign client through its capability, against a real server. */
class CapabilityTest {

  private static final RetryAdvisor ADVISOR = RetryAdvisor.builder().maxAttempts(3).baseDelay(Duration.ZERO).build();
  private static final ClientPolicy RETRYING = ClientPolicy.builder(ErrataErrorDecoderTest.DECODER).retry(ADVISOR).build();
  private static final Reply UNAVAILABLE = new Reply(503, Map.of(), "down for maintenance");
  private static final Reply OK = new Reply(200, Map.of(), "fine");

  private static LoopbackServer server;

  @BeforeAll
  static void start() throws IOException {
    server = new LoopbackServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static ShopApi client(ClientPolicy policy) {
    return client(policy, server.url());
  }

  private static ShopApi client(ClientPolicy policy, String url) {
    return Feign.builder().addCapability(ErrataCapability.of(policy)).target(ShopApi.class, url);
  }

  @Test
  void retriesAsOftenAsAdvisedThenTheCallerGetsTheTypedException() {
    server.script("/down", UNAVAILABLE);

    assertThrows(ServiceUnavailableException.class, () -> client(RETRYING).get("down"));

    assertThat(server.hits("/down")).isEqualTo(3);
  }

  @Test
  void aRetryThatSucceedsReturnsTheBody() {
    server.script("/flaky", UNAVAILABLE, OK);

    assertThat(client(RETRYING).get("flaky")).isEqualTo("fine");
    assertThat(server.hits("/flaky")).isEqualTo(2);
  }

  @Test
  void withoutRetriesTheFirstErrorIsTheCallersAndFeignsRetryerIsKept() {
    server.script("/once", UNAVAILABLE, OK);
    AtomicInteger retryerCalls = new AtomicInteger();
    ShopApi api = Feign.builder()
        .retryer(counting(retryerCalls))
        .addCapability(ErrataCapability.of(ErrataErrorDecoderTest.DECODER))
        .target(ShopApi.class, server.url());

    assertThrows(ServiceUnavailableException.class, () -> api.get("once"));

    assertThat(server.hits("/once")).isEqualTo(1);
    assertThat(retryerCalls.get()).isEqualTo(0); // HTTP errors are not Feign's RetryableExceptions
  }

  @Test
  void whenThePolicyRetriesFeignsRetryerDoesNotRetryAgain() throws IOException {
    AtomicInteger retryerCalls = new AtomicInteger();
    String closed = closedPort();
    ShopApi api = Feign.builder()
        .retryer(counting(retryerCalls))
        .addCapability(ErrataCapability.of(RETRYING))
        .target(ShopApi.class, closed);

    RetryableException e = assertThrows(RetryableException.class, () -> api.get("anything"));

    assertThat(e).hasCauseThat().isInstanceOf(ConnectException.class);
    assertThat(retryerCalls.get()).isEqualTo(0);
  }

  @Test
  void nonRetryableErrorsAreNotRetried() {
    server.script("/missing", new Reply(404, Map.of(), "no such order"));

    assertThrows(NotFoundException.class, () -> client(RETRYING).get("missing"));
    assertThat(server.hits("/missing")).isEqualTo(1);
  }

  @Test
  void waitsAsRetryAfterSays() {
    server.script("/limited", new Reply(429, Map.of("Retry-After", "1"), "{\"type\":\"RateLimited\"}"), OK);
    long start = System.nanoTime();

    assertThat(client(RETRYING).get("limited")).isEqualTo("fine");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isAtLeast(Duration.ofMillis(950));
  }

  @Test
  void aRetryAfterLongerThanTheAdvisorAcceptsEndsTheRetries() {
    server.script("/later", new Reply(429, Map.of("Retry-After", "3600"), "{\"type\":\"RateLimited\"}"));

    assertThrows(RateLimitedException.class, () -> client(RETRYING).get("later"));
    assertThat(server.hits("/later")).isEqualTo(1);
  }

  @Test
  void aPostIsRetriedOnlyWithAnIdempotencyKey() {
    server.script("/orders", UNAVAILABLE, OK);
    server.script("/keyed-orders", UNAVAILABLE, OK);

    assertThrows(ServiceUnavailableException.class, () -> client(RETRYING).post("orders", "{}"));
    assertThat(client(RETRYING).postWithKey("keyed-orders", "k-1", "{}")).isEqualTo("fine");

    assertThat(server.hits("/orders")).isEqualTo(1);
    assertThat(server.hits("/keyed-orders")).isEqualTo(2);
  }

  @Test
  void aConnectionThatWasNeverMadeIsRetriedThenEndsAsFeignReportsIt() throws IOException {
    AtomicInteger attempts = new AtomicInteger();
    ShopApi api = Feign.builder()
        .client(counting(new DefaultClient(null, null), attempts))
        .addCapability(ErrataCapability.of(RETRYING))
        .target(ShopApi.class, closedPort());

    RetryableException e = assertThrows(RetryableException.class, () -> api.post("orders", "{}"));

    assertThat(e).hasCauseThat().isInstanceOf(ConnectException.class);
    assertThat(attempts.get()).isEqualTo(3);
  }

  @Test
  void outcomesPassThroughAsFeignDecodesA2xx() {
    server.script("/gone", new Reply(410, Map.of(), "no such order"));
    server.script("/declined", new Reply(409, Map.of("Content-Type", "application/json"), "{\"type\":\"AlreadyExists\"}"));
    ShopApi api = client(ClientPolicy.builder(ErrataErrorDecoderTest.DECODER)
        .passThrough(PassThrough.statuses(410).andCodes("AlreadyExists"))
        .build());

    assertThat(api.get("gone")).isEqualTo("no such order");
    assertThat(api.get("declined")).isEqualTo("{\"type\":\"AlreadyExists\"}");
  }

  @Test
  void graphQlErrorsInA200FailTheCall() {
    server.script("/graphql", new Reply(200, Map.of("Content-Type", "application/json"),
        "{\"errors\":[{\"message\":\"qty must be positive\",\"extensions\":{\"code\":\"InvalidPayload\"}}],\"data\":null}"));
    server.script("/graphql-ok", new Reply(200, Map.of("Content-Type", "application/json"), "{\"data\":{\"ok\":true}}"));
    ShopApi api = client(ClientPolicy.builder(ErrataErrorDecoderTest.DECODER).graphQl(true).build());

    InvalidPayloadException e = assertThrows(InvalidPayloadException.class, () -> api.get("graphql"));

    assertThat(e.details().message()).hasValue("qty must be positive");
    assertThat(api.get("graphql-ok")).isEqualTo("{\"data\":{\"ok\":true}}");
  }

  @Test
  void aStatusThePolicyLeavesAloneReachesTheBuildersErrorDecoder() {
    server.script("/moved", new Reply(304, Map.of(), ""));
    IllegalStateException own = new IllegalStateException("the application's own decoder");
    ShopApi api = Feign.builder()
        .errorDecoder((methodKey, response) -> own)
        .addCapability(ErrataCapability.of(ErrataErrorDecoderTest.DECODER))
        .target(ShopApi.class, server.url());

    assertThat(assertThrows(IllegalStateException.class, () -> api.get("moved"))).isSameInstanceAs(own);
  }

  @Test
  void anotherCapabilityKeepsWorking() {
    server.script("/counted", UNAVAILABLE, OK);
    AtomicInteger seen = new AtomicInteger();
    ShopApi api = Feign.builder()
        .addCapability(new CountingCapability(seen))
        .addCapability(ErrataCapability.of(RETRYING))
        .target(ShopApi.class, server.url());

    assertThat(api.get("counted")).isEqualTo("fine");
    assertThat(seen.get()).isEqualTo(2);
  }

  /** Another capability on the same client: it counts the requests its client sends. */
  public static final class CountingCapability implements Capability {
    private final AtomicInteger count;

    CountingCapability(AtomicInteger count) {
      this.count = count;
    }

    @Override
    public Client enrich(Client client) {
      return counting(client, count);
    }
  }

  private static Client counting(Client client, AtomicInteger count) {
    return (request, options) -> {
      count.incrementAndGet();
      return client.execute(request, options);
    };
  }

  private static Retryer counting(AtomicInteger calls) {
    return new Retryer() {
      @Override
      public void continueOrPropagate(RetryableException e) {
        if (calls.incrementAndGet() > 2) {
          throw e;
        }
      }

      @Override
      public Retryer clone() {
        return this;
      }
    };
  }

  private static String closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }
  }
}

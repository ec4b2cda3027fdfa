package dev.errata.feign;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.feign.LoopbackServer.Reply;
import dev.errata.http.NotFoundException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.RetryAdvisor;
import feign.AsyncFeign;
import feign.DefaultAsyncClient;
import feign.DefaultClient;
import feign.Param;
import feign.RequestLine;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** AsyncFeign: the futures complete with the typed exception, retried as advised, waiting on a timer. */
class AsyncFeignTest {

  interface AsyncShopApi {
    @RequestLine("GET /{path}")
    CompletableFuture<String> get(@Param("path") String path);
  }

  private static final ClientPolicy RETRYING = ClientPolicy.builder(ErrataErrorDecoderTest.DECODER)
      .retry(RetryAdvisor.builder().maxAttempts(3).baseDelay(Duration.ZERO).build())
      .build();

  private static LoopbackServer server;
  private static ExecutorService executor;

  @BeforeAll
  static void start() throws IOException {
    server = new LoopbackServer();
    executor = Executors.newCachedThreadPool();
  }

  @AfterAll
  static void stop() {
    server.close();
    executor.shutdownNow();
  }

  private static Throwable failure(CompletableFuture<String> future) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    return e.getCause();
  }

  @Test
  void aRetryableErrorIsRetriedAndTheFutureCompletesWithTheTypedException() {
    server.script("/async-down", new Reply(503, Map.of(), "down"));
    AsyncShopApi api = AsyncFeign.builder()
        .client(new DefaultAsyncClient<>(new DefaultClient(null, null), executor))
        .addCapability(ErrataCapability.of(RETRYING))
        .target(AsyncShopApi.class, server.url());

    assertThat(failure(api.get("async-down"))).isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.hits("/async-down")).isEqualTo(3);
  }

  @Test
  void aNonRetryableErrorCompletesTheFutureWithTheTypedException() {
    server.script("/async-missing", new Reply(404, Map.of(), "no such order"));
    AsyncShopApi api = AsyncFeign.builder()
        .addCapability(ErrataCapability.of(RETRYING))
        .target(AsyncShopApi.class, server.url());

    assertThat(failure(api.get("async-missing"))).isInstanceOf(NotFoundException.class);
    assertThat(server.hits("/async-missing")).isEqualTo(1);
  }

  @Test
  void withFeignsDefaultClientErrorsAreTypedButNotRetried() {
    server.script("/async-default", new Reply(503, Map.of(), "down"), new Reply(200, Map.of(), "up"));
    AsyncShopApi api = AsyncFeign.builder()
        .addCapability(ErrataCapability.of(RETRYING))
        .target(AsyncShopApi.class, server.url());

    assertThat(failure(api.get("async-default"))).isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.hits("/async-default")).isEqualTo(1);
  }

  @Test
  void retryWaitsHoldNoneOfTheClientsThreads() throws Exception {
    server.script("/async-slow-1", new Reply(429, Map.of("Retry-After", "1"), "{}"), new Reply(200, Map.of(), "one"));
    server.script("/async-slow-2", new Reply(429, Map.of("Retry-After", "1"), "{}"), new Reply(200, Map.of(), "two"));
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      AsyncShopApi api = AsyncFeign.builder()
          .client(new DefaultAsyncClient<>(new DefaultClient(null, null), single))
          .addCapability(ErrataCapability.of(RETRYING))
          .target(AsyncShopApi.class, server.url());
      long start = System.nanoTime();

      CompletableFuture<String> one = api.get("async-slow-1");
      CompletableFuture<String> two = api.get("async-slow-2");

      assertThat(one.get(10, TimeUnit.SECONDS)).isEqualTo("one");
      assertThat(two.get(10, TimeUnit.SECONDS)).isEqualTo("two");
      // Two waits of a second each on the client's one thread would take two seconds.
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_800));
    } finally {
      single.shutdownNow();
    }
  }
}

package dev.errata.feign;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.feign.LoopbackServer.Reply;
import dev.errata.http.NotFoundException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.runtime.RetryAdvisor;
import feign.AsyncFeign;
import feign.ExceptionPropagationPolicy;
import feign.Param;
import feign.RequestLine;
import feign.RetryableException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** AsyncFeign: the futures complete, retried as advised, with the typed exception under UNWRAP. */
class AsyncFeignTest {

  interface AsyncShopApi {
    @RequestLine("GET /{path}")
    CompletableFuture<String> get(@Param("path") String path);
  }

  private static final RetryAdvisor ADVISOR = RetryAdvisor.builder().maxAttempts(3).baseDelay(Duration.ZERO).build();

  private static LoopbackServer server;

  @BeforeAll
  static void start() throws IOException {
    server = new LoopbackServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Throwable failure(CompletableFuture<String> future) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    return e.getCause();
  }

  @Test
  void aRetryableErrorIsRetriedAndTheFutureCompletesWithFeignsException() {
    server.script("/async-down", new Reply(503, Map.of(), "down"));
    AsyncShopApi api = AsyncFeign.builder()
        .addCapability(ErrataCapability.of(ErrataErrorDecoderTest.DECODER, ADVISOR))
        .target(AsyncShopApi.class, server.url());

    Throwable thrown = failure(api.get("async-down"));

    assertThat(thrown).isInstanceOf(RetryableException.class);
    assertThat(thrown.getCause()).isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.hits("/async-down")).isEqualTo(3);
  }

  @Test
  void withUnwrapTheFutureCompletesWithTheTypedException() {
    server.script("/async-unwrap", new Reply(503, Map.of(), "down"));
    AsyncShopApi api = AsyncFeign.builder()
        .addCapability(ErrataCapability.of(ErrataErrorDecoderTest.DECODER, ADVISOR))
        .exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)
        .target(AsyncShopApi.class, server.url());

    assertThat(failure(api.get("async-unwrap"))).isInstanceOf(ServiceUnavailableException.class);
  }

  @Test
  void aNonRetryableErrorCompletesTheFutureWithTheTypedException() {
    server.script("/async-missing", new Reply(404, Map.of(), "no such order"));
    AsyncShopApi api = AsyncFeign.builder()
        .addCapability(ErrataCapability.of(ErrataErrorDecoderTest.DECODER, ADVISOR))
        .target(AsyncShopApi.class, server.url());

    assertThat(failure(api.get("async-missing"))).isInstanceOf(NotFoundException.class);
    assertThat(server.hits("/async-missing")).isEqualTo(1);
  }
}

package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogException;
import dev.errata.failsafe.FailsafeRetry;
import dev.errata.http.NotFoundException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.resilience4j.Resilience4jRetry;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RetryAdvisorTest {

  private static final ErrorDecoder DECODER = ErrorDecoder.builder(TestCatalogs.PLATFORM).build();

  private static CatalogException error(int status, String retryAfter) {
    return DECODER.decode(status, retryAfter == null ? Map.of() : Map.of("Retry-After", List.of(retryAfter)), null);
  }

  @Test
  void honoursRetryAfterWithinTheCap() {
    RetryAdvisor advisor = RetryAdvisor.builder().maxRetryAfter(Duration.ofSeconds(30)).build();

    assertThat(advisor.advise(error(429, "12"), 1, "GET"))
        .isEqualTo(RetryAdvice.retryAfter(Duration.ofSeconds(12), "Retry-After"));
    assertThat(advisor.advise(error(503, "0"), 1, "GET").delay()).isEqualTo(Duration.ZERO);
    RetryAdvice tooLong = advisor.advise(error(503, "3600"), 1, "GET");
    assertThat(tooLong.retry()).isFalse();
    assertThat(tooLong.reason()).contains("exceeds");
    assertThat(advisor.retryIf("GET").test(error(503, "3600"))).isFalse();
    assertThat(advisor.delay(error(503, "3600"), 1)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aRetryAfterOfExactlyTheCapIsWaitedFor() {
    RetryAdvisor advisor = RetryAdvisor.builder().maxRetryAfter(Duration.ofSeconds(30)).build();

    assertThat(advisor.advise(error(503, "30"), 1, "GET"))
        .isEqualTo(RetryAdvice.retryAfter(Duration.ofSeconds(30), "Retry-After"));
    assertThat(advisor.retryIf("GET").test(error(503, "30"))).isTrue();
    assertThat(advisor.retryIf("GET").test(error(503, "31"))).isFalse();
  }

  @Test
  void idempotentRequestsAreRepeatable() {
    RetryAdvisor advisor = RetryAdvisor.defaults();

    assertThat(advisor.isRepeatable(RequestView.of("GET"))).isTrue();
    assertThat(advisor.isRepeatable(RequestView.of("PUT"))).isTrue();
    assertThat(advisor.isRepeatable(RequestView.of("POST"))).isFalse();
    assertThat(RetryAdvisor.builder().retryNonIdempotent(true).build().isRepeatable(RequestView.of("POST"))).isTrue();
  }

  @Test
  void backsOffExponentiallyWithFullJitter() {
    RetryAdvisor advisor = RetryAdvisor.builder()
        .maxAttempts(20)
        .baseDelay(Duration.ofMillis(100))
        .maxDelay(Duration.ofSeconds(2))
        .random(new SplittableRandom(1))
        .build();
    List<Long> ceilings = List.of(100L, 200L, 400L, 800L, 1600L, 2000L, 2000L);
    for (int attempt = 1; attempt <= ceilings.size(); attempt++) {
      long max = 0;
      long min = Long.MAX_VALUE;
      for (int i = 0; i < 2000; i++) {
        long millis = advisor.advise(error(503, null), attempt, "GET").delay().toMillis();
        max = Math.max(max, millis);
        min = Math.min(min, millis);
      }
      long ceiling = ceilings.get(attempt - 1);
      assertThat(max).isAtMost(ceiling);
      assertThat(max).isAtLeast(ceiling * 9 / 10); // the whole range is used...
      assertThat(min).isAtMost(ceiling / 10); // ...down to (almost) zero
    }
    assertThat(advisor.backoff(Integer.MAX_VALUE)).isAtMost(Duration.ofSeconds(2));
  }

  @Test
  void stopsAfterMaxAttempts() {
    RetryAdvisor advisor = RetryAdvisor.builder().maxAttempts(3).build();

    assertThat(advisor.advise(error(503, null), 2, "GET").retry()).isTrue();
    assertThat(advisor.advise(error(503, null), 3, "GET").retry()).isFalse();
    assertThat(RetryAdvisor.builder().maxAttempts(1).build().advise(error(503, null), 1, "GET").retry()).isFalse();
  }

  @Test
  void onlyRetryableErrorsAreRetried() {
    RetryAdvisor advisor = RetryAdvisor.defaults();

    assertThat(advisor.advise(error(404, null), 1, "GET").retry()).isFalse();
    assertThat(advisor.advise(error(409, "5"), 1, "GET").retry()).isFalse(); // Retry-After alone is not enough
    assertThat(advisor.advise(error(429, null), 1, "GET").retry()).isTrue();
    assertThat(advisor.advise(error(502, null), 1, "GET").retry()).isTrue();
    assertThat(advisor.advise(new IllegalStateException(), 1, "GET").retry()).isFalse();
    assertThat(advisor.advise(new IOException("reset"), 1, "GET").retry()).isTrue();
    assertThat(advisor.advise(new CompletionException(error(503, null)), 1, "GET").retry()).isTrue();
    assertThat(advisor.advise(new UncheckedIOException(new IOException()), 1, "GET").retry()).isTrue();
  }

  @Test
  void nonIdempotentMethodsAreNotRetriedUnlessAllowed() {
    RetryAdvisor careful = RetryAdvisor.defaults();
    RetryAdvisor allowing = RetryAdvisor.builder().retryNonIdempotent(true).build();

    for (String method : List.of("POST", "PATCH", "CONNECT")) {
      assertThat(careful.advise(error(503, null), 1, method).retry()).isFalse();
      assertThat(careful.retryIf(method).test(error(503, null))).isFalse();
      assertThat(allowing.advise(error(503, null), 1, method).retry()).isTrue();
    }
    for (String method : List.of("GET", "head", "OPTIONS", "TRACE", "PUT", "DELETE")) {
      assertThat(careful.advise(error(503, null), 1, method).retry()).isTrue();
    }
    assertThat(careful.advise(error(503, null), 1, (String) null).retry()).isFalse();
    // Nothing was sent when the connection failed: safe for any method.
    assertThat(careful.advise(new ConnectException("refused"), 1, "POST").retry()).isTrue();
  }

  @Test
  void pluggedIntoResilience4j() throws Throwable {
    RetryAdvisor advisor = RetryAdvisor.builder().maxAttempts(4).baseDelay(Duration.ofMillis(1)).build();
    RetryConfig config = RetryConfig.custom()
        .maxAttempts(advisor.maxAttempts())
        .retryOnException(advisor.retryIf("GET"))
        .intervalBiFunction(Resilience4jRetry.interval(advisor))
        .build();
    List<CatalogException> failures = List.of(error(503, "0"), error(429, "0"));

    AtomicInteger calls = new AtomicInteger();
    Supplier<String> flaky = Retry.decorateSupplier(Retry.of("flaky", config), () -> {
      int call = calls.getAndIncrement();
      if (call < failures.size()) {
        throw failures.get(call);
      }
      return "ok";
    });
    AtomicInteger notFoundCalls = new AtomicInteger();
    Supplier<String> missing = Retry.decorateSupplier(Retry.of("missing", config), () -> {
      notFoundCalls.incrementAndGet();
      throw error(404, null);
    });

    assertThat(flaky.get()).isEqualTo("ok");
    assertThat(calls.get()).isEqualTo(3);
    assertThrows(NotFoundException.class, missing::get);
    assertThat(notFoundCalls.get()).isEqualTo(1);
  }

  @Test
  void pluggedIntoFailsafe() {
    RetryAdvisor advisor = RetryAdvisor.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1)).build();
    List<Duration> delays = new ArrayList<>();
    RetryPolicy<Object> policy = RetryPolicy.builder()
        .withMaxAttempts(advisor.maxAttempts())
        .handleIf(advisor.retryIf("GET")::test)
        .withDelayFn(FailsafeRetry.delay(advisor))
        .onRetryScheduled(event -> delays.add(event.getDelay()))
        .build();

    AtomicInteger calls = new AtomicInteger();
    String result = Failsafe.with(policy).get(() -> {
      if (calls.getAndIncrement() == 0) {
        throw error(503, "0");
      }
      return "ok";
    });
    AtomicInteger exhausted = new AtomicInteger();
    CatalogException last = assertThrows(ServiceUnavailableException.class,
        () -> Failsafe.with(policy).get(() -> {
          exhausted.incrementAndGet();
          throw error(503, null);
        }));

    assertThat(result).isEqualTo("ok");
    assertThat(calls.get()).isEqualTo(2);
    assertThat(delays.get(0)).isEqualTo(Duration.ZERO); // Retry-After: 0
    assertThat(exhausted.get()).isEqualTo(3);
    assertThat(last.status()).isEqualTo(503);
  }

  private static <T extends Throwable> T assertThrows(Class<T> type, Executable body) {
    Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, body);
    if (thrown instanceof FailsafeException && thrown.getCause() != null) {
      thrown = thrown.getCause();
    }
    assertThat(thrown).isInstanceOf(type);
    return type.cast(thrown);
  }
}

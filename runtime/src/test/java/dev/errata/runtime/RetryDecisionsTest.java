package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.CatalogException;
import dev.errata.resilience4j.Resilience4jRetry;
import dev.errata.runtime.fixture.TestCatalogs;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.HttpRetryException;
import java.net.MalformedURLException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownServiceException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.api.Test;

/** Per-request idempotency, which I/O failures are worth another attempt, and the one-call adapters. */
class RetryDecisionsTest {

  private static final ErrorDecoder DECODER = ErrorDecoder.builder(TestCatalogs.PLATFORM).build();
  private static final CatalogException UNAVAILABLE = DECODER.decode(503, Map.of(), null);

  private static RetryAdvice advise(RetryAdvisor advisor, Throwable failure, String method, Map<String, List<String>> headers) {
    return advisor.advise(failure, 1, RequestView.of(method, headers));
  }

  @Test
  void aPostWithAnIdempotencyKeyIsRepeatedAndOneWithoutIsNot() {
    RetryAdvisor advisor = RetryAdvisor.defaults();

    assertThat(advise(advisor, UNAVAILABLE, "POST", Map.of("Idempotency-Key", List.of("8e03978e"))).retry()).isTrue();
    assertThat(advise(advisor, UNAVAILABLE, "POST", Map.of("idempotency-key", List.of("8e03978e"))).retry()).isTrue();
    RetryAdvice bare = advise(advisor, UNAVAILABLE, "POST", Map.of("Content-Type", List.of("application/json")));
    assertThat(bare.retry()).isFalse();
    assertThat(bare.reason()).isEqualTo("POST is not idempotent");
    // A header without a value is no key.
    assertThat(advise(advisor, UNAVAILABLE, "PATCH", Map.of("Idempotency-Key", List.of())))
        .isEqualTo(RetryAdvice.stop("PATCH is not idempotent"));
    assertThat(advisor.retryIf(RequestView.of("POST", Map.of("Idempotency-Key", List.of("k")))).test(UNAVAILABLE)).isTrue();
    assertThat(advisor.retryIf(RequestView.of("POST", Map.of())).test(UNAVAILABLE)).isFalse();
  }

  @Test
  void theIdempotencyKeyHeaderCanBeRenamed() {
    RetryAdvisor advisor = RetryAdvisor.builder().idempotencyKeyHeader("X-Request-Key").build();

    assertThat(advise(advisor, UNAVAILABLE, "POST", Map.of("X-Request-Key", List.of("k"))).retry()).isTrue();
    assertThat(advise(advisor, UNAVAILABLE, "POST", Map.of("Idempotency-Key", List.of("k"))).retry()).isFalse();
  }

  @Test
  void theCallersRuleDecidesPerRequest() {
    // A payments API: reads repeat, payments only with a reference, and PUT on it is not idempotent.
    RetryAdvisor payments = RetryAdvisor.builder()
        .repeatableIf(r -> r.method().equals("GET") || r.header("X-Payment-Reference") != null)
        .build();

    assertThat(advise(payments, UNAVAILABLE, "GET", Map.of()).retry()).isTrue();
    assertThat(advise(payments, UNAVAILABLE, "PUT", Map.of()).retry()).isFalse();
    assertThat(advise(payments, UNAVAILABLE, "POST", Map.of("x-payment-reference", List.of("p-1"))).retry()).isTrue();
    assertThat(advise(payments, UNAVAILABLE, "POST", Map.of("Idempotency-Key", List.of("k"))).retry()).isFalse();
    assertThat(payments.isRepeatable(RequestView.of("DELETE"))).isFalse();
  }

  @Test
  void retryNonIdempotentStillSwitchesEveryRequestOnAndOff() {
    assertThat(RetryAdvisor.builder().retryNonIdempotent(true).build().advise(UNAVAILABLE, 1, "POST").retry()).isTrue();
    RetryAdvisor restored = RetryAdvisor.builder().retryNonIdempotent(true).retryNonIdempotent(false).build();
    assertThat(restored.advise(UNAVAILABLE, 1, "POST").retry()).isFalse();
    assertThat(restored.advise(UNAVAILABLE, 1, "GET").retry()).isTrue();
  }

  @Test
  void requestViewsReadHeadersFromMapsAndFunctions() {
    Map<String, List<String>> plain = Map.of("IDEMPOTENCY-KEY", List.of("a", "b"));
    Map<String, List<String>> insensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    insensitive.put("Idempotency-Key", List.of("c"));

    assertThat(RequestView.of("post", plain).header("idempotency-key")).isEqualTo("a");
    assertThat(RequestView.of("post", insensitive).header("IDEMPOTENCY-key")).isEqualTo("c");
    assertThat(RequestView.of("GET", (Map<String, List<String>>) null).header("Idempotency-Key")).isNull();
    assertThat(RequestView.of("GET", name -> name.equals("Idempotency-Key") ? "d" : null).header("Idempotency-Key"))
        .isEqualTo("d");
    assertThat(RequestView.of("head").hasIdempotentMethod()).isTrue();
    assertThat(RequestView.of("PATCH").hasIdempotentMethod()).isFalse();
    assertThat(RequestView.of(null).hasIdempotentMethod()).isFalse();
  }

  @Test
  void ioFailuresThatWouldRecurAreNotRetried() {
    RetryAdvisor advisor = RetryAdvisor.defaults();
    List<IOException> hopeless = List.of(
        new ProtocolException("unexpected end of stream"),
        new SSLPeerUnverifiedException("Certificate pinning failure!"),
        handshake("PKIX path building failed", new CertificateException("unable to find valid certification path")),
        handshake("expired", new SSLException("wrapped", new CertificateExpiredException("NotAfter"))),
        new InterruptedIOException("timeout"), // OkHttp's call timeout: the caller's deadline passed
        new ClosedByInterruptException(),
        new HttpRetryException("cannot retry due to server authentication, in streaming mode", 401),
        new MalformedURLException("no protocol"),
        new UnknownServiceException("CLEARTEXT communication not permitted"));

    for (IOException e : hopeless) {
      RetryAdvice advice = advisor.advise(e, 1, "GET");
      assertWithMessage(e.toString()).that(advice.retry()).isFalse();
      assertThat(advice.reason()).isEqualTo("not retryable");
      assertWithMessage(e.toString()).that(advisor.retryIf("GET").test(new UncheckedIOException(e))).isFalse();
      assertWithMessage(e.toString()).that(advisor.retryIf("GET").test(new CompletionException(e))).isFalse();
    }
  }

  private static SSLHandshakeException handshake(String message, Throwable cause) {
    SSLHandshakeException e = new SSLHandshakeException(message); // (String, Throwable) is JDK 19+
    e.initCause(cause);
    return e;
  }

  @Test
  void ioFailuresAnotherAttemptMayCureAreRetried() {
    RetryAdvisor advisor = RetryAdvisor.defaults();
    List<IOException> transient_ = List.of(
        new IOException("Connection reset"),
        new SocketTimeoutException("Read timed out"),
        new HttpTimeoutException("request timed out"),
        new SSLHandshakeException("Remote host terminated the handshake"),
        new SSLException("Connection reset"));

    for (IOException e : transient_) {
      assertWithMessage(e.toString()).that(advisor.advise(e, 1, "GET").retry()).isTrue();
      assertWithMessage(e.toString()).that(advisor.advise(e, 1, "POST").retry()).isFalse(); // it may have arrived
    }
  }

  @Test
  void resilience4jGetsTheWaitInOneCallForFailuresAndResults() {
    RetryAdvisor advisor = RetryAdvisor.builder().baseDelay(Duration.ZERO).build();
    IntervalBiFunction<String> interval = Resilience4jRetry.interval(advisor);
    CatalogException limited = DECODER.decode(429, Map.of("Retry-After", List.of("7")), null);

    assertThat(interval.apply(1, Either.left(limited))).isEqualTo(7_000L);
    assertThat(interval.apply(1, Either.left(new IOException("reset")))).isEqualTo(0L);
    assertThat(interval.apply(2, Either.right("pending"))).isEqualTo(0L); // retryOnResult: no failure to read
  }

  @Test
  void resilience4jRetriesAPostWithAKeyThroughTheAdvisor() {
    RetryAdvisor advisor = RetryAdvisor.builder().baseDelay(Duration.ZERO).build();
    RequestView keyed = RequestView.of("POST", Map.of("Idempotency-Key", List.of("k")));
    AtomicInteger calls = new AtomicInteger();

    Supplier<String> payment = Retry.decorateSupplier(Retry.of("payments", RetryConfig.<String>custom()
        .maxAttempts(advisor.maxAttempts())
        .retryOnException(advisor.retryIf(keyed))
        .intervalBiFunction(Resilience4jRetry.interval(advisor))
        .build()), () -> {
          if (calls.incrementAndGet() < 3) {
            throw UNAVAILABLE;
          }
          return "paid";
        });

    assertThat(payment.get()).isEqualTo("paid");
    assertThat(calls.get()).isEqualTo(3);
  }
}

package dev.errata.okhttp;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.http.ConflictException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.okhttp.fixture.RateLimitedException;
import dev.errata.okhttp.fixture.RecordingCallback;
import dev.errata.okhttp.fixture.ShopServer;
import dev.errata.runtime.RetryAdvisor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The interceptor's optional retries, driven by {@link RetryAdvisor}; waits are recorded, not slept. */
class RetryTest extends ShopServerTest {

  private static final Duration BASE_DELAY = Duration.ofMillis(100);

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private OkHttpClient client;
  private String key;


  @BeforeEach
  void setUp(TestInfo test) {
    key = test.getTestMethod().orElseThrow().getName();
    client = clientWith(RetryAdvisor.builder().baseDelay(BASE_DELAY).build());
  }

  private OkHttpClient clientWith(RetryAdvisor advisor) {
    ErrataInterceptor retrying = ErrataInterceptor.builder(DECODER)
        .retry(advisor)
        .retryWait((call, delay) -> waits.add(delay))
        .build();
    return plain.newBuilder().addInterceptor(retrying).build();
  }

  @Test
  void retryableErrorsAreRetriedAfterRetryAfterElseBackoff() throws IOException {
    server.script(key, status(503), rateLimited("2"), ShopServer.json(200, ShopServer.OK_BODY));

    try (Response response = ErrataOkHttp.execute(client.newCall(get()))) {
      assertThat(response.body().string()).isEqualTo(ShopServer.OK_BODY);
    }

    assertThat(server.requestCount(path())).isEqualTo(3);
    assertThat(waits).hasSize(2);
    assertThat(waits.get(0)).isAtMost(BASE_DELAY);
    assertThat(waits.get(1)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void attemptsAreBoundedAndTheLastErrorIsThrown() {
    server.script(key, status(503), status(503), rateLimited("1"), status(503));

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> ErrataOkHttp.execute(client.newCall(get())));

    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(1));
    assertThat(server.requestCount(path())).isEqualTo(RetryAdvisor.DEFAULT_MAX_ATTEMPTS);
  }

  @Test
  void postIsNotRetriedByDefault() {
    server.script(key, status(503), ShopServer.json(200, ShopServer.OK_BODY));
    Request post = get().newBuilder().post(RequestBody.create("{}", MediaType.get("application/json"))).build();

    assertThrows(ServiceUnavailableException.class, () -> ErrataOkHttp.execute(client.newCall(post)));

    assertThat(server.requestCount(path())).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void postIsRetriedWhenTheAdvisorAllowsIt() throws IOException {
    server.script(key, status(503), ShopServer.json(200, ShopServer.OK_BODY));
    OkHttpClient lenient = clientWith(RetryAdvisor.builder().retryNonIdempotent(true).build());
    Request post = get().newBuilder().post(RequestBody.create("{}", MediaType.get("application/json"))).build();

    ErrataOkHttp.execute(lenient.newCall(post)).close();

    assertThat(server.requestCount(path())).isEqualTo(2);
  }

  @Test
  void postWithAnIdempotencyKeyIsRetriedByDefault() throws IOException {
    server.script(key, status(503), ShopServer.json(200, ShopServer.OK_BODY));
    Request post = get().newBuilder()
        .post(RequestBody.create("{}", MediaType.get("application/json")))
        .header("Idempotency-Key", "order-7f3c")
        .build();

    ErrataOkHttp.execute(client.newCall(post)).close();

    assertThat(server.requestCount(path())).isEqualTo(2);
  }

  @Test
  void theAdvisorsOwnRuleSeesTheRequestHeaders() throws IOException {
    server.script(key, status(503), ShopServer.json(200, ShopServer.OK_BODY), status(503));
    OkHttpClient tagged = clientWith(
        RetryAdvisor.builder().repeatableIf(r -> r.header("X-Payment-Reference") != null).build());
    Request post = get().newBuilder().post(RequestBody.create("{}", MediaType.get("application/json"))).build();
    Request taggedPost = post.newBuilder().header("x-payment-reference", "pay_42").build();

    ErrataOkHttp.execute(tagged.newCall(taggedPost)).close();
    assertThrows(ServiceUnavailableException.class, () -> ErrataOkHttp.execute(tagged.newCall(post)));

    assertThat(server.requestCount(path())).isEqualTo(3);
  }

  @Test
  void oneShotBodiesAreNeverRepeated() {
    server.script(key, status(503), ShopServer.json(200, ShopServer.OK_BODY));
    OkHttpClient lenient = clientWith(RetryAdvisor.builder().retryNonIdempotent(true).build());
    Request put = get().newBuilder().put(new OneShotBody()).build();

    assertThrows(ServiceUnavailableException.class, () -> ErrataOkHttp.execute(lenient.newCall(put)));

    assertThat(server.requestCount(path())).isEqualTo(1);
  }

  @Test
  void errorsTheCatalogDoesNotMarkRetryableAreNotRetried() {
    server.script(key, ShopServer.json(409, "{\"code\":\"OutOfStock\"}"), ShopServer.json(200, ShopServer.OK_BODY));

    assertThrows(ConflictException.class, () -> ErrataOkHttp.execute(client.newCall(get())));

    assertThat(server.requestCount(path())).isEqualTo(1);
  }

  @Test
  void aRetryAfterLongerThanTheAdvisorAcceptsEndsTheRetries() {
    server.script(key, rateLimited("3600"), ShopServer.json(200, ShopServer.OK_BODY));

    assertThrows(RateLimitedException.class, () -> ErrataOkHttp.execute(client.newCall(get())));

    assertThat(server.requestCount(path())).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void retriesWorkThroughEnqueue() throws Exception {
    server.script(key, rateLimited("1"), ShopServer.json(200, ShopServer.OK_BODY));
    RecordingCallback callback = new RecordingCallback(DECODER);

    client.newCall(get()).enqueue(callback);

    assertThat(callback.await().body()).isEqualTo(ShopServer.OK_BODY);
    assertThat(waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void cancellingTheCallEndsTheWait() throws Exception {
    server.script(key, rateLimited("30"), ShopServer.json(200, ShopServer.OK_BODY));
    CountDownLatch waiting = new CountDownLatch(1);
    ErrataInterceptor sleepingInterceptor = ErrataInterceptor.builder(DECODER)
        .retry(RetryAdvisor.defaults())
        .retryWait((c, delay) -> {
          waiting.countDown();
          RetryWait.SLEEP.await(c, delay);
        })
        .build();
    okhttp3.Call call = plain.newBuilder().addInterceptor(sleepingInterceptor).build().newCall(get());
    RecordingCallback callback = new RecordingCallback(DECODER);
    long start = System.nanoTime();

    call.enqueue(callback);
    assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
    call.cancel();

    RecordingCallback.Outcome outcome = callback.await();
    assertThat(outcome.failure()).hasMessageThat().isEqualTo("Canceled");
    assertThat(outcome.failure().getSuppressed()).asList().hasSize(1);
    assertThat(outcome.failure().getSuppressed()[0]).hasCauseThat().isInstanceOf(RateLimitedException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(server.requestCount(path())).isEqualTo(1);
  }

  @Test
  void theCallTimeoutCoversTheWaits() {
    server.script(key, rateLimited("30"), ShopServer.json(200, ShopServer.OK_BODY));
    OkHttpClient bounded = plain.newBuilder()
        .callTimeout(Duration.ofMillis(500))
        .addInterceptor(ErrataInterceptor.builder(DECODER).retry(RetryAdvisor.defaults()).build())
        .build();

    InterruptedIOException e = assertThrows(InterruptedIOException.class, () -> ErrataOkHttp.execute(bounded.newCall(get())));

    assertThat(e).hasMessageThat().isEqualTo("timeout");
    assertThat(server.requestCount(path())).isEqualTo(1);
  }

  private String path() {
    return "/script/" + key;
  }

  private Request get() {
    return new Request.Builder().url(server.url(path())).build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("try again later").build();
  }

  private static MockResponse rateLimited(String retryAfter) {
    return new MockResponse.Builder()
        .code(429)
        .addHeader("Content-Type", "application/json")
        .addHeader("Retry-After", retryAfter)
        .body("{\"code\":\"RateLimited\",\"message\":\"Slow down.\"}")
        .build();
  }

  /** A body that can be written once, like a stream being uploaded. */
  private static final class OneShotBody extends RequestBody {
    @Override
    public MediaType contentType() {
      return MediaType.get("text/plain");
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.writeUtf8("once");
    }
  }
}

package dev.errata.okhttp;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.http.ConflictException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.okhttp.fixture.RateLimitedException;
import dev.errata.okhttp.fixture.RecordingCallback;
import dev.errata.okhttp.fixture.ShopApi;
import dev.errata.okhttp.fixture.ShopServer;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.RetryAdvisor;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mockwebserver3.MockResponse;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import retrofit2.Retrofit;

/** The policy's retries through {@link ErrataOkHttp#calls}, against a real server, waiting for real. */
class RetryTest extends ShopServerTest {

  private static final Duration BASE_DELAY = Duration.ofMillis(10);

  private Call.Factory client;
  private String key;

  @BeforeEach
  void setUp(TestInfo test) {
    key = test.getTestMethod().orElseThrow().getName();
    client = clientWith(RetryAdvisor.builder().baseDelay(BASE_DELAY).build());
  }

  private static Call.Factory clientWith(RetryAdvisor advisor) {
    return clientWith(plain, advisor);
  }

  private static Call.Factory clientWith(OkHttpClient okHttp, RetryAdvisor advisor) {
    return ErrataOkHttp.calls(okHttp, ClientPolicy.builder(DECODER).retry(advisor).build());
  }

  @Test
  void retryableErrorsAreRetriedAfterRetryAfterElseBackoff() throws IOException {
    server.script(key, status(503), rateLimited("1"), ShopServer.json(200, ShopServer.OK_BODY));
    long start = System.nanoTime();

    try (Response response = ErrataOkHttp.execute(client.newCall(get()))) {
      assertThat(response.body().string()).isEqualTo(ShopServer.OK_BODY);
    }

    assertThat(server.requestCount(path())).isEqualTo(3);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isAtLeast(Duration.ofMillis(950));
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
  }

  @Test
  void postIsRetriedWhenTheAdvisorAllowsIt() throws IOException {
    server.script(key, status(503), ShopServer.json(200, ShopServer.OK_BODY));
    Call.Factory lenient = clientWith(RetryAdvisor.builder().baseDelay(BASE_DELAY).retryNonIdempotent(true).build());
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
    Call.Factory tagged = clientWith(RetryAdvisor.builder().baseDelay(BASE_DELAY)
        .repeatableIf(r -> r.header("X-Payment-Reference") != null).build());
    Request post = get().newBuilder().post(RequestBody.create("{}", MediaType.get("application/json"))).build();
    Request taggedPost = post.newBuilder().header("x-payment-reference", "pay_42").build();

    ErrataOkHttp.execute(tagged.newCall(taggedPost)).close();
    assertThrows(ServiceUnavailableException.class, () -> ErrataOkHttp.execute(tagged.newCall(post)));

    assertThat(server.requestCount(path())).isEqualTo(3);
  }

  @Test
  void oneShotBodiesAreNeverRepeated() {
    server.script(key, status(503), ShopServer.json(200, ShopServer.OK_BODY));
    Call.Factory lenient = clientWith(RetryAdvisor.builder().baseDelay(BASE_DELAY).retryNonIdempotent(true).build());
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
  }

  @Test
  void retriesWorkThroughEnqueue() throws Exception {
    server.script(key, rateLimited("1"), ShopServer.json(200, ShopServer.OK_BODY));
    RecordingCallback callback = new RecordingCallback(DECODER);
    long start = System.nanoTime();

    client.newCall(get()).enqueue(callback);

    assertThat(callback.await().body()).isEqualTo(ShopServer.OK_BODY);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isAtLeast(Duration.ofMillis(950));
  }

  @Test
  void anEnqueuedCallWaitsWithoutHoldingADispatcherThread() throws Exception {
    String other = key + "-other";
    server.script(key, rateLimited("1"), ShopServer.json(200, ShopServer.OK_BODY));
    server.script(other, rateLimited("1"), ShopServer.json(200, ShopServer.OK_BODY));
    okhttp3.Dispatcher one = new okhttp3.Dispatcher();
    one.setMaxRequests(1);
    Call.Factory single = clientWith(plain.newBuilder().dispatcher(one).build(), RetryAdvisor.defaults());
    RecordingCallback first = new RecordingCallback(DECODER);
    RecordingCallback second = new RecordingCallback(DECODER);
    long start = System.nanoTime();

    single.newCall(get()).enqueue(first);
    single.newCall(new Request.Builder().url(server.url("/script/" + other)).build()).enqueue(second);

    assertThat(first.await().body()).isEqualTo(ShopServer.OK_BODY);
    assertThat(second.await().body()).isEqualTo(ShopServer.OK_BODY);
    // Two waits of a second each on the dispatcher's one running call would take two seconds.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_800));
    one.executorService().shutdown();
  }

  @Test
  void cancellingAnEnqueuedCallEndsTheWait() throws Exception {
    server.script(key, rateLimited("5"), ShopServer.json(200, ShopServer.OK_BODY));
    okhttp3.Call call = clientWith(RetryAdvisor.defaults()).newCall(get());
    RecordingCallback callback = new RecordingCallback(DECODER);
    long start = System.nanoTime();

    call.enqueue(callback);
    awaitRequests(1);
    Thread.sleep(200); // into the wait
    call.cancel();

    RecordingCallback.Outcome outcome = callback.await();
    assertThat(outcome.failure()).hasMessageThat().isEqualTo("Canceled");
    assertThat(outcome.failure().getSuppressed()[0]).hasCauseThat().isInstanceOf(RateLimitedException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    assertThat(server.requestCount(path())).isEqualTo(1);
  }

  @Test
  void cancellingAnExecutingCallEndsTheWait() throws Exception {
    server.script(key, rateLimited("5"), ShopServer.json(200, ShopServer.OK_BODY));
    okhttp3.Call call = clientWith(RetryAdvisor.defaults()).newCall(get());
    java.util.concurrent.CompletableFuture<Throwable> thrown = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        call.execute().close();
        return null;
      } catch (IOException e) {
        return e;
      }
    });

    awaitRequests(1);
    Thread.sleep(200); // into the wait
    call.cancel();

    assertThat(thrown.get(3, TimeUnit.SECONDS)).hasMessageThat().isEqualTo("Canceled");
    assertThat(server.requestCount(path())).isEqualTo(1);
  }

  @Test
  void aWaitPastTheCallTimeoutEndsTheRetriesWithTheError() {
    server.script(key, rateLimited("30"), ShopServer.json(200, ShopServer.OK_BODY));
    Call.Factory bounded = clientWith(plain.newBuilder().callTimeout(Duration.ofMillis(500)).build(), RetryAdvisor.defaults());
    long start = System.nanoTime();

    assertThrows(RateLimitedException.class, () -> ErrataOkHttp.execute(bounded.newCall(get())));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(server.requestCount(path())).isEqualTo(1);
  }

  @Test
  void theCallTimeoutBoundsAllAttempts() throws Exception {
    // Each attempt is answered after 300 ms; the 500 ms call timeout leaves no room for a second.
    MockResponse slow = new MockResponse.Builder().code(503).body("slow").headersDelay(300, TimeUnit.MILLISECONDS).build();
    server.script(key, slow, slow, slow);
    Call.Factory bounded = clientWith(plain.newBuilder().callTimeout(Duration.ofMillis(500)).build(),
        RetryAdvisor.builder().baseDelay(Duration.ZERO).build());

    assertThrows(IOException.class, () -> ErrataOkHttp.execute(bounded.newCall(get())));

    assertThat(server.requestCount(path())).isAtMost(2);
  }

  @Test
  void aRetrofitFutureFailedByItsCallerEndsTheWait() throws Exception {
    server.script(key, rateLimited("1"), ShopServer.json(200, ShopServer.OK_BODY));
    ShopApi api = new Retrofit.Builder()
        .baseUrl(server.url("/"))
        .callFactory(client)
        .addCallAdapterFactory(ErrataCallAdapterFactory.create(DECODER))
        .build()
        .create(ShopApi.class);

    CompletableFuture<ResponseBody> future = api.scriptAsync(key).orTimeout(300, TimeUnit.MILLISECONDS);

    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
    assertThat(e).hasCauseThat().isInstanceOf(TimeoutException.class);
    awaitRequests(1);
    Thread.sleep(1_500); // past the Retry-After, when a retry would have been sent
    assertThat(server.requestCount(path())).isEqualTo(1);
  }

  private void awaitRequests(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (server.requestCount(path()) < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(server.requestCount(path())).isEqualTo(count);
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

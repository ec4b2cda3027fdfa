package dev.errata.okhttp;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogException;
import dev.errata.http.InternalServerErrorException;
import dev.errata.okhttp.fixture.CountingBodies;
import dev.errata.okhttp.fixture.Shape;
import dev.errata.okhttp.fixture.ShopApi;
import dev.errata.okhttp.fixture.ShopErrorCatalog;
import dev.errata.okhttp.fixture.ShopServer;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Response;
import retrofit2.Retrofit;

/** Retrofit 3 service methods on OkHttp 5 fail with the typed exception, with and without the interceptor. */
class ErrataCallAdapterFactoryTest extends ShopServerTest {

  private static ShopApi intercepted;
  private static ShopApi adapterOnly;

  @BeforeAll
  static void clients() {
    intercepted = api(plain.newBuilder().addInterceptor(ErrataInterceptor.of(DECODER)).build(), server.url("/").toString());
    adapterOnly = api(plain, server.url("/").toString());
  }

  private static ShopApi api(OkHttpClient client, String baseUrl) {
    return new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(client)
        .addCallAdapterFactory(ErrataCallAdapterFactory.create(DECODER))
        .build()
        .create(ShopApi.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void bodyMethodsThrowTheTypedException(Shape shape) {
    shape.verify(assertThrows(CatalogException.class, () -> intercepted.shape(shape.name())));
    shape.verify(assertThrows(CatalogException.class, () -> adapterOnly.shape(shape.name())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void futuresFailWithTheTypedExceptionUnwrapped(Shape shape) throws Exception {
    shape.verify(failureOf(intercepted.shapeAsync(shape.name())));
    shape.verify(failureOf(adapterOnly.shapeAsync(shape.name())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void callsKeepRetrofitsResponsesAndDecodeInOneCall(Shape shape) throws IOException {
    Response<ResponseBody> response = adapterOnly.shapeCall(shape.name()).execute();

    assertThat(response.isSuccessful()).isFalse();
    shape.verify(ErrataRetrofit.decode(DECODER, response));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void futuresOfResponsesAreLeftToRetrofit(Shape shape) throws Exception {
    Response<ResponseBody> response = adapterOnly.shapeResponseAsync(shape.name()).get(10, TimeUnit.SECONDS);

    assertThat(response.code()).isEqualTo(shape.response().getCode());
    shape.verify(ErrataRetrofit.decode(DECODER, response));
  }

  @Test
  void callsMarkedSkipCallbackExecutorAreNotTakenForSuspendMethods() throws IOException {
    Response<ResponseBody> response = adapterOnly.shapeCallSkippingExecutor("problem").execute();

    assertThat(response.code()).isEqualTo(409);
    assertThat(response.errorBody().string()).contains("Out of stock");
  }

  @Test
  void callsOnAnInterceptedClientThrowTheCarrier() {
    ErrataIOException e = assertThrows(ErrataIOException.class, () -> intercepted.shapeCall("typed").execute());

    Shape.all().stream().filter(s -> s.name().equals("typed")).findFirst().orElseThrow().verify(e.error());
  }

  @Test
  void successfulBodiesArriveAsUsual() throws Exception {
    try (ResponseBody body = intercepted.ok()) {
      assertThat(body.string()).isEqualTo(ShopServer.OK_BODY);
    }
    try (ResponseBody body = intercepted.okAsync().get(10, TimeUnit.SECONDS)) {
      assertThat(body.string()).isEqualTo(ShopServer.OK_BODY);
    }
  }

  @Test
  void failedExchangesThrowTheDeclaredIOExceptionElseAnUncheckedOne() throws Exception {
    ShopApi refused = api(plain, "http://127.0.0.1:" + closedPort() + "/");

    assertThrows(ConnectException.class, refused::ok);
    UncheckedIOException unchecked = assertThrows(UncheckedIOException.class, refused::okUnchecked);
    assertThat(unchecked).hasCauseThat().isInstanceOf(ConnectException.class);
    assertThat(failureOf(refused.okAsync())).isInstanceOf(ConnectException.class);
  }

  @Test
  void withTheInterceptorHugeErrorBodiesAreReadOnlyUpToTheCap() {
    int cap = 16 * 1024;
    ErrorDecoder small = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).maxReadBytes(cap).build();
    CountingBodies counting = new CountingBodies();
    OkHttpClient client = plain.newBuilder()
        .addInterceptor(ErrataInterceptor.of(small))
        .addNetworkInterceptor(counting)
        .build();

    InternalServerErrorException e =
        assertThrows(InternalServerErrorException.class, () -> api(client, server.url("/").toString()).huge());

    assertThat(e.details().bodyTruncated()).isTrue();
    assertThat(counting.bytesRead()).isAtMost(cap + 16 * 1024);
  }

  @Test
  void cancellingTheFutureCancelsTheCall() throws Exception {
    CompletableFuture<okhttp3.Call> canceled = new CompletableFuture<>();
    OkHttpClient watched = plain.newBuilder()
        .eventListener(new EventListener() {
          @Override
          public void canceled(okhttp3.Call call) {
            canceled.complete(call);
          }
        })
        .build();
    // The body comes a second late, so that the call is still running when the future is cancelled.
    server.script("slow", new MockResponse.Builder().bodyDelay(1, TimeUnit.SECONDS).body("late").build());
    CompletableFuture<ResponseBody> future = api(watched, server.url("/").toString()).scriptAsync("slow");

    boolean cancelledWhileRunning = future.cancel(true);

    assertThat(canceled.get(10, TimeUnit.SECONDS).request().url().encodedPath()).isEqualTo("/script/slow");
    assertThat(cancelledWhileRunning).isTrue();
    assertThat(future.isCancelled()).isTrue();
  }

  private static Throwable failureOf(CompletableFuture<?> future) throws InterruptedException {
    try {
      future.get(10, TimeUnit.SECONDS);
      throw new AssertionError("the future should have failed");
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the future did not complete", e);
    }
  }
}

package dev.errata.okhttp;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogException;
import dev.errata.http.BadGatewayException;
import dev.errata.http.NotFoundException;
import dev.errata.okhttp.fixture.RecordingCallback;
import dev.errata.okhttp.fixture.Shape;
import dev.errata.okhttp.fixture.ShopServer;
import dev.errata.okhttp.fixture.UnauthenticatedException;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.PassThrough;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Typed errors through {@code execute()} and {@code enqueue()}, with and without the interceptor. */
class ErrataInterceptorTest extends ShopServerTest {

  private static OkHttpClient intercepted;

  @BeforeAll
  static void clients() {
    intercepted = plain.newBuilder().addInterceptor(ErrataInterceptor.of(DECODER)).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void executeThrowsTheTypedExceptionUnwrapped(Shape shape) {
    CatalogException e = assertThrows(CatalogException.class,
        () -> ErrataOkHttp.execute(intercepted.newCall(get("/shapes/" + shape.name()))).close());

    shape.verify(e);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void plainExecuteThrowsTheCarrierWithTheTypedCause(Shape shape) {
    ErrataIOException e = assertThrows(ErrataIOException.class,
        () -> intercepted.newCall(get("/shapes/" + shape.name())).execute().close());

    shape.verify(e.error());
    assertThat(e).hasCauseThat().isSameInstanceAs(e.error());
    assertThat(e).hasMessageThat().isEqualTo(e.error().getMessage());
  }

  @Test
  void aLoggedCarrierShowsTheCallsStackOnceUnderItsCause() {
    ErrataIOException e = assertThrows(ErrataIOException.class,
        () -> intercepted.newCall(get("/shapes/problem")).execute().close());

    assertThat(e.getStackTrace()).isEmpty();
    StringWriter log = new StringWriter();
    e.printStackTrace(new PrintWriter(log));
    String printed = log.toString();
    assertThat(printed).startsWith(ErrataIOException.class.getName() + ": " + e.error().getMessage());
    assertThat(printed).contains("Caused by: " + e.error().getClass().getName());
    String test = getClass().getName() + ".lambda$aLoggedCarrierShowsTheCallsStackOnceUnderItsCause";
    assertThat(printed.split(java.util.regex.Pattern.quote(test), -1)).hasLength(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void enqueueThroughTheInterceptorReachesOnError(Shape shape) throws Exception {
    RecordingCallback callback = new RecordingCallback(DECODER);

    intercepted.newCall(get("/shapes/" + shape.name())).enqueue(callback);

    RecordingCallback.Outcome outcome = callback.await();
    assertThat(outcome.failure()).isNull();
    shape.verify(outcome.error());
    assertThat(outcome.thread()).startsWith("OkHttp");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void enqueueWithoutTheInterceptorIsDecodedByTheCallback(Shape shape) throws Exception {
    RecordingCallback callback = new RecordingCallback(DECODER);

    plain.newCall(get("/shapes/" + shape.name())).enqueue(callback);

    shape.verify(callback.await().error());
  }

  @Test
  void aBodyThatBreaksOffStillArrivesTyped() throws Exception {
    RecordingCallback callback = new RecordingCallback(DECODER);

    intercepted.newCall(get("/broken")).enqueue(callback);

    assertThat(callback.await().error()).isInstanceOf(BadGatewayException.class);
    assertThrows(BadGatewayException.class, () -> ErrataOkHttp.execute(intercepted.newCall(get("/broken"))));
  }

  @Test
  void aCallbackCanChangeWhatIsAnError() throws Exception {
    RecordingCallback strict = new RecordingCallback(DECODER);
    RecordingCallback lenient = new RecordingCallback(DECODER) {
      @Override
      protected boolean isSuccess(Response response) {
        return response.code() == 404 || response.isSuccessful();
      }
    };

    plain.newCall(get("/shapes/empty")).enqueue(strict);
    plain.newCall(get("/shapes/empty")).enqueue(lenient);

    assertThat(strict.await().error()).isInstanceOf(NotFoundException.class);
    assertThat(lenient.await().body()).isEmpty();
  }

  @Test
  void interceptorsBeforeItSeeTheCarrierAndThoseAfterItTheResponse() {
    List<Object> outer = new CopyOnWriteArrayList<>();
    List<Integer> inner = new CopyOnWriteArrayList<>();
    OkHttpClient client = plain.newBuilder()
        .addInterceptor(chain -> {
          try {
            return chain.proceed(chain.request());
          } catch (IOException e) {
            outer.add(e);
            throw e;
          }
        })
        .addInterceptor(ErrataInterceptor.of(DECODER))
        .addInterceptor(chain -> {
          Response response = chain.proceed(chain.request());
          inner.add(response.code());
          return response;
        })
        .build();

    assertThrows(CatalogException.class, () -> ErrataOkHttp.execute(client.newCall(get("/shapes/typed"))));

    assertThat(inner).containsExactly(409);
    assertThat(outer).hasSize(1);
    assertThat(outer.get(0)).isInstanceOf(ErrataIOException.class);
  }

  @Test
  void successfulResponsesPassThrough() throws Exception {
    try (Response response = ErrataOkHttp.execute(intercepted.newCall(get("/ok")))) {
      assertThat(response.body().string()).isEqualTo(ShopServer.OK_BODY);
    }
    RecordingCallback callback = new RecordingCallback(DECODER);
    intercepted.newCall(get("/ok")).enqueue(callback);
    assertThat(callback.await().body()).isEqualTo(ShopServer.OK_BODY);
  }

  @Test
  void aStatusThatPassesThroughReachesTheCaller() throws IOException {
    OkHttpClient lenient = plain.newBuilder()
        .addInterceptor(ErrataInterceptor.of(ClientPolicy.builder(DECODER).passThrough(PassThrough.statuses(404)).build()))
        .build();

    try (Response notFound = ErrataOkHttp.execute(lenient.newCall(get("/shapes/empty")))) {
      assertThat(notFound.code()).isEqualTo(404);
    }
    assertThrows(CatalogException.class, () -> ErrataOkHttp.execute(lenient.newCall(get("/shapes/text"))));
  }

  @Test
  void aCodeThatPassesThroughReachesTheCallerWithItsWholeBody() throws IOException {
    ErrorDecoder small = ErrorDecoder.builder(DECODER.catalog()).maxReadBytes(64).build();
    OkHttpClient lenient = plain.newBuilder()
        .addInterceptor(ErrataInterceptor.of(ClientPolicy.builder(small).passThrough(PassThrough.codes("OutOfStock")).build()))
        .build();
    String body = "{\"code\":\"OutOfStock\",\"message\":\"" + "x".repeat(10_000) + "\"}";
    server.script("pass-code", ShopServer.json(409, body));

    try (Response conflict = ErrataOkHttp.execute(lenient.newCall(get("/script/pass-code")))) {
      assertThat(conflict.code()).isEqualTo(409);
      assertThat(conflict.body().string()).isEqualTo(body);
    }
  }

  @Test
  void transportFailuresStayIOExceptions() throws Exception {
    Request refused = new Request.Builder().url("http://127.0.0.1:" + closedPort() + "/").build();

    assertThrows(ConnectException.class, () -> ErrataOkHttp.execute(intercepted.newCall(refused)));
    RecordingCallback callback = new RecordingCallback(DECODER);
    intercepted.newCall(refused).enqueue(callback);
    RecordingCallback.Outcome outcome = callback.await();
    assertThat(outcome.failure()).isInstanceOf(ConnectException.class);
    assertThat(outcome.error()).isNull();
  }

  @Test
  void graphQlModeFailsSuccessfulResponsesCarryingErrors() throws IOException {
    OkHttpClient graphQl = plain.newBuilder()
        .addInterceptor(ErrataInterceptor.of(ClientPolicy.builder(DECODER).graphQl(true).build()))
        .build();

    UnauthenticatedException e = assertThrows(UnauthenticatedException.class,
        () -> ErrataOkHttp.execute(graphQl.newCall(get("/graphql-errors"))));
    assertThat(e.details().message()).hasValue("Sign in to read the owner.");
    assertThat(e.details().status()).isEqualTo(200);
    try (Response data = ErrataOkHttp.execute(graphQl.newCall(get("/graphql-data")))) {
      assertThat(data.body().string()).isEqualTo("{\"data\":{\"cart\":{\"id\":\"c1\"}}}");
    }
    try (Response off = ErrataOkHttp.execute(intercepted.newCall(get("/graphql-errors")))) {
      assertThat(off.code()).isEqualTo(200);
    }
  }

  @Test
  void aGraphQlBodyPastTheCapIsCheckedOnItsHeadAndHandedOnWhole() throws IOException {
    OkHttpClient graphQl = plain.newBuilder()
        .addInterceptor(ErrataInterceptor.of(ClientPolicy.builder(DECODER).graphQl(true).maxGraphQlBytes(1024).build()))
        .build();
    String data = "{\"data\":{\"pad\":\"" + "x".repeat(100_000) + "\"}}";
    String errorsFirst = "{\"errors\":[{\"message\":\"Sign in.\",\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}],"
        + data.substring(1);
    server.script("big-data", ShopServer.json(200, data));
    server.script("big-errors", ShopServer.json(200, errorsFirst));

    try (Response whole = ErrataOkHttp.execute(graphQl.newCall(get("/script/big-data")))) {
      assertThat(whole.body().string()).isEqualTo(data);
    }
    assertThrows(UnauthenticatedException.class, () -> ErrataOkHttp.execute(graphQl.newCall(get("/script/big-errors"))));
  }

  @Test
  void interceptorsBeforeItSeeTheTypedErrorThoseAfterItTheResponseAndAListenerTheFailure() throws IOException {
    List<String> seen = new CopyOnWriteArrayList<>();
    OkHttpClient client = plain.newBuilder()
        .addInterceptor(chain -> {
          try {
            return chain.proceed(chain.request());
          } catch (ErrataIOException e) {
            seen.add("before: " + e.error().code());
            throw e;
          }
        })
        .addInterceptor(ErrataInterceptor.of(DECODER))
        .addInterceptor(chain -> {
          Response response = chain.proceed(chain.request());
          seen.add("after: " + response.code());
          return response;
        })
        .eventListener(new okhttp3.EventListener() {
          @Override
          public void callFailed(okhttp3.Call call, IOException failure) {
            seen.add("listener: " + failure.getClass().getSimpleName());
          }
        })
        .build();

    assertThrows(CatalogException.class, () -> ErrataOkHttp.execute(client.newCall(get("/shapes/text"))));

    assertThat(seen).containsExactly("after: 503", "before: SERVICE_UNAVAILABLE", "listener: ErrataIOException").inOrder();
  }

  @Test
  void refusesToRunAsANetworkInterceptor() {
    OkHttpClient misplaced = plain.newBuilder()
        .retryOnConnectionFailure(false)
        .addNetworkInterceptor(ErrataInterceptor.of(DECODER))
        .build();

    IOException e = assertThrows(IOException.class, () -> misplaced.newCall(get("/ok")).execute());

    assertThat(e).hasMessageThat().contains("addInterceptor, not addNetworkInterceptor");
  }

}

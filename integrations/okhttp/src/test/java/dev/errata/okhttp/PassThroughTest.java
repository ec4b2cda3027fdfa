package dev.errata.okhttp;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.okhttp.fixture.RecordingCallback;
import dev.errata.okhttp.fixture.RelationConflictException;
import dev.errata.okhttp.fixture.ShopApi;
import dev.errata.okhttp.fixture.ShopErrorCatalog;
import dev.errata.okhttp.fixture.ShopServer;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.PassThrough;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import retrofit2.Retrofit;

/**
 * Error responses the client policy passes through reach an {@link ErrataCallback} and Retrofit's
 * body methods as responses, whole, with and without the interceptor; other errors still fail
 * with the typed exception.
 */
class PassThroughTest extends ShopServerTest {

  // Smaller than the passing body, so that it must come back beyond the cap.
  private static final ErrorDecoder SMALL_CAP = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).maxReadBytes(64).build();
  private static final ClientPolicy POLICY = ClientPolicy.builder(SMALL_CAP)
      .passThrough(PassThrough.statuses(410).andCodes("OutOfStock"))
      .build();
  private static final String OUT_OF_STOCK =
      "{\"code\":\"OutOfStock\",\"message\":\"Only 2 left.\",\"padding\":\"" + "p".repeat(200) + "\"}";

  private String key;

  @BeforeEach
  void setUp(TestInfo test) {
    key = test.getTestMethod().orElseThrow().getName();
  }

  private static List<OkHttpClient> clients() {
    return List.of(plain, plain.newBuilder().addInterceptor(ErrataInterceptor.of(POLICY)).build());
  }

  private static ShopApi retrofit(OkHttpClient client) {
    return new Retrofit.Builder()
        .baseUrl(server.url("/"))
        .client(client)
        .addCallAdapterFactory(ErrataCallAdapterFactory.create(POLICY))
        .build()
        .create(ShopApi.class);
  }

  @Test
  void aCallbackGetsAPassingCodeWhole() throws Exception {
    for (OkHttpClient client : clients()) {
      server.script(key, ShopServer.json(409, OUT_OF_STOCK));
      RecordingCallback callback = new RecordingCallback(POLICY);

      client.newCall(get("/script/" + key)).enqueue(callback);

      assertThat(callback.await().body()).isEqualTo(OUT_OF_STOCK);
    }
  }

  @Test
  void aCallbackStillGetsAnotherCodeAsTheTypedException() throws Exception {
    for (OkHttpClient client : clients()) {
      server.script(key, ShopServer.json(409, "{\"code\":\"RelationConflict\"}"));
      RecordingCallback callback = new RecordingCallback(POLICY);

      client.newCall(get("/script/" + key)).enqueue(callback);

      assertThat(callback.await().error()).isInstanceOf(RelationConflictException.class);
    }
  }

  @Test
  void retrofitBodyMethodsReturnAPassingErrorBody() throws Exception {
    for (OkHttpClient client : clients()) {
      ShopApi api = retrofit(client);
      server.script(key, ShopServer.json(409, OUT_OF_STOCK), ShopServer.json(410, "archived"));

      assertThat(api.script(key).string()).isEqualTo(OUT_OF_STOCK);
      assertThat(api.scriptAsync(key).get(10, TimeUnit.SECONDS).string()).isEqualTo("archived");
    }
  }

  @Test
  void retrofitBodyMethodsStillFailWithTheTypedExceptionForAnotherCode() {
    for (OkHttpClient client : clients()) {
      ShopApi api = retrofit(client);
      server.script(key, ShopServer.json(409, "{\"code\":\"RelationConflict\"}"), ShopServer.json(409, "{\"code\":\"RelationConflict\"}"));

      assertThrows(RelationConflictException.class, () -> api.script(key));
      ExecutionException e = assertThrows(ExecutionException.class, () -> api.scriptAsync(key).get(10, TimeUnit.SECONDS));
      assertThat(e).hasCauseThat().isInstanceOf(RelationConflictException.class);
    }
  }
}

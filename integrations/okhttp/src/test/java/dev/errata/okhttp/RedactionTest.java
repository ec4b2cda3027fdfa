package dev.errata.okhttp;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogException;
import dev.errata.okhttp.fixture.RecordingCallback;
import dev.errata.okhttp.fixture.ShopApi;
import dev.errata.okhttp.fixture.ShopServer;
import dev.errata.okhttp.fixture.UnauthenticatedException;
import dev.errata.runtime.HeaderRedactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import retrofit2.Retrofit;

/**
 * A 401 whose Set-Cookie, Authorization and X-Api-Key headers carry a secret: no path into the
 * typed exception lets the secret into its message, its string form, its stack trace or its
 * details, and the carrier the interceptor throws does not either.
 */
class RedactionTest extends ShopServerTest {

  private static OkHttpClient intercepted;

  @BeforeAll
  static void clients() {
    intercepted = plain.newBuilder().addInterceptor(ErrataInterceptor.of(DECODER)).build();
  }

  @Test
  void decode() throws IOException {
    assertRedacted(ErrataOkHttp.decode(DECODER, plain.newCall(secret()).execute()));
  }

  @Test
  void interceptorOnExecute() {
    ErrataIOException carrier = assertThrows(ErrataIOException.class, () -> intercepted.newCall(secret()).execute());

    assertThat(everythingSaidAbout(carrier)).doesNotContain(ShopServer.SECRET);
    assertRedacted(carrier.error());
    assertRedacted(assertThrows(CatalogException.class, () -> ErrataOkHttp.execute(intercepted.newCall(secret()))));
  }

  @Test
  void enqueue() throws Exception {
    RecordingCallback viaInterceptor = new RecordingCallback(DECODER);
    intercepted.newCall(secret()).enqueue(viaInterceptor);
    RecordingCallback viaCallback = new RecordingCallback(DECODER);
    plain.newCall(secret()).enqueue(viaCallback);

    assertRedacted(viaInterceptor.await().error());
    assertRedacted(viaCallback.await().error());
  }

  @Test
  void retrofit() {
    for (OkHttpClient client : new OkHttpClient[] {plain, intercepted}) {
      ShopApi api = new Retrofit.Builder()
          .baseUrl(server.url("/"))
          .client(client)
          .addCallAdapterFactory(ErrataCallAdapterFactory.create(DECODER))
          .build()
          .create(ShopApi.class);

      assertRedacted(assertThrows(CatalogException.class, api::secret));
    }
  }

  private static void assertRedacted(CatalogException e) {
    assertThat(e).isInstanceOf(UnauthenticatedException.class);
    assertThat(everythingSaidAbout(e)).doesNotContain(ShopServer.SECRET);
    // The headers are there, with their values replaced: the assertion above is not vacuous.
    assertThat(e.details().headers().get("Set-Cookie")).containsExactly(HeaderRedactor.REDACTED);
    assertThat(e.details().header("Authorization")).hasValue(HeaderRedactor.REDACTED);
    assertThat(e.details().header("X-Api-Key")).hasValue(HeaderRedactor.REDACTED);
    assertThat(e.details().requestId()).hasValue("req_secret_1");
    assertThat(e.details().body()).hasValue("{\"code\":\"UNAUTHENTICATED\",\"message\":\"Sign in first.\"}");
  }

  private static String everythingSaidAbout(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String details = e instanceof CatalogException ? String.valueOf(((CatalogException) e).details()) : "";
    return e.getMessage() + "\n" + e + "\n" + trace + "\n" + details;
  }

  private static Request secret() {
    return new Request.Builder().url(server.url("/secret")).build();
  }
}

package dev.errata.okhttp;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogException;
import dev.errata.http.BadGatewayException;
import dev.errata.http.InternalServerErrorException;
import dev.errata.okhttp.fixture.CountingBodies;
import dev.errata.okhttp.fixture.Shape;
import dev.errata.okhttp.fixture.ShopErrorCatalog;
import dev.errata.okhttp.fixture.ShopServer;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ErrataOkHttp#decode} on a plain OkHttp client, without the interceptor. */
class ErrataOkHttpTest extends ShopServerTest {


  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void everyShapeDecodesToItsTypedException(Shape shape) throws IOException {
    Response response = plain.newCall(get("/shapes/" + shape.name())).execute();

    CatalogException e = ErrataOkHttp.decode(DECODER, response);

    shape.verify(e);
  }

  @Test
  void decodeClosesTheResponse() throws IOException {
    Response response = plain.newCall(get("/shapes/typed")).execute();

    ErrataOkHttp.decode(DECODER, response);

    assertThrows(IllegalStateException.class, () -> response.body().source().readByteArray());
  }

  @Test
  void hugeBodyIsReadOnlyUpToTheCap() throws IOException {
    int cap = 16 * 1024;
    ErrorDecoder small = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).maxReadBytes(cap).build();
    CountingBodies counting = new CountingBodies();
    OkHttpClient counted = plain.newBuilder().addNetworkInterceptor(counting).build();

    CatalogException e = ErrataOkHttp.decode(small, counted.newCall(get("/huge")).execute());

    assertThat(e).isInstanceOf(InternalServerErrorException.class);
    assertThat(e.details().bodyTruncated()).isTrue();
    assertThat(e.details().message()).hasValue("the same line of an error page that never ends");
    // okio reads in 8 KiB segments, so a little more than the cap may come off the wire.
    assertThat(counting.bytesRead()).isAtLeast(cap);
    assertThat(counting.bytesRead()).isAtMost(cap + 16 * 1024);
    assertThat(counting.bytesRead()).isLessThan(ShopServer.HUGE_BYTES / 100);
  }

  @Test
  void aBodyThatBreaksOffStillDecodesWhatArrived() throws IOException {
    CatalogException e = ErrataOkHttp.decode(DECODER, plain.newCall(get("/broken")).execute());

    assertThat(e).isInstanceOf(BadGatewayException.class);
    assertThat(e.details().message()).hasValue("Gateway gave up");
  }

  @Test
  void gzipBodiesAreCappedAfterUnzipping() throws IOException {
    ErrorDecoder small = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).maxReadBytes(16 * 1024).build();
    CountingBodies counting = new CountingBodies();
    OkHttpClient counted = plain.newBuilder().addNetworkInterceptor(counting).build();

    CatalogException e = ErrataOkHttp.decode(small, counted.newCall(get("/gzip-bomb")).execute());

    assertThat(e.details().message()).hasValue("the same line of an error page that never ends");
    assertThat(e.details().bodyTruncated()).isTrue();
    // What came off the wire is compressed: far less than the cap, for far more than the cap unzipped.
    assertThat(counting.bytesRead()).isLessThan(16 * 1024);
  }
}

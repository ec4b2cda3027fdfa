package dev.errata.okhttp;

import dev.errata.runtime.RequestView;
import dev.errata.runtime.ResponseView;
import java.io.InputStream;
import java.util.function.BiConsumer;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/** OkHttp's requests and responses as the runtime reads them. */
final class OkHttpViews {

  private OkHttpViews() {}

  static RequestView request(Request request) {
    return RequestView.of(request.method(), request::header);
  }

  /**
   * A response whose body is read without being consumed: what the view's reader takes is kept in
   * the response's own buffer, so whoever reads the body next gets it from its first byte.
   */
  static ResponseView peeking(Response response) {
    return view(response, /* peek= */ true);
  }

  /** A response whose body is read, and consumed, as the view's reader goes. */
  static ResponseView consuming(Response response) {
    return view(response, /* peek= */ false);
  }

  private static ResponseView view(Response response, boolean peek) {
    return new ResponseView() {
      @Override
      public int status() {
        return response.code();
      }

      @Override
      public void forEachHeader(BiConsumer<String, String> action) {
        Headers headers = response.headers();
        for (int i = 0; i < headers.size(); i++) {
          action.accept(headers.name(i), headers.value(i));
        }
      }

      @Override
      public @Nullable String header(String name) {
        return response.header(name);
      }

      @Override
      public long contentLength() {
        return response.body().contentLength();
      }

      @Override
      public InputStream body() {
        ResponseBody body = response.body();
        return peek ? new PeekingStream(body.source()) : body.byteStream();
      }
    };
  }
}

package dev.errata.feign;

import dev.errata.runtime.RequestView;
import dev.errata.runtime.ResponseView;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** Feign's requests and responses as the runtime reads them. */
final class FeignViews {

  private FeignViews() {}

  static RequestView request(Request request) {
    return RequestView.of(request.httpMethod().name(), request.headers());
  }

  static ResponseView response(Response response) {
    return new ResponseView() {
      @Override
      public int status() {
        return response.status();
      }

      @Override
      public void forEachHeader(BiConsumer<String, String> action) {
        forEach(response.headers(), action);
      }

      @Override
      public long contentLength() {
        Response.Body body = response.body();
        Integer length = body == null ? null : body.length();
        return length != null ? length : ResponseView.super.contentLength();
      }

      @Override
      public @Nullable InputStream body() throws IOException {
        Response.Body body = response.body();
        return body == null ? null : body.asInputStream();
      }
    };
  }

  static @Nullable String contentType(Response response) {

    Collection<String> values = response.headers().get("Content-Type");
    return values == null || values.isEmpty() ? null : values.iterator().next();
  }

  private static void forEach(Map<String, Collection<String>> headers, BiConsumer<String, String> action) {
    headers.forEach((name, values) -> {
      for (String value : values) {
        action.accept(name, value);
      }
    });
  }
}

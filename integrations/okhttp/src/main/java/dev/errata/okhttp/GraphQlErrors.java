package dev.errata.okhttp;

import dev.errata.CatalogException;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Response;

/** Fails a successful JSON response whose body carries GraphQL {@code errors}. */
final class GraphQlErrors {

  private final ErrorDecoder decoder;

  GraphQlErrors(ErrorDecoder decoder) {
    this.decoder = decoder;
  }

  /**
   * Looks at the body without consuming it: {@code peekBody} buffers it in the response's own
   * source, so the caller still reads it from there. Only bodies labelled JSON are looked at, so
   * a download on the same client is never buffered.
   */
  void check(Response response) throws IOException {
    MediaType type = response.body().contentType();
    if (type == null || !type.subtype().contains("json")) {
      return;
    }
    byte[] body = response.peekBody(Long.MAX_VALUE).bytes();
    Optional<CatalogException> errors =
        decoder.decodeGraphQlErrors(response.code(), ErrataOkHttp.headers(response.headers()), body);
    if (errors.isPresent()) {
      response.close();
      throw new ErrataIOException(errors.get());
    }
  }
}

package dev.errata.runtime;

import dev.errata.CatalogException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Responses for decoder tests: a stream body with a stated length, and GraphQL errors of a body. */
final class Responses {

  private Responses() {}

  /** A response whose body is {@code body} and whose stated length is {@code length} (-1: unknown). */
  static ResponseView stream(int status, Map<String, ? extends Collection<String>> headers, InputStream body, long length) {
    ResponseView view = ResponseView.of(status, headers, body);
    return new ResponseView() {
      @Override
      public int status() {
        return status;
      }

      @Override
      public void forEachHeader(BiConsumer<String, String> action) {
        view.forEachHeader(action);
      }

      @Override
      public long contentLength() {
        return length >= 0 ? length : view.contentLength();
      }

      @Override
      public InputStream body() {
        return body;
      }
    };
  }

  /** The GraphQL errors of a body as the client policy reads them: the exception, or empty. */
  static Optional<CatalogException> graphQlErrors(
      ErrorDecoder decoder, int status, Map<String, ? extends Collection<String>> headers, byte[] body) {
    byte[] bytes = body == null ? new byte[0] : body;
    DecodedError errors = decoder.graphQlErrors(ResponseView.of(status, headers, bytes), bytes, ClientPolicy.DEFAULT_MAX_GRAPHQL_BYTES + 1);
    return errors == null ? Optional.empty() : Optional.of(errors.toException());
  }
}

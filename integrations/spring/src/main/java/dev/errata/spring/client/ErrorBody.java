package dev.errata.spring.client;

import dev.errata.CatalogException;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Decodes a blocking client's error response. The decoder finds the Content-Length in the same
 * walk over the headers that reads the rest, so a small body is read into an array of its own
 * size without a second lookup in Spring's case-insensitive map.
 *
 * <p>The exception's stack trace records every frame between the caller and its constructor,
 * at tens of nanoseconds each, so the handlers call this directly rather than through one
 * another.
 */
final class ErrorBody {

  private ErrorBody() {}

  static CatalogException decode(ErrorDecoder decoder, int status, ClientHttpResponse response) {
    InputStream body;
    try {
      body = response.getBody();
    } catch (IOException | RuntimeException unreadable) {
      body = null; // the status and headers still decide
    }
    return decoder.decodeStream(status, SpringHeaders.of(response.getHeaders()), body, -1); // -1: the headers say
  }
}

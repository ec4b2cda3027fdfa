package dev.errata.spring.client;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A blocking client's error body for {@code ErrorDecoder.readStream} and {@code decodeStream},
 * which find the Content-Length in their one walk over the headers, so a small body is read into
 * an array of its own size without a second lookup in Spring's case-insensitive map.
 *
 * <p>The handler calls the decoder itself, with this as an argument: an exception's stack trace
 * records every frame between the caller and its constructor, at tens of nanoseconds each, so
 * no helper stands between them.
 */
final class ErrorBody {

  private ErrorBody() {}

  /** The body, or {@code null} when it cannot be read: the status and headers still decide. */
  static InputStream of(ClientHttpResponse response) {
    try {
      return response.getBody();
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }
}

package dev.errata.spring.client;

import dev.errata.CatalogException;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Decodes a blocking client's error response, telling the decoder its Content-Length so that a
 * small body is read into an array of its own size.
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
    return decoder.decodeStream(status, SpringHeaders.of(response.getHeaders()), body, contentLength(response));
  }

  private static long contentLength(ClientHttpResponse response) {
    try {
      return response.getHeaders().getContentLength();
    } catch (RuntimeException malformed) {
      return -1;
    }
  }
}

package dev.errata.spring.client;

import dev.errata.CatalogException;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Decodes a blocking client's error response. A body whose Content-Length is within the cap is
 * read into an array of exactly that size (an error body is typically a few hundred bytes, far
 * less than a general-purpose read buffer); any other body is streamed by the decoder, up to the
 * cap.
 */
final class ErrorBody {

  private ErrorBody() {}

  static CatalogException decode(ErrorDecoder decoder, int status, ClientHttpResponse response) throws IOException {
    long length = contentLength(response);
    if (length < 0 || length > decoder.maxReadBytes()) {
      return decoder.decodeStream(status, SpringHeaders.of(response.getHeaders()), response.getBody());
    }
    byte[] body = new byte[(int) length];
    int size = 0;
    try {
      InputStream in = response.getBody();
      int n;
      while (size < body.length && (n = in.read(body, size, body.length - size)) != -1) {
        size += n;
      }
    } catch (IOException | RuntimeException cut) {
      // The body ends where reading failed; the decoder works with what arrived.
    }
    byte[] read = size == body.length ? body : Arrays.copyOf(body, size);
    return decoder.decode(status, SpringHeaders.of(response.getHeaders()), read);
  }

  private static long contentLength(ClientHttpResponse response) {
    try {
      return response.getHeaders().getContentLength();
    } catch (RuntimeException malformed) {
      return -1;
    }
  }
}

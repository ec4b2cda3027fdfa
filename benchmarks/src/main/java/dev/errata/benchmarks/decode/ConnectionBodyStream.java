package dev.errata.benchmarks.decode;

import java.io.InputStream;
import java.util.Objects;

/**
 * A response body as HTTP clients hand it over: a stream that reads into the caller's array and
 * says how much is buffered, like the JDK client's {@code HttpResponseInputStream}, {@code
 * HttpURLConnection}'s stream and Apache HttpClient's content stream. Unlike {@code
 * ByteArrayInputStream} it has no shortcut for {@code readAllBytes}, so a reader that reads
 * everything pays for its own buffers, as it does on a real connection.
 */
final class ConnectionBodyStream extends InputStream {

  private final byte[] body;
  private int position;

  ConnectionBodyStream(byte[] body) {
    this.body = body;
  }

  @Override
  public int read() {
    return position < body.length ? body[position++] & 0xff : -1;
  }

  @Override
  public int read(byte[] target, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length == 0) {
      return 0;
    }
    if (position >= body.length) {
      return -1;
    }
    int n = Math.min(length, body.length - position);
    System.arraycopy(body, position, target, offset, n);
    position += n;
    return n;
  }

  @Override
  public int available() {
    return body.length - position;
  }
}

package dev.errata.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Inflates a body the HTTP client handed over still compressed ({@code Content-Encoding: gzip} or
 * {@code deflate}): the JDK's client, Spring's and Feign's default ones do not decompress, OkHttp
 * does when it asked for compression itself. The output is capped like any read, so a small
 * compressed bomb costs no more than the cap.
 */
final class Inflation {

  private Inflation() {}

  /**
   * {@code body} inflated to at most {@code limit} bytes when {@code encoding} says it is
   * compressed and it is; otherwise {@code body} itself. A body cut short inflates as far as it
   * goes.
   */
  static byte[] inflate(byte[] body, @Nullable String encoding, int limit) {
    if (encoding == null || body.length == 0) {
      return body;
    }
    String coding = encoding.trim().toLowerCase(Locale.ROOT);
    try {
      InputStream in;
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        in = new GZIPInputStream(new ByteArrayInputStream(body));
      } else if (coding.equals("deflate")) {
        // RFC 9110's deflate is zlib-wrapped; some servers send the raw stream. The header tells.
        boolean zlib = body.length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] & 0xFF) << 8 | (body[1] & 0xFF)) % 31 == 0;
        in = new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(/* nowrap= */ !zlib));
      } else {
        return body;
      }
      byte[] inflated = CappedRead.read(in, -1, limit);
      return inflated.length == 0 ? body : inflated;
    } catch (IOException notCompressed) {
      return body; // labelled compressed, but not: read as it is
    }
  }
}

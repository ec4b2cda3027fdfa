package dev.errata.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP response as Errata reads it: status, headers, stated length and body. This is the one
 * seam between an HTTP stack and the runtime: each integration adapts its framework's response
 * to it (a few lines, no copying) and hands it to {@link ErrorDecoder#decode(ResponseView)} or
 * {@link ClientPolicy#judge(ResponseView)}.
 *
 * <pre>{@code
 * ResponseView view = new ResponseView() {
 *   public int status() { return response.code(); }
 *   public void forEachHeader(BiConsumer<String, String> action) { response.headers().forEach(...); }
 *   public InputStream body() { return response.body().byteStream(); }
 * };
 * }</pre>
 *
 * <p>Readers call {@link #body()} at most once, read only as far as their limits allow and do not
 * close the stream: the response belongs to the caller.
 */
public interface ResponseView {

  /** The HTTP status. */
  int status();

  /**
   * Hands every header to {@code action}, one name and value at a time, in the response's order;
   * a header with several values is handed over once per value.
   */
  void forEachHeader(BiConsumer<String, String> action);

  /**
   * The first value of the header {@code name}, compared case-insensitively, or {@code null}.
   * The default walks {@link #forEachHeader}; adapters whose framework looks headers up directly
   * may override it.
   */
  default @Nullable String header(String name) {
    String[] found = new String[1];
    forEachHeader((n, value) -> {
      if (found[0] == null && n.equalsIgnoreCase(name)) {
        found[0] = value;
      }
    });
    return found[0];
  }

  /**
   * The body's length as the response states it, or -1 when it does not say (chunked, HTTP/2
   * without Content-Length). The default reads the Content-Length header; a stated length only
   * sizes a read, it never limits one.
   */
  default long contentLength() {
    // Spelled as HTTP/2 sends it: frameworks that look names up by lower-casing them need no copy.
    return MapResponseView.parseLength(header("content-length"));
  }

  /** The body, or {@code null} when the response has none or it cannot be read. */
  @Nullable InputStream body() throws IOException;

  /**
   * A response whose headers are a map, names in any case (a {@code null} name, such as {@code
   * HttpURLConnection}'s status line, is skipped), and whose body is in memory.
   *
   * @param headers may be {@code null}: no headers
   * @param body may be {@code null}: no body
   */
  static ResponseView of(int status, @Nullable Map<String, ? extends Collection<String>> headers, byte @Nullable [] body) {
    return new MapResponseView(status, headers, body == null ? null : new ByteArrayInputStream(body), body == null ? -1 : body.length);
  }

  /**
   * A response whose headers are a map and whose body is a stream, read at most as far as the
   * reader's limit and not closed.
   *
   * @param headers may be {@code null}: no headers
   * @param body may be {@code null}: no body
   */
  static ResponseView of(int status, @Nullable Map<String, ? extends Collection<String>> headers, @Nullable InputStream body) {

    return new MapResponseView(status, headers, body, -1);
  }
}

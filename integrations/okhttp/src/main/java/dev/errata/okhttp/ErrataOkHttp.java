package dev.errata.okhttp;

import dev.errata.CatalogException;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * One-call helpers between OkHttp and an {@link ErrorDecoder}.
 *
 * <p>Without any other setup, the usual OkHttp check becomes typed:
 *
 * <pre>{@code
 * try (Response response = client.newCall(request).execute()) {
 *   if (!response.isSuccessful()) {
 *     throw ErrataOkHttp.decode(decoder, response);
 *   }
 *   ...
 * }
 * }</pre>
 *
 * On a client with {@link ErrataInterceptor}, {@link #execute(Call)} throws the typed exception
 * itself instead of the {@link ErrataIOException} that carries it.
 */
public final class ErrataOkHttp {

  private ErrataOkHttp() {}

  /**
   * The typed exception for an error response. Reads at most {@link ErrorDecoder#maxReadBytes()}
   * bytes of the body (a huge or endless body is never read whole; a failing read ends the body
   * where it failed), then closes the response. Never throws for any status, headers or body.
   *
   * @param decoder the decoder of the catalog to decode with
   * @param response the response to decode; it is closed, even when the body was already closed
   */
  public static CatalogException decode(ErrorDecoder decoder, Response response) {
    Objects.requireNonNull(decoder, "decoder");
    Objects.requireNonNull(response, "response");
    try (response) {
      byte[] body = readCapped(response.body(), decoder.maxReadBytes());
      return decoder.decode(response.code(), headers(response.headers()), body);
    }
  }

  /**
   * OkHttp's headers as the decoder's map, without copying: one entry per name, in the
   * response's order and spelling, holding every value of that name; read-only.
   */
  public static Map<String, List<String>> headers(Headers headers) {
    return new OkHttpHeaderMap(Objects.requireNonNull(headers, "headers"));
  }

  /**
   * Executes {@code call} on a client with {@link ErrataInterceptor} and returns the successful
   * response; an error response is thrown as the catalog's typed exception, unwrapped from the
   * interceptor's {@link ErrataIOException}. Close the returned response, as with {@link
   * Call#execute()}.
   *
   * @throws CatalogException (a subclass of it) for an error response
   * @throws IOException when the exchange itself failed (connection, timeout, cancellation)
   */
  public static Response execute(Call call) throws IOException {
    try {
      return call.execute();
    } catch (ErrataIOException e) {
      throw e.error();
    }
  }

  /**
   * Reads up to {@code limit} bytes and one more, which tells a body cut at the limit from one of
   * exactly that size, as {@link ErrorDecoder#decodeStream} does.
   */
  static byte[] readCapped(ResponseBody body, int limit) {
    long wanted = (long) limit + 1;
    try {
      BufferedSource source = body.source();
      try {
        source.request(wanted);
      } catch (IOException | RuntimeException cut) {
        // The body ends where reading failed; what arrived before is still worth decoding.
      }
      Buffer buffer = source.getBuffer();
      return buffer.readByteArray(Math.min(buffer.size(), wanted));
    } catch (RuntimeException | IOException unreadable) {
      return new byte[0];
    }
  }
}

package dev.errata.okhttp;

import dev.errata.CatalogException;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * One-call helpers between OkHttp and Errata.
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
 * itself instead of the {@link ErrataIOException} that carries it, and {@link #calls} adds the
 * policy's retries.
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
      return decoder.decode(OkHttpViews.consuming(response));
    }
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
   * The calls of {@code client} following {@code policy}, retries included: a {@link
   * Call.Factory}, for code that makes calls itself and for Retrofit ({@code
   * Retrofit.Builder.callFactory}). Its client is {@code client} with an {@link ErrataInterceptor}
   * of the policy (in the place of the one it had, else after its own application interceptors),
   * sharing its connections, dispatcher and settings.
   *
   * <p>A failed call is sent again as the policy's advisor says (a repeatable request, a
   * retryable error or I/O failure, the Retry-After or a jittered backoff), as a new call. {@code
   * execute()} waits on the calling thread; {@code enqueue()} waits on a timer and holds no
   * dispatcher thread. Cancelling the call ends it in an attempt or in a wait; the client's
   * {@code callTimeout}, when set, bounds all attempts and waits together. A request whose body
   * can be sent only once (one-shot, duplex) is never repeated.
   */
  public static Call.Factory calls(OkHttpClient client, ClientPolicy policy) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(policy, "policy");
    OkHttpClient.Builder builder = client.newBuilder();
    List<Interceptor> interceptors = builder.interceptors();
    int at = interceptors.indexOf(interceptors.stream().filter(ErrataInterceptor.class::isInstance).findFirst().orElse(null));
    if (at >= 0) {
      interceptors.set(at, ErrataInterceptor.of(policy));
    } else {
      interceptors.add(ErrataInterceptor.of(policy));
    }
    return new RetryingCall.Factory(builder.build(), policy);
  }
}

package dev.errata.okhttp;

import dev.errata.CatalogException;
import dev.errata.runtime.ErrorDecoder;
import java.util.Objects;
import okhttp3.ResponseBody;
import retrofit2.Response;

/**
 * The one-call way from a Retrofit error {@link Response} to the catalog's typed exception, for
 * service methods that return {@code Call<T>}:
 *
 * <pre>{@code
 * Response<Item> response = api.item(id).execute();
 * if (!response.isSuccessful()) {
 *   throw ErrataRetrofit.decode(decoder, response);
 * }
 * }</pre>
 *
 * Retrofit has already read the whole error body into memory by then; to have it read only up to
 * the decoder's cap, put {@link ErrataInterceptor} on the OkHttp client (see {@link
 * ErrataCallAdapterFactory}).
 */
public final class ErrataRetrofit {

  private ErrataRetrofit() {}

  /**
   * The typed exception for an error response: status, headers and at most {@link
   * ErrorDecoder#maxReadBytes()} bytes of {@link Response#errorBody()}, which is then closed.
   * Never throws for any status, headers or body.
   */
  public static CatalogException decode(ErrorDecoder decoder, Response<?> response) {
    Objects.requireNonNull(decoder, "decoder");
    Objects.requireNonNull(response, "response");
    ResponseBody errorBody = response.errorBody();
    okhttp3.Response raw = response.raw();
    okhttp3.Response withBody = raw.newBuilder().body(errorBody != null ? errorBody : ResponseBody.EMPTY).build();
    return ErrataOkHttp.decode(decoder, withBody);
  }
}

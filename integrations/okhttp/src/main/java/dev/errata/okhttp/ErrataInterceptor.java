package dev.errata.okhttp;

import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.util.Objects;
import java.util.function.IntPredicate;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * An application interceptor that fails every call whose response is an error, with the
 * catalog's typed exception:
 *
 * <pre>{@code
 * OkHttpClient client = new OkHttpClient.Builder()
 *     .addInterceptor(ErrataInterceptor.of(decoder))
 *     .build();
 * }</pre>
 *
 * <p>A response whose status does not pass {@link Builder#successIf(IntPredicate)} (default
 * 200–299) is decoded with {@link ErrataOkHttp#decode} (body read up to the decoder's cap, then
 * closed) and thrown as an {@link ErrataIOException} carrying the typed exception. It is an
 * {@code IOException} because that is the only exception OkHttp lets an interceptor throw: {@code
 * execute()} throws it, and {@code enqueue()} hands it to {@code Callback.onFailure} while the
 * dispatcher's thread runs on. {@link ErrataOkHttp#execute}, {@link ErrataCallback} and {@link
 * ErrataCallAdapterFactory} unwrap it into the typed exception.
 *
 * <p>Add it with {@code addInterceptor}: an application interceptor sees each call's final
 * response, after redirects and authentication challenges, and a failure it throws is never
 * retried by OkHttp. As a network interceptor it would see redirects and 401 challenges as
 * errors, so it refuses that place: every call fails with an {@code IOException} that says so.
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrataInterceptor implements Interceptor {

  private final ErrorDecoder decoder;
  private final IntPredicate success;
  private final GraphQlErrors graphQl;

  private ErrataInterceptor(Builder b) {
    this.decoder = b.decoder;
    this.success = b.success;
    this.graphQl = b.graphQl ? new GraphQlErrors(b.decoder) : null;
  }

  /** An interceptor with the defaults: 2xx is success, GraphQL mode off. */
  public static ErrataInterceptor of(ErrorDecoder decoder) {
    return builder(decoder).build();
  }

  /** A builder for an interceptor that decodes error responses with {@code decoder}. */
  public static Builder builder(ErrorDecoder decoder) {
    return new Builder(decoder);
  }

  /** The decoder error responses go through. */
  public ErrorDecoder decoder() {
    return decoder;
  }

  /**
   * Proceeds with the call; returns a successful response, throws an error response.
   *
   * @throws ErrataIOException for an error response, carrying the typed exception
   */
  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.connection() != null) {
      throw new IOException(
          "ErrataInterceptor is an application interceptor: register it with"
              + " OkHttpClient.Builder.addInterceptor, not addNetworkInterceptor");
    }
    Response response = chain.proceed(chain.request());
    if (!success.test(response.code())) {
      throw new ErrataIOException(ErrataOkHttp.decode(decoder, response));
    }
    if (graphQl != null) {
      graphQl.check(response);
    }
    return response;
  }

  /** Configures an {@link ErrataInterceptor}. */
  public static final class Builder {
    private final ErrorDecoder decoder;
    private IntPredicate success = status -> status >= 200 && status <= 299;
    private boolean graphQl;

    private Builder(ErrorDecoder decoder) {
      this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /** Which statuses are successful; every other one is decoded as an error. Default: 200–299. */
    public Builder successIf(IntPredicate success) {
      this.success = Objects.requireNonNull(success, "success");
      return this;
    }

    /**
     * Whether a successful JSON response carrying a GraphQL {@code errors} list fails too
     * (default: no). Such a body is buffered whole to be looked at, and is still there for the
     * caller when it carries no errors.
     */
    public Builder graphQl(boolean graphQl) {
      this.graphQl = graphQl;
      return this;
    }

    /** The configured interceptor. */
    public ErrataInterceptor build() {
      return new ErrataInterceptor(this);
    }
  }
}

package dev.errata.okhttp;

import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.RetryAdvice;
import dev.errata.runtime.RequestView;
import dev.errata.runtime.RetryAdvisor;
import java.io.IOException;
import java.util.Objects;
import java.util.function.IntPredicate;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
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
 * <h2>Retrying error responses (optional)</h2>
 *
 * With {@link Builder#retry(RetryAdvisor)}, an error response that the advisor says is worth
 * another attempt (the catalog marks its code retryable, such as 429 or 503; the request is
 * repeatable by the advisor's rule: an idempotent method, an {@code Idempotency-Key} header, or
 * the advisor's own predicate; the Retry-After is not too long) is sent again after
 * the advised wait: the Retry-After, else jittered backoff. At most {@link
 * RetryAdvisor#maxAttempts()} attempts are made; then the last error is thrown. Requests with a
 * one-shot body are never repeated. The wait blocks the calling thread (a dispatcher thread for
 * {@code enqueue}), ends early when the call is cancelled, and counts against the call's {@code
 * callTimeout}. Failed exchanges (no connection, a reset) are not retried here: OkHttp's own
 * {@code retryOnConnectionFailure} handles those.
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrataInterceptor implements Interceptor {

  private final ErrorDecoder decoder;
  private final IntPredicate success;
  private final GraphQlErrors graphQl;
  private final RetryAdvisor advisor;
  private final RetryWait wait;

  private ErrataInterceptor(Builder b) {
    this.decoder = b.decoder;
    this.success = b.success;
    this.graphQl = b.graphQl ? new GraphQlErrors(b.decoder) : null;
    this.advisor = b.advisor;
    this.wait = b.wait;
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
   * Proceeds with the call; returns a successful response, throws an error response (after the
   * advised retries, if any).
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
    Request request = chain.request();
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(chain, request);
      } catch (ErrataIOException error) {
        if (!mayRepeat(request)) {
          throw error;
        }
        RetryAdvice advice = advisor.advise(error.error(), attempt, RequestView.of(request.method(), request::header));
        if (!advice.retry()) {
          throw error;
        }
        try {
          wait.await(chain.call(), advice.delay());
        } catch (IOException canceled) {
          canceled.addSuppressed(error);
          throw canceled;
        }
      }
    }
  }

  private Response attempt(Chain chain, Request request) throws IOException {
    Response response = chain.proceed(request);
    if (!success.test(response.code())) {
      throw new ErrataIOException(ErrataOkHttp.decode(decoder, response));
    }
    if (graphQl != null) {
      graphQl.check(response);
    }
    return response;
  }

  private boolean mayRepeat(Request request) {
    if (advisor == null) {
      return false;
    }
    RequestBody body = request.body();
    return body == null || !(body.isOneShot() || body.isDuplex());
  }

  /** Configures an {@link ErrataInterceptor}. */
  public static final class Builder {
    private final ErrorDecoder decoder;
    private IntPredicate success = status -> status >= 200 && status <= 299;
    private boolean graphQl;
    private RetryAdvisor advisor;
    private RetryWait wait = RetryWait.SLEEP;

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

    /**
     * Retries error responses as {@code advisor} advises (see the class); default: no retries.
     * Retry-After and backoff waits are bounded by the advisor's {@code maxRetryAfter} and {@code
     * maxDelay}, attempts by its {@code maxAttempts}.
     */
    public Builder retry(RetryAdvisor advisor) {
      this.advisor = Objects.requireNonNull(advisor, "advisor");
      return this;
    }

    /** How to wait between attempts; tests replace the sleep. */
    Builder retryWait(RetryWait wait) {
      this.wait = Objects.requireNonNull(wait, "wait");
      return this;
    }

    /** The configured interceptor. */
    public ErrataInterceptor build() {
      return new ErrataInterceptor(this);
    }
  }
}

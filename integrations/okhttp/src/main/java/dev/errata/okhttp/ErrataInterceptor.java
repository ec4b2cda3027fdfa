package dev.errata.okhttp;

import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.Verdict;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * An application interceptor that makes every call of a client follow a {@link ClientPolicy}:
 *
 * <pre>{@code
 * OkHttpClient client = new OkHttpClient.Builder()
 *     .addInterceptor(ErrataInterceptor.of(decoder))
 *     .build();
 * }</pre>
 *
 * <p>A response the policy looks into (an error status; in GraphQL mode a 2xx JSON body) has the
 * head of its body read, up to the policy's cap, without consuming it. When the policy fails it,
 * the response is closed and the call fails with an {@link ErrataIOException} carrying the typed
 * exception. It is an {@code IOException} because that is the only exception OkHttp lets an
 * interceptor throw: {@code execute()} throws it, and {@code enqueue()} hands it to {@code
 * Callback.onFailure} while the dispatcher's thread runs on. {@link ErrataOkHttp#execute}, {@link
 * ErrataCallback} and {@link ErrataCallAdapterFactory} unwrap it into the typed exception. A
 * response that passes (an outcome, a GraphQL body without errors) reaches the caller whole.
 *
 * <h2>Its place</h2>
 *
 * Add it with {@code addInterceptor}: an application interceptor sees each call's final
 * response, after redirects and authentication challenges, and a failure it throws is never
 * retried by OkHttp. Application interceptors run in the order they are added, the first one
 * outermost: an interceptor added before this one sees the {@link ErrataIOException} come out of
 * {@code proceed}, one added after it sees the raw error response. Network interceptors, and an
 * {@code EventListener}, see every exchange as usual; the listener then sees the call fail
 * ({@code callFailed}) with the {@code ErrataIOException}. As a network interceptor it would see
 * redirects and 401 challenges as errors, so it refuses that place: every call fails with an
 * {@code IOException} that says so.
 *
 * <p>It does not retry: a retry's wait would hold a dispatcher thread for {@code enqueue()}. The
 * policy's retries are {@link ErrataOkHttp#calls}'s, which waits on a timer.
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrataInterceptor implements Interceptor {

  private final ClientPolicy policy;

  private ErrataInterceptor(ClientPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** An interceptor with the default policy of {@code decoder}: every error response fails. */
  public static ErrataInterceptor of(ErrorDecoder decoder) {
    return new ErrataInterceptor(ClientPolicy.of(decoder));
  }

  /** An interceptor that follows {@code policy}. */
  public static ErrataInterceptor of(ClientPolicy policy) {
    return new ErrataInterceptor(policy);
  }

  /** The policy this interceptor follows. */
  public ClientPolicy policy() {
    return policy;
  }

  /**
   * Proceeds with the call; returns a response that passes, throws one that fails.
   *
   * @throws ErrataIOException for a response that fails, carrying the typed exception
   */
  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.connection() != null) {
      throw new IOException(
          "ErrataInterceptor is an application interceptor: register it with"
              + " OkHttpClient.Builder.addInterceptor, not addNetworkInterceptor");
    }
    Response response = chain.proceed(chain.request());
    int status = response.code();
    if (!policy.looksInto(status) || policy.readLimit(status, response.header("Content-Type")) == 0) {
      return response;
    }
    Verdict verdict = policy.judge(OkHttpViews.peeking(response));
    if (verdict.passed()) {
      return response;
    }
    response.close();
    throw new ErrataIOException(verdict.error());
  }

  @Override
  public String toString() {
    return "ErrataInterceptor[" + policy + "]";
  }
}

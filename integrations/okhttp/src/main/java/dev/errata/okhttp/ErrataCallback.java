package dev.errata.okhttp;

import dev.errata.CatalogException;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.Verdict;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/**
 * A {@link Callback} for {@code enqueue} that tells the three outcomes of a call apart: a
 * successful response, an error response as the catalog's typed exception, and a failed
 * exchange.
 *
 * <pre>{@code
 * client.newCall(request).enqueue(new ErrataCallback(decoder) {
 *   public void onSuccess(Call call, Response response) throws IOException {
 *     try (response) { ... }
 *   }
 *   public void onError(Call call, CatalogException error) { ... }
 *   public void onTransportFailure(Call call, IOException e) { ... }
 * });
 * }</pre>
 *
 * <p>It works on any client. Without {@link ErrataInterceptor}, an error response reaches {@link
 * #onResponse}, which decodes it (body read up to the decoder's cap, response closed) on the
 * dispatcher's thread; with the interceptor, it arrives in {@link #onFailure} as an {@link
 * ErrataIOException}, which is unwrapped. Either way {@link #onError} gets the typed exception,
 * and nothing is thrown at the dispatcher. Made with the client's {@link ClientPolicy}, it
 * hands an error response the policy passes through to {@link #onSuccess}, whole, as the
 * interceptor does.
 *
 * <p>As with any OkHttp callback, the methods run on the dispatcher's thread, and an unchecked
 * exception thrown from them ends that thread: handle errors inside them.
 */
public abstract class ErrataCallback implements Callback {

  private final ClientPolicy policy;

  /** A callback decoding error responses with {@code decoder}: every error response is an error. */
  protected ErrataCallback(ErrorDecoder decoder) {
    this(ClientPolicy.of(Objects.requireNonNull(decoder, "decoder")));
  }

  /** A callback judging error responses by {@code policy}: those it passes through are successes. */
  protected ErrataCallback(ClientPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * A successful response, or an error response the policy passes through. As with {@link
   * Callback#onResponse}, the callee closes it.
   *
   * @throws IOException when reading the body fails; OkHttp logs it
   */
  public abstract void onSuccess(Call call, Response response) throws IOException;

  /** An error response, as the catalog's typed exception. */
  public abstract void onError(Call call, CatalogException error);

  /**
   * The exchange itself failed: no connection, a timeout, a cancellation, a broken body; what
   * OkHttp's {@link Callback#onFailure} reports apart from error responses.
   */
  public abstract void onTransportFailure(Call call, IOException failure);

  /**
   * Which responses are successful; the others are judged by the policy (an error response) or
   * decoded. Default: {@link Response#isSuccessful()}, 2xx.
   */
  protected boolean isSuccess(Response response) {
    return response.isSuccessful();
  }

  /**
   * Sends a successful response, or an error response the policy passes through, to {@link
   * #onSuccess}, and any other to {@link #onError}.
   */
  @Override
  public final void onResponse(Call call, Response response) throws IOException {
    if (isSuccess(response)) {
      onSuccess(call, response);
      return;
    }
    if (response.code() < 400 || response.code() > 599) {
      onError(call, ErrataOkHttp.decode(policy.decoder(), response));
      return;
    }
    Verdict verdict = policy.judge(OkHttpViews.peeking(response));
    if (verdict.passed()) {
      onSuccess(call, response);
    } else {
      response.close();
      onError(call, verdict.error());
    }
  }

  /** Sends an interceptor's decoded error to {@link #onError}, anything else to {@link #onTransportFailure}. */
  @Override
  public final void onFailure(Call call, IOException failure) {
    CatalogException error = ErrataIOException.errorOf(failure);
    if (error != null) {
      onError(call, error);
    } else {
      onTransportFailure(call, failure);
    }
  }
}

package dev.errata.okhttp;

import dev.errata.CatalogException;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import okhttp3.Request;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * The {@code Call} behind a Kotlin {@code suspend} service method: it fails with the catalog's
 * typed exception where Retrofit's own call would hand over an error response (which Retrofit's
 * coroutine support turns into {@code retrofit2.HttpException}) or the interceptor's {@link
 * ErrataIOException}. Successful responses, cancellation and everything else are the wrapped
 * call's.
 */
final class TypedErrorCall<R> implements Call<R> {

  private final Call<R> delegate;
  private final ErrorDecoder decoder;

  TypedErrorCall(Call<R> delegate, ErrorDecoder decoder) {
    this.delegate = delegate;
    this.decoder = decoder;
  }

  @Override
  public Response<R> execute() throws IOException {
    Response<R> response;
    try {
      response = delegate.execute();
    } catch (ErrataIOException e) {
      throw e.error();
    }
    if (!response.isSuccessful()) {
      throw ErrataRetrofit.decode(decoder, response);
    }
    return response;
  }

  @Override
  public void enqueue(Callback<R> callback) {
    delegate.enqueue(new Callback<R>() {
      @Override
      public void onResponse(Call<R> call, Response<R> response) {
        if (response.isSuccessful()) {
          callback.onResponse(TypedErrorCall.this, response);
        } else {
          callback.onFailure(TypedErrorCall.this, ErrataRetrofit.decode(decoder, response));
        }
      }

      @Override
      public void onFailure(Call<R> call, Throwable failure) {
        CatalogException error = ErrataIOException.errorOf(failure);
        callback.onFailure(TypedErrorCall.this, error != null ? error : failure);
      }
    });
  }

  @Override
  public boolean isExecuted() {
    return delegate.isExecuted();
  }

  @Override
  public void cancel() {
    delegate.cancel();
  }

  @Override
  public boolean isCanceled() {
    return delegate.isCanceled();
  }

  @Override
  public Call<R> clone() {
    return new TypedErrorCall<>(delegate.clone(), decoder);
  }

  @Override
  public Request request() {
    return delegate.request();
  }

  @Override
  public Timeout timeout() {
    return delegate.timeout();
  }
}

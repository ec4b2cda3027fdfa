package dev.errata.okhttp;

import dev.errata.CatalogException;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Callback;
import retrofit2.Invocation;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.SkipCallbackExecutor;

/**
 * Lets Retrofit service methods return the body itself or a {@code CompletableFuture} of it, and
 * fail with the catalog's typed exception:
 *
 * <pre>{@code
 * interface Shop {
 *   @GET("items/{id}") Item item(@Path("id") String id) throws IOException;   // throws NotFoundException, …
 *   @GET("items/{id}") CompletableFuture<Item> itemAsync(@Path("id") String id);
 * }
 *
 * Retrofit retrofit = new Retrofit.Builder()
 *     .baseUrl(baseUrl)
 *     .client(new OkHttpClient.Builder().addInterceptor(ErrataInterceptor.of(decoder)).build())
 *     .addCallAdapterFactory(ErrataCallAdapterFactory.create(decoder))
 *     .build();
 * }</pre>
 *
 * <ul>
 *   <li>A method returning a body type {@code T} runs the call on the calling thread and returns
 *       the successful body ({@code null} for 204 and 205). An error response is thrown as the
 *       typed exception, never wrapped. A failed exchange is thrown as its {@code IOException}
 *       when the method declares one, else wrapped in an {@link UncheckedIOException} (a proxy
 *       cannot throw an undeclared checked exception).
 *   <li>A method returning {@code CompletableFuture<T>} enqueues the call; the future completes
 *       with the body, or exceptionally with the typed exception itself or the exchange's {@code
 *       IOException}. Cancelling the future, or failing it otherwise ({@code orTimeout}), cancels
 *       the call. This replaces Retrofit's own adapter, which fails with {@code
 *       retrofit2.HttpException}.
 *   <li>A Kotlin {@code suspend} method fails with the typed exception itself, whether it
 *       returns the body or {@code Response<T>} (Retrofit's own support throws {@code
 *       retrofit2.HttpException} for the one and returns the error response for the other; with
 *       the interceptor both failed with its {@code ErrataIOException}). Cancelling the coroutine
 *       cancels the call, as with Retrofit's own support.
 *   <li>{@code Call<T>} and {@code CompletableFuture<Response<T>>} are left to Retrofit: they
 *       hand error responses to the caller as responses ({@link ErrataRetrofit#decode} turns one
 *       into the typed exception).
 * </ul>
 *
 * <p>With {@link ErrataInterceptor} on the client, error bodies are read only up to the decoder's
 * cap. Without it, the adapter still throws the typed exception, but Retrofit has read the whole
 * error body into memory first.
 *
 * <p>Made with the client's {@link ClientPolicy} ({@link #create(ClientPolicy)}), a method
 * returning the body (or a future of it) returns the body of an error response the policy passes
 * through, converted as a 2xx body is. A Kotlin {@code suspend} method still fails with the typed
 * exception.
 *
 * <p>This factory takes every return type but {@code Call} and {@code CompletableFuture<Response<T>>},
 * so add it after any other call adapter factory (RxJava, Guava, …): Retrofit asks them in the
 * order they were added. Retrofit adapts a {@code suspend} method through a {@code Call} adapter,
 * which it marks with its own {@link SkipCallbackExecutor}; a {@code suspend} method that carries
 * {@code @SkipCallbackExecutor} itself cannot be told from a Java method returning {@code Call},
 * so it keeps Retrofit's behaviour.
 */
public final class ErrataCallAdapterFactory extends CallAdapter.Factory {

  private final ClientPolicy policy;

  private ErrataCallAdapterFactory(ClientPolicy policy) {
    this.policy = policy;
  }

  /** A factory whose adapters decode error responses with {@code decoder}: every error response is an error. */
  public static ErrataCallAdapterFactory create(ErrorDecoder decoder) {
    return new ErrataCallAdapterFactory(ClientPolicy.of(Objects.requireNonNull(decoder, "decoder")));
  }

  /**
   * A factory whose adapters judge error responses by {@code policy}: the body of one it passes
   * through is returned as a 2xx body is, every other fails with the typed exception.
   */
  public static ErrataCallAdapterFactory create(ClientPolicy policy) {
    return new ErrataCallAdapterFactory(Objects.requireNonNull(policy, "policy"));
  }

  @Override
  public @Nullable CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    Class<?> raw = getRawType(returnType);
    if (raw == Call.class) {
      return isKotlinSuspend(annotations) ? new SuspendAdapter<>(bodyType(returnType, "Call"), policy.decoder()) : null;
    }
    if (raw == CompletableFuture.class) {
      Type body = bodyType(returnType, "CompletableFuture");
      return getRawType(body) == Response.class ? null : new FutureAdapter<>(body, policy, retrofit, annotations);
    }
    return new BodyAdapter<>(returnType, policy, retrofit, annotations);
  }

  /**
   * Whether Retrofit asks on behalf of a Kotlin {@code suspend} method: it then asks for a {@code
   * Call} adapter and adds its own implementation of {@link SkipCallbackExecutor} to the
   * method's annotations. An annotation read from a method is a proxy, so a Java method that
   * returns {@code Call} and carries {@code @SkipCallbackExecutor} itself is not mistaken for one.
   */
  private static boolean isKotlinSuspend(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof SkipCallbackExecutor && !Proxy.isProxyClass(annotation.getClass())) {
        return true;
      }
    }
    return false;
  }

  private static Type bodyType(Type returnType, String wrapper) {
    if (!(returnType instanceof ParameterizedType)) {
      throw new IllegalArgumentException(wrapper + " return type must name its body type, as " + wrapper + "<Item>");
    }
    return getParameterUpperBound(0, (ParameterizedType) returnType);
  }

  /** What the adapters hold: the body type Retrofit converts to, and the decoder for errors. */
  private abstract static class TypedErrorAdapter<R, T> implements CallAdapter<R, T> {
    private final Type bodyType;
    final ErrorDecoder decoder;

    TypedErrorAdapter(Type bodyType, ErrorDecoder decoder) {
      this.bodyType = bodyType;
      this.decoder = decoder;
    }

    @Override
    public final Type responseType() {
      return bodyType;
    }
  }

  /**
   * What the adapters of body methods add: the policy error responses are judged by, and what a
   * passing one's body is converted with.
   */
  private abstract static class BodyMethodAdapter<R, T> extends TypedErrorAdapter<R, T> {
    private final ClientPolicy policy;
    private final Retrofit retrofit;
    private final Annotation[] annotations;

    BodyMethodAdapter(Type bodyType, ClientPolicy policy, Retrofit retrofit, Annotation[] annotations) {
      super(bodyType, policy.decoder());
      this.policy = policy;
      this.retrofit = retrofit;
      this.annotations = annotations;
    }

    /**
     * The body of a response: a successful one's, or an error response's that the policy passes
     * through, converted as a 2xx body is.
     *
     * @throws CatalogException (a subclass of it) for any other response
     * @throws IOException when converting a passing error body fails
     */
    final R bodyOf(Response<R> response) throws IOException {
      if (response.isSuccessful()) {
        return response.body();
      }
      if (response.code() < 400 || response.code() > 599) {
        throw ErrataRetrofit.decode(decoder, response);
      }
      ResponseBody errorBody = response.errorBody() != null ? response.errorBody() : ResponseBody.EMPTY;
      Verdict verdict = policy.judge(OkHttpViews.peeking(response.raw().newBuilder().body(errorBody).build()));
      try (errorBody) {
        if (!verdict.passed()) {
          throw verdict.error();
        }
        return retrofit.<R>responseBodyConverter(responseType(), annotations).convert(errorBody);
      }
    }
  }

  /** The body itself, on the calling thread. */
  private static final class BodyAdapter<R> extends BodyMethodAdapter<R, R> {
    BodyAdapter(Type bodyType, ClientPolicy policy, Retrofit retrofit, Annotation[] annotations) {
      super(bodyType, policy, retrofit, annotations);
    }

    @Override
    public @Nullable R adapt(Call<R> call) {
      try {
        return bodyOf(call.execute());
      } catch (ErrataIOException e) {
        throw e.error();
      } catch (IOException e) {
        if (declaresIOException(call)) {
          throw Sneaky.<RuntimeException>rethrow(e);
        }
        throw new UncheckedIOException(e);
      }
    }

    private static boolean declaresIOException(Call<?> call) {
      Invocation invocation = call.request().tag(Invocation.class);
      if (invocation == null) {
        return false;
      }
      Method method = invocation.method();
      for (Class<?> declared : method.getExceptionTypes()) {
        if (declared.isAssignableFrom(IOException.class)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A future of the body; the call is enqueued. */
  private static final class FutureAdapter<R> extends BodyMethodAdapter<R, CompletableFuture<R>> {
    FutureAdapter(Type bodyType, ClientPolicy policy, Retrofit retrofit, Annotation[] annotations) {
      super(bodyType, policy, retrofit, annotations);
    }

    @Override
    public CompletableFuture<R> adapt(Call<R> call) {
      CallFuture<R> future = new CallFuture<>(call);
      call.enqueue(new Callback<R>() {
        @Override
        public void onResponse(Call<R> c, Response<R> response) {
          R body;
          try {
            body = bodyOf(response);
          } catch (IOException | RuntimeException e) {
            future.fail(e);
            return;
          }
          future.settle(body);
        }

        @Override
        public void onFailure(Call<R> c, Throwable failure) {
          CatalogException error = ErrataIOException.errorOf(failure);
          future.fail(error != null ? error : failure);
        }
      });
      return future;
    }
  }

  /** A Kotlin {@code suspend} method's call, which Retrofit awaits: failing with the typed exception. */
  private static final class SuspendAdapter<R> extends TypedErrorAdapter<R, Call<R>> {
    SuspendAdapter(Type bodyType, ErrorDecoder decoder) {
      super(bodyType, decoder);
    }

    @Override
    public Call<R> adapt(Call<R> call) {
      return new TypedErrorCall<>(call, decoder);
    }
  }

  /**
   * Cancels the call when the future is cancelled, as Retrofit's own future adapter does, and
   * when the caller fails it otherwise (by {@code orTimeout}, say).
   */
  private static final class CallFuture<R> extends CompletableFuture<R> {
    private final Call<?> call;
    private volatile boolean byCall;

    CallFuture(Call<?> call) {
      this.call = call;
    }

    /** Completes with the call's body. */
    void settle(R body) {
      byCall = true;
      complete(body);
    }

    /** Fails with the call's failure. */
    void fail(Throwable failure) {
      byCall = true;
      completeExceptionally(failure);
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
      boolean completed = super.completeExceptionally(failure);
      if (completed && !byCall) {
        call.cancel(); // failed by the caller, not by the call: the call ends too
      }
      return completed;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      // The future first: cancelling the call may fail it on the dispatcher's thread at once,
      // and that failure must not complete the future before the cancellation does.
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (mayInterruptIfRunning) {
        call.cancel();
      }
      return cancelled;
    }
  }

  /** Throws a checked exception the method declares through a proxy that cannot name it. */
  private static final class Sneaky {
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException rethrow(Throwable t) throws T {
      throw (T) t;
    }
  }
}

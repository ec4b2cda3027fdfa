package dev.errata.runtime;

import dev.errata.CatalogException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntPredicate;
import javax.net.ssl.SSLSession;

/**
 * A {@link HttpClient} that returns successful bodies and throws error responses as the
 * catalog's typed exceptions:
 *
 * <pre>{@code
 * ErrataHttpClient client = ErrataHttpClient.of(HttpClient.newHttpClient(),
 *     ErrorDecoder.builder(PlatformErrorCatalog.INSTANCE).build());
 * try {
 *   String bot = client.send(request, BodyHandlers.ofString());
 * } catch (RelationConflictException e) {
 *   ...
 * }
 * }</pre>
 *
 * <p>A response is successful when its status passes {@link Builder#successIf(IntPredicate)}
 * (default 200–299): its body goes through the caller's {@link BodyHandler}. Any other response
 * is an error: at most {@link ErrorDecoder#maxReadBytes()} bytes of its body are read (the rest
 * is discarded unread) and decoded into the catalog's exception, which is thrown.
 *
 * <p>In {@linkplain Builder#graphQl(boolean) GraphQL mode} a successful response whose body
 * holds a non-empty top-level {@code errors} list fails too, with the exception for those
 * errors. To look at it, the body is buffered whole before it is handed to the caller's handler.
 *
 * <p>The async methods complete exceptionally with the decoded {@link CatalogException} itself,
 * not wrapped, so {@code exceptionally}, {@code handle} and {@code whenComplete} on the returned
 * future see it directly (as usual, {@code join()} wraps it in a {@link CompletionException} and
 * {@code get()} in an {@link ExecutionException}). Transport failures arrive as the HTTP client
 * reports them, unwrapped from {@code CompletionException} as well. Cancelling the returned
 * future cancels the exchange.
 *
 * <p>Immutable and thread-safe, like the {@code HttpClient} it wraps.
 */
public final class ErrataHttpClient {

  private final HttpClient http;
  private final ErrorDecoder decoder;
  private final IntPredicate success;
  private final boolean graphQl;

  private ErrataHttpClient(Builder b) {
    this.http = b.http;
    this.decoder = b.decoder;
    this.success = b.success;
    this.graphQl = b.graphQl;
  }

  /** A client with the default settings: 2xx is success, GraphQL mode off. */
  public static ErrataHttpClient of(HttpClient http, ErrorDecoder decoder) {
    return builder(http, decoder).build();
  }

  /** A builder for a client that sends with {@code http} and decodes errors with {@code decoder}. */
  public static Builder builder(HttpClient http, ErrorDecoder decoder) {
    return new Builder(http, decoder);
  }

  /** The wrapped client. */
  public HttpClient httpClient() {
    return http;
  }

  /** The decoder error responses go through. */
  public ErrorDecoder decoder() {
    return decoder;
  }

  /**
   * Sends {@code request} and returns the successful body.
   *
   * @throws CatalogException (a subclass of it) for an error response
   * @throws IOException when sending or receiving failed
   * @throws InterruptedException when the calling thread was interrupted while waiting
   */
  public <T> T send(HttpRequest request, BodyHandler<T> handler) throws IOException, InterruptedException {
    return exchange(request, handler).body();
  }

  /**
   * Sends {@code request} and returns the successful response, for its headers as well as its
   * body. Throws as {@link #send(HttpRequest, BodyHandler)} does.
   */
  public <T> HttpResponse<T> exchange(HttpRequest request, BodyHandler<T> handler)
      throws IOException, InterruptedException {
    Objects.requireNonNull(handler, "handler");
    HttpResponse<Outcome<T>> response = http.send(request, wrap(handler));
    Outcome<T> outcome = response.body();
    if (outcome.errorBody != null) {
      throw decoder.decode(response.statusCode(), response.headers().map(), outcome.errorBody);
    }
    if (outcome.buffered == null) {
      return new SuccessResponse<>(response, outcome.body);
    }
    throwGraphQlErrors(response, outcome.buffered);
    try {
      return new SuccessResponse<>(response, replay(handler, response, outcome.buffered).toCompletableFuture().get());
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
  }

  /** Sends {@code request} asynchronously; the future completes with the successful body. */
  public <T> CompletableFuture<T> sendAsync(HttpRequest request, BodyHandler<T> handler) {
    CompletableFuture<HttpResponse<T>> response = exchangeAsync(request, handler);
    CompletableFuture<T> body = new CompletableFuture<>();
    response.whenComplete((r, failure) -> {
      if (failure != null) {
        body.completeExceptionally(failure);
      } else {
        body.complete(r.body());
      }
    });
    body.whenComplete((r, failure) -> {
      if (body.isCancelled()) {
        response.cancel(true);
      }
    });
    return body;
  }

  /** Sends {@code request} asynchronously; the future completes with the successful response. */
  public <T> CompletableFuture<HttpResponse<T>> exchangeAsync(HttpRequest request, BodyHandler<T> handler) {
    Objects.requireNonNull(handler, "handler");
    CompletableFuture<HttpResponse<T>> result = new CompletableFuture<>();
    CompletableFuture<HttpResponse<Outcome<T>>> sent = http.sendAsync(request, wrap(handler));
    sent.whenComplete((response, failure) -> {
      if (failure != null) {
        result.completeExceptionally(Throwables.unwrap(failure));
        return;
      }
      try {
        Outcome<T> outcome = response.body();
        if (outcome.errorBody != null) {
          result.completeExceptionally(decoder.decode(response.statusCode(), response.headers().map(), outcome.errorBody));
        } else if (outcome.buffered == null) {
          result.complete(new SuccessResponse<>(response, outcome.body));
        } else {
          throwGraphQlErrors(response, outcome.buffered);
          replay(handler, response, outcome.buffered).whenComplete((body, replayFailure) -> {
            if (replayFailure != null) {
              result.completeExceptionally(Throwables.unwrap(replayFailure));
            } else {
              result.complete(new SuccessResponse<>(response, body));
            }
          });
        }
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    });
    result.whenComplete((r, failure) -> {
      if (result.isCancelled()) {
        sent.cancel(true);
      }
    });
    return result;
  }

  private <T> BodyHandler<Outcome<T>> wrap(BodyHandler<T> handler) {
    int errorLimit = decoder.maxReadBytes() + 1; // one more byte tells "cut" from "exactly the limit"
    return info -> {
      if (!success.test(info.statusCode())) {
        return BodySubscribers.mapping(new CappedBodySubscriber(errorLimit), Outcome::<T>error);
      }
      if (graphQl) {
        return BodySubscribers.mapping(BodySubscribers.ofByteArray(), Outcome::<T>buffered);
      }
      return BodySubscribers.mapping(handler.apply(info), Outcome::<T>success);
    };
  }

  private void throwGraphQlErrors(HttpResponse<?> response, byte[] body) {
    Optional<CatalogException> errors =
        decoder.decodeGraphQlErrors(response.statusCode(), response.headers().map(), body);
    if (errors.isPresent()) {
      throw errors.get();
    }
  }

  /** Feeds an already received body to the caller's handler, respecting its demand. */
  private static <T> CompletionStage<T> replay(BodyHandler<T> handler, HttpResponse<?> response, byte[] body) {
    HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
      @Override
      public int statusCode() {
        return response.statusCode();
      }

      @Override
      public HttpHeaders headers() {
        return response.headers();
      }

      @Override
      public HttpClient.Version version() {
        return response.version();
      }
    });
    AtomicBoolean done = new AtomicBoolean();
    subscriber.onSubscribe(new Flow.Subscription() {
      @Override
      public void request(long n) {
        if (done.getAndSet(true)) {
          return;
        }
        if (n <= 0) {
          subscriber.onError(new IllegalArgumentException("non-positive request " + n));
          return;
        }
        if (body.length > 0) {
          subscriber.onNext(List.of(ByteBuffer.wrap(body)));
        }
        subscriber.onComplete();
      }

      @Override
      public void cancel() {
        done.set(true);
      }
    });
    return subscriber.getBody();
  }

  private static IOException rethrow(Throwable cause) {
    Throwable t = Throwables.unwrap(cause);
    if (t instanceof IOException) {
      return (IOException) t;
    }
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    return new IOException(t);
  }

  /** What the wrapped body handler produced: the caller's body, a body to check, or an error body. */
  private static final class Outcome<T> {
    final T body;
    final byte[] buffered;
    final byte[] errorBody;

    private Outcome(T body, byte[] buffered, byte[] errorBody) {
      this.body = body;
      this.buffered = buffered;
      this.errorBody = errorBody;
    }

    static <T> Outcome<T> success(T body) {
      return new Outcome<>(body, null, null);
    }

    static <T> Outcome<T> buffered(byte[] body) {
      return new Outcome<>(null, body, null);
    }

    static <T> Outcome<T> error(byte[] body) {
      return new Outcome<>(null, null, body);
    }
  }

  /** The successful response, with the caller's body in place of the internal outcome. */
  private static final class SuccessResponse<T> implements HttpResponse<T> {
    private final HttpResponse<?> response;
    private final T body;

    SuccessResponse(HttpResponse<?> response, T body) {
      this.response = response;
      this.body = body;
    }

    @Override
    public int statusCode() {
      return response.statusCode();
    }

    @Override
    public HttpRequest request() {
      return response.request();
    }

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
      // Earlier responses of a redirect chain carry no body.
      return response.previousResponse().map(previous -> new SuccessResponse<T>(previous, null));
    }

    @Override
    public HttpHeaders headers() {
      return response.headers();
    }

    @Override
    public T body() {
      return body;
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return response.sslSession();
    }

    @Override
    public URI uri() {
      return response.uri();
    }

    @Override
    public HttpClient.Version version() {
      return response.version();
    }

    @Override
    public String toString() {
      return response.toString();
    }
  }

  /** Configures an {@link ErrataHttpClient}. */
  public static final class Builder {
    private final HttpClient http;
    private final ErrorDecoder decoder;
    private IntPredicate success = status -> status >= 200 && status <= 299;
    private boolean graphQl;

    private Builder(HttpClient http, ErrorDecoder decoder) {
      this.http = Objects.requireNonNull(http, "http");
      this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /** Which statuses are successful; every other one is decoded as an error. Default: 200–299. */
    public Builder successIf(IntPredicate success) {
      this.success = Objects.requireNonNull(success, "success");
      return this;
    }

    /** Whether a successful response carrying GraphQL {@code errors} fails too (default: no). */
    public Builder graphQl(boolean graphQl) {
      this.graphQl = graphQl;
      return this;
    }

    /** The configured client. */
    public ErrataHttpClient build() {
      return new ErrataHttpClient(this);
    }
  }
}

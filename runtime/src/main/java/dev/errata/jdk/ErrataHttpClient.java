package dev.errata.jdk;

import dev.errata.CatalogException;
import dev.errata.runtime.Attempts;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.RequestView;
import dev.errata.runtime.RetryAdvice;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLSession;
import org.jspecify.annotations.Nullable;

/**
 * The JDK's {@link HttpClient} with Errata's {@link ClientPolicy}: successful bodies are
 * returned, error responses thrown as the catalog's typed exceptions.
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
 * <p>A response the policy does not need to look into goes straight to the caller's {@link
 * BodyHandler}. An error response's body is read up to the decoder's cap (the rest is cancelled,
 * unread) and judged: the typed exception is thrown, unless its code passes through, in which
 * case the caller's handler gets the whole body. In GraphQL mode a 2xx JSON body is judged the
 * same way before the caller's handler sees it.
 *
 * <p>With retries on, a failed call is sent again as the policy's advisor says: {@code send}
 * waits on the calling thread (an interrupt ends the wait and the call), {@code sendAsync} on a
 * timer, holding no thread. Cancelling the future, or completing it by a timeout ({@code
 * orTimeout}), ends the call whether it is in an attempt or in a wait.
 *
 * <p>The async methods complete exceptionally with the decoded {@link CatalogException} itself,
 * not wrapped, so {@code exceptionally}, {@code handle} and {@code whenComplete} see it directly
 * (as usual, {@code join()} wraps it in a {@link CompletionException} and {@code get()} in an
 * {@link ExecutionException}). Transport failures arrive as the HTTP client reports them,
 * unwrapped from {@code CompletionException} as well.
 *
 * <p>Immutable and thread-safe, like the {@code HttpClient} it wraps.
 */
public final class ErrataHttpClient {

  private final HttpClient http;
  private final ClientPolicy policy;

  private ErrataHttpClient(HttpClient http, ClientPolicy policy) {
    this.http = Objects.requireNonNull(http, "http");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** A client with the default policy of {@code decoder}: no pass-through, no GraphQL mode, no retries. */
  public static ErrataHttpClient of(HttpClient http, ErrorDecoder decoder) {
    return new ErrataHttpClient(http, ClientPolicy.of(decoder));
  }

  /** A client that sends with {@code http} and treats responses as {@code policy} says. */
  public static ErrataHttpClient of(HttpClient http, ClientPolicy policy) {
    return new ErrataHttpClient(http, policy);
  }

  /** The wrapped client. */
  public HttpClient httpClient() {
    return http;
  }

  /** The policy responses are judged and calls retried by. */
  public ClientPolicy policy() {
    return policy;
  }

  /**
   * Sends {@code request} and returns the successful body.
   *
   * @throws CatalogException (a subclass of it) for an error response
   * @throws IOException when sending or receiving failed
   * @throws InterruptedException when the calling thread was interrupted while waiting
   */
  public <T extends @Nullable Object> T send(HttpRequest request, BodyHandler<T> handler) throws IOException, InterruptedException {
    return exchange(request, handler).body();
  }

  /**
   * Sends {@code request} and returns the successful response, for its headers as well as its
   * body. Throws as {@link #send(HttpRequest, BodyHandler)} does.
   */
  public <T extends @Nullable Object> HttpResponse<T> exchange(HttpRequest request, BodyHandler<T> handler)
      throws IOException, InterruptedException {
    BodyHandler<Outcome<T>> judged = judged(Objects.requireNonNull(handler, "handler"));
    Attempts attempts = null; // made on the first failure: most calls have none
    while (true) {
      Exception failure;
      try {
        HttpResponse<Outcome<T>> response = http.send(request, judged);
        if (response.body().error == null) {
          return new SuccessResponse<>(response, response.body().body);
        }
        failure = response.body().error;
      } catch (IOException e) {
        failure = e;
      }
      attempts = attempts != null ? attempts : policy.attempts(view(request));
      RetryAdvice advice = attempts.next(failure);
      if (!advice.retry()) {
        if (failure instanceof IOException io) {
          throw io;
        }
        throw (CatalogException) failure;
      }
      TimeUnit.NANOSECONDS.sleep(advice.delay().toNanos());
    }
  }

  /** Sends {@code request} asynchronously; the future completes with the successful body. */
  public <T extends @Nullable Object> CompletableFuture<T> sendAsync(HttpRequest request, BodyHandler<T> handler) {
    CompletableFuture<HttpResponse<T>> response = exchangeAsync(request, handler);
    CompletableFuture<T> body = new CompletableFuture<>();
    response.whenComplete((r, failure) -> {
      if (failure != null) {
        body.completeExceptionally(failure);
      } else {
        body.complete(r.body());
      }
    });
    // Cancelled, or completed by a timeout: the call ends too.
    body.whenComplete((r, failure) -> {
      if (failure != null && !response.isDone()) {
        response.cancel(true);
      }
    });
    return body;
  }

  /** Sends {@code request} asynchronously; the future completes with the successful response. */
  public <T extends @Nullable Object> CompletableFuture<HttpResponse<T>> exchangeAsync(HttpRequest request, BodyHandler<T> handler) {
    BodyHandler<Outcome<T>> judged = judged(Objects.requireNonNull(handler, "handler"));
    Call<T> call = new Call<>(request, judged, policy.retries() ? policy.attempts(view(request)) : null);
    call.attempt();
    return call.result;
  }

  /** One asynchronous call: its attempts, the exchange in flight, and its result. */
  private final class Call<T extends @Nullable Object> {
    final HttpRequest request;
    final BodyHandler<Outcome<T>> handler;
    final @Nullable Attempts attempts;
    final CompletableFuture<HttpResponse<T>> result = new CompletableFuture<>();
    final AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();

    Call(HttpRequest request, BodyHandler<Outcome<T>> handler, @Nullable Attempts attempts) {
      this.request = request;
      this.handler = handler;
      this.attempts = attempts;
      // Cancelled, or completed by a timeout: the exchange in flight goes too.
      result.whenComplete((r, failure) -> {
        CompletableFuture<?> exchange = inFlight.get();
        if (failure != null && exchange != null) {
          exchange.cancel(true);
        }
      });
    }

    void attempt() {
      if (result.isDone()) {
        return;
      }
      CompletableFuture<HttpResponse<Outcome<T>>> sent = http.sendAsync(request, handler);
      inFlight.set(sent);
      if (result.isDone()) {
        sent.cancel(true);
        return;
      }
      sent.whenComplete((response, failure) -> {
        Throwable error = failure != null ? unwrap(failure) : response.body().error;
        if (error == null) {
          result.complete(new SuccessResponse<>(response, response.body().body));
          return;
        }
        RetryAdvice advice = attempts != null ? attempts.next(error) : null;
        if (advice == null || !advice.retry()) {
          result.completeExceptionally(error);
          return;
        }
        // A timer, not a thread, holds the wait.
        Executor executor = http.executor().orElse(null);
        Executor later = executor == null
            ? CompletableFuture.delayedExecutor(advice.delay().toNanos(), TimeUnit.NANOSECONDS)
            : CompletableFuture.delayedExecutor(advice.delay().toNanos(), TimeUnit.NANOSECONDS, executor);
        later.execute(this::attempt);
      });
    }
  }

  private <T extends @Nullable Object> BodyHandler<Outcome<T>> judged(BodyHandler<T> handler) {
    return info -> {
      int status = info.statusCode();
      int limit = policy.looksInto(status) ? policy.readLimit(status, info.headers().firstValue("Content-Type").orElse(null)) : 0;
      return limit == 0
          ? BodySubscribers.mapping(handler.apply(info), Outcome::success)
          : new JudgingSubscriber<>(policy, info, limit, handler);
    };
  }

  private static RequestView view(HttpRequest request) {
    return RequestView.of(request.method(), request.headers().map());
  }

  private static Throwable unwrap(Throwable t) {
    Throwable current = t;
    while ((current instanceof CompletionException || current instanceof ExecutionException) && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /** What the judged body handler produced: the caller's body, or the typed error. */
  static final class Outcome<T extends @Nullable Object> {
    final @Nullable T body;
    final @Nullable CatalogException error;

    private Outcome(@Nullable T body, @Nullable CatalogException error) {
      this.body = body;
      this.error = error;
    }

    static <T extends @Nullable Object> Outcome<T> success(T body) {
      return new Outcome<>(body, null);
    }

    static <T extends @Nullable Object> Outcome<T> error(CatalogException error) {
      return new Outcome<>(null, error);
    }
  }

  /** The successful response, with the caller's body in place of the internal outcome. */
  private static final class SuccessResponse<T extends @Nullable Object> implements HttpResponse<T> {
    private final HttpResponse<?> response;
    private final @Nullable T body;

    SuccessResponse(HttpResponse<?> response, @Nullable T body) {
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
    public @Nullable T body() {

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
}

package dev.errata.conformance;

import dev.errata.feign.ErrataCapability;
import dev.errata.runtime.ClientPolicy;
import feign.AsyncFeign;
import feign.DefaultAsyncClient;
import feign.DefaultClient;
import feign.HeaderMap;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An {@code AsyncFeign} interface with {@link ErrataCapability}, over Feign's default client on an
 * executor (AsyncFeign needs its client given for the policy's retries): a deadline is {@code
 * orTimeout}, giving up is cancelling the future.
 */
final class AsyncFeignStack implements Stack {

  /** The interface an application declares. */
  interface Api {
    @RequestLine("GET /{key}")
    CompletableFuture<Response> get(@Param("key") String key, @HeaderMap Map<String, Object> headers);

    @RequestLine("POST /{key}")
    @Headers("Content-Type: application/json")
    CompletableFuture<Response> post(@Param("key") String key, @HeaderMap Map<String, Object> headers, String body);
  }

  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "async-feign");
    t.setDaemon(true);
    return t;
  });
  private final Map<ClientPolicy, Api> apis = new ConcurrentHashMap<>();

  @Override
  public Running start(Call call) {
    Api api = apis.computeIfAbsent(call.policy(), policy -> AsyncFeign.builder()
        .client(new DefaultAsyncClient<>(new DefaultClient(null, null), executor))
        .addCapability(ErrataCapability.of(policy))
        .target(Api.class, call.baseUrl()));
    Map<String, Object> headers = Map.copyOf(call.headers());
    CompletableFuture<Response> future = call.isPost() ? api.post(call.key(), headers, call.body()) : api.get(call.key(), headers);
    if (call.hasDeadline()) {
      future.orTimeout(call.deadline().toNanos(), TimeUnit.NANOSECONDS);
    }
    CompletableFuture<Outcome> outcome = future.thenApply(response -> {
      try (response) {
        return FeignStack.outcome(response);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).exceptionally(Outcome::of);
    return Running.async(outcome, () -> future.cancel(true));
  }
}

package dev.errata.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.ResponseBody;

/**
 * The service of {@link RetrofitStack} through its methods returning {@code
 * CompletableFuture<ResponseBody>}: a deadline is {@code orTimeout}, giving up is cancelling the
 * future. The caller gets the body alone, without the status.
 */
final class RetrofitFutureStack implements Stack {

  private final RetrofitStack services = new RetrofitStack();

  @Override
  public Running start(Call call) {
    RetrofitStack.Api api = services.api(call.policy(), call.baseUrl());
    String url = call.uri().toString();
    CompletableFuture<ResponseBody> future = call.isPost()
        ? api.postAsync(url, call.headers(), RetrofitStack.json(call))
        : api.getAsync(url, call.headers());
    if (call.hasDeadline()) {
      future.orTimeout(call.deadline().toNanos(), TimeUnit.NANOSECONDS);
    }
    CompletableFuture<Outcome> outcome = future.thenApply(body -> {
      try (body) {
        return Outcome.response(Outcome.STATUS_NOT_SHOWN, body.string());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).exceptionally(Outcome::of);
    return Running.async(outcome, () -> future.cancel(true));
  }
}

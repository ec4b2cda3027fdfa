package dev.errata.feign;

import dev.errata.runtime.Attempts;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.RetryAdvice;
import dev.errata.runtime.Verdict;
import feign.AsyncClient;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The client policy on Feign's transport: judges each response the policy looks into (its body
 * then replays from the first byte for whoever reads next) and retries as the policy's advisor
 * says. The blocking client waits on the calling thread; the asynchronous one on a timer, never
 * holding one of its client's threads.
 */
final class PolicyClient {

  private PolicyClient() {}

  /** The blocking client. */
  static Client of(Client client, ClientPolicy policy) {
    return (request, options) -> {
      if (!policy.retries()) {
        return judged(client.execute(request, options), policy);
      }
      Attempts attempts = policy.attempts(FeignViews.request(request));
      while (true) {
        RetryAdvice advice;
        try {
          Response response = client.execute(request, options);
          Response judged = judged(response, policy);
          Verdict verdict = verdict(judged);
          if (verdict == null || verdict.passed() || !(advice = attempts.next(verdict.error())).retry()) {
            return judged;
          }
          response.close();
        } catch (IOException failure) {
          advice = attempts.next(failure);
          if (!advice.retry()) {
            throw failure;
          }
        }
        try {
          TimeUnit.NANOSECONDS.sleep(advice.delay().toNanos());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while waiting to retry");
        }
      }
    };
  }

  /** The asynchronous client. */
  static AsyncClient<Object> of(AsyncClient<Object> client, ClientPolicy policy) {
    return (request, options, context) -> {
      if (!policy.retries()) {
        return client.execute(request, options, context).thenApply(response -> judged(response, policy));
      }
      CompletableFuture<Response> result = new CompletableFuture<>();
      attempt(client, policy, request, options, context, policy.attempts(FeignViews.request(request)), result);
      return result;
    };
  }

  private static void attempt(
      AsyncClient<Object> client, ClientPolicy policy, Request request, Request.Options options,
      Optional<Object> context, Attempts attempts, CompletableFuture<Response> result) {
    if (result.isDone()) {
      return; // cancelled while waiting
    }
    client.execute(request, options, context).whenComplete((response, failure) -> {
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
      Response judged = null;
      RetryAdvice advice;
      if (cause == null) {
        judged = judged(response, policy);
        Verdict verdict = verdict(judged);
        if (verdict == null || verdict.passed() || !(advice = attempts.next(verdict.error())).retry()) {
          result.complete(judged);
          return;
        }
        response.close();
      } else {
        advice = attempts.next(cause);
        if (!advice.retry()) {
          result.completeExceptionally(cause);
          return;
        }
      }
      // A timer holds the wait, not a thread.
      CompletableFuture.delayedExecutor(advice.delay().toNanos(), TimeUnit.NANOSECONDS)
          .execute(() -> attempt(client, policy, request, options, context, attempts, result));
    });
  }

  /** The response with its body replaying the head the policy read, or as it is when the policy has no need to look. */
  private static Response judged(Response response, ClientPolicy policy) {
    if (!policy.looksInto(response.status())) {
      return response;
    }
    Verdict verdict = policy.judge(FeignViews.response(response));
    return verdict.bodyRead() ? response.toBuilder().body(new ReplayedBody(verdict, response.body())).build() : response;
  }

  private static @Nullable Verdict verdict(Response judged) {
    return judged.body() instanceof ReplayedBody replayed ? replayed.verdict() : null;
  }
}

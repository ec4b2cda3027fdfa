package dev.errata.jdk;

import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ResponseView;
import dev.errata.runtime.Verdict;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Receives the head of a body the client policy must judge before the caller sees it (an error
 * response, a GraphQL response): at most {@code limit} bytes, then the verdict. A response that
 * fails completes with its typed error and the rest of its body is cancelled, unread. One that
 * passes goes to the caller's handler whole: the head first, then, when the body went on past the
 * limit, the rest as it arrives, at the caller's pace.
 */
final class JudgingSubscriber<T extends @Nullable Object> implements BodySubscriber<ErrataHttpClient.Outcome<T>> {

  private final ClientPolicy policy;
  private final ResponseInfo info;
  private final BodyHandler<T> handler;
  private final int limit;
  private final CompletableFuture<ErrataHttpClient.Outcome<T>> result = new CompletableFuture<>();

  private Flow.@Nullable Subscription upstream;
  private byte[] head = new byte[0];
  private int size;
  // Set once the head is judged to pass: the caller's subscriber, which gets everything after.
  private @Nullable BodySubscriber<T> caller;

  JudgingSubscriber(ClientPolicy policy, ResponseInfo info, int limit, BodyHandler<T> handler) {
    this.policy = policy;
    this.info = info;
    this.limit = limit;
    this.handler = handler;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    if (upstream != null) {
      subscription.cancel(); // Reactive Streams rule 2.5: one subscription only
      return;
    }
    upstream = subscription;
    subscription.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (caller != null) {
      caller.onNext(items);
      return;
    }
    if (result.isDone()) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      ByteBuffer item = items.get(i);
      int n = Math.min(item.remaining(), limit - size);
      if (size + n > head.length) {
        head = Arrays.copyOf(head, Math.min(limit, Math.max(size + n, Math.max(1024, head.length * 2))));
      }
      item.get(head, size, n);
      size += n;
      if (size == limit) {
        // The head is full: what is left of this delivery is the start of the rest.
        List<ByteBuffer> rest = new java.util.ArrayList<>(items.subList(i, items.size()));
        rest.removeIf(b -> !b.hasRemaining());
        judge(/* complete= */ false, rest);
        return;
      }
    }
    upstream.request(1);
  }

  @Override
  public void onError(Throwable failure) {
    if (caller != null) {
      caller.onError(failure);
    } else if (!result.isDone()) {
      // A body that breaks off ends there: its head is still worth judging.
      judge(/* complete= */ true, List.of());
    }
  }

  @Override
  public void onComplete() {
    if (caller != null) {
      caller.onComplete();
    } else if (!result.isDone()) {
      judge(/* complete= */ true, List.of());
    }
  }

  @Override
  public CompletionStage<ErrataHttpClient.Outcome<T>> getBody() {
    return result;
  }

  private void judge(boolean complete, List<ByteBuffer> rest) {
    byte[] read = size == head.length ? head : Arrays.copyOf(head, size);
    Verdict verdict = policy.judge(ResponseView.of(info.statusCode(), info.headers().map(), read));
    if (!verdict.passed()) {
      if (!complete) {
        upstream.cancel();
      }
      result.complete(ErrataHttpClient.Outcome.error(verdict.error()));
      return;
    }
    caller = handler.apply(info);
    caller.getBody().whenComplete((body, failure) -> {
      if (failure != null) {
        result.completeExceptionally(failure);
      } else {
        result.complete(ErrataHttpClient.Outcome.success(body));
      }
    });
    caller.onSubscribe(new Replay(read, rest, complete));
  }

  /** The caller's subscription: the head and what arrived with it first, then the upstream's. */
  private final class Replay implements Flow.Subscription {
    private @Nullable List<ByteBuffer> pending;

    private final boolean complete;

    Replay(byte[] read, List<ByteBuffer> rest, boolean complete) {
      this.pending = new java.util.ArrayList<>(rest.size() + 1);
      if (read.length > 0) {
        pending.add(ByteBuffer.wrap(read));
      }
      pending.addAll(rest);
      this.complete = complete;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        upstream.cancel();
        caller.onError(new IllegalArgumentException("non-positive request " + n));
        return;
      }
      long more = n;
      if (pending != null) {
        List<ByteBuffer> first = pending;
        pending = null;
        if (!first.isEmpty()) {
          caller.onNext(first);
          more--;
        }
        if (complete) {
          caller.onComplete();
          return;
        }
      }
      if (more > 0) {
        upstream.request(more);
      }
    }

    @Override
    public void cancel() {
      pending = null;
      upstream.cancel();
    }
  }
}

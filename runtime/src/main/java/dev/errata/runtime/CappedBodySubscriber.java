package dev.errata.runtime;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects at most {@code max} bytes of a response body, then cancels the subscription, so an
 * error body of any size costs at most {@code max} bytes of memory. Cancelling makes the HTTP
 * client drop the rest (and, for HTTP/1.1, the connection).
 *
 * <p>An error while receiving ends the body where it happened instead of failing: for an error
 * response the status and headers are already known, and a typed error with part of the body
 * tells the caller more than a connection reset would.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

  private final int max;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private byte[] buffer = new byte[0];
  private int size;

  CappedBodySubscriber(int max) {
    this.max = max;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    if (subscription != null) {
      s.cancel(); // Reactive Streams rule 2.5: one subscription only
      return;
    }
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      int n = Math.min(item.remaining(), max - size);
      if (size + n > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.min(max, Math.max(size + n, Math.max(1024, buffer.length * 2))));
      }
      item.get(buffer, size, n);
      size += n;
      if (size >= max) {
        subscription.cancel();
        complete();
        return;
      }
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable failure) {
    complete();
  }

  @Override
  public void onComplete() {
    complete();
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  private void complete() {
    result.complete(size == buffer.length ? buffer : Arrays.copyOf(buffer, size));
  }
}

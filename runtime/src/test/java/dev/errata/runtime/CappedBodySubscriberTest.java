package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CappedBodySubscriberTest {

  /** A publisher of an endless body, in 8 KiB buffers, on demand. */
  private static final class Endless implements Flow.Subscription {
    final AtomicLong requested = new AtomicLong();
    final AtomicBoolean cancelled = new AtomicBoolean();
    long delivered;

    @Override
    public void request(long n) {
      requested.addAndGet(n);
    }

    @Override
    public void cancel() {
      cancelled.set(true);
    }

    void pump(CappedBodySubscriber s) {
      while (!cancelled.get() && requested.get() > 0 && delivered < 10L * 1024 * 1024) {
        requested.decrementAndGet();
        delivered += 8192;
        s.onNext(List.of(ByteBuffer.allocate(4096), ByteBuffer.allocate(4096)));
      }
    }
  }

  @Test
  void stopsReadingAtTheCap() {
    CappedBodySubscriber s = new CappedBodySubscriber(100_000);
    Endless body = new Endless();

    s.onSubscribe(body);
    body.pump(s);

    assertThat(body.cancelled.get()).isTrue();
    assertThat(body.delivered).isLessThan(100_000 + 8192);
    assertThat(s.getBody().toCompletableFuture().join()).hasLength(100_000);
  }

  @Test
  void shortBodyIsKeptWhole() {
    CappedBodySubscriber s = new CappedBodySubscriber(1024);
    Endless sub = new Endless();
    s.onSubscribe(sub);

    s.onNext(List.of(ByteBuffer.wrap("{\"code\":".getBytes()), ByteBuffer.wrap("\"X\"}".getBytes())));
    s.onComplete();

    assertThat(new String(s.getBody().toCompletableFuture().join())).isEqualTo("{\"code\":\"X\"}");
    assertThat(sub.cancelled.get()).isFalse();
  }

  @Test
  void failureMidBodyKeepsWhatArrived() {
    CappedBodySubscriber s = new CappedBodySubscriber(1024);
    s.onSubscribe(new Endless());

    s.onNext(List.of(ByteBuffer.wrap("partial".getBytes())));
    s.onError(new IOException("connection reset"));

    assertThat(new String(s.getBody().toCompletableFuture().join())).isEqualTo("partial");
  }

  @Test
  void aSecondSubscriptionIsCancelled() {
    CappedBodySubscriber s = new CappedBodySubscriber(1024);
    Endless first = new Endless();
    Endless second = new Endless();

    s.onSubscribe(first);
    s.onSubscribe(second);

    assertThat(first.cancelled.get()).isFalse();
    assertThat(second.cancelled.get()).isTrue();
  }
}

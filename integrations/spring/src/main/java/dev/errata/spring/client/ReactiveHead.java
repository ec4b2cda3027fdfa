package dev.errata.spring.client;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * The head of a reactive body: at most a limit of bytes, in memory, and the rest still unread,
 * as a flux that goes on with the same subscription at its own subscriber's pace. The reactive
 * counterpart of reading a stream's head and then the stream on.
 */
final class ReactiveHead {

  private final byte[] bytes;
  private final Flux<DataBuffer> rest;
  private final Runnable discardRest;

  private ReactiveHead(byte[] bytes, Flux<DataBuffer> rest, Runnable discardRest) {
    this.bytes = bytes;
    this.rest = rest;
    this.discardRest = discardRest;
  }

  /**
   * Reads the head of {@code body}, up to {@code limit} bytes. A body that fails while its head
   * is read ends where it failed: its head is what arrived.
   */
  static Mono<ReactiveHead> read(Flux<DataBuffer> body, int limit) {
    return Mono.create(sink -> body.subscribe(new Splitter(sink, limit)));
  }

  /** The bytes read: all of the body when it was no longer than the limit. */
  byte[] bytes() {
    return bytes;
  }

  /** The whole body again, from its first byte: the head, then the rest as it arrives. */
  Flux<DataBuffer> whole() {
    return Flux.concat(Mono.fromSupplier(() -> DefaultDataBufferFactory.sharedInstance.wrap(bytes)), rest);
  }

  /** Gives up the rest of the body: the connection may be released. */
  void discard() {
    discardRest.run();
  }

  /** Fills the head, then hands the rest of the subscription to whoever subscribes to the rest. */
  private static final class Splitter extends BaseSubscriber<DataBuffer> {
    private final MonoSink<ReactiveHead> sink;
    private final int limit;
    private byte[] head = new byte[0];
    private int size;
    private boolean split;
    // After the split: the rest's subscriber, and a leftover or an end that came before it did.
    private @Nullable FluxSink<DataBuffer> restSink;
    private @Nullable DataBuffer leftover;
    private boolean completed;
    private @Nullable Throwable failed;


    Splitter(MonoSink<ReactiveHead> sink, int limit) {
      this.sink = sink;
      this.limit = limit;
      sink.onCancel(this::cancel);
    }

    @Override
    protected void hookOnSubscribe(Subscription subscription) {
      request(1);
    }

    @Override
    protected void hookOnNext(DataBuffer buffer) {
      if (split) {
        emit(buffer);
        return;
      }
      int n = Math.min(buffer.readableByteCount(), limit - size);
      if (size + n > head.length) {
        head = Arrays.copyOf(head, Math.min(limit, Math.max(size + n, Math.max(1024, head.length * 2))));
      }
      buffer.read(head, size, n);
      size += n;
      if (size < limit) {
        DataBufferUtils.release(buffer);
        request(1);
        return;
      }
      synchronized (this) {
        split = true;
        if (buffer.readableByteCount() > 0) {
          leftover = buffer;
        } else {
          DataBufferUtils.release(buffer);
        }
      }
      sink.success(new ReactiveHead(bytes(), Flux.create(this::attach), this::discard));
    }

    @Override
    protected void hookOnComplete() {
      if (!split) {
        sink.success(new ReactiveHead(bytes(), Flux.empty(), () -> { }));
        return;
      }
      synchronized (this) {
        if (restSink == null) {
          completed = true;
          return;
        }
      }
      restSink.complete();
    }

    @Override
    protected void hookOnError(Throwable failure) {
      if (!split) {
        sink.success(new ReactiveHead(bytes(), Flux.empty(), () -> { }));
        return;
      }
      synchronized (this) {
        if (restSink == null) {
          failed = failure;
          return;
        }
      }
      restSink.error(failure);
    }

    private void attach(FluxSink<DataBuffer> rest) {
      DataBuffer first;
      boolean ended;
      Throwable failure;
      synchronized (this) {
        restSink = rest;
        first = leftover;
        leftover = null;
        ended = completed;
        failure = failed;
      }
      rest.onDispose(this::discard);
      if (first != null) {
        rest.next(first);
      }
      if (failure != null) {
        rest.error(failure);
      } else if (ended) {
        rest.complete();
      } else {
        rest.onRequest(this::request);
      }
    }

    private void emit(DataBuffer buffer) {
      restSink.next(buffer);
    }

    private void discard() {
      cancel();
      DataBuffer left;
      synchronized (this) {
        left = leftover;
        leftover = null;
      }
      if (left != null) {
        DataBufferUtils.release(left);
      }
    }

    private byte[] bytes() {
      return size == head.length ? head : Arrays.copyOf(head, size);
    }
  }
}

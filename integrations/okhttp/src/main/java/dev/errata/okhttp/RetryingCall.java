package dev.errata.okhttp;

import dev.errata.runtime.Attempts;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.RetryAdvice;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kotlin.jvm.functions.Function0;
import kotlin.reflect.KClass;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * A call that is sent again, as a new OkHttp call, when its client policy advises it. {@code
 * execute()} waits on the calling thread, in short slices so that a cancellation is noticed;
 * {@code enqueue()} waits on a timer. The client's call timeout bounds all attempts and waits.
 */
final class RetryingCall implements Call {

  /** How soon a blocking wait notices a cancellation: OkHttp does not interrupt a cancelled call's thread. */
  private static final long SLICE_MILLIS = 50;

  /** Makes {@link RetryingCall}s of one client and policy. */
  static final class Factory implements Call.Factory {
    private final OkHttpClient client;
    private final ClientPolicy policy;

    Factory(OkHttpClient client, ClientPolicy policy) {
      this.client = client;
      this.policy = policy;
    }

    @Override
    public Call newCall(Request request) {
      return new RetryingCall(client, policy, request);
    }

    @Override
    public String toString() {
      return "Errata calls[" + policy + "]";
    }
  }

  private final OkHttpClient client;
  private final ClientPolicy policy;
  private final Request request;
  private final List<EventListener> listeners = new CopyOnWriteArrayList<>();
  private final AtomicBoolean executed = new AtomicBoolean();
  private final AtomicBoolean finished = new AtomicBoolean();
  private final Timeout timeout = new Timeout();
  private volatile Call current;
  private volatile boolean canceled;
  // For enqueue: fails the callback at once when the call is cancelled during a wait.
  private volatile @Nullable Runnable abortWait;

  private RetryingCall(OkHttpClient client, ClientPolicy policy, Request request) {
    this.client = client;
    this.policy = policy;
    this.request = request;
    this.current = client.newCall(request);
    timeout.timeout(client.callTimeoutMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public Request request() {
    return request;
  }

  @Override
  public Response execute() throws IOException {
    start();
    long deadline = deadline();
    Attempts attempts = policy.attempts(OkHttpViews.request(request));
    Call call = current;
    while (true) {
      try {
        return call.execute();
      } catch (IOException failure) {
        RetryAdvice advice = advise(attempts, failure, deadline);
        if (advice == null) {
          throw failure;
        }
        sleep(advice, deadline, failure);
        call = next(deadline);
      }
    }
  }

  @Override
  public void enqueue(Callback callback) {
    start();
    long deadline = deadline();
    send(current, callback, policy.attempts(OkHttpViews.request(request)), deadline);
  }

  private void send(Call call, Callback callback, Attempts attempts, long deadline) {
    call.enqueue(new Callback() {
      @Override
      public void onResponse(Call c, Response response) throws IOException {
        if (finished.compareAndSet(false, true)) {
          callback.onResponse(RetryingCall.this, response);
        } else {
          response.close();
        }
      }

      @Override
      public void onFailure(Call c, IOException failure) {
        RetryAdvice advice = advise(attempts, failure, deadline);
        if (advice == null) {
          fail(callback, failure);
          return;
        }
        abortWait = () -> fail(callback, canceledWhileWaiting(failure));
        if (canceled) {
          abortWait.run();
          return;
        }
        // A timer holds the wait, not a dispatcher thread.
        CompletableFuture.delayedExecutor(advice.delay().toNanos(), TimeUnit.NANOSECONDS).execute(() -> {
          abortWait = null;
          if (canceled) {
            fail(callback, canceledWhileWaiting(failure));
          } else if (!finished.get()) {
            send(next(deadline), callback, attempts, deadline);
          }
        });
      }
    });
  }

  private void fail(Callback callback, IOException failure) {
    if (finished.compareAndSet(false, true)) {
      callback.onFailure(this, failure);
    }
  }

  /** The advice after a failed attempt, or null to give up. */
  private @Nullable RetryAdvice advise(Attempts attempts, IOException failure, long deadline) {
    if (canceled || !repeatable()) {
      return null;
    }
    Throwable judged = failure instanceof ErrataIOException decoded ? decoded.error() : failure;
    RetryAdvice advice = attempts.next(judged);
    if (!advice.retry() || (deadline != 0 && System.nanoTime() + advice.delay().toNanos() >= deadline)) {
      return null;
    }
    return advice;
  }

  private boolean repeatable() {
    RequestBody body = request.body();
    return body == null || !(body.isOneShot() || body.isDuplex());
  }

  /** Waits in slices, giving up as soon as the call is cancelled or the thread interrupted. */
  private void sleep(RetryAdvice advice, long deadline, IOException failure) throws IOException {
    long end = System.nanoTime() + advice.delay().toNanos();
    for (long left = advice.delay().toNanos(); left > 0; left = end - System.nanoTime()) {
      if (canceled) {
        throw canceledWhileWaiting(failure);
      }
      try {
        Thread.sleep(Math.min(SLICE_MILLIS, Math.max(1, TimeUnit.NANOSECONDS.toMillis(left))));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting to retry");
        interrupted.addSuppressed(failure);
        throw interrupted;
      }
    }
    if (canceled) {
      throw canceledWhileWaiting(failure);
    }
  }

  private static IOException canceledWhileWaiting(IOException failure) {
    IOException canceled = new IOException("Canceled");
    canceled.addSuppressed(failure);
    return canceled;
  }

  /** The next attempt: a new call, with this call's listeners and what is left of its deadline. */
  private Call next(long deadline) {
    Call call = client.newCall(request);
    listeners.forEach(call::addEventListener);
    if (deadline != 0) {
      call.timeout().deadlineNanoTime(deadline);
    }
    current = call;
    if (canceled) {
      call.cancel();
    }
    return call;
  }

  private void start() {
    if (!executed.compareAndSet(false, true)) {
      throw new IllegalStateException("Already Executed");
    }
    long timeoutNanos = timeout.timeoutNanos();
    if (timeoutNanos > 0 || timeout.hasDeadline()) {
      current.timeout().timeout(timeoutNanos, TimeUnit.NANOSECONDS);
      if (timeout.hasDeadline()) {
        current.timeout().deadlineNanoTime(timeout.deadlineNanoTime());
      }
    }
  }

  /** When all attempts must be over, in {@link System#nanoTime()}; 0 for never. */
  private long deadline() {
    long timeoutNanos = timeout.timeoutNanos();
    long byTimeout = timeoutNanos > 0 ? System.nanoTime() + timeoutNanos : 0;
    if (!timeout.hasDeadline()) {
      return byTimeout;
    }
    return byTimeout == 0 ? timeout.deadlineNanoTime() : Math.min(byTimeout, timeout.deadlineNanoTime());
  }

  @Override
  public void cancel() {
    canceled = true;
    current.cancel();
    Runnable abort = abortWait;
    if (abort != null) {
      abort.run();
    }
  }

  @Override
  public boolean isExecuted() {
    return executed.get();
  }

  @Override
  public boolean isCanceled() {
    return canceled;
  }

  /** The timeout of the whole call, all attempts and waits; the client's call timeout to begin with. */
  @Override
  public Timeout timeout() {
    return timeout;
  }

  @Override
  public void addEventListener(EventListener listener) {
    listeners.add(listener);
    current.addEventListener(listener);
  }

  @Override
  public <T> @Nullable T tag(KClass<T> type) {
    return current.tag(type);
  }

  @Override
  public <T> @Nullable T tag(Class<? extends T> type) {

    return current.tag(type);
  }

  @Override
  public <T> T tag(KClass<T> type, Function0<? extends T> computeIfAbsent) {
    return current.tag(type, computeIfAbsent);
  }

  @Override
  public <T> T tag(Class<T> type, Function0<? extends T> computeIfAbsent) {
    return current.tag(type, computeIfAbsent);
  }

  @Override
  public Call clone() {
    RetryingCall clone = new RetryingCall(client, policy, request);
    listeners.forEach(clone::addEventListener);
    return clone;
  }

  @Override
  public String toString() {
    return "RetryingCall[" + request + "]";
  }
}

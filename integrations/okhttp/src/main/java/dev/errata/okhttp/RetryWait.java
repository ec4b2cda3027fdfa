package dev.errata.okhttp;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Call;

/** Waits before the next attempt of a call, and stops waiting when the call is cancelled. */
interface RetryWait {

  /** Cancellation is noticed within this long; OkHttp does not interrupt a cancelled call's thread. */
  long SLICE_MILLIS = 50;

  /** The real wait: sleeps in slices, checking the call between them. */
  RetryWait SLEEP = (call, delay) -> {
    long deadline = System.nanoTime() + delay.toNanos();
    for (long left = delay.toNanos(); ; left = deadline - System.nanoTime()) {
      if (call.isCanceled()) {
        throw new IOException("Canceled");
      }
      if (left <= 0) {
        return;
      }
      try {
        Thread.sleep(Math.min(SLICE_MILLIS, Math.max(1, left / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to retry");
      }
    }
  };

  /**
   * Waits {@code delay} before the next attempt of {@code call}.
   *
   * @throws IOException when the call is cancelled (before or while waiting) or the thread is
   *     interrupted
   */
  void await(Call call, Duration delay) throws IOException;
}

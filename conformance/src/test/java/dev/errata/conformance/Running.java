package dev.errata.conformance;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A call in progress, held the way its caller holds it. */
interface Running {

  /**
   * Waits at most {@code limit} for what the caller sees.
   *
   * @throws TimeoutException when the call has not ended by then: the stack hangs
   */
  Outcome outcome(Duration limit) throws InterruptedException, TimeoutException;

  /**
   * Gives up the call as its caller would: cancels its future, disposes its subscription, cancels
   * its call, or interrupts its thread.
   */
  void cancel();

  /** Waits at most {@code limit} for the call to stop working: its thread returned, or its future completed. */
  boolean ended(Duration limit) throws InterruptedException;

  /**
   * A blocking call, run on a thread of its own as a caller that wants to give up on it runs it:
   * giving up is {@code Future.cancel(true)}, which interrupts the thread, and a deadline is
   * {@code future.get(deadline)}, then that cancel.
   */
  static Running onThread(Callable<Outcome> call, Duration deadline) {
    return new OnThread(call, deadline);
  }

  /**
   * An asynchronous call: {@code outcome} completes with what its callback, future or subscriber
   * received; {@code cancel} is how its caller gives it up. The stack applies a deadline itself.
   */
  static Running async(CompletableFuture<Outcome> outcome, Runnable cancel) {
    return new Async(outcome, cancel);
  }

  /** See {@link #onThread}. */
  final class OnThread implements Running {
    /** The blocking calls' threads; daemons, so a call that never returns cannot hold the build. */
    private static final ExecutorService CALLERS = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "blocking-caller");
      t.setDaemon(true);
      return t;
    });

    private final CountDownLatch returned = new CountDownLatch(1);
    private final Future<Outcome> future;
    private final Duration deadline;

    private OnThread(Callable<Outcome> call, Duration deadline) {
      this.deadline = deadline;
      this.future = CALLERS.submit(() -> {
        try {
          return call.call();
        } catch (Exception e) {
          return Outcome.of(e);
        } finally {
          returned.countDown();
        }
      });
    }

    @Override
    public Outcome outcome(Duration limit) throws InterruptedException, TimeoutException {
      try {
        if (deadline == null) {
          return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        }
        try {
          return future.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          future.cancel(true);
          return Outcome.of(e);
        }
      } catch (CancellationException e) {
        return Outcome.of(e);
      } catch (ExecutionException e) {
        return Outcome.of(e.getCause());
      }
    }

    @Override
    public void cancel() {
      future.cancel(true);
    }

    @Override
    public boolean ended(Duration limit) throws InterruptedException {
      return returned.await(limit.toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  /** See {@link #async}. */
  final class Async implements Running {
    private final CompletableFuture<Outcome> outcome;
    private final Runnable cancel;

    private Async(CompletableFuture<Outcome> outcome, Runnable cancel) {
      this.outcome = outcome;
      this.cancel = cancel;
    }

    @Override
    public Outcome outcome(Duration limit) throws InterruptedException, TimeoutException {
      try {
        return outcome.get(limit.toNanos(), TimeUnit.NANOSECONDS);
      } catch (CancellationException e) {
        return Outcome.of(e);
      } catch (ExecutionException e) {
        return Outcome.of(e.getCause());
      }
    }

    @Override
    public void cancel() {
      cancel.run();
    }

    @Override
    public boolean ended(Duration limit) throws InterruptedException {
      try {
        outcome(limit);
        return true;
      } catch (TimeoutException e) {
        return false;
      }
    }
  }
}

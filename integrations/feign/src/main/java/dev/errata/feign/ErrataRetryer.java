package dev.errata.feign;

import dev.errata.CatalogException;
import dev.errata.runtime.RequestView;
import dev.errata.runtime.RetryAdvice;
import dev.errata.runtime.RetryAdvisor;
import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * Feign's {@link Retryer} driven by a {@link RetryAdvisor}: how many attempts, which failures,
 * which requests (idempotent methods, an {@code Idempotency-Key}, or the advisor's own rule, read
 * from the request Feign sent), and how long to wait (Retry-After, else jittered backoff).
 *
 * <p>When it gives up on an error response that {@link ErrataErrorDecoder} decoded, it throws the
 * typed exception itself, not the {@link RetryableException} around it, so the caller catches
 * {@code TooManyRequestsException} whatever the client's {@link feign.ExceptionPropagationPolicy}.
 * An I/O failure propagates as Feign's {@link RetryableException}, as with Feign's own retryer.
 * Under {@code AsyncFeign}, which accepts nothing else from a retryer, it always propagates the
 * {@link RetryableException}; set {@code ExceptionPropagationPolicy.UNWRAP} there to complete the
 * future with the typed exception.
 *
 * <p>A {@link RetryableException} that another error decoder made (Feign's default one makes one
 * for any response with Retry-After) is retryable by Feign's contract; the advisor still decides
 * the attempts, the request's safety and the wait, its Retry-After included.
 *
 * <p>Feign {@linkplain #clone() clones} a retryer for every call, so each call counts its own
 * attempts. The waiting thread sleeps; an interrupt ends the retries.
 */
public final class ErrataRetryer implements Retryer {

  /** How the retryer waits; tests record instead of sleeping. */
  interface Sleeper {
    void sleep(Duration delay) throws InterruptedException;
  }

  private static final String ASYNC_HANDLER = "feign.AsynchronousMethodHandler";
  private static final Sleeper THREAD_SLEEP = delay -> Thread.sleep(delay.toMillis());

  private final RetryAdvisor advisor;
  private final Sleeper sleeper;
  private int attempt;

  /** A retryer that follows {@code advisor}. */
  public ErrataRetryer(RetryAdvisor advisor) {
    this(advisor, THREAD_SLEEP);
  }

  ErrataRetryer(RetryAdvisor advisor, Sleeper sleeper) {
    this.advisor = Objects.requireNonNull(advisor, "advisor");
    this.sleeper = sleeper;
  }

  /** Waits as advised and returns, or throws when the advice is to stop. */
  @Override
  public void continueOrPropagate(RetryableException e) {
    attempt++;
    RetryAdvice advice = advise(e, request(e.request(), e));
    if (!advice.retry()) {
      throw propagated(e);
    }
    try {
      sleeper.sleep(advice.delay());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw propagated(e);
    }
  }

  /** A fresh retryer with the same advisor and no attempts made. */
  @Override
  public Retryer clone() {
    return new ErrataRetryer(advisor, sleeper);
  }

  /** The advisor this retryer follows. */
  public RetryAdvisor advisor() {
    return advisor;
  }

  private RetryAdvice advise(RetryableException e, RequestView request) {
    Throwable cause = e.getCause();
    if (cause instanceof CatalogException || cause instanceof IOException) {
      return advisor.advise(cause, attempt, request);
    }
    // Another decoder's RetryableException: retryable by Feign's contract.
    if (attempt >= advisor.maxAttempts()) {
      return RetryAdvice.stop("gave up after " + attempt + " attempts");
    }
    if (!advisor.isRepeatable(request)) {
      return RetryAdvice.stop(request.method() + " is not idempotent");
    }
    Long at = e.retryAfter();
    if (at == null) {
      return RetryAdvice.retryAfter(advisor.delay(e, attempt), "backoff");
    }
    Duration wait = Duration.ofMillis(Math.max(0, at - System.currentTimeMillis()));
    return wait.compareTo(advisor.maxRetryAfter()) > 0
        ? RetryAdvice.stop("Retry-After exceeds " + advisor.maxRetryAfter().toSeconds() + "s")
        : RetryAdvice.retryAfter(wait, "Retry-After");
  }

  private static RequestView request(Request request, RetryableException e) {
    if (request == null) {
      return RequestView.of(e.method() != null ? e.method().name() : null);
    }
    return RequestView.of(request.httpMethod().name(), request.headers());
  }

  private static RuntimeException propagated(RetryableException e) {
    return e.getCause() instanceof CatalogException && !calledByAsyncFeign() ? (CatalogException) e.getCause() : e;
  }

  /**
   * AsyncFeign's handler catches only a {@link RetryableException} from its retryer; anything
   * else would escape its callback and leave the caller's future incomplete for ever. There the
   * retryer keeps Feign's contract, and {@code ExceptionPropagationPolicy.UNWRAP} completes the
   * future with the typed exception.
   */
  private static boolean calledByAsyncFeign() {
    return StackWalker.getInstance().walk(frames -> frames.limit(8).anyMatch(f -> f.getClassName().equals(ASYNC_HANDLER)));
  }
}

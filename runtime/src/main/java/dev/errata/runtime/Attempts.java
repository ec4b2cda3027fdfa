package dev.errata.runtime;

import java.util.Objects;

/**
 * The attempts of one call, counted against its client's {@link ClientPolicy#retry() retry
 * advisor}: after each failure, whether to try again and after how long. Every integration's
 * retry loop is this object plus its framework's way of waiting (a sleep on the caller's thread
 * for a blocking call; a timer, never a held thread, for an asynchronous one).
 *
 * <pre>{@code
 * Attempts attempts = policy.attempts(RequestView.of("GET"));
 * RetryAdvice advice = attempts.next(failure);
 * if (advice.retry()) { wait advice.delay(), then send again } else { fail with failure }
 * }</pre>
 *
 * <p>Not thread-safe: one call's attempts happen one after the other.
 */
public final class Attempts {

  private final RetryAdvisor advisor;
  private final RequestView request;
  private int made = 1;

  Attempts(RetryAdvisor advisor, RequestView request) {
    this.advisor = advisor;
    this.request = Objects.requireNonNull(request, "request");
  }

  /** Attempts made so far, the current one included. */
  public int made() {
    return made;
  }

  /**
   * The advice after the current attempt failed with {@code failure} (a decoded error, an I/O
   * failure): when it is to retry, the next attempt is counted from here on.
   */
  public RetryAdvice next(Throwable failure) {
    RetryAdvice advice = advisor.advise(failure, made, request);
    if (advice.retry()) {
      made++;
    }
    return advice;
  }

  @Override
  public String toString() {
    return "Attempts[" + made + " of " + advisor.maxAttempts() + ", " + request + "]";
  }
}

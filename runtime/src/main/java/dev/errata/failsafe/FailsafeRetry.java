package dev.errata.failsafe;

import dev.errata.runtime.RetryAdvisor;
import dev.failsafe.function.ContextualSupplier;
import java.time.Duration;
import java.util.Objects;

/**
 * {@link RetryAdvisor}'s waits as Failsafe's delay function, in one call:
 *
 * <pre>{@code
 * RetryPolicy<Object> policy = RetryPolicy.builder()
 *     .withMaxAttempts(advisor.maxAttempts())
 *     .handleIf(advisor.retryIf(request)::test)
 *     .withDelayFn(FailsafeRetry.delay(advisor))
 *     .build();
 * }</pre>
 *
 * Needs {@code dev.failsafe:failsafe} on the class path; the runtime does not bring it.
 */
public final class FailsafeRetry {

  private FailsafeRetry() {}

  /**
   * The wait before the next attempt: the last failure's Retry-After (capped), else jittered
   * backoff; a retry on a result has no failure to read, so it backs off.
   */
  public static <R> ContextualSupplier<R, Duration> delay(RetryAdvisor advisor) {
    Objects.requireNonNull(advisor, "advisor");
    return context -> advisor.delay(context.getLastException(), context.getAttemptCount());
  }
}

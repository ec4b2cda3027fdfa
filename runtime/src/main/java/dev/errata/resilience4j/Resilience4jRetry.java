package dev.errata.resilience4j;

import dev.errata.runtime.RetryAdvisor;
import io.github.resilience4j.core.IntervalBiFunction;
import java.util.Objects;

/**
 * {@link RetryAdvisor}'s waits as resilience4j's {@link IntervalBiFunction}, in one call:
 *
 * <pre>{@code
 * RetryConfig config = RetryConfig.custom()
 *     .maxAttempts(advisor.maxAttempts())
 *     .retryOnException(advisor.retryIf(request))
 *     .intervalBiFunction(Resilience4jRetry.interval(advisor))
 *     .build();
 * }</pre>
 *
 * Needs {@code resilience4j-core} on the class path; the runtime does not bring it.
 */
public final class Resilience4jRetry {

  private Resilience4jRetry() {}

  /**
   * The wait before the next attempt, in milliseconds: the failure's Retry-After (capped), else
   * jittered backoff. A retry on a result rather than an exception ({@code retryOnResult}) has no
   * failure to read, so it backs off.
   */
  public static <T> IntervalBiFunction<T> interval(RetryAdvisor advisor) {
    Objects.requireNonNull(advisor, "advisor");
    return (attempt, outcome) -> advisor.delay(outcome.isLeft() ? outcome.getLeft() : null, attempt).toMillis();
  }
}

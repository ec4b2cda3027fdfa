package dev.errata.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether to repeat a failed request, and after how long.
 *
 * @param retry whether to try again
 * @param delay how long to wait before the next attempt; {@link Duration#ZERO} when not retrying
 * @param reason why, in a few words, for logs ("Retry-After", "backoff", "not retryable", …)
 */
public record RetryAdvice(boolean retry, Duration delay, String reason) {

  /** Checks that the delay is not negative. */
  public RetryAdvice {
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(reason, "reason");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("negative delay " + delay);
    }
  }

  /** Advice to try again after {@code delay}. */
  public static RetryAdvice retryAfter(Duration delay, String reason) {
    return new RetryAdvice(true, delay, reason);
  }

  /** Advice to give up. */
  public static RetryAdvice stop(String reason) {
    return new RetryAdvice(false, Duration.ZERO, reason);
  }
}

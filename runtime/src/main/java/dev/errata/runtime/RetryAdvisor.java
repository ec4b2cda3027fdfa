package dev.errata.runtime;

import dev.errata.CatalogException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Advises whether and when to repeat a failed request; it does not repeat anything itself. Plug
 * it into a retry library through {@link #retryIf(String)} and {@link #delay(Throwable, int)}:
 *
 * <pre>{@code
 * RetryAdvisor advisor = RetryAdvisor.builder().maxAttempts(4).build();
 *
 * // resilience4j
 * RetryConfig config = RetryConfig.custom()
 *     .maxAttempts(advisor.maxAttempts())
 *     .retryOnException(advisor.retryIf("GET"))
 *     .intervalBiFunction((attempt, outcome) -> advisor.delay(outcome.getLeft(), attempt).toMillis())
 *     .build();
 *
 * // Failsafe
 * RetryPolicy<Object> policy = RetryPolicy.builder()
 *     .withMaxAttempts(advisor.maxAttempts())
 *     .handleIf(advisor.retryIf("GET")::test)
 *     .withDelayFn(ctx -> advisor.delay(ctx.getLastException(), ctx.getAttemptCount()))
 *     .build();
 * }</pre>
 *
 * <h2>What is retried</h2>
 *
 * A {@link CatalogException} whose definition is {@linkplain CatalogException#isRetryable()
 * retryable} (the catalog decides: rate limits, timeouts, unavailable servers), and an {@link
 * IOException} (a connection reset, a timeout). Wrappers ({@link CompletionException}, {@link
 * ExecutionException}, {@link UncheckedIOException}) are looked through. Nothing else.
 *
 * <p>Only requests that are safe to repeat: idempotent methods (GET, HEAD, OPTIONS, TRACE, PUT,
 * DELETE, RFC 9110 §9.2.2), unless {@link Builder#retryNonIdempotent(boolean)} says the caller
 * makes its other requests safe (say, with an idempotency key). A connection that was never
 * established ({@link ConnectException}, {@link HttpConnectTimeoutException}) sent nothing, so
 * that is retried for every method. An unknown ({@code null}) method counts as not idempotent.
 *
 * <h2>How long to wait</h2>
 *
 * The server's Retry-After when the error carries one ({@link CatalogException#retryAfter()}),
 * unless it asks for more than {@link Builder#maxRetryAfter(Duration)}: then the advice is to
 * give up, since retrying earlier than asked only earns another refusal. Otherwise exponential
 * backoff with full jitter: a uniformly random wait between zero and {@code min(maxDelay,
 * baseDelay × 2^(attempt−1))}, which spreads the retries of many clients instead of having them
 * return in waves.
 *
 * <p>Defaults: {@value #DEFAULT_MAX_ATTEMPTS} attempts in all (the first and two retries, as in
 * resilience4j and Failsafe), base delay 100 ms, maximum delay 20 s, Retry-After honoured up to
 * 60 s. Immutable and thread-safe.
 */
public final class RetryAdvisor {

  /** Default of {@link Builder#maxAttempts(int)}. */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");
  private static final RetryAdvisor DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxRetryAfter;
  private final boolean retryNonIdempotent;
  private final RandomGenerator random;

  private RetryAdvisor(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.maxRetryAfter = b.maxRetryAfter;
    this.retryNonIdempotent = b.retryNonIdempotent;
    this.random = b.random;
  }

  /** The advisor with every default. */
  public static RetryAdvisor defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults described on the class. */
  public static Builder builder() {
    return new Builder();
  }

  /** Attempts in all, the first one included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The advice after {@code attempt} attempts of a {@code method} request failed with {@code
   * failure}.
   *
   * @param attempt how many attempts have been made, the failed one included (1 after the first)
   */
  public RetryAdvice advise(Throwable failure, int attempt, String method) {
    if (attempt >= maxAttempts) {
      return RetryAdvice.stop("gave up after " + attempt + " attempts");
    }
    Throwable cause = Throwables.unwrap(failure);
    if (!isRetryable(cause)) {
      return RetryAdvice.stop("not retryable");
    }
    if (!isSafeToRepeat(cause, method)) {
      return RetryAdvice.stop(method + " is not idempotent");
    }
    Duration asked = retryAfter(cause);
    if (asked != null) {
      return asked.compareTo(maxRetryAfter) > 0
          ? RetryAdvice.stop("Retry-After " + asked.toSeconds() + "s exceeds " + maxRetryAfter.toSeconds() + "s")
          : RetryAdvice.retryAfter(asked, "Retry-After");
    }
    return RetryAdvice.retryAfter(backoff(attempt), "backoff");
  }

  /**
   * Whether a failure of a {@code method} request is worth another attempt, whatever the attempt
   * count (which the retry library tracks): the predicate for resilience4j's {@code
   * retryOnException} and Failsafe's {@code handleIf}.
   */
  public Predicate<Throwable> retryIf(String method) {
    return failure -> {
      Throwable cause = Throwables.unwrap(failure);
      if (!isRetryable(cause) || !isSafeToRepeat(cause, method)) {
        return false;
      }
      Duration asked = retryAfter(cause);
      return asked == null || asked.compareTo(maxRetryAfter) <= 0;
    };
  }

  /**
   * How long to wait after {@code attempt} attempts failed, the last with {@code failure}: its
   * Retry-After (capped), else jittered exponential backoff. For resilience4j's {@code
   * intervalBiFunction} and Failsafe's {@code withDelayFn}.
   */
  public Duration delay(Throwable failure, int attempt) {
    Duration asked = retryAfter(Throwables.unwrap(failure));
    if (asked != null) {
      return asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked;
    }
    return backoff(attempt);
  }

  /** A full-jitter backoff wait for the given attempt (1-based). */
  Duration backoff(int attempt) {
    long base = baseDelay.toMillis();
    long cap = maxDelay.toMillis();
    int doublings = Math.max(0, Math.min(attempt - 1, 62));
    long ceiling = base > (cap >> doublings) ? cap : Math.min(cap, base << doublings);
    RandomGenerator r = random != null ? random : ThreadLocalRandom.current();
    return Duration.ofMillis(ceiling <= 0 ? 0 : r.nextLong(ceiling + 1));
  }

  private static boolean isRetryable(Throwable cause) {
    if (cause instanceof CatalogException) {
      return ((CatalogException) cause).isRetryable();
    }
    return cause instanceof IOException;
  }

  private boolean isSafeToRepeat(Throwable cause, String method) {
    if (retryNonIdempotent || cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
      return true;
    }
    return method != null && IDEMPOTENT.contains(method.toUpperCase(Locale.ROOT));
  }

  private static Duration retryAfter(Throwable cause) {
    return cause instanceof CatalogException ? ((CatalogException) cause).retryAfter().orElse(null) : null;
  }

  /** Configures a {@link RetryAdvisor}; defaults are described on the class. */
  public static final class Builder {
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration baseDelay = Duration.ofMillis(100);
    private Duration maxDelay = Duration.ofSeconds(20);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private boolean retryNonIdempotent;
    private RandomGenerator random;

    private Builder() {}

    /** Attempts in all, the first included; at least 1 (1 means never retry). */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /** The backoff ceiling of the first retry; it doubles with every attempt. */
    public Builder baseDelay(Duration delay) {
      this.baseDelay = nonNegative(delay, "baseDelay");
      return this;
    }

    /** The highest backoff ceiling. */
    public Builder maxDelay(Duration delay) {
      this.maxDelay = nonNegative(delay, "maxDelay");
      return this;
    }

    /** The longest Retry-After honoured; a longer one means giving up. */
    public Builder maxRetryAfter(Duration delay) {
      this.maxRetryAfter = nonNegative(delay, "maxRetryAfter");
      return this;
    }

    /** Whether POST, PATCH and other non-idempotent requests may be repeated (default: no). */
    public Builder retryNonIdempotent(boolean retry) {
      this.retryNonIdempotent = retry;
      return this;
    }

    /** The source of jitter; default: the calling thread's {@link ThreadLocalRandom}. */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** The configured advisor. */
    public RetryAdvisor build() {
      return new RetryAdvisor(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      if (Objects.requireNonNull(d, name).isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + d);
      }
      return d;
    }
  }
}

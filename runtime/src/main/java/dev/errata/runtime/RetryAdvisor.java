package dev.errata.runtime;

import dev.errata.CatalogException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.HttpRetryException;
import java.net.MalformedURLException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownServiceException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.jspecify.annotations.Nullable;

/**
 * Advises whether and when to repeat a failed request; it does not repeat anything itself. Plug
 * it into a retry library through {@link #retryIf(RequestView)} and {@link dev.errata.resilience4j.Resilience4jRetry} or
 * {@link dev.errata.failsafe.FailsafeRetry}:
 *
 * <pre>{@code
 * RetryAdvisor advisor = RetryAdvisor.builder().maxAttempts(4).build();
 * RequestView request = RequestView.of("POST", headers);
 *
 * // resilience4j
 * RetryConfig config = RetryConfig.custom()
 *     .maxAttempts(advisor.maxAttempts())
 *     .retryOnException(advisor.retryIf(request))
 *     .intervalBiFunction(Resilience4jRetry.interval(advisor))
 *     .build();
 *
 * // Failsafe
 * RetryPolicy<Object> policy = RetryPolicy.builder()
 *     .withMaxAttempts(advisor.maxAttempts())
 *     .handleIf(advisor.retryIf(request)::test)
 *     .withDelayFn(FailsafeRetry.delay(advisor))
 *     .build();
 * }</pre>
 *
 * <h2>What is retried</h2>
 *
 * A {@link CatalogException} whose definition is {@linkplain CatalogException#isRetryable()
 * retryable} (the catalog decides: rate limits, timeouts, unavailable servers), and an {@link
 * IOException} that another attempt may cure (a connection reset, a timeout). Wrappers ({@link
 * CompletionException}, {@link ExecutionException}, {@link UncheckedIOException}) are looked
 * through. Nothing else.
 *
 * <p>I/O failures that would fail the same way again are not retried, following OkHttp's {@code
 * RetryAndFollowUpInterceptor.isRecoverable}: a protocol error ({@link ProtocolException}), a
 * TLS peer that was not verified ({@link SSLPeerUnverifiedException}, say a pinning failure), a
 * handshake refused for its certificate ({@link SSLHandshakeException} caused by a {@link
 * CertificateException}), an interruption that is not a timeout ({@link InterruptedIOException}
 * other than {@link SocketTimeoutException}, {@link ClosedByInterruptException}: someone wants
 * the call to stop), and requests that cannot be sent as they are ({@link MalformedURLException},
 * {@link UnknownServiceException}, {@link HttpRetryException}: {@code HttpURLConnection} cannot
 * resend a streamed body for an authentication challenge or a redirect).
 *
 * <p>Only requests that are safe to repeat. By default a request is, when its method is
 * idempotent (GET, HEAD, OPTIONS, TRACE, PUT, DELETE, RFC 9110 §9.2.2) or when it carries an
 * {@code Idempotency-Key} header ({@link Builder#idempotencyKeyHeader(String)}), with which the
 * server recognises a repeated POST. {@link Builder#repeatableIf(Predicate)} replaces this rule
 * with the caller's own, per request. A connection that was never established ({@link
 * ConnectException}, {@link HttpConnectTimeoutException}) sent nothing, so that is retried for
 * every request. An unknown ({@code null}) method counts as not idempotent.
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

  /** Default of {@link Builder#idempotencyKeyHeader(String)}. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private static final RetryAdvisor DEFAULTS = builder().build();
  private static final RetryAdvisor NEVER = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxRetryAfter;
  private final Predicate<RequestView> repeatable;
  private final @Nullable RandomGenerator random;

  private RetryAdvisor(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.maxRetryAfter = b.maxRetryAfter;
    String key = b.idempotencyKeyHeader;
    this.repeatable = b.repeatable != null ? b.repeatable : r -> r.hasIdempotentMethod() || r.header(key) != null;
    this.random = b.random;
  }

  /** The advisor with every default. */
  public static RetryAdvisor defaults() {
    return DEFAULTS;
  }

  /** The advisor that allows a single attempt: it never advises a retry. */
  public static RetryAdvisor never() {
    return NEVER;
  }

  /** A builder starting from the defaults described on the class. */
  public static Builder builder() {
    return new Builder();
  }

  /** Attempts in all, the first one included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The longest Retry-After honoured; a longer one means giving up. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The advice after {@code attempt} attempts of a {@code method} request failed with {@code
   * failure}; the same as {@link #advise(Throwable, int, RequestView)} for a request without
   * headers.
   *
   * @param attempt how many attempts have been made, the failed one included (1 after the first)
   */
  public RetryAdvice advise(Throwable failure, int attempt, @Nullable String method) {
    return advise(failure, attempt, RequestView.of(method));
  }

  /**
   * The advice after {@code attempt} attempts of {@code request} failed with {@code failure}.
   *
   * @param attempt how many attempts have been made, the failed one included (1 after the first)
   */
  public RetryAdvice advise(Throwable failure, int attempt, RequestView request) {
    if (attempt >= maxAttempts) {
      return RetryAdvice.stop("gave up after " + attempt + " attempts");
    }
    Throwable cause = Throwables.unwrap(failure);
    if (!isRetryable(cause)) {
      return RetryAdvice.stop("not retryable");
    }
    if (!isSafeToRepeat(cause, request)) {
      return RetryAdvice.stop(request.method() + " is not idempotent");
    }
    Duration asked = retryAfter(cause);
    if (asked != null) {
      return asked.compareTo(maxRetryAfter) > 0
          ? RetryAdvice.stop("Retry-After " + asked.toSeconds() + "s exceeds " + maxRetryAfter.toSeconds() + "s")
          : RetryAdvice.retryAfter(asked, "Retry-After");
    }
    return RetryAdvice.retryAfter(backoff(attempt), "backoff");
  }

  /** {@link #retryIf(RequestView)} for a request known only by its method. */
  public Predicate<Throwable> retryIf(@Nullable String method) {
    return retryIf(RequestView.of(method));
  }

  /**
   * Whether a failure of {@code request} is worth another attempt, whatever the attempt count
   * (which the retry library tracks): the predicate for resilience4j's {@code retryOnException}
   * and Failsafe's {@code handleIf}.
   */
  public Predicate<Throwable> retryIf(RequestView request) {
    Objects.requireNonNull(request, "request");
    return failure -> {
      Throwable cause = Throwables.unwrap(failure);
      if (!isRetryable(cause) || !isSafeToRepeat(cause, request)) {
        return false;
      }
      Duration asked = retryAfter(cause);
      return asked == null || asked.compareTo(maxRetryAfter) <= 0;
    };
  }

  /**
   * Whether {@code request} may be sent again after the server may have acted on it: the rule of
   * {@link Builder#repeatableIf(Predicate)}, by default an idempotent method or an idempotency key.
   */
  public boolean isRepeatable(RequestView request) {
    return repeatable.test(Objects.requireNonNull(request, "request"));
  }

  /**
   * How long to wait after {@code attempt} attempts failed, the last with {@code failure}: its
   * Retry-After (capped), else jittered exponential backoff. For resilience4j's {@code
   * intervalBiFunction} and Failsafe's {@code withDelayFn} (see {@link dev.errata.resilience4j.Resilience4jRetry} and
   * {@link dev.errata.failsafe.FailsafeRetry}).
   */
  public Duration delay(@Nullable Throwable failure, int attempt) {
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

  private static boolean isRetryable(@Nullable Throwable cause) {
    if (cause instanceof CatalogException) {
      return ((CatalogException) cause).isRetryable();
    }
    return cause instanceof IOException && isRecoverable((IOException) cause);
  }

  /** Whether another attempt may cure an I/O failure; see the class description. */
  static boolean isRecoverable(IOException e) {
    if (e instanceof ProtocolException
        || e instanceof MalformedURLException
        || e instanceof UnknownServiceException
        || e instanceof HttpRetryException
        || e instanceof SSLPeerUnverifiedException
        || e instanceof ClosedByInterruptException) {
      return false;
    }
    if (e instanceof InterruptedIOException) {
      return e instanceof SocketTimeoutException;
    }
    if (e instanceof SSLHandshakeException) {
      // The JDK wraps the trust manager's verdict, sometimes twice.
      Throwable c = e.getCause();
      for (int depth = 0; c != null && depth < 4; depth++, c = c.getCause()) {
        if (c instanceof CertificateException) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean isSafeToRepeat(@Nullable Throwable cause, RequestView request) {

    if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
      return true;
    }
    return repeatable.test(request);
  }

  private static @Nullable Duration retryAfter(@Nullable Throwable cause) {
    return cause instanceof CatalogException ? ((CatalogException) cause).retryAfter().orElse(null) : null;
  }

  /** Configures a {@link RetryAdvisor}; defaults are described on the class. */
  public static final class Builder {
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration baseDelay = Duration.ofMillis(100);
    private Duration maxDelay = Duration.ofSeconds(20);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private @Nullable Predicate<RequestView> repeatable;
    private String idempotencyKeyHeader = IDEMPOTENCY_KEY;
    private @Nullable RandomGenerator random;


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

    /**
     * Whether every request may be repeated, POST and PATCH included (default: no). {@code true}
     * is {@code repeatableIf(request -> true)}; {@code false} restores the default rule.
     */
    public Builder retryNonIdempotent(boolean retry) {
      this.repeatable = retry ? request -> true : null;
      return this;
    }

    /**
     * The request header whose presence makes any request safe to repeat under the default rule
     * (default {@value #IDEMPOTENCY_KEY}: the server recognises a repeated request by its key and
     * acts on it once).
     */
    public Builder idempotencyKeyHeader(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("idempotencyKeyHeader must not be blank");
      }
      this.idempotencyKeyHeader = name;
      return this;
    }

    /**
     * The caller's own rule for which requests are safe to repeat, replacing the default (an
     * idempotent method or an idempotency key header). For example, a payments client that
     * repeats reads and only the writes it tagged:
     *
     * <pre>{@code
     * .repeatableIf(r -> "GET".equals(r.method()) || r.header("X-Payment-Reference") != null)
     * }</pre>
     */
    public Builder repeatableIf(Predicate<RequestView> rule) {
      this.repeatable = Objects.requireNonNull(rule, "rule");
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
